/**
 * Measures the catalog's fingerprints against real license texts, which are not committed (their authors'
 * copyright): point it at a folder of `<catalog-id>.txt` files, e.g. texts saved from SPDX and vendor pages.
 *   tsx scripts/data/licenses/verify-fingerprints.ts /tmp/license-texts
 * For each text it reports the catalog's fingerprints that are missing from it (its own), those that occur in
 * it but belong to another license, and which license the text is identified as: the one with the most
 * fingerprints found, then the larger share of its own fingerprints (a Kimi "Modified MIT" text contains
 * all of MIT, and must still be told apart). Exit 1 when a text is identified as another license or none.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseLicenseText } from './derive';
import { buildCatalog } from './build-catalog';
import type { License } from '../../../src/core/dataset/schema';

/** The license a text is identified as, or null when no fingerprint occurs in it. */
export function identify(text: string, licenses: readonly License[]): string | null {
  let best: { id: string; found: number; share: number } | null = null;
  for (const license of licenses) {
    const found = license.fingerprints.filter((print) => text.includes(print)).length;
    if (found === 0) continue;
    const share = found / license.fingerprints.length;
    if (!best || found > best.found || (found === best.found && share > best.share)) best = { id: license.id, found, share };
  }
  return best?.id ?? null;
}

function main(dir: string): void {
  const licenses = buildCatalog().licenses;
  const byId = new Map(licenses.map((license) => [license.id, license]));
  let failures = 0;
  let own = 0;
  let ownFound = 0;
  const files = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort();
  for (const file of files) {
    const id = file.slice(0, -'.txt'.length);
    const license = byId.get(id);
    if (!license) {
      console.log(`? ${id}: not in the catalog`);
      continue;
    }
    const text = normaliseLicenseText(readFileSync(join(dir, file), 'utf8'));
    const missing = license.fingerprints.filter((print) => !text.includes(print));
    const foreign = licenses.flatMap((other) =>
      other.id === id ? [] : other.fingerprints.filter((print) => text.includes(print)).map((print) => `${other.id}: "${print}"`),
    );
    own += license.fingerprints.length;
    ownFound += license.fingerprints.length - missing.length;
    const matched = license.fingerprints.length - missing.length;
    const identified = identify(text, licenses);
    const ok = identified === id;
    if (!ok) failures++;
    const detail = [
      missing.length ? `missing ${missing.map((print) => `"${print}"`).join(', ')}` : '',
      foreign.length ? `also found ${foreign.join('; ')}` : '',
      ok ? '' : `IDENTIFIED AS ${identified ?? 'nothing'}`,
    ].filter(Boolean);
    console.log(`${ok ? 'ok' : 'FAIL'} ${id} ${matched}/${license.fingerprints.length}${detail.length ? ` ${detail.join(' | ')}` : ''}`);
  }
  console.log(`${files.length} texts, ${files.length - failures} identified correctly; own fingerprints found ${ownFound}/${own}`);
  process.exit(failures ? 1 : 0);
}

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: verify-fingerprints.ts <folder of <catalog-id>.txt files>');
    process.exit(2);
  }
  main(dir);
}
