/**
 * LICENSE / LICENCE / COPYING / NOTICE / USE_POLICY texts -> a `license-file` finding naming the license the
 * text matches and what it allows. An unrecognised text yields no finding: most repositories carry a LICENSE
 * for their own code, and "not recognised" on each would be noise, not information.
 */
import { VERDICT_LABEL } from '../assess/verdict';
import { MAX_LICENSE_SCAN_CHARS, matchLicenseText } from '../detect/license-text';
import type { Finding } from '../finding';
import type { FileAnalyzer } from '../scan/scan';
import { baseName, oneLine, textFinding } from './build-finding';
import type { AnalyzerContext } from './context';
import { assessDeclaredTerms } from './declared-terms';
import { readTextPrefix } from './read-prefix';

/** Bytes read from a license file the scan did not decode itself (over its size limit). */
export const LICENSE_SCAN_BYTES = 256 * 1024;

const NAME_STEMS = ['license', 'licence', 'copying', 'notice', 'use_policy', 'use-policy', 'acceptable_use_policy', 'acceptable-use-policy'];
/** `LICENSE.ts`, `license.py`: code about licenses, not license texts. */
const CODE_EXTENSIONS = new Set([
  'ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs', 'py', 'go', 'rs', 'java', 'kt', 'rb', 'php', 'cs', 'c', 'h', 'cpp',
  'swift', 'json', 'jsonc', 'yaml', 'yml', 'toml', 'xml', 'html', 'htm', 'css', 'scss', 'sh', 'ps1', 'sql', 'lock', 'vue', 'svelte',
]);

export function isLicenseFileName(path: string): boolean {
  const normalized = path.replace(/\\/g, '/');
  const base = baseName(normalized).toLowerCase();
  if (base.endsWith('.license')) return true; // REUSE: `photo.jpg.license`
  // REUSE: `LICENSES/Apache-2.0.txt`
  if (/(^|\/)licenses\/[^/]+\.txt$/i.test(normalized)) return true;
  const stem = NAME_STEMS.find((candidate) => base.startsWith(candidate));
  if (!stem) return false;
  const rest = base.slice(stem.length);
  if (rest.length > 0 && !['.', '-', '_'].includes(rest[0]!)) return false; // `licenses.md`, `noticeboard`
  const dot = base.lastIndexOf('.');
  return dot < stem.length || !CODE_EXTENSIONS.has(base.slice(dot + 1));
}

export interface AnalyzeFileOptions {
  /** Path shown in findings (root-relative POSIX in scans, the document uri in the editor). */
  file: string;
}

/** The finding for a license text, or none when no catalog fingerprint occurs in it. */
export function analyzeLicenseText(text: string, context: AnalyzerContext, options: AnalyzeFileOptions): Finding[] {
  const match = matchLicenseText(text, context.dataset.licenses());
  if (!match) return [];
  const terms = assessDeclaredTerms(context, { declared: undefined, recognised: match.license, self: undefined, bases: [], ids: [] });
  const title = titleLine(text);
  const [start, end] = title ?? [match.start, match.end];
  const verdict = VERDICT_LABEL[terms.commercialUse];
  return [
    textFinding(text, start, end, {
      kind: 'license-file',
      file: options.file,
      text: oneLine(text.slice(start, end)),
      modelId: null,
      terms,
      message: `${oneLine(baseName(options.file), 60)}: ${match.license.name} — ${verdict}`,
    }),
  ];
}

/** The text's first non-empty line when it reads like a title ("LLAMA 3.1 COMMUNITY LICENSE AGREEMENT"). */
function titleLine(text: string): [number, number] | undefined {
  let at = 0;
  const limit = Math.min(text.length, 4096);
  while (at < limit) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 || newline > limit ? limit : newline;
    const line = text.slice(at, end);
    const trimmed = line.trim();
    if (trimmed.length > 0) {
      if (trimmed.length > 200 || !/licen[cs]e|agreement|terms|copying|notice|policy/i.test(trimmed)) return undefined;
      const start = at + line.indexOf(trimmed);
      return [start, start + trimmed.length];
    }
    at = end + 1;
  }
  return undefined;
}

export function createLicenseFileAnalyzer(context: AnalyzerContext): FileAnalyzer {
  return {
    wants: isLicenseFileName,
    async analyze(file) {
      const text = file.text ?? (await readTextPrefix(file.path, LICENSE_SCAN_BYTES));
      if (text === undefined) return [];
      // Matching looks at the first MAX_LICENSE_SCAN_CHARS only; trimming here keeps the line index small too.
      return analyzeLicenseText(text.slice(0, MAX_LICENSE_SCAN_CHARS), context, { file: file.relativePath });
    },
  };
}
