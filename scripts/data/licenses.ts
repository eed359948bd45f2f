/**
 * What the model pipeline needs from the license catalog (data/licenses.json, written by the license
 * engineer): which ids exist, what a card's `license` / `license_name` maps to, and each license's
 * commercial-use verdict (the openness class depends on it). Until the catalog exists a small fallback
 * table of well-known verdicts keeps the build useful; data:check then reports the missing catalog.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { CommercialUse } from '../../src/core/vocabulary';
import { LICENSES_FILE } from './paths';

interface CatalogEntry {
  id: string;
  hfId?: string | null;
  aliases?: string[];
  commercialUse: CommercialUse;
}

/**
 * Card `license_name` values (lower case) that name a catalog license under another spelling.
 * Keys come from the December 2024 card snapshot; values are the catalog ids DOMAIN.md fixes.
 */
const LICENSE_NAME_SYNONYMS: Record<string, string> = {
  'deepseek-license': 'deepseek',
  'tongyi-qianwen-license-agreement': 'tongyi-qianwen',
  'tongyi-qianwen-license': 'tongyi-qianwen',
  'flux-dev-license': 'flux-1-dev-non-commercial-license',
  'llama-3': 'llama3',
  'gemma-terms-of-use': 'gemma',
  'google-gemma-terms-of-use': 'gemma',
  'stabilityai-community': 'stabilityai-ai-community',
  'mistral-ai-research-licence': 'mrl',
  'mistral-ai-non-production-license': 'mnpl',
};

/** Verdicts of licenses every reader agrees on; used only for ids the catalog does not (yet) have. */
const FALLBACK_VERDICTS: Record<string, CommercialUse> = {
  'apache-2.0': 'allowed', mit: 'allowed', 'bsd-3-clause': 'allowed', 'bsd-2-clause': 'allowed', bsd: 'allowed',
  'cc-by-4.0': 'allowed', 'cc-by-3.0': 'allowed', 'cc-by-2.0': 'allowed', 'cc0-1.0': 'allowed', unlicense: 'allowed',
  'afl-3.0': 'allowed', 'cc-by-sa-4.0': 'allowed', 'cc-by-sa-3.0': 'allowed', 'mpl-2.0': 'allowed', isc: 'allowed',
  'gpl-3.0': 'allowed', gpl: 'allowed', 'agpl-3.0': 'allowed', 'lgpl-3.0': 'allowed', wtfpl: 'allowed',
  'cc-by-nc-4.0': 'not-allowed', 'cc-by-nc-sa-4.0': 'not-allowed', 'cc-by-nc-nd-4.0': 'not-allowed',
  'cc-by-nc-2.0': 'not-allowed', 'cc-by-nc-3.0': 'not-allowed', 'cc-by-nc-sa-3.0': 'not-allowed',
  'flux-1-dev-non-commercial-license': 'not-allowed', mrl: 'not-allowed', mnpl: 'not-allowed',
  'qwen-research': 'not-allowed', 'tongyi-qianwen-research': 'not-allowed', 'sai-nc-community': 'not-allowed',
  'falcon-llm-license': 'conditional', 'falcon-180b-license': 'conditional', 'databricks-open-model-license': 'conditional',
  llama2: 'conditional', llama3: 'conditional', 'llama3.1': 'conditional', 'llama3.2': 'conditional',
  'llama3.3': 'conditional', llama4: 'conditional', gemma: 'conditional', deepseek: 'conditional',
  qwen: 'conditional', 'tongyi-qianwen': 'conditional', openrail: 'conditional', 'openrail++': 'conditional',
  'creativeml-openrail-m': 'conditional', 'bigscience-openrail-m': 'conditional',
  'bigscience-bloom-rail-1.0': 'conditional', 'bigcode-openrail-m': 'conditional',
  'nvidia-open-model-license': 'conditional', 'stabilityai-ai-community': 'conditional',
  proprietary: 'api-terms', unknown: 'unknown', other: 'unknown',
};

export interface LicenseCatalogIndex {
  /** True when data/licenses.json exists. */
  present: boolean;
  has(id: string): boolean;
  verdict(id: string): CommercialUse;
  /** Resolves a card's `license` (+ `license_name`) to a catalog id, or null when nothing fits. */
  resolveCard(license: unknown, licenseName: unknown): string | null;
}

export function loadLicenseCatalog(file = LICENSES_FILE): LicenseCatalogIndex {
  const entries: CatalogEntry[] = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { licenses: CatalogEntry[] }).licenses
    : [];
  return indexCatalog(entries, existsSync(file));
}

export function indexCatalog(entries: CatalogEntry[], present: boolean): LicenseCatalogIndex {
  const byId = new Map<string, CatalogEntry>();
  const byAlias = new Map<string, string>();
  for (const entry of entries) {
    byId.set(entry.id, entry);
    for (const alias of entry.aliases ?? []) byAlias.set(alias.toLowerCase(), entry.id);
  }
  const has = (id: string) => (present ? byId.has(id) : id in FALLBACK_VERDICTS);
  const lookup = (raw: string): string | null => {
    const key = raw.trim().toLowerCase();
    const candidates = [key, LICENSE_NAME_SYNONYMS[key], byAlias.get(key)];
    for (const candidate of candidates) if (candidate && has(candidate) && candidate !== 'other') return candidate;
    return null;
  };
  return {
    present,
    has,
    verdict: (id) => byId.get(id)?.commercialUse ?? FALLBACK_VERDICTS[id] ?? 'unknown',
    resolveCard(license, licenseName) {
      const first = Array.isArray(license) ? (license.length === 1 ? license[0] : undefined) : license;
      if (typeof first !== 'string') return null;
      if (first.toLowerCase() === 'other') return typeof licenseName === 'string' ? lookup(licenseName) : null;
      if (first.toLowerCase() === 'unknown') return null;
      return lookup(first);
    },
  };
}
