/**
 * Finding fingerprints: stable across runs and line shifts, so SARIF consumers (GitHub code scanning)
 * de-duplicate alerts and a `--baseline` file keeps matching after unrelated edits. A fingerprint hashes
 * the rule, the file, the id as written and which occurrence of that id in that file it is, never the line.
 * Pure code (FNV-1a 64) so the core also runs in a browser, without `node:crypto`.
 */
import type { Finding } from '../finding';

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/** FNV-1a 64 over the UTF-8 bytes of `text`, as 16 lower-case hex digits. */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}

/** The hashed parts of one finding; the occurrence index counts earlier findings with the same rule, file and text. */
export function fingerprintOf(finding: Pick<Finding, 'rule' | 'file' | 'text'>, occurrence: number): string {
  // A separator that cannot appear in a single-line id keeps ("a", "bc") and ("ab", "c") apart.
  return fnv1a64([finding.rule ?? 'none', finding.file, finding.text, String(occurrence)].join('\u0000'));
}

/**
 * Fingerprints for a list of findings, in the same order. Occurrences are numbered in document order
 * (line, then column) within each (rule, file, text) group, so inserting lines above keeps every fingerprint.
 */
export function fingerprintFindings(findings: readonly Finding[]): string[] {
  const order = findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => a.finding.line - b.finding.line || a.finding.column - b.finding.column || a.index - b.index);
  const seen = new Map<string, number>();
  const result = new Array<string>(findings.length);
  for (const { finding, index } of order) {
    const group = [finding.rule ?? 'none', finding.file, finding.text].join('\u0000');
    const occurrence = seen.get(group) ?? 0;
    seen.set(group, occurrence + 1);
    result[index] = fingerprintOf(finding, occurrence);
  }
  return result;
}
