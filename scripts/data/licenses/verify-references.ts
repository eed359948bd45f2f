/**
 * Checks the catalog against the ScanCode LicenseDB index it cites (not committed: a reference download).
 *   tsx scripts/data/licenses/verify-references.ts [path/to/scancode-licensedb-index.json]
 * Every `scancodeKey` must exist and not be deprecated, and where ScanCode maps the key to an SPDX id the
 * catalog's `spdx` must be that id (or one of ScanCode's other SPDX keys). Exit 1 on any mismatch.
 */
import { readFileSync } from 'node:fs';
import { buildCatalog } from './build-catalog';

interface ScancodeRecord {
  license_key: string;
  spdx_license_key: string | null;
  other_spdx_license_keys: string[];
  is_deprecated: boolean;
}

const DEFAULT_INDEX = '/work/shared/reference/scancode-licensedb-index.json';

function main(indexPath: string): void {
  const records = JSON.parse(readFileSync(indexPath, 'utf8')) as ScancodeRecord[];
  const byKey = new Map(records.map((record) => [record.license_key, record]));
  const problems: string[] = [];
  let checked = 0;
  for (const license of buildCatalog().licenses) {
    if (!license.scancodeKey) continue;
    checked++;
    const record = byKey.get(license.scancodeKey);
    if (!record) {
      problems.push(`${license.id}: ScanCode has no key ${license.scancodeKey}`);
      continue;
    }
    if (record.is_deprecated) problems.push(`${license.id}: ScanCode key ${license.scancodeKey} is deprecated`);
    const scancodeSpdx = record.spdx_license_key;
    const isLicenseRef = !scancodeSpdx || scancodeSpdx.startsWith('LicenseRef-');
    if (license.spdx && !isLicenseRef && scancodeSpdx !== license.spdx && !record.other_spdx_license_keys.includes(license.spdx)) {
      problems.push(`${license.id}: SPDX ${license.spdx}, ScanCode maps ${license.scancodeKey} to ${scancodeSpdx}`);
    }
    if (!license.spdx && !isLicenseRef) problems.push(`${license.id}: ScanCode maps ${license.scancodeKey} to SPDX ${scancodeSpdx}, the catalog has none`);
  }
  for (const problem of problems) console.log(problem);
  console.log(`${checked} ScanCode keys checked, ${problems.length} problems`);
  process.exit(problems.length ? 1 : 0);
}

main(process.argv[2] ?? process.env.AI_LICENSE_LENS_SCANCODE_INDEX ?? DEFAULT_INDEX);
