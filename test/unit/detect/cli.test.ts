import { test } from 'node:test';
import { assertUnknownsAreContextual, expectMarked } from './helpers';

const cases: Array<[string, string, string, string?]> = [
  ['shellscript', 'ollama commands', `ollama pull ⟦llama3.1:8b⟧\nollama run ⟦acme-bot⟧ "hello"\nollama run --verbose ⟦qwen2.5:7b-instruct-q4_K_M⟧\nollama create mybot -f Modelfile\nollama serve\ndocker exec -it ollama ollama pull ⟦mistral⟧\n`],
  ['shellscript', 'vllm, TGI, SGLang, llama.cpp, MLX', `vllm serve ⟦Qwen/Qwen2.5-Coder-32B-Instruct⟧ --tensor-parallel-size 2\ntext-generation-launcher --model-id ⟦acme/tgi-7b⟧ --port 8080\npython -m sglang.launch_server --model-path ⟦deepseek-ai/DeepSeek-R1-Distill-Qwen-7B⟧ --port 30000\nllama-server -hf ⟦bartowski/Meta-Llama-3.1-8B-Instruct-GGUF:Q4_K_M⟧ --port 8081\nllama-cli -m ./models/⟦gemma-2-9b-it-Q5_K_M.gguf⟧ -p "hi"\nmlx_lm.generate --model ⟦mlx-community/Mistral-7B-Instruct-v0.3-4bit⟧ --prompt "hi"\npython -m mlx_lm.server --model=⟦acme/mlx-model⟧\n`],
  ['shellscript', 'Hub downloads', `huggingface-cli download ⟦meta-llama/Llama-3.2-3B-Instruct⟧ --include "original/*"\nhf download ⟦openai/gpt-oss-20b⟧\nhuggingface-cli download HuggingFaceH4/ultrachat_200k --repo-type dataset\nhuggingface-cli login\n`],
  ['shellscript', 'Docker Model Runner', `docker model pull ⟦ai/llama3.2:1B-Q8_0⟧\ndocker model run ⟦ai/smollm2⟧ "hi"\ndocker model run ⟦hf.co/bartowski/gemma-2-9b-it-GGUF:Q8_0⟧\ndocker pull ollama/ollama\ndocker run -d -p 11434:11434 ollama/ollama\n`],
  ['shellscript', 'continuations, assignments, comments', `MODEL_ID=⟦acme/assign-model⟧ python serve.py\nexport LLM_MODEL="⟦gpt-4o⟧"\npython train.py \\\n  --model_name_or_path ⟦google-bert/bert-base-uncased⟧ \\\n  --dataset_name imdb \\\n  --output_dir ./out\n# try ⟦claude-3-5-haiku-latest⟧ next\ngit checkout feature/llama-upgrade\nlm_eval --model hf --model_args pretrained=⟦EleutherAI/pythia-160m⟧ --tasks hellaswag\n`],
  ['dockerfile', 'Dockerfile', `FROM ollama/ollama:0.5.7\nFROM vllm/vllm-openai:latest AS server\nARG MODEL_ID=⟦acme/docker-model⟧\nENV EMBEDDING_MODEL ⟦BAAI/bge-small-en-v1.5⟧\nRUN ollama serve & sleep 5 && ollama pull ⟦llama3.2⟧\nCMD ["--model", "⟦mistralai/Mistral-7B-Instruct-v0.2⟧", "--port", "8000"]\n`, 'Dockerfile'],
];

for (const [languageId, name, marked, fileName] of cases) {
  test(`${languageId}: ${name}`, () => assertUnknownsAreContextual(expectMarked(languageId, marked, fileName)));
}
