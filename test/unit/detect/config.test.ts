import { test } from 'node:test';
import { assertUnknownsAreContextual, expectMarked } from './helpers';

const cases: Array<[string, string, string]> = [
  ['yaml', 'model keys', `model: ⟦acme/yaml-model-7b⟧\nbase_model: "⟦meta-llama/Llama-3.1-8B-Instruct⟧"\nmodel_name_or_path: '⟦Qwen/Qwen2.5-7B-Instruct⟧'\nmodel_type: llama\ntokenizer: ⟦acme/tok-v1⟧\nlearning_rate: 2e-5 # tuned for ⟦llama3.1:8b⟧\n`],
  ['yaml', 'lists under a model key', `models:\n  - ⟦gpt-4o⟧\n  - ⟦acme/reranker-large⟧\n  - name: local\ndatasets:\n  - acme/train-split\n  - HuggingFaceH4/ultrachat_200k\nfallback_models: [⟦gpt-4o-mini⟧, "⟦acme/flow-item-3b⟧"]\n`],
  ['yaml', 'compose: images, commands, environment', `services:\n  ollama:\n    image: ollama/ollama:latest\n  vllm:\n    image: vllm/vllm-openai:v0.6.4\n    command: ["--model", "⟦mistralai/Mistral-7B-Instruct-v0.3⟧", "--max-model-len", "8192"]\n  tgi:\n    image: ghcr.io/huggingface/text-generation-inference:2.4.0\n    command: --model-id ⟦acme/tgi-model⟧ --port 80\n    environment:\n      - MODEL_ID=⟦Qwen/Qwen2.5-72B-Instruct⟧\n      - HF_TOKEN=\${HF_TOKEN}\n  app:\n    environment:\n      LLM_MODEL: ⟦acme/app-llm-2⟧\n      EMBEDDING_MODEL: "⟦BAAI/bge-small-en-v1.5⟧"\n      DATABASE_URL: postgres://db:5432/app\n`],
  ['yaml', 'k8s env name/value and args', `containers:\n  - name: server\n    image: vllm/vllm-openai:latest\n    args:\n      - --model\n      - ⟦meta-llama/Llama-3.1-70B-Instruct⟧\n      - --served-model-name\n      - gpt-4o-compatible\n    env:\n      - name: MODEL_NAME\n        value: ⟦acme/k8s-model-1⟧\n      - name: LOG_LEVEL\n        value: debug\n`],
  ['yaml', 'GitHub workflow', `on: push\njobs:\n  eval:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n        with:\n          python-version: "3.12"\n      - run: ollama pull ⟦nomic-embed-text⟧\n      - run: |\n          huggingface-cli download ⟦sentence-transformers/all-MiniLM-L6-v2⟧\n          python eval.py --model ⟦acme/ci-model⟧\n`],
  ['yaml', 'commands inside entrypoints', `services:\n  ollama:\n    image: ollama/ollama\n    entrypoint: ["/bin/sh", "-c", "ollama serve & sleep 3 && ollama pull ⟦gemma2:9b⟧ && wait"]\n`],
  ['yaml', 'Docker Model Runner in compose', `models:\n  llm:\n    model: ⟦ai/llama3.2:1B-Q8_0⟧\n  embedder:\n    model: ⟦ai/mxbai-embed-large⟧\n`],
  ['json', 'JSON configs and package.json', `{\n  "name": "@acme/web",\n  "scripts": { "models": "ollama pull ⟦llama3.1:8b⟧ && ollama pull ⟦acme-assistant:latest⟧" },\n  "dependencies": { "@ai-sdk/openai": "^1.0.0", "ollama": "^0.5.0" },\n  "model": "⟦acme/json-model⟧",\n  "_name_or_path": "⟦meta-llama/Llama-2-7b-hf⟧",\n  "architectures": ["LlamaForCausalLM"],\n  "models": ["⟦gpt-4o⟧", "⟦acme/in-json-list⟧"],\n  "content_type": "application/json"\n}\n`],
  ['toml', 'TOML', `[tool.eval]\nmodel = "⟦acme/toml-model-3b⟧"\njudge_model = '⟦gpt-4o⟧'\ndataset = "acme/benchmarks"\nmodels = ["⟦claude-3-5-haiku-latest⟧", "⟦acme/toml-list-1⟧"]\npython = "^3.11"\n`],
  ['dotenv', '.env', `OPENAI_MODEL=⟦gpt-4o-mini⟧\nMODEL_ID="⟦acme/env-model-2⟧"\nexport EMBEDDING_MODEL=⟦intfloat/multilingual-e5-large⟧\nAWS_REGION=us-east-1\nBEDROCK_MODEL_ID=⟦us.anthropic.claude-sonnet-4-20250514-v1:0⟧\n# previously ⟦gpt-4o-2024-05-13⟧\nDATABASE_URL=postgres://u:p@localhost/db\n`],
  ['ini', 'INI', `[llm]\nmodel = ⟦acme/ini-model⟧\nprovider = openai\n; fallback ⟦gpt-4o-mini⟧\n`],
];

for (const [languageId, name, marked] of cases) {
  test(`${languageId}: ${name}`, () => assertUnknownsAreContextual(expectMarked(languageId, marked)));
}
