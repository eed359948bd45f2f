/**
 * Reports this tool writes (and SBOM / SARIF files of any tool) repeat model ids without naming a dependency:
 * scanning a report left in the workspace would double every finding. Recognised by their first bytes only.
 */
const HEAD_CHARS = 2048;

const SIGNATURES: ReadonlyArray<(head: string) => boolean> = [
  (head) => head.startsWith('{') && /"bomFormat"\s*:\s*"CycloneDX"/.test(head),
  (head) => head.startsWith('{') && head.includes('"@context"') && head.includes('spdx.org/rdf/'),
  (head) => head.startsWith('{') && /"\$schema"\s*:\s*"[^"]*sarif/i.test(head),
  (head) => head.startsWith('{') && /"tool"\s*:\s*\{\s*"name"\s*:\s*"ai-license-lens"/.test(head),
  (head) => head.startsWith('# AI License Lens report'),
  (head) => /^<!doctype html>/i.test(head) && head.includes('<title>AI License Lens report'),
];

export function isGeneratedReport(text: string): boolean {
  const head = text.slice(0, HEAD_CHARS).trimStart();
  return SIGNATURES.some((matches) => matches(head));
}
