/**
 * A license as a file writes it (`apache-2.0`, `Apache 2.0`, `llama3_1`, `other` + `license_name: deepseek`)
 * -> the catalog entry. Exact keys first (id, Hub id, SPDX id, export expression, aliases), then a loose key
 * without punctuation; a key two licenses share answers nothing rather than a guess.
 */
import type { License } from '../dataset/schema';
import type { DatasetView } from '../dataset/view';

interface LicenseIndex {
  exact: Map<string, License | null>;
  loose: Map<string, License | null>;
}

const indexes = new WeakMap<readonly License[], LicenseIndex>();
const MAX_RAW = 200;

/** Lower case without spaces, dashes, dots and underscores: `Llama 3.1` and `llama3_1` meet at `llama31`. */
export function looseLicenseKey(raw: string): string {
  return raw.toLowerCase().replace(/[^a-z0-9+]/g, '');
}

function buildIndex(licenses: readonly License[]): LicenseIndex {
  const index: LicenseIndex = { exact: new Map(), loose: new Map() };
  const put = (map: Map<string, License | null>, key: string, license: License) => {
    if (key.length === 0) return;
    const existing = map.get(key);
    if (existing === undefined) map.set(key, license);
    else if (existing !== license) map.set(key, null);
  };
  for (const license of licenses) {
    const names = [license.id, license.spdx, license.expression, ...license.aliases];
    if (license.hfId && license.hfId !== 'other') names.push(license.hfId);
    for (const name of names) {
      if (!name) continue;
      put(index.exact, name.trim().toLowerCase(), license);
      put(index.loose, looseLicenseKey(name), license);
    }
  }
  return index;
}

function lookup(dataset: DatasetView, raw: string): License | undefined {
  const text = raw.trim();
  if (text.length === 0 || text.length > MAX_RAW) return undefined;
  const licenses = dataset.licenses();
  let index = indexes.get(licenses);
  if (!index) {
    index = buildIndex(licenses);
    indexes.set(licenses, index);
  }
  const exact = index.exact.get(text.toLowerCase());
  if (exact !== undefined) return exact ?? undefined;
  return index.loose.get(looseLicenseKey(text)) ?? undefined;
}

/**
 * The catalog license a declaration names. `other` (the Hub's value for custom licenses) defers to the
 * license's name (`license_name`, `general.license.name`); so does a value the catalog does not know.
 */
export function resolveDeclaredLicense(dataset: DatasetView, declared: string | undefined, name?: string): License | undefined {
  const direct = declared && declared.trim().toLowerCase() !== 'other' ? lookup(dataset, declared) : undefined;
  return direct ?? (name ? lookup(dataset, name) : undefined);
}
