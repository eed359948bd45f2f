/**
 * Builds data/licenses.json from the curated inputs in data-src/licenses/*.yaml.
 *   tsx scripts/data/licenses/build-catalog.ts           write the catalog
 *   tsx scripts/data/licenses/build-catalog.ts --check   exit 1 when the committed catalog is stale
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { licenseCatalogSchema, type LicenseCatalog } from '../../../src/core/dataset/schema';
import { deriveLicense, type CuratedLicense } from './derive';

/** Bumped when an entry's verdict or conditions change, so users can tell catalogs apart. */
export const CATALOG_VERSION = '2026.11.23';

const ROOT = resolve(__dirname, '../../..');
export const CURATED_DIR = join(ROOT, 'data-src/licenses');
export const CATALOG_FILE = join(ROOT, 'data/licenses.json');

/** Every curated file, in name order; each holds a YAML list of entries. */
export function readCurated(dir = CURATED_DIR): CuratedLicense[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => {
      const entries: unknown = parse(readFileSync(join(dir, name), 'utf8'));
      if (!Array.isArray(entries)) throw new Error(`${name}: expected a list of licenses`);
      return entries as CuratedLicense[];
    });
}

export function buildCatalog(curated = readCurated()): LicenseCatalog {
  const licenses = curated.map((entry) => {
    try {
      return deriveLicense(entry);
    } catch (error) {
      throw new Error(`license ${entry.id}: ${(error as Error).message}`);
    }
  });
  return licenseCatalogSchema.parse({ version: CATALOG_VERSION, licenses });
}

export function serialise(catalog: LicenseCatalog): string {
  return `${JSON.stringify(catalog, null, 2)}\n`;
}

function main(): void {
  const text = serialise(buildCatalog());
  if (process.argv.includes('--check')) {
    const current = existsSync(CATALOG_FILE) ? readFileSync(CATALOG_FILE, 'utf8') : '';
    if (current !== text) {
      console.error('data/licenses.json is stale: run tsx scripts/data/licenses/build-catalog.ts');
      process.exit(1);
    }
    return;
  }
  writeFileSync(CATALOG_FILE, text);
  console.log(`wrote ${CATALOG_FILE}`);
}

if (require.main === module) main();
