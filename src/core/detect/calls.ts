/** Calls whose positional arguments are model ids, across Python and JavaScript/TypeScript SDKs. */
import type { Strength } from './ids';
import { keyStrength } from './keys';
import { boundedMemo } from './bounded-memo';
import { fasterWhisperId, openaiWhisperId, type IdInContext } from './whisper-names';

export interface CallRule {
  /** 0-based index of the positional argument that names the model. */
  index: number;
  strength: Strength;
  /** The call takes `repo_type=`: a dataset or space download is not a model. */
  repoTyped?: boolean;
  /** A second position that may name a model (`PeftModel.from_pretrained(base, "org/adapter")`), as `medium`. */
  alsoIndex?: number;
  /** The call takes a library's own model names (`whisper.load_model("large-v3")`): the id each stands for. */
  idInContext?: IdInContext;
}

/** By the callee's last name segment. */
const BY_NAME: Record<string, CallRule> = {
  from_pretrained: { index: 0, strength: 'strong', alsoIndex: 1 },
  load_lora_weights: { index: 0, strength: 'medium' },
  load_adapter: { index: 0, strength: 'medium' },
  SentenceTransformer: { index: 0, strength: 'strong' },
  CrossEncoder: { index: 0, strength: 'strong' },
  SparseEncoder: { index: 0, strength: 'strong' },
  pipeline: { index: 1, strength: 'strong' },
  snapshot_download: { index: 0, strength: 'strong', repoTyped: true },
  hf_hub_download: { index: 0, strength: 'strong', repoTyped: true },
  model_info: { index: 0, strength: 'medium', repoTyped: true },
  init_chat_model: { index: 0, strength: 'strong' },
  init_embeddings: { index: 0, strength: 'strong' },
  initChatModel: { index: 0, strength: 'strong' }, // LangChain JS
  initEmbeddings: { index: 0, strength: 'strong' },
  LLM: { index: 0, strength: 'strong' },
  AsyncLLMEngine: { index: 0, strength: 'strong' },
  GenerativeModel: { index: 0, strength: 'strong' },
  InferenceClient: { index: 0, strength: 'key' },
  WhisperModel: { index: 0, strength: 'key', idInContext: fasterWhisperId }, // faster-whisper
  AsyncInferenceClient: { index: 0, strength: 'key' },
};

/** Vercel AI SDK providers (`openai('gpt-4o')`, `anthropic.messages(...)`, `google.textEmbeddingModel(...)`). */
const AI_SDK_PROVIDERS = new Set([
  'openai', 'anthropic', 'google', 'vertex', 'mistral', 'groq', 'xai', 'deepseek', 'cohere', 'togetherai',
  'fireworks', 'perplexity', 'bedrock', 'azure', 'ollama', 'openrouter', 'cerebras', 'deepinfra', 'amazonBedrock',
]);
const AI_SDK_METHODS = new Set([
  'chat', 'responses', 'completion', 'languageModel', 'textEmbeddingModel', 'textEmbedding', 'embedding', 'image',
  'imageModel', 'transcription', 'speech', 'messages', 'chatModel', 'embeddingModel',
]);
/** `ollama.pull('x')` and the Python/JS Ollama client. */
const OLLAMA_STRONG = new Set(['pull', 'show', 'delete', 'push', 'copy']);
const OLLAMA_KEY = new Set(['chat', 'generate', 'embed', 'embeddings']);

/** Calls whose string arguments are never models (datasets, images, files, modules). */
const NEVER = new Set([
  'load_dataset', 'load_from_disk', 'require', 'import', 'open', 'Path', 'join', 'readFile', 'readFileSync',
  'DataLoader', 'get_dataset_config_names', 'dataset_info', 'Image', 'FROM',
]);

/** `getModels`, `list_models`, `fetchAvailableModels`...: a provider or filter goes in, models come out. */
const LISTS_MODELS = /^(get|list|fetch|custom|available|supported|query|retrieve|refresh|search|find|filter)_?(available_?|custom_?|supported_?)?models$/i;

/** Callees repeat: the rule (rules are never mutated) is computed once per callee. */
export const callRule = boundedMemo(computeCallRule);

function computeCallRule(callee: string): CallRule | undefined {
  const dot = callee.lastIndexOf('.');
  const last = dot < 0 ? callee : callee.slice(dot + 1);
  const owner = dot < 0 ? '' : callee.slice(callee.lastIndexOf('.', dot - 1) + 1, dot);
  const root = callee.slice(0, callee.indexOf('.') < 0 ? callee.length : callee.indexOf('.'));
  const rule = BY_NAME[last];
  if (rule) return rule;
  if (dot < 0 && AI_SDK_PROVIDERS.has(last)) return { index: 0, strength: 'key' };
  if (AI_SDK_PROVIDERS.has(owner) && AI_SDK_METHODS.has(last)) return { index: 0, strength: 'key' };
  if (root === 'ollama' && OLLAMA_STRONG.has(last)) return { index: 0, strength: 'strong' };
  if (root === 'ollama' && OLLAMA_KEY.has(last)) return { index: 0, strength: 'key' };
  if (last === 'load' && (dot < 0 || owner === 'mlx_lm' || owner === 'mlx_vlm')) return { index: 0, strength: 'medium' };
  // `trainer.push_to_hub("org/name")` publishes a model; `dataset.push_to_hub(...)` does not
  if (/^push_to_hub(_gguf|_merged)?$/.test(last) && /model|trainer|pipe|tokenizer|merged|peft|llm/i.test(owner)) return { index: 0, strength: 'medium' };
  if (callee === 'whisper.load_model' || callee === 'stable_whisper.load_model') return { index: 0, strength: 'key', idInContext: openaiWhisperId };
  if (callee === 'whisperx.load_model' || callee === 'stable_whisper.load_faster_whisper') return { index: 0, strength: 'key', idInContext: fasterWhisperId };
  if (callee === 'replicate.run' || callee === 'replicate.stream') return { index: 0, strength: 'key' };
  if (root === 'litellm' && /^a?(completion|embedding|text_completion|image_generation|transcription)$/.test(last)) {
    return { index: 0, strength: 'key' };
  }
  // calls that list models take what to list them of: `customModels("cohere-embedder")`, `list_models(provider)`
  if (LISTS_MODELS.test(last)) return undefined;
  // builders and setters named for the setting: `.model("gpt-4o")`, `.modelId(...)`, `setModel(...)`, `with_model(...)`
  if (keyStrength(last) === 'key') return { index: 0, strength: 'key' };
  return undefined;
}

export function isNeverCall(callee: string): boolean {
  if (callee === '') return false; // every bracket that is not a call asks
  const dot = callee.lastIndexOf('.');
  const last = dot < 0 ? callee : callee.slice(dot + 1);
  // the expression needs `s.` (images., containers., datasets.): most callees are settled without running it
  return NEVER.has(last) || (callee.includes('s.') && /(^|\.)(images|containers|datasets)\./.test(callee));
}

/** Getters whose second argument is the default of a setting named by the first (`os.getenv("MODEL", "x")`). */
export function isSettingGetter(callee: string): boolean {
  const dot = callee.lastIndexOf('.');
  const last = dot < 0 ? callee : callee.slice(dot + 1);
  return last === 'getenv' || last === 'get' || last === 'fetch' || last === 'getOrDefault' || last === 'env' || last === 'config';
}

/** argparse/click options: `add_argument("--model", default="x")`. */
export function isOptionDeclaration(callee: string): boolean {
  return /(^|\.)(add_argument|option|Option|addOption|argument)$/.test(callee);
}
