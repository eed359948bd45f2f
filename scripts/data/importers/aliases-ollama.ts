/**
 * Ollama library tags -> the Hub model they package (read from each library page's model card link and tag
 * list). Only sizes whose weights are unambiguous are listed: Ollama re-points some tags over time (deepseek-r1:8b
 * moved from the Llama distill to the R1-0528 Qwen3 distill), and the table follows the current library.
 * The engine strips quantisation suffixes (`llama3.1:8b-instruct-q4_K_M` -> `llama3.1:8b`) and `:latest`.
 * Run on its own: `npx tsx scripts/data/importers/aliases-ollama.ts`.
 */
import { CHECKED } from './models-dev/vendor';
import { buildAliasFile, isMain, writeAliasFile, type AliasTable } from './aliases-table';

/** `sizes` expands a library name into `name:size` tags; `bare` adds the untagged name (Ollama's default tag). */
function tags(name: string, sizes: Record<string, string>, bare?: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [size, model] of Object.entries(sizes)) (out[model] ??= []).push(`${name}:${size}`);
  if (bare) (out[bare] ??= []).push(name);
  return out;
}

function merge(...parts: Record<string, string[]>[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of parts) for (const [model, ids] of Object.entries(part)) (out[model] ??= []).push(...ids);
  return out;
}

const L = 'meta-llama/';
const Q = 'Qwen/';
const D = 'deepseek-ai/';
const G = 'google/';
const M = 'mistralai/';
const MS = 'microsoft/';

export const OLLAMA_ENTRIES = merge(
  tags('llama3.1', { '8b': `${L}Llama-3.1-8B-Instruct`, '70b': `${L}Llama-3.1-70B-Instruct`, '405b': `${L}Llama-3.1-405B-Instruct` }, `${L}Llama-3.1-8B-Instruct`),
  tags('llama3.2', { '1b': `${L}Llama-3.2-1B-Instruct`, '3b': `${L}Llama-3.2-3B-Instruct` }, `${L}Llama-3.2-3B-Instruct`),
  tags('llama3.2-vision', { '11b': `${L}Llama-3.2-11B-Vision-Instruct`, '90b': `${L}Llama-3.2-90B-Vision-Instruct` }, `${L}Llama-3.2-11B-Vision-Instruct`),
  tags('llama3.3', { '70b': `${L}Llama-3.3-70B-Instruct` }, `${L}Llama-3.3-70B-Instruct`),
  tags('llama3', { '8b': `${L}Meta-Llama-3-8B-Instruct`, '70b': `${L}Meta-Llama-3-70B-Instruct` }, `${L}Meta-Llama-3-8B-Instruct`),
  tags('llama2', { '7b': `${L}Llama-2-7b-chat-hf`, '13b': `${L}Llama-2-13b-chat-hf`, '70b': `${L}Llama-2-70b-chat-hf` }, `${L}Llama-2-7b-chat-hf`),
  tags('llama4', {
    scout: `${L}Llama-4-Scout-17B-16E-Instruct`,
    '16x17b': `${L}Llama-4-Scout-17B-16E-Instruct`,
    maverick: `${L}Llama-4-Maverick-17B-128E-Instruct`,
    '128x17b': `${L}Llama-4-Maverick-17B-128E-Instruct`,
  }),
  tags('codellama', {
    '7b': 'codellama/CodeLlama-7b-Instruct-hf',
    '13b': 'codellama/CodeLlama-13b-Instruct-hf',
    '34b': 'codellama/CodeLlama-34b-Instruct-hf',
    '70b': 'codellama/CodeLlama-70b-Instruct-hf',
  }),
  // `-text` tags package the pretrained (base) model, `-code` / `-python` the Code Llama base and Python models
  tags('llama3.1', { '8b-text': `${L}Llama-3.1-8B`, '70b-text': `${L}Llama-3.1-70B`, '405b-text': `${L}Llama-3.1-405B` }),
  tags('llama3', { '8b-text': `${L}Meta-Llama-3-8B`, '70b-text': `${L}Meta-Llama-3-70B` }),
  tags('llama2', { '7b-text': `${L}Llama-2-7b-hf`, '13b-text': `${L}Llama-2-13b-hf`, '70b-text': `${L}Llama-2-70b-hf` }),
  tags('codellama', {
    '7b-code': 'codellama/CodeLlama-7b-hf', '13b-code': 'codellama/CodeLlama-13b-hf', '34b-code': 'codellama/CodeLlama-34b-hf', '70b-code': 'codellama/CodeLlama-70b-hf',
    '7b-python': 'codellama/CodeLlama-7b-Python-hf', '13b-python': 'codellama/CodeLlama-13b-Python-hf', '34b-python': 'codellama/CodeLlama-34b-Python-hf', '70b-python': 'codellama/CodeLlama-70b-Python-hf',
  }),
  tags('mistral', { '7b-text': `${M}Mistral-7B-v0.3` }),
  tags('gemma2', { '2b-text': `${G}gemma-2-2b`, '9b-text': `${G}gemma-2-9b`, '27b-text': `${G}gemma-2-27b` }),
  tags('llama-guard3', { '1b': `${L}Llama-Guard-3-1B`, '8b': `${L}Llama-Guard-3-8B` }),
  tags('deepseek-r1', {
    '1.5b': `${D}DeepSeek-R1-Distill-Qwen-1.5B`,
    '7b': `${D}DeepSeek-R1-Distill-Qwen-7B`,
    '8b': `${D}DeepSeek-R1-0528-Qwen3-8B`,
    '14b': `${D}DeepSeek-R1-Distill-Qwen-14B`,
    '32b': `${D}DeepSeek-R1-Distill-Qwen-32B`,
    '70b': `${D}DeepSeek-R1-Distill-Llama-70B`,
    '671b': `${D}DeepSeek-R1-0528`,
    // explicit tags that keep naming the first R1 release and its distills after the 0528 update
    '1.5b-qwen-distill': `${D}DeepSeek-R1-Distill-Qwen-1.5B`,
    '7b-qwen-distill': `${D}DeepSeek-R1-Distill-Qwen-7B`,
    '8b-llama-distill': `${D}DeepSeek-R1-Distill-Llama-8B`,
    '14b-qwen-distill': `${D}DeepSeek-R1-Distill-Qwen-14B`,
    '32b-qwen-distill': `${D}DeepSeek-R1-Distill-Qwen-32B`,
    '70b-llama-distill': `${D}DeepSeek-R1-Distill-Llama-70B`,
    '8b-0528-qwen3': `${D}DeepSeek-R1-0528-Qwen3-8B`,
  }),
  tags('deepseek-v3', { '671b': `${D}DeepSeek-V3` }),
  tags('deepseek-v3.1', { '671b': `${D}DeepSeek-V3.1` }),
  tags('deepseek-v2', { '16b': `${D}DeepSeek-V2-Lite-Chat`, '236b': `${D}DeepSeek-V2-Chat` }),
  tags('deepseek-v2.5', { '236b': `${D}DeepSeek-V2.5` }, `${D}DeepSeek-V2.5`),
  tags('deepseek-coder', { '1.3b': `${D}deepseek-coder-1.3b-instruct`, '6.7b': `${D}deepseek-coder-6.7b-instruct`, '33b': `${D}deepseek-coder-33b-instruct` }),
  tags('deepseek-coder-v2', { '16b': `${D}DeepSeek-Coder-V2-Lite-Instruct`, '236b': `${D}DeepSeek-Coder-V2-Instruct` }, `${D}DeepSeek-Coder-V2-Lite-Instruct`),
  tags('deepseek-llm', { '7b': `${D}deepseek-llm-7b-chat`, '67b': `${D}deepseek-llm-67b-chat` }),
  tags('qwen2.5', {
    '0.5b': `${Q}Qwen2.5-0.5B-Instruct`, '1.5b': `${Q}Qwen2.5-1.5B-Instruct`, '3b': `${Q}Qwen2.5-3B-Instruct`, '7b': `${Q}Qwen2.5-7B-Instruct`,
    '14b': `${Q}Qwen2.5-14B-Instruct`, '32b': `${Q}Qwen2.5-32B-Instruct`, '72b': `${Q}Qwen2.5-72B-Instruct`,
  }, `${Q}Qwen2.5-7B-Instruct`),
  tags('qwen2.5-coder', {
    '0.5b': `${Q}Qwen2.5-Coder-0.5B-Instruct`, '1.5b': `${Q}Qwen2.5-Coder-1.5B-Instruct`, '3b': `${Q}Qwen2.5-Coder-3B-Instruct`,
    '7b': `${Q}Qwen2.5-Coder-7B-Instruct`, '14b': `${Q}Qwen2.5-Coder-14B-Instruct`, '32b': `${Q}Qwen2.5-Coder-32B-Instruct`,
  }, `${Q}Qwen2.5-Coder-7B-Instruct`),
  tags('qwen2.5vl', { '3b': `${Q}Qwen2.5-VL-3B-Instruct`, '7b': `${Q}Qwen2.5-VL-7B-Instruct`, '32b': `${Q}Qwen2.5-VL-32B-Instruct`, '72b': `${Q}Qwen2.5-VL-72B-Instruct` }, `${Q}Qwen2.5-VL-7B-Instruct`),
  tags('qwen2', { '0.5b': `${Q}Qwen2-0.5B-Instruct`, '1.5b': `${Q}Qwen2-1.5B-Instruct`, '7b': `${Q}Qwen2-7B-Instruct`, '72b': `${Q}Qwen2-72B-Instruct` }, `${Q}Qwen2-7B-Instruct`),
  tags('qwen', {
    '0.5b': `${Q}Qwen1.5-0.5B-Chat`, '1.8b': `${Q}Qwen1.5-1.8B-Chat`, '7b': `${Q}Qwen1.5-7B-Chat`,
    '14b': `${Q}Qwen1.5-14B-Chat`, '32b': `${Q}Qwen1.5-32B-Chat`, '72b': `${Q}Qwen1.5-72B-Chat`, '110b': `${Q}Qwen1.5-110B-Chat`,
  }),
  tags('qwen3', { '0.6b': `${Q}Qwen3-0.6B`, '1.7b': `${Q}Qwen3-1.7B`, '4b': `${Q}Qwen3-4B`, '8b': `${Q}Qwen3-8B`, '14b': `${Q}Qwen3-14B`, '32b': `${Q}Qwen3-32B` }),
  tags('qwen3-coder', { '30b': `${Q}Qwen3-Coder-30B-A3B-Instruct`, '480b': `${Q}Qwen3-Coder-480B-A35B-Instruct` }),
  tags('qwen3-embedding', { '0.6b': `${Q}Qwen3-Embedding-0.6B`, '4b': `${Q}Qwen3-Embedding-4B`, '8b': `${Q}Qwen3-Embedding-8B` }),
  tags('qwq', { '32b': `${Q}QwQ-32B` }, `${Q}QwQ-32B`),
  tags('gemma3', { '270m': `${G}gemma-3-270m-it`, '1b': `${G}gemma-3-1b-it`, '4b': `${G}gemma-3-4b-it`, '12b': `${G}gemma-3-12b-it`, '27b': `${G}gemma-3-27b-it` }, `${G}gemma-3-4b-it`),
  tags('gemma3n', { e2b: `${G}gemma-3n-E2B-it`, e4b: `${G}gemma-3n-E4B-it` }),
  tags('gemma2', { '2b': `${G}gemma-2-2b-it`, '9b': `${G}gemma-2-9b-it`, '27b': `${G}gemma-2-27b-it` }, `${G}gemma-2-9b-it`),
  tags('codegemma', { '2b': `${G}codegemma-2b`, '7b': `${G}codegemma-7b-it` }),
  tags('mistral', { '7b': `${M}Mistral-7B-Instruct-v0.3` }),
  tags('mixtral', { '8x7b': `${M}Mixtral-8x7B-Instruct-v0.1`, '8x22b': `${M}Mixtral-8x22B-Instruct-v0.1` }),
  tags('mistral-nemo', { '12b': `${M}Mistral-Nemo-Instruct-2407` }, `${M}Mistral-Nemo-Instruct-2407`),
  tags('mistral-small', { '22b': `${M}Mistral-Small-Instruct-2409`, '24b': `${M}Mistral-Small-24B-Instruct-2501` }),
  tags('mistral-small3.1', { '24b': `${M}Mistral-Small-3.1-24B-Instruct-2503` }, `${M}Mistral-Small-3.1-24B-Instruct-2503`),
  tags('mistral-small3.2', { '24b': `${M}Mistral-Small-3.2-24B-Instruct-2506` }, `${M}Mistral-Small-3.2-24B-Instruct-2506`),
  tags('mistral-large', { '123b': `${M}Mistral-Large-Instruct-2411` }),
  tags('codestral', { '22b': `${M}Codestral-22B-v0.1` }),
  tags('mathstral', { '7b': `${M}Mathstral-7B-v0.1` }, `${M}Mathstral-7B-v0.1`),
  tags('phi3', { mini: `${MS}Phi-3-mini-4k-instruct`, '3.8b': `${MS}Phi-3-mini-4k-instruct`, medium: `${MS}Phi-3-medium-4k-instruct`, '14b': `${MS}Phi-3-medium-4k-instruct` }, `${MS}Phi-3-mini-4k-instruct`),
  tags('phi3', {
    '3.8b-mini-4k-instruct': `${MS}Phi-3-mini-4k-instruct`,
    '3.8b-mini-128k-instruct': `${MS}Phi-3-mini-128k-instruct`,
    '14b-medium-4k-instruct': `${MS}Phi-3-medium-4k-instruct`,
    '14b-medium-128k-instruct': `${MS}Phi-3-medium-128k-instruct`,
  }),
  tags('phi3.5', { '3.8b': `${MS}Phi-3.5-mini-instruct` }, `${MS}Phi-3.5-mini-instruct`),
  tags('phi4', { '14b': `${MS}phi-4` }, `${MS}phi-4`),
  tags('phi4-mini', { '3.8b': `${MS}Phi-4-mini-instruct` }, `${MS}Phi-4-mini-instruct`),
  tags('phi4-reasoning', { '14b': `${MS}Phi-4-reasoning` }, `${MS}Phi-4-reasoning`),
  tags('phi4-mini-reasoning', { '3.8b': `${MS}Phi-4-mini-reasoning` }, `${MS}Phi-4-mini-reasoning`),
  tags('phi', { '2.7b': `${MS}phi-2` }),
  tags('gpt-oss', { '20b': 'openai/gpt-oss-20b', '120b': 'openai/gpt-oss-120b' }, 'openai/gpt-oss-20b'),
  tags('nomic-embed-text', { 'v1.5': 'nomic-ai/nomic-embed-text-v1.5' }, 'nomic-ai/nomic-embed-text-v1.5'),
  tags('mxbai-embed-large', { '335m': 'mixedbread-ai/mxbai-embed-large-v1' }, 'mixedbread-ai/mxbai-embed-large-v1'),
  tags('all-minilm', { '22m': 'sentence-transformers/all-MiniLM-L6-v2', '33m': 'sentence-transformers/all-MiniLM-L12-v2', 'l6-v2': 'sentence-transformers/all-MiniLM-L6-v2', 'l12-v2': 'sentence-transformers/all-MiniLM-L12-v2' }, 'sentence-transformers/all-MiniLM-L6-v2'),
  tags('snowflake-arctic-embed', {
    '22m': 'Snowflake/snowflake-arctic-embed-xs', '33m': 'Snowflake/snowflake-arctic-embed-s', '110m': 'Snowflake/snowflake-arctic-embed-m',
    '137m': 'Snowflake/snowflake-arctic-embed-m-long', '335m': 'Snowflake/snowflake-arctic-embed-l',
  }, 'Snowflake/snowflake-arctic-embed-l'),
  tags('bge-large', { '335m': 'BAAI/bge-large-en-v1.5' }, 'BAAI/bge-large-en-v1.5'),
  tags('smollm2', { '135m': 'HuggingFaceTB/SmolLM2-135M-Instruct', '360m': 'HuggingFaceTB/SmolLM2-360M-Instruct', '1.7b': 'HuggingFaceTB/SmolLM2-1.7B-Instruct' }, 'HuggingFaceTB/SmolLM2-1.7B-Instruct'),
  tags('smollm', { '135m': 'HuggingFaceTB/SmolLM-135M-Instruct', '360m': 'HuggingFaceTB/SmolLM-360M-Instruct', '1.7b': 'HuggingFaceTB/SmolLM-1.7B-Instruct' }),
  tags('starcoder2', { '3b': 'bigcode/starcoder2-3b', '7b': 'bigcode/starcoder2-7b', '15b': 'bigcode/starcoder2-15b', '15b-instruct': 'bigcode/starcoder2-15b-instruct-v0.1' }, 'bigcode/starcoder2-3b'),
  tags('falcon3', { '1b': 'tiiuae/Falcon3-1B-Instruct', '3b': 'tiiuae/Falcon3-3B-Instruct', '7b': 'tiiuae/Falcon3-7B-Instruct', '10b': 'tiiuae/Falcon3-10B-Instruct' }, 'tiiuae/Falcon3-7B-Instruct'),
  tags('falcon', { '7b': 'tiiuae/falcon-7b-instruct', '40b': 'tiiuae/falcon-40b-instruct' }),
  tags('olmo2', { '7b': 'allenai/OLMo-2-1124-7B-Instruct', '13b': 'allenai/OLMo-2-1124-13B-Instruct' }, 'allenai/OLMo-2-1124-7B-Instruct'),
  tags('granite3.1-dense', { '2b': 'ibm-granite/granite-3.1-2b-instruct', '8b': 'ibm-granite/granite-3.1-8b-instruct' }),
  tags('granite3.3', { '2b': 'ibm-granite/granite-3.3-2b-instruct', '8b': 'ibm-granite/granite-3.3-8b-instruct' }, 'ibm-granite/granite-3.3-8b-instruct'),
  tags('granite4', {
    micro: 'ibm-granite/granite-4.0-micro',
    'micro-h': 'ibm-granite/granite-4.0-h-micro',
    'tiny-h': 'ibm-granite/granite-4.0-h-tiny',
    'small-h': 'ibm-granite/granite-4.0-h-small',
  }),
  tags('granite-embedding', { '30m': 'ibm-granite/granite-embedding-30m-english', '278m': 'ibm-granite/granite-embedding-278m-multilingual' }),
  tags('command-r', { '35b': 'CohereLabs/c4ai-command-r-08-2024' }),
  tags('command-r-plus', { '104b': 'CohereLabs/c4ai-command-r-plus-08-2024' }),
  tags('command-r7b', { '7b': 'CohereLabs/c4ai-command-r7b-12-2024' }),
  tags('command-a', { '111b': 'CohereLabs/c4ai-command-a-03-2025' }),
  tags('aya-expanse', { '8b': 'CohereLabs/aya-expanse-8b', '32b': 'CohereLabs/aya-expanse-32b' }),
  tags('tinyllama', { '1.1b': 'TinyLlama/TinyLlama-1.1B-Chat-v1.0' }, 'TinyLlama/TinyLlama-1.1B-Chat-v1.0'),
  tags('nemotron-mini', { '4b': 'nvidia/Nemotron-Mini-4B-Instruct' }, 'nvidia/Nemotron-Mini-4B-Instruct'),
  tags('nemotron', { '70b': 'nvidia/Llama-3.1-Nemotron-70B-Instruct-HF' }),
  tags('stable-code', { '3b': 'stabilityai/stable-code-3b' }),
  tags('glm4', { '9b': 'THUDM/glm-4-9b-chat' }),
  tags('solar', { '10.7b': 'upstage/SOLAR-10.7B-Instruct-v1.0' }),
  tags('dbrx', { '132b': 'databricks/dbrx-instruct' }),
  tags('zephyr', { '7b': 'HuggingFaceH4/zephyr-7b-beta' }),
  tags('stablelm-zephyr', { '3b': 'stabilityai/stablelm-zephyr-3b' }, 'stabilityai/stablelm-zephyr-3b'),
  tags('yi-coder', { '1.5b': '01-ai/Yi-Coder-1.5B-Chat', '9b': '01-ai/Yi-Coder-9B-Chat' }, '01-ai/Yi-Coder-9B-Chat'),
  tags('codegeex4', { '9b': 'THUDM/codegeex4-all-9b' }, 'THUDM/codegeex4-all-9b'),
  tags('codeqwen', { '7b': 'Qwen/CodeQwen1.5-7B-Chat' }, 'Qwen/CodeQwen1.5-7B-Chat'),
  tags('reader-lm', { '0.5b': 'jinaai/reader-lm-0.5b', '1.5b': 'jinaai/reader-lm-1.5b' }),
  tags('llama3-chatqa', { '8b': 'nvidia/Llama3-ChatQA-1.5-8B', '70b': 'nvidia/Llama3-ChatQA-1.5-70B' }, 'nvidia/Llama3-ChatQA-1.5-8B'),
  tags('falcon2', { '11b': 'tiiuae/falcon-11B' }, 'tiiuae/falcon-11B'),
  tags('internlm2', { '7b': 'internlm/internlm2_5-7b-chat' }),
  tags('minicpm-v', { '8b': 'openbmb/MiniCPM-V-2_6' }, 'openbmb/MiniCPM-V-2_6'),
  tags('paraphrase-multilingual', { '278m': 'sentence-transformers/paraphrase-multilingual-mpnet-base-v2' }, 'sentence-transformers/paraphrase-multilingual-mpnet-base-v2'),
  tags('embeddinggemma', { '300m': 'google/embeddinggemma-300m' }, 'google/embeddinggemma-300m'),
);

export const OLLAMA_TABLE: AliasTable = {
  ecosystem: 'ollama',
  source: { id: 'ollama-library', kind: 'vendor-page', url: 'https://ollama.com/library', title: 'Ollama model library: tags and the model each packages', checked: CHECKED },
  entries: OLLAMA_ENTRIES,
};

export const ollamaAliasFile = () => buildAliasFile([OLLAMA_TABLE]);

if (isMain(__filename)) writeAliasFile('ollama', ollamaAliasFile());
