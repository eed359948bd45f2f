/**
 * Provider ids of the API-only models, read from models.dev's provider folders: what Bedrock, Vertex, Azure
 * and OpenRouter call `claude-3-5-sonnet` or `gpt-4o`. A provider id becomes an alias only when it reduces to
 * exactly one API model of the right vendor (its own `base_model`, or its id once the provider's prefix and
 * version suffix are gone); ids that equal a canonical id already resolve and are left out.
 */
import type { ALIAS_ECOSYSTEMS, PublisherFile } from '../../../../src/core/dataset/schema';
import { stripProvider } from '../../../../src/core/dataset/normalize';
import type { ModelsDevRecord, ModelsDevSnapshot } from './read';

type Ecosystem = (typeof ALIAS_ECOSYSTEMS)[number];

export interface ProviderAlias {
  model: string;
  id: string;
  ecosystem: Ecosystem;
}

/** models.dev provider folder -> our ecosystem. */
export const PROVIDER_ECOSYSTEMS: Readonly<Record<string, Ecosystem>> = {
  'amazon-bedrock': 'bedrock',
  'google-vertex': 'vertex',
  'google-vertex-anthropic': 'vertex',
  azure: 'azure',
  openrouter: 'openrouter',
  groq: 'groq',
  togetherai: 'together',
  'fireworks-ai': 'fireworks',
};

/** models.dev vendor folder (and id prefixes providers use for it) -> our publisher id. */
const VENDOR_PUBLISHERS: Readonly<Record<string, string>> = {
  openai: 'openai',
  anthropic: 'anthropic',
  google: 'google',
  xai: 'xai-org',
  'x-ai': 'xai-org',
  mistral: 'mistralai',
  mistralai: 'mistralai',
  amazon: 'amazon',
  cohere: 'CohereLabs',
  alibaba: 'Qwen',
  qwen: 'Qwen',
};

/** Bedrock cross-region profiles are resolved by the engine from the plain id; listing them would only repeat it. */
const BEDROCK_REGION = /^(us|eu|apac|au|jp|ca|us-gov|global)\./;

/** The vendor-side spellings a provider id may reduce to, most literal first. */
function candidates(provider: string, id: string): { vendor?: string; names: string[] } {
  let vendor: string | undefined;
  let name = id;
  if (provider === 'amazon-bedrock') {
    const dot = id.indexOf('.');
    vendor = id.slice(0, dot);
    name = id.slice(dot + 1);
  } else if (provider === 'openrouter' || id.includes('/')) {
    const slash = id.indexOf('/');
    vendor = id.slice(0, slash);
    name = id.slice(slash + 1);
  } else if (provider === 'google-vertex-anthropic' || /^claude-/.test(id)) {
    vendor = 'anthropic';
  }
  const names = new Set<string>([name]);
  names.add(name.replace(/@default$/, '').replace('@', '-'));
  names.add(name.replace(/:\d+$/, ''));
  names.add(name.replace(/-v\d+(:\d+)?$/, ''));
  // OpenRouter writes Claude versions with dots (`claude-3.5-sonnet`); Anthropic's ids use dashes.
  if (vendor === 'anthropic') for (const n of [...names]) names.add(n.replace(/(\d)\.(\d)/g, '$1-$2'));
  return { vendor, names: [...names] };
}

export function providerAliases(snapshot: ModelsDevSnapshot, files: readonly PublisherFile[]): ProviderAlias[] {
  // Only vendors whose API models are closed: a host's `deepseek-chat` is the open model, not DeepSeek's API.
  const index = new Map<string, { model: string; publisher: string }>();
  const canonical = new Set<string>();
  for (const file of files) {
    if (file.models.some((model) => model.openness.weights !== 'closed')) continue;
    for (const model of file.models) {
      canonical.add(model.id.toLowerCase());
      for (const key of [model.id, ...model.aliases.map((alias) => alias.id)]) {
        index.set(key.toLowerCase(), { model: model.id, publisher: file.publisher.id });
      }
    }
  }
  const out: ProviderAlias[] = [];
  const seen = new Set<string>();
  for (const [provider, ecosystem] of Object.entries(PROVIDER_ECOSYSTEMS)) {
    for (const record of snapshot.provider(provider)) {
      const match = resolveRecord(provider, record, index);
      if (!match) continue;
      const key = record.id.toLowerCase();
      if (canonical.has(key) || index.get(key)?.model === match || seen.has(key)) continue;
      if (provider === 'amazon-bedrock' && BEDROCK_REGION.test(record.id)) continue;
      if (provider === 'openrouter' && (record.id.includes(':') || record.id.startsWith('~'))) continue;
      // `openai/gpt-4o` needs no alias: the engine drops a known provider prefix and finds `gpt-4o` itself.
      const stripped = stripProvider(record.id.toLowerCase());
      if (stripped !== undefined && index.has(stripped)) continue;
      seen.add(key);
      out.push({ model: match, id: record.id, ecosystem });
    }
  }
  return out;
}

function resolveRecord(
  provider: string,
  record: ModelsDevRecord,
  index: Map<string, { model: string; publisher: string }>,
): string | undefined {
  if (record.baseModel) {
    const [vendor, id] = record.baseModel.split('/') as [string, string];
    const hit = index.get(id.toLowerCase());
    return hit && hit.publisher === VENDOR_PUBLISHERS[vendor] ? hit.model : undefined;
  }
  const { vendor, names } = candidates(provider, record.id);
  const publisher = vendor ? VENDOR_PUBLISHERS[vendor] : undefined;
  for (const name of names) {
    const hit = index.get(name.toLowerCase());
    if (hit && (publisher === undefined ? provider === 'azure' : hit.publisher === publisher)) return hit.model;
  }
  return undefined;
}
