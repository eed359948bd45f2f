import { test } from 'node:test';
import { assertUnknownsAreContextual, expectMarked } from './helpers';

const cases: Array<[string, string]> = [
  ['transformers from_pretrained', `tok = AutoTokenizer.from_pretrained("⟦meta-llama/Llama-3.1-8B-Instruct⟧")\nm = AutoModelForCausalLM.from_pretrained(\n    "⟦acme/private-llm-13b⟧",\n    torch_dtype="auto",\n)`],
  ['diffusers from_pretrained', `pipe = DiffusionPipeline.from_pretrained('⟦black-forest-labs/FLUX.1-dev⟧', torch_dtype=torch.bfloat16)`],
  ['pipeline(model=...)', `clf = pipeline("sentiment-analysis", model="⟦acme/sentiment-v2⟧")\nasr = pipeline(task="automatic-speech-recognition", model="⟦openai/whisper-large-v3⟧")`],
  ['pipeline positional model', `gen = pipeline("text-generation", "⟦gpt2⟧")`],
  ['SentenceTransformer and CrossEncoder', `e = SentenceTransformer("⟦all-MiniLM-L6-v2⟧")\nr = CrossEncoder("⟦cross-encoder/ms-marco-MiniLM-L-6-v2⟧")`],
  ['hf_hub_download / snapshot_download', `p = hf_hub_download(repo_id="⟦TheBloke/Mistral-7B-Instruct-v0.2-GGUF⟧", filename="⟦mistral-7b-instruct-v0.2.Q4_K_M.gguf⟧")\nsnapshot_download("⟦Qwen/Qwen2.5-7B-Instruct⟧", local_dir="./weights")`],
  ['a call whose result is named for a path still takes a model', `path = hf_hub_download(\n    repo_id="⟦acme/result-named-path⟧",\n    filename="model.gguf",\n)\nimage = Image.open("photos/cat.png")\ndatasets = ["acme/list-of-data"]`],
  ['dataset downloads are not models', `snapshot_download(repo_id="HuggingFaceH4/ultrachat_200k", repo_type="dataset")\nhf_hub_download("acme/eval-set", "data.csv", repo_type="dataset")\nds = load_dataset("openai/gsm8k", "main")`],
  ['vLLM LLM()', `llm = LLM(model="⟦mistralai/Mistral-7B-Instruct-v0.3⟧", tensor_parallel_size=2)\nllm2 = LLM("⟦acme/awq-model-v1⟧")`],
  ['MLX load', `model, tokenizer = load("⟦mlx-community/Meta-Llama-3.1-8B-Instruct-4bit⟧")\nstate = torch.load("checkpoints/epoch3.pt")`],
  ['ollama client', `ollama.pull("⟦llama3.1⟧")\nr = ollama.chat(model="⟦qwen2.5:7b⟧", messages=msgs)\nclient = Client(host="http://localhost:11434")\nclient.chat(model='⟦deepseek-r1:7b⟧', messages=[])`],
  ['OpenAI / Anthropic / Google / Mistral / Groq SDKs', `client.chat.completions.create(model="⟦gpt-4o⟧", messages=m)\nanthropic.messages.create(model="⟦claude-3-5-sonnet-latest⟧", max_tokens=1024)\ngenai.GenerativeModel("⟦gemini-1.5-pro⟧")\nclient.models.generate_content(model="⟦gemini-2.0-flash⟧", contents="hi")\nmistral.chat.complete(model="⟦mistral-large-latest⟧", messages=m)\ngroq.chat.completions.create(model="⟦llama-3.1-8b-instant⟧")`],
  ['Together / Fireworks / OpenRouter', `together.chat.completions.create(model="⟦meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo⟧")\nfw = Fireworks(model="⟦accounts/fireworks/models/llama-v3p1-8b-instruct⟧")\nor_ = OpenAI(base_url="https://openrouter.ai/api/v1")\nor_.chat.completions.create(model="⟦anthropic/claude-3.5-sonnet⟧")`],
  ['LiteLLM provider/model', `completion(model="⟦ollama/llama3.1⟧", messages=m)\nlitellm.completion("⟦groq/llama-3.1-70b-versatile⟧", messages=m)\nlitellm.embedding(model="⟦bedrock/amazon.titan-embed-text-v2:0⟧", input=["x"])`],
  ['LangChain', `llm = init_chat_model("⟦openai:gpt-4o-mini⟧", temperature=0)\nllm = init_chat_model(model="⟦claude-3-5-haiku-latest⟧", model_provider="anthropic")\nChatOpenAI(model_name="⟦gpt-4o⟧")\nChatOllama(model="⟦llama3.2⟧")\nChatBedrock(model_id="⟦anthropic.claude-3-5-sonnet-20241022-v2:0⟧")\nHuggingFaceEmbeddings(model_name="⟦sentence-transformers/all-MiniLM-L6-v2⟧")`],
  ['LlamaIndex', `Settings.llm = Ollama(model="⟦mistral⟧", request_timeout=60.0)\nSettings.embed_model = HuggingFaceEmbedding(model_name="⟦BAAI/bge-small-en-v1.5⟧")`],
  ['Bedrock modelId with region prefix', `bedrock.invoke_model(modelId="⟦us.meta.llama3-1-8b-instruct-v1:0⟧", body=body)\nresp = client.converse(modelId="⟦arn:aws:bedrock:us-east-1::foundation-model/meta.llama3-8b-instruct-v1:0⟧", messages=m)`],
  ['Vertex ids', `m = GenerativeModel("⟦gemini-1.5-pro-002⟧")\nendpoint = "projects/p/locations/us-central1/endpoints/123"\nAnthropicVertex(region="us-east5").messages.create(model="⟦claude-sonnet-4@20250514⟧")`],
  ['settings with defaults', `MODEL_NAME = os.getenv("MODEL_NAME", "⟦acme/chat-7b⟧")\nEMBED = os.environ.get("EMBEDDING_MODEL", "⟦BAAI/bge-small-en-v1.5⟧")\nREGION = os.getenv("AWS_REGION", "us-east-1")\nmodel_id: str = "⟦Qwen/Qwen2.5-72B-Instruct⟧"\nmodel = os.environ.get("LLM_MODEL") or "⟦gpt-4o-mini⟧"`],
  ['argparse defaults', `parser.add_argument("--model_name_or_path", type=str, default="⟦google-bert/bert-base-uncased⟧")\nparser.add_argument("--output_dir", default="out/run1")\nparser.add_argument("--dataset", default="imdb")`],
  ['lists of models', `CANDIDATE_MODELS = ["⟦gpt-4o⟧", "⟦claude-sonnet-4-20250514⟧", "⟦acme/in-house-8b⟧"]\nFALLBACK_MODELS = ("⟦gpt-4o-mini⟧",)\nTEAMS = ["acme/search", "⟦gpt-4o⟧"]`],
  ['dict configs', `cfg = {"model": "⟦acme/ranker-v2⟧", "dataset": "acme/clicks", "base_model": "⟦meta-llama/Llama-2-7b-hf⟧"}\ncfg["model"] = "⟦mistralai/Mixtral-8x7B-Instruct-v0.1⟧"`],
  ['known ids in plain strings and comments', `PRICES = {"⟦gpt-4o⟧": 2.5, "⟦gpt-4o-mini⟧": 0.15}\n# benchmarked against ⟦meta-llama/Llama-3.1-70B-Instruct⟧ and ⟦qwen2.5:72b⟧\nif name == "⟦claude-3-5-haiku-latest⟧": pass`],
  ['notebook shell escapes', `!ollama pull ⟦phi3:mini⟧\n!huggingface-cli download ⟦openai/gpt-oss-20b⟧ --local-dir ./oss`],
  ['subprocess commands', `subprocess.run(["ollama", "run", "⟦gemma2:9b⟧", prompt])\nos.system("vllm serve ⟦Qwen/Qwen2.5-Coder-32B-Instruct⟧ --port 8001")`],
  ['traps: classes, paths, MIME, dates, versions, datasets, images', `class Llama(LlamaForCausalLM): pass\nconfig = LlamaConfig.from_dict(d)\nheaders = {"Content-Type": "application/json", "Accept": "text/event-stream"}\nopen("data/2024/01/train.jsonl")\nversion = "2024-01"\nmodel_type = "llama"\nmodel_dir = "models/llama3"\ndocker.images.pull("ollama/ollama")\nrepo = "huggingface/transformers"\nBRANCH = "feature/new-model"\nprint("llama is a large language model")\nmodel = load_model(path)`],
  ['plain words are not ids even in a model key', `model = "default"\nmodel = "auto"\nmodel = None\nmodel = MyModel()`],
  ['OpenAI fine-tune ids', `client.chat.completions.create(model="⟦ft:gpt-4o-mini-2024-07-18:acme::9XyZabc⟧", messages=m)`],
  ['whisper and replicate', `m = whisper.load_model("⟦large-v3⟧")\nreplicate.run("⟦black-forest-labs/flux-schnell⟧", input={"prompt": p})`],
];

for (const [name, marked] of cases) {
  test(`python: ${name}`, () => assertUnknownsAreContextual(expectMarked('python', marked)));
}
