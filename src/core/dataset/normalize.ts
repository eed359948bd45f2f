/**
 * Spellings of one model id across ecosystems, reduced to the keys the dataset indexes.
 * Every function here takes a lower-case id and returns shorter variants; none looks at the dataset,
 * so the resolver decides which variant (if any) names exactly one model.
 * All work is a constant number of passes over the input: no regex here can backtrack on long runs.
 */

/** `provider/model` prefixes of LiteLLM, OpenRouter and hosted-inference SDKs. */
const PROVIDER_PREFIXES = new Set([
  'openai', 'anthropic', 'google', 'gemini', 'vertex_ai', 'vertex_ai_beta', 'bedrock', 'bedrock_converse',
  'azure', 'azure_ai', 'huggingface', 'ollama', 'ollama_chat', 'together_ai', 'groq', 'openrouter',
  'fireworks_ai', 'mistral', 'deepseek', 'cohere', 'xai', 'x-ai', 'perplexity', 'replicate', 'deepinfra',
  'cerebras', 'sambanova', 'nvidia_nim', 'watsonx', 'lm_studio', 'hosted_vllm', 'cloudflare', 'ai21',
  'text-completion-openai', 'sagemaker', 'meta', 'amazon',
]);

/** LangChain `init_chat_model("provider:model")` providers. */
const LANGCHAIN_PROVIDERS = new Set([
  'openai', 'anthropic', 'azure_openai', 'azure_ai', 'google_vertexai', 'google_genai', 'google_anthropic_vertex',
  'bedrock', 'bedrock_converse', 'cohere', 'fireworks', 'together', 'mistralai', 'huggingface', 'groq', 'ollama',
  'deepseek', 'ibm', 'nvidia', 'xai', 'perplexity',
  // promptfoo provider ids (`openai:gpt-4o`, `vertex:gemini-1.5-pro`, `ollama:chat:llama3.1`)
  'vertex', 'azure', 'mistral', 'openrouter', 'togetherai', 'replicate', 'google',
  // LlamaIndex `embed_model="local:BAAI/bge-small-en-v1.5"`
  'local',
]);
/** promptfoo's API kind after the provider: `anthropic:messages:claude-...`, `ollama:chat:llama3.1`. */
const API_KINDS = ['chat:', 'completion:', 'messages:', 'embedding:', 'embeddings:', 'responses:'];

/** Host prefixes that wrap a Hub or Ollama id. */
const HOST_PREFIXES = [
  'https://huggingface.co/', 'http://huggingface.co/', 'huggingface.co/', 'https://hf.co/', 'hf.co/', 'hf://',
  'https://ollama.com/library/', 'ollama.com/library/', 'registry.ollama.ai/library/',
];

/** Bedrock cross-region inference profile prefixes (`us.anthropic.claude...`). */
const BEDROCK_REGIONS = ['us.', 'eu.', 'apac.', 'global.', 'us-gov.', 'jp.', 'au.', 'ca.'];

/** OpenRouter variant suffixes (`:free`, `:nitro`...). */
const OPENROUTER_VARIANTS = new Set(['free', 'beta', 'nitro', 'extended', 'thinking', 'floor', 'online']);

/** Name tokens a re-upload appends to its base's name: quantisation, format, precision. */
const FORMAT_TOKENS = new Set([
  'gguf', 'ggml', 'awq', 'gptq', 'mlx', 'exl2', 'bnb', 'onnx', 'int4', 'int8', 'fp8', 'fp16', 'bf16', 'f16', 'f32',
  'nf4', 'w4a16', 'w8a8', 'w8a16', 'dynamic', 'unsloth', 'quantized', 'imatrix', 'i1', 'mxfp4', 'hqq', 'marlin',
]);

/** `q4_k_m`, `iq3_xs`, `4bit`, `q8_0`: quantisation tokens, in file names, Ollama tags and repo names. */
export function isQuantToken(token: string): boolean {
  if (FORMAT_TOKENS.has(token)) return true;
  const first = token.charCodeAt(0);
  if (first === 113 /* q */ || (first === 105 /* i */ && token.charCodeAt(1) === 113)) {
    const digit = token.charCodeAt(first === 113 ? 1 : 2);
    return digit >= 48 && digit <= 57;
  }
  return /^\d{1,2}bits?$/.test(token);
}

/** Strips a trailing `-00001-of-00003` shard marker and `.gguf` / `.bin` file extensions. */
export function stripFileName(id: string): string {
  let out = id;
  for (const ext of ['.gguf', '.ggml', '.bin', '.safetensors']) {
    if (out.endsWith(ext)) out = out.slice(0, -ext.length);
  }
  const shard = /-\d{5}-of-\d{5}$/.exec(out);
  if (shard) out = out.slice(0, shard.index);
  return out;
}

/**
 * Drops quantisation/format tokens from the end of a name (`llama-2-7b-chat.q4_k_m` -> `llama-2-7b-chat`).
 * Tokens are split at `-` and `.` only: quantisation tokens themselves contain `_` (`q4_k_m`).
 */
export function stripQuantSuffix(name: string): string {
  let end = name.length;
  for (let guard = 0; guard < 8 && end > 0; guard++) {
    let cut = end - 1;
    while (cut > 0 && name[cut] !== '-' && name[cut] !== '.') cut--;
    if (cut <= 0 || !isQuantToken(name.slice(cut + 1, end))) break;
    end = cut;
  }
  return name.slice(0, end);
}

/** Removes a known host prefix (`hf.co/`, `huggingface.co/`, `ollama.com/library/`). */
export function stripHost(id: string): string | undefined {
  for (const prefix of HOST_PREFIXES) if (id.startsWith(prefix)) return id.slice(prefix.length);
  return undefined;
}

/**
 * Resource paths that end in a model name: Vertex `projects/p/locations/l/publishers/google/models/x`,
 * Fireworks `accounts/fireworks/models/x`, Bedrock ARNs `...:foundation-model/x`.
 */
export function stripResourcePath(id: string): string | undefined {
  for (const marker of ['foundation-model/', 'inference-profile/', 'provisioned-model/']) {
    const at = id.lastIndexOf(marker);
    if (at >= 0) return id.slice(at + marker.length);
  }
  if (id.startsWith('projects/') || id.startsWith('publishers/') || id.startsWith('accounts/')) {
    const at = id.lastIndexOf('/models/');
    if (at >= 0) return id.slice(at + '/models/'.length);
  }
  return undefined;
}

/** OpenAI fine-tunes name their base: `ft:gpt-4o-mini-2024-07-18:acme::9XyZ` -> `gpt-4o-mini-2024-07-18`. */
export function stripFineTune(id: string): string | undefined {
  if (!id.startsWith('ft:')) return undefined;
  const end = id.indexOf(':', 3);
  return end > 3 ? id.slice(3, end) : undefined;
}

/** `openrouter/openai/gpt-4o` -> `openai/gpt-4o`; only the first segment, and only a known provider. */
export function stripProvider(id: string): string | undefined {
  const slash = id.indexOf('/');
  if (slash <= 0) return undefined;
  return PROVIDER_PREFIXES.has(id.slice(0, slash)) ? id.slice(slash + 1) : undefined;
}

/** LangChain `openai:gpt-4o` -> `gpt-4o`. */
export function stripLangChainProvider(id: string): string | undefined {
  const colon = id.indexOf(':');
  if (colon <= 0) return undefined;
  if (!LANGCHAIN_PROVIDERS.has(id.slice(0, colon))) return undefined;
  const rest = id.slice(colon + 1);
  const kind = API_KINDS.find((k) => rest.startsWith(k));
  return kind ? rest.slice(kind.length) : rest;
}

/** Bedrock `us.meta.llama3-1-8b-instruct-v1:0` -> `meta.llama3-1-8b-instruct-v1:0`. */
export function stripBedrockRegion(id: string): string | undefined {
  for (const region of BEDROCK_REGIONS) {
    if (id.startsWith(region) && id.indexOf('.', region.length) > region.length) return id.slice(region.length);
  }
  return undefined;
}

/** Splits `name:tag` at the last colon when the tag has no slash (Ollama, Docker, Bedrock `:0`, `-hf repo:quant`). */
export function splitTag(id: string): { name: string; tag: string } | undefined {
  const colon = id.lastIndexOf(':');
  if (colon <= 0 || colon === id.length - 1) return undefined;
  const tag = id.slice(colon + 1);
  if (tag.includes('/')) return undefined;
  return { name: id.slice(0, colon), tag };
}

/**
 * The tag variants to try for `name:tag`, most specific first: the tag without its quantisation part, then the
 * size alone when the rest only says "instruct"/"chat" (Ollama's default variant), then the bare name for `latest`.
 */
export function tagVariants(name: string, tag: string): string[] {
  const out: string[] = [];
  if (tag === 'latest') return [name];
  if (/^\d+$/.test(tag) || OPENROUTER_VARIANTS.has(tag)) return [name]; // Bedrock `:0`, OpenRouter `:free`
  const parts = tag.split('-');
  while (parts.length > 1 && isQuantToken(parts[parts.length - 1]!)) parts.pop();
  if (parts.length === 1 && isQuantToken(parts[0]!)) return [name]; // `repo-GGUF:Q4_K_M`
  const unquantised = parts.join('-');
  if (unquantised !== tag) out.push(`${name}:${unquantised}`);
  const last = parts[parts.length - 1];
  if (parts.length === 2 && (last === 'instruct' || last === 'chat' || last === 'it')) out.push(`${name}:${parts[0]}`);
  return out;
}

/** API snapshots: `gpt-4o-2024-08-06` -> `gpt-4o`, `claude-3-5-haiku-20241022` -> `claude-3-5-haiku`, `x-latest` -> `x`. */
export function stripSnapshot(id: string): string | undefined {
  if (id.endsWith('-latest')) return id.slice(0, -'-latest'.length);
  const dashed = /-\d{4}-\d{2}-\d{2}$/.exec(id);
  if (dashed) return id.slice(0, dashed.index);
  const compact = /-20\d{6}$/.exec(id);
  if (compact) return id.slice(0, compact.index);
  return undefined;
}

/** The part after `org/`, or the whole id when it has no org. */
export function namePart(id: string): string {
  const slash = id.lastIndexOf('/');
  return slash < 0 ? id : id.slice(slash + 1);
}

/** A name without the `-hf` suffix Meta's converted checkpoints carry (`llama-2-7b-chat-hf`). */
export function stripHfSuffix(name: string): string {
  return name.endsWith('-hf') ? name.slice(0, -3) : name;
}
