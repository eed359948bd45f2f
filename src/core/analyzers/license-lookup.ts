/**
 * A license as a file writes it (`apache-2.0`, `Apache 2.0`, `llama3_1`, `other` + `license_name: deepseek`)
 * -> the catalog entry. Exact keys first (catalog id, then Hub/SPDX ids, then aliases), then the same tiers by
 * a loose key without punctuation; a key two licenses share at the same tier answers nothing rather than a guess.
 */
import type { License } from '../dataset/schema';
import type { DatasetView } from '../dataset/view';

/** Keys by strength: catalog ids, then Hub/SPDX ids, then aliases. A stronger key wins over a weaker one. */
type Tiers = [Map<string, License | null>, Map<string, License | null>, Map<string, License | null>];

interface LicenseIndex {
  exact: Tiers;
  loose: Tiers;
  /** Canonical license URLs (normalised by `urlKey`). */
  urls: Map<string, License | null>;
}

const indexes = new WeakMap<readonly License[], LicenseIndex>();
const MAX_RAW = 200;

/** Lower case without spaces, dashes, dots and underscores: `Llama 3.1` and `llama3_1` meet at `llama31`. */
export function looseLicenseKey(raw: string): string {
  return raw.toLowerCase().replace(/[^a-z0-9+]/g, '');
}

function buildIndex(licenses: readonly License[]): LicenseIndex {
  const index: LicenseIndex = { exact: [new Map(), new Map(), new Map()], loose: [new Map(), new Map(), new Map()], urls: new Map() };
  const put = (map: Map<string, License | null>, key: string, license: License) => {
    if (key.length === 0) return;
    const existing = map.get(key);
    if (existing === undefined) map.set(key, license);
    else if (existing !== license) map.set(key, null); // two licenses claim it: answer nothing
  };
  for (const license of licenses) {
    // The Hub files custom licenses under `other`, and derived entries share their parent's Hub id
    // (c4ai-cc-by-nc-4.0 is `cc-by-nc-4.0` on the Hub): such ids are a weaker key than a catalog id.
    const tiers: string[][] = [
      [license.id],
      [license.hfId && license.hfId !== 'other' ? license.hfId : '', license.spdx ?? '', license.expression],
      license.aliases,
    ];
    if (license.url) put(index.urls, urlKey(license.url), license);
    tiers.forEach((names, tier) => {
      for (const name of names) {
        if (!name) continue;
        put(index.exact[tier]!, name.trim().toLowerCase(), license);
        put(index.loose[tier]!, looseLicenseKey(name), license);
      }
    });
  }
  return index;
}

function indexOf(dataset: DatasetView): LicenseIndex {
  const licenses = dataset.licenses();
  let index = indexes.get(licenses);
  if (!index) {
    index = buildIndex(licenses);
    indexes.set(licenses, index);
  }
  return index;
}

/** `https://www.example.com/License/` and `http://example.com/license` meet at `example.com/license`. */
function urlKey(url: string): string {
  let key = url.trim().toLowerCase();
  for (const prefix of ['https://', 'http://']) if (key.startsWith(prefix)) key = key.slice(prefix.length);
  if (key.startsWith('www.')) key = key.slice(4);
  const cut = key.search(/[?#]/);
  if (cut >= 0) key = key.slice(0, cut);
  while (key.endsWith('/')) key = key.slice(0, -1);
  return key;
}

function lookup(dataset: DatasetView, raw: string): License | undefined {
  const text = raw.trim();
  if (text.length === 0 || text.length > MAX_RAW) return undefined;
  const index = indexOf(dataset);
  for (const [tiers, key] of [[index.exact, text.toLowerCase()], [index.loose, looseLicenseKey(text)]] as const) {
    for (const tier of tiers) {
      const found = tier.get(key);
      if (found !== undefined) return found ?? undefined;
    }
  }
  return undefined;
}

/**
 * The catalog license a declaration names. `other` (the Hub's value for custom licenses) defers to the
 * license's name (`license_name`, `general.license.name`), then to its link when that is the license's own
 * canonical URL (`license_link`, `general.license.link`); so does a value the catalog does not know.
 */
export function resolveDeclaredLicense(dataset: DatasetView, declared: string | undefined, name?: string, link?: string): License | undefined {
  const direct = declared && declared.trim().toLowerCase() !== 'other' ? lookup(dataset, declared) : undefined;
  const named = direct ?? (name ? lookup(dataset, name) : undefined);
  if (named || !link || link.length > 500) return named;
  return indexOf(dataset).urls.get(urlKey(link)) ?? undefined;
}
