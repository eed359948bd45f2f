/** Rules learnt from realistic files: each case is one habit of real code or docs, positive and trap side by side. */
import { test } from 'node:test';
import { assertUnknownsAreContextual, expectMarked } from './helpers';

const cases: Array<[string, string, string, string?]> = [
  ['python', 'publishing and adapters', `trainer.model.push_to_hub("⟦acme/pushed-model⟧", private=True)\nds.push_to_hub("acme/pushed-dataset")\npipe.load_lora_weights("⟦acme/style-lora⟧", weight_name="w.safetensors")\nmerged = PeftModel.from_pretrained(base, "⟦acme/adapter-v2⟧")\ndef merge(adapter: str = "⟦acme/adapter-v3⟧"): pass`],
  ['python', 'a call that names the setting first', `@pytest.mark.parametrize("model", ["⟦gpt-4o⟧", "⟦acme/test-double-1b⟧"])\nchoice = st.selectbox("Model", ["⟦acme/ui-choice⟧", "⟦gpt-4o-mini⟧"])\nvalue = cfg.get("model", "⟦acme/cfg-default⟧")\nprint("team", "acme/not-a-model")`],
  ['toml', 'TOML sections named for a model', `[model]\nname_or_path = "⟦acme/toml-section-model⟧"\ndtype = "bfloat16"\n[data]\nname = "acme/not-a-model"\n`],
  ['yaml', 'YAML blocks named for a model; LiteLLM aliases', `model:\n  name: ⟦acme/yaml-block-model⟧\n  revision: main\ndataset:\n  name: acme/some-data\nmodel_list:\n  - model_name: chat-default\n    litellm_params:\n      model: ⟦openai/gpt-4o⟧\n  - model_name: ⟦gpt-4o-mini⟧\n`],
  ['c-like', 'user-chosen names are not models', `resource "x" "y" {\n  provisioned_model_name = "acme-claude"\n  model_arn = "⟦arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0⟧"\n}\n`],
  ['typescript', 'display labels are not references; ids beside them are', `const options = [{ id: '⟦gpt-4o⟧', label: 'GPT-4o', title: 'gpt-4o-mini' }];`],
  ['markdown', 'family names and license columns', `Qwen2.5 and GPT-4o are families; ⟦qwen2.5:7b⟧ and ⟦all-MiniLM-L6-v2⟧ are ids.\n\n| Model | License |\n|---|---|\n| ⟦meta-llama/Llama-3.1-8B-Instruct⟧ | llama3.1 |\n`],
  ['yaml', 'wildcard Bedrock ARNs, promptfoo providers', `Resource:\n  - arn:aws:bedrock:*::foundation-model/⟦meta.llama3-1-70b-instruct-v1:0⟧\nproviders:\n  - ⟦ollama:chat:llama3.1:8b⟧\n  - id: ⟦openai:gpt-4o⟧\nassert:\n  - provider: ⟦anthropic:messages:claude-3-5-haiku-latest⟧\n    type: llm-rubric\n`],
  ['shellscript', 'shell defaults', `BASE_MODEL="\${BASE_MODEL:-⟦meta-llama/Llama-3.1-8B-Instruct⟧}"\nMODEL_ID=\${MODEL_ID:-⟦acme/shell-default⟧}\nPORT=\${PORT:-8080}\n`],
  ['markdown', 'Vertex ids with @ versions in prose', 'On Vertex AI it is `⟦claude-3-5-sonnet-v2@20241022⟧`; mail us at team@acme.example.\n'],
  ['markdown', 'Hub URLs without a scheme', 'Weights at huggingface.co/⟦acme/bare-url-model⟧ and (huggingface.co/⟦gpt2⟧); data at huggingface.co/datasets/acme/x.\n'],
  ['python', 'tutorial checkpoints, training folders, Django model paths', `checkpoint = "⟦distilbert-base-uncased⟧"\nresume = dict(checkpoint="checkpoint-500")\nclass Meta:\n    model = "shop.Order"\n`],
];

for (const [languageId, name, marked, fileName] of cases) {
  test(`${languageId}: ${name}`, () => assertUnknownsAreContextual(expectMarked(languageId === 'c-like' ? 'terraform' : languageId, marked, fileName)));
}

const moreCases: Array<[string, string, string, string?]> = [
  ['markdown', 'Modelfile examples in dockerfile and unlabelled fences', '```dockerfile\nFROM ⟦llama3.2⟧\nPARAMETER temperature 0.7\nSYSTEM "You are terse."\n```\n\n```\nFROM ./models/⟦mistral-7b-instruct-v0.2.Q4_K_M.gguf⟧\nTEMPLATE "{{ .Prompt }}"\n```\n\n```dockerfile\nFROM python:3.12-slim\nRUN pip install vllm\n```\n'],
  ['shellscript', 'JSON bodies in command lines', `curl http://localhost:8000/v1/completions -H "Content-Type: application/json" -d '{"model": "⟦acme/curl-model⟧", "prompt": "hi"}'\n`],
];

for (const [languageId, name, marked, fileName] of moreCases) {
  test(`${languageId}: ${name}`, () => assertUnknownsAreContextual(expectMarked(languageId, marked, fileName)));
}

const servingCases: Array<[string, string, string]> = [
  ['yaml', 'KServe: served names are not models, hf:// URIs are', `args:\n  - --model_name=llama31\n  - --model_id=⟦meta-llama/Llama-3.1-8B-Instruct⟧\nstorageUri: hf://⟦acme/kserve-model⟧\nother: hf://datasets/acme/x\n`],
  ['python', 'Unsloth publishing', `model.push_to_hub_gguf("⟦acme/unsloth-gguf⟧", tokenizer, quantization_method="q4_k_m")\nmodel.push_to_hub_merged("⟦acme/unsloth-merged⟧", tokenizer)\nmodel.save_pretrained_gguf("model", tokenizer)\n`],
];
for (const [languageId, name, marked] of servingCases) {
  test(`${languageId}: ${name}`, () => assertUnknownsAreContextual(expectMarked(languageId, marked)));
}

const builderCases: Array<[string, string, string]> = [
  ['java', 'builders and setters named for the setting', `var options = OpenAiChatOptions.builder().model("⟦acme/java-model-2⟧").build();\nBedrockRuntimeClient.builder().region(Region.US_EAST_1).build();\nInvokeModelRequest.builder().modelId("⟦anthropic.claude-3-5-haiku-20241022-v1:0⟧").body(body).build();\nmongoose.model("User", schema);\napps.get_model("shop.Order");\n`],
  ['typescript', 'React setters', `setModel('⟦acme/react-choice-1⟧');\nsetModelName("Default");\n`],
  ['python', 'subscript assignments', `os.environ["MODEL_NAME"] = "⟦acme/env-assign⟧"\nos.environ["REGION"] = "us-east-1"\n`],
  ['yaml', 'YAML anchors and tags', `defaults:\n  model: &default_model ⟦acme/anchored-model⟧\n  judge_model: !!str ⟦gpt-4o⟧\nprod:\n  model: *default_model\n`],
];
for (const [languageId, name, marked] of builderCases) {
  test(`${languageId}: ${name}`, () => assertUnknownsAreContextual(expectMarked(languageId, marked)));
}

test('python: a block header does not carry its names into the body', () => {
  assertUnknownsAreContextual(
    expectMarked('python', `def speak(text: str, out: Path = Path("reply.mp3")) -> Path:\n    r = client.audio.speech.create(model="⟦tts-1⟧", voice="alloy")\nclass Config:\n    dataset: str = "acme/not-a-model"\n    model: str = "⟦acme/typed-field⟧"\n`),
  );
});

test('python: a literal held in a name counts where the name goes to a model', () => {
  assertUnknownsAreContextual(
    expectMarked('python', `name = "⟦acme/held-in-a-name⟧"\nmodel = CLIPModel.from_pretrained(name)\nrepo = "⟦acme/gguf-repo⟧"\npath = hf_hub_download(repo, "model.gguf")\ndata_repo = "acme/a-dataset"\nhf_hub_download(data_repo, "train.csv", repo_type="dataset")\nlabel = "acme/just-a-label"\nprint(label)\nEMB = "⟦acme/emb-by-keyword⟧"\nHuggingFaceEmbeddings(model_name=EMB)\n`),
  );
});

test('markdown: a URL inside a license cell does not unmask the rest of the cell', () => {
  expectMarked('markdown', '| Model | License |\n|---|---|\n| ⟦gpt-4o-mini⟧ | [terms](https://openai.com/policies) llama3.1 |\n| ⟦qwen2.5:7b⟧ | apache-2.0 |\n');
});

const moreSyntax: Array<[string, string, string]> = [
  ['php', 'PHP arrays', `$r = $client->chat()->create(['model' => '⟦acme/php-model⟧', 'temperature' => 0.2, 'user' => 'acme/not-a-model']);\n`],
  ['ruby', 'Ruby hash rockets and symbols', `client.chat(parameters: { model: "⟦acme/ruby-model⟧" })\nopts = { :model => "⟦acme/rocket-model⟧", :user => "acme/x" }\n`],
  ['yaml', 'YAML flow maps', `llm: { model: ⟦acme/flow-map-model⟧, temperature: 0 }\nsidecar: { image: ollama/ollama, name: x }\nmodel: { name: ⟦acme/nested-flow⟧ }\n`],
];
for (const [languageId, name, marked] of moreSyntax) {
  test(`${languageId}: ${name}`, () => assertUnknownsAreContextual(expectMarked(languageId, marked)));
}

test('yaml: Ray Serve names the source beside the served id', () => {
  expectMarked('yaml', `llm_configs:\n  - model_loading_config:\n      model_id: qwen-0.5b # served as\n      model_source: ⟦acme/ray-source-model⟧\n  - model_loading_config:\n      model_id: ⟦acme/ray-own-id⟧\n`);
});
