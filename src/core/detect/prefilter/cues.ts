/**
 * The words some detector reacts to before it ever asks the dataset: key stems (`model`, `tokenizer`...), callee
 * names, command names, hosts, file extensions. A region with none of them and no id anchor can only yield
 * references the dataset knows, and those need an anchor: so such a region yields nothing.
 */
import type { Pattern } from './automaton';

/** What a hit can start. */
export const HitKind = {
  /** A context cue: a key, callee, command or flag that vouches for the value after it. */
  cue: 1,
  /** A fixed substring of an id the dataset knows. */
  anchor: 2,
  /** `.gguf`: a model file name. */
  gguf: 4,
  /** Modelfile `FROM` (in a Modelfile or a docs fence). */
  from: 8,
} as const;

/**
 * Normalised key endings (see keys.ts) as they are written in text. A key matches after dropping every
 * character that is not a letter or digit, so each stem is also listed with one `_` or `-` inside it
 * (`check_point`, `pre-trained`); keys split twice inside a stem are not expected.
 */
const KEY_STEMS = ['model', 'checkpoint', 'tokenizer', 'llm', 'repo', 'pretrained', 'adapter', 'lora', 'profile'];

/** Callees (calls.ts), commands and flags (cli.ts), hosts (urls.ts) not already covered by a key stem. */
const WORDS = [
  'sentencetransformer', 'crossencoder', 'sparseencoder', 'pipeline', 'snapshot_download', 'hf', 'init_chat_model',
  'init_embeddings', 'initchatmodel', 'initembeddings', 'generativemodel', 'inferenceclient', 'push_to_hub',
  'replicate', 'mlx_lm', 'mlx_vlm', 'openai', 'anthropic', 'google', 'vertex', 'mistral', 'groq', 'xai', 'deepseek',
  'cohere', 'togetherai', 'fireworks', 'perplexity', 'bedrock', 'azure', 'ollama', 'openrouter', 'cerebras',
  'deepinfra', 'vllm', 'huggingface', 'docker', 'hf.co', 'ollama.com', 'registry.ollama.ai',
];

/** Bare `load(`: kept only when not part of a longer name (see `keepLoadHit`). */
export const LOAD_CUE = 'load';

export function cuePatterns(): Pattern[] {
  const out: Pattern[] = [];
  for (const stem of KEY_STEMS) {
    out.push({ text: stem, flags: HitKind.cue });
    for (let i = 1; i < stem.length; i++) {
      for (const sep of ['_', '-']) out.push({ text: stem.slice(0, i) + sep + stem.slice(i), flags: HitKind.cue });
    }
  }
  for (const word of WORDS) out.push({ text: word, flags: HitKind.cue });
  out.push({ text: '.gguf', flags: HitKind.gguf | HitKind.cue });
  out.push({ text: 'from', flags: HitKind.from });
  return out;
}
