/**
 * Whether a reference names a model by a hosted provider's id (`meta.llama3-1-70b-instruct-v1:0` on Bedrock,
 * `llama-3.3-70b-versatile` on Groq, `groq/...` in LiteLLM): then the weights may be open, but this code sends its
 * prompts to that provider, as with an API-only model. Read from the dataset alias that matched, or from the
 * provider prefix the resolver stripped; an id the Hub also uses (`openai/gpt-oss-20b`) is never hosted.
 */
import { stripQuantSuffix } from '../dataset/normalize';
import type { Resolution } from '../dataset/resolve';
import type { Alias, License, Model } from '../dataset/schema';

export interface Hosting {
  /**
   * The hosted service the id belongs to: "Amazon Bedrock", "Groq", "Mistral AI's API"... An alias can be the
   * same at two providers (`mistral-large-2411` at Azure and at Mistral), so it says whose id it is, not where
   * this code sends it.
   */
  provider: string;
  /** What says so: the dataset alias that matched (its ecosystem) or the provider prefix written before the id. */
  evidence: { alias: string; ecosystem: Alias['ecosystem'] } | { prefix: string };
  /** The publisher's API terms, which govern the model instead of its weights' license (set by the assessment). */
  apiTerms?: License;
}

/** Alias ecosystems that are hosted services (Ollama, Docker Model Runner and Hub re-uploads run locally). */
const HOSTED_ECOSYSTEMS: Partial<Record<Alias['ecosystem'], string>> = {
  bedrock: 'Amazon Bedrock',
  vertex: 'Google Vertex AI',
  azure: 'Microsoft Azure AI Foundry',
  openrouter: 'OpenRouter',
  groq: 'Groq',
  together: 'Together AI',
  fireworks: 'Fireworks AI',
  cerebras: 'Cerebras',
  api: 'API', // the publisher's own API: named after the publisher below
};

/**
 * LiteLLM, LangChain and promptfoo provider prefixes of hosted services. Prefixes that can mean a local runtime
 * (`huggingface`, `ollama`, `hosted_vllm`, `local`...) are not here.
 */
const HOSTED_PREFIXES: Record<string, string> = {
  bedrock: 'Amazon Bedrock',
  bedrock_converse: 'Amazon Bedrock',
  sagemaker: 'Amazon SageMaker',
  vertex_ai: 'Google Vertex AI',
  vertex_ai_beta: 'Google Vertex AI',
  google_vertexai: 'Google Vertex AI',
  vertex: 'Google Vertex AI',
  azure: 'Microsoft Azure',
  azure_ai: 'Microsoft Azure AI Foundry',
  together_ai: 'Together AI',
  together: 'Together AI',
  togetherai: 'Together AI',
  groq: 'Groq',
  openrouter: 'OpenRouter',
  fireworks_ai: 'Fireworks AI',
  fireworks: 'Fireworks AI',
  deepinfra: 'DeepInfra',
  replicate: 'Replicate',
  cerebras: 'Cerebras',
  sambanova: 'SambaNova',
  nvidia_nim: 'NVIDIA NIM',
  watsonx: 'IBM watsonx',
  cloudflare: 'Cloudflare Workers AI',
  perplexity: 'Perplexity',
  mistral: "Mistral AI's API",
  mistralai: "Mistral AI's API",
  deepseek: "DeepSeek's API",
};

/** `publisherName` gives a publisher's display name, for models named by their publisher's own API id. */
export function hostingOf(raw: string, resolution: Resolution | undefined, publisherName: (id: string) => string | undefined): Hosting | undefined {
  if (!resolution || resolution.via === 'id') return undefined;
  const { model } = resolution;
  const prefix = /^\s*([a-z][a-z0-9_-]*)[/:]/i.exec(raw)?.[1]?.toLowerCase();
  const byPrefix = prefix === undefined ? undefined : HOSTED_PREFIXES[prefix];
  const matched = resolution.matched.toLowerCase();
  // `deepseek/...` or `mistral:...` before an id is only a provider when the id itself does not start there.
  const prefixed = byPrefix !== undefined && !matched.startsWith(`${prefix}/`);
  // one spelling can be an alias in two ecosystems (`mistral-nemo` at Azure and in Ollama): hosted only if in none local
  const spelledSo = model.aliases.filter((candidate) => candidate.id.toLowerCase() === matched);
  const hosted = spelledSo.length > 0 && spelledSo.every((candidate) => HOSTED_ECOSYSTEMS[candidate.ecosystem]);
  // the publisher's own API first: its terms are the ones the dataset can name (`mistral-large-2411`: Mistral, Azure)
  const alias = hosted ? (spelledSo.find((candidate) => candidate.ecosystem === 'api') ?? spelledSo[0]) : undefined;
  // The alias counts when written as it is, or reached only by removing what a provider adds (a Bedrock region,
  // an OpenRouter `:free`, a provider prefix): not when a file name or quantised tag was cut down to it.
  const providerSpelling =
    resolution.via === 'alias' ||
    prefixed ||
    alias?.ecosystem === 'bedrock' ||
    (alias?.ecosystem === 'openrouter' && raw.trim().toLowerCase().startsWith(matched)); // `vendor/name:free`, not a bare `name`
  if (alias && providerSpelling && !isLocalSpelling(alias.id, model)) {
    const providerOf = (ecosystem: Alias['ecosystem']) =>
      ecosystem === 'api' ? `${publisherName(model.publisher) ?? model.publisher}'s API` : HOSTED_ECOSYSTEMS[ecosystem]!;
    const providers = [alias, ...spelledSo.filter((candidate) => candidate !== alias)].map((candidate) => providerOf(candidate.ecosystem));
    return { provider: [...new Set(providers)].join(' or '), evidence: { alias: alias.id, ecosystem: alias.ecosystem } };
  }
  return resolution.via === 'normalized' && prefixed ? { provider: byPrefix!, evidence: { prefix: prefix! } } : undefined;
}

/**
 * Some providers name a model exactly as its weights are named (Azure's `Meta-Llama-3.1-8B-Instruct` is also the
 * Hub repo's earlier name and the GGUF files' name): such a spelling, quantisation tokens aside, says nothing about
 * where the model runs.
 */
function isLocalSpelling(aliasId: string, model: Model): boolean {
  // `Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8` is Together's id and the publisher's own FP8 repo
  const spelling = stripQuantSuffix(aliasId.toLowerCase());
  const weights = [model.id, ...model.aliases.filter((alias) => alias.ecosystem === 'hf' || alias.ecosystem === 'hf-reupload').map((alias) => alias.id)];
  // a bare name matches a repo's name; a path (`accounts/fireworks/models/deepseek-r1`) only a whole repo id
  const names = spelling.includes('/') ? weights : [model.name, ...weights.map((id) => id.slice(id.lastIndexOf('/') + 1))];
  return names.some((name) => name.toLowerCase() === spelling);
}
