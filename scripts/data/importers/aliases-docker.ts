/**
 * Docker Model Runner names (`docker model pull ai/llama3.1`) -> the Hub model each packages, from the `ai/`
 * namespace on Docker Hub. The untagged name is the repository's default variant; size tags are listed where
 * a repository ships several sizes (the engine drops the quantisation part: `ai/llama3.2:1B-Q8_0` -> `ai/llama3.2:1B`).
 * Run on its own: `npx tsx scripts/data/importers/aliases-docker.ts`.
 */
import { CHECKED } from './models-dev/vendor';
import { buildAliasFile, isMain, writeAliasFile, type AliasTable } from './aliases-table';

export const DOCKER_ENTRIES: Record<string, string[]> = {
  'meta-llama/Llama-3.1-8B-Instruct': ['ai/llama3.1', 'ai/llama3.1:8B'],
  'meta-llama/Llama-3.2-3B-Instruct': ['ai/llama3.2', 'ai/llama3.2:3B'],
  'meta-llama/Llama-3.2-1B-Instruct': ['ai/llama3.2:1B'],
  'meta-llama/Llama-3.3-70B-Instruct': ['ai/llama3.3', 'ai/llama3.3:70B'],
  'HuggingFaceTB/SmolLM2-360M-Instruct': ['ai/smollm2', 'ai/smollm2:360M'],
  'HuggingFaceTB/SmolLM2-135M-Instruct': ['ai/smollm2:135M'],
  'HuggingFaceTB/SmolLM2-1.7B-Instruct': ['ai/smollm2:1.7B'],
  'HuggingFaceTB/SmolLM3-3B': ['ai/smollm3'],
  'Qwen/Qwen2.5-Coder-7B-Instruct': ['ai/qwen2.5-coder:7B'],
  'google/gemma-3-4b-it': ['ai/gemma3', 'ai/gemma3:4B'],
  'google/gemma-3-1b-it': ['ai/gemma3:1B'],
  'google/gemma-3-12b-it': ['ai/gemma3:12B'],
  'google/gemma-3-27b-it': ['ai/gemma3:27B'],
  'Qwen/Qwen2.5-7B-Instruct': ['ai/qwen2.5', 'ai/qwen2.5:7B'],
  'Qwen/Qwen2.5-0.5B-Instruct': ['ai/qwen2.5:0.5B'],
  'Qwen/Qwen2.5-3B-Instruct': ['ai/qwen2.5:3B'],
  'Qwen/Qwen3-8B': ['ai/qwen3', 'ai/qwen3:8B'],
  'Qwen/Qwen3-0.6B': ['ai/qwen3:0.6B'],
  'Qwen/Qwen3-14B': ['ai/qwen3:14B'],
  'Qwen/QwQ-32B': ['ai/qwq', 'ai/qwq:32B'],
  'microsoft/phi-4': ['ai/phi4', 'ai/phi4:14B'],
  // the bare `ai/mistral` ends in a common word the data check refuses; the sized tag is unambiguous
  'mistralai/Mistral-7B-Instruct-v0.3': ['ai/mistral:7B'],
  'mistralai/Mistral-Nemo-Instruct-2407': ['ai/mistral-nemo', 'ai/mistral-nemo:12B'],
  'deepseek-ai/DeepSeek-R1-Distill-Llama-8B': ['ai/deepseek-r1-distill-llama', 'ai/deepseek-r1-distill-llama:8B'],
  'deepseek-ai/DeepSeek-R1-Distill-Llama-70B': ['ai/deepseek-r1-distill-llama:70B'],
  'openai/gpt-oss-20b': ['ai/gpt-oss', 'ai/gpt-oss:20B'],
  'openai/gpt-oss-120b': ['ai/gpt-oss:120B'],
  'mixedbread-ai/mxbai-embed-large-v1': ['ai/mxbai-embed-large', 'ai/mxbai-embed-large:335M'],
  'nomic-ai/nomic-embed-text-v1.5': ['ai/nomic-embed-text-v1.5'],
};

export const DOCKER_TABLE: AliasTable = {
  ecosystem: 'docker',
  source: { id: 'docker-hub-ai', kind: 'vendor-page', url: 'https://hub.docker.com/u/ai', title: 'Docker Hub ai/ namespace (Docker Model Runner models)', checked: CHECKED },
  entries: DOCKER_ENTRIES,
};

export const dockerAliasFile = () => buildAliasFile([DOCKER_TABLE]);

if (isMain(__filename)) writeAliasFile('docker', dockerAliasFile());
