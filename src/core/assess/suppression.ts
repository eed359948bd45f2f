/**
 * Inline suppressions: `ai-license-lens-ignore: non-commercial -- evaluation only`. The comment covers its own
 * line, or the next line when nothing else stands on its line. A reason after `--` is required: a suppression a
 * reviewer cannot understand is not honoured. `all` (or no rule) covers every rule.
 */
import { RULE_CODES, type RuleCode } from '../vocabulary';

export interface Suppression {
  /** 0-based line the suppression covers. */
  line: number;
  rules: RuleCode[] | 'all';
  reason: string;
}

export const SUPPRESSION_MARKER = 'ai-license-lens-ignore';
const MARKER = SUPPRESSION_MARKER;
// Linear: tried once at the marker (^ on the sliced line); one bounded lazy class holds the spaces, colon and
// rules, so no two quantifiers compete for the same whitespace (the old `\s*:?\s*(...)\s*--` took minutes on a
// marker followed by a few hundred spaces).
const PATTERN = /^ai-license-lens-ignore(?:-next-line)?([a-z,:\s-]{0,200}?)--\s*([^\r\n]{1,300})/;

/** `markers`: where SUPPRESSION_MARKER occurs in `text`, when known (a document's memo carries them across edits). */
export function findSuppressions(text: string, markers?: readonly number[]): Suppression[] {
  if (markers ? markers.length === 0 : !text.includes(MARKER)) return [];
  const result: Suppression[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const at = line.indexOf(MARKER);
    if (at < 0) continue;
    const match = PATTERN.exec(line.slice(at));
    if (!match) continue;
    const reason = match[2]!.trimEnd().replace(/(\*\/|-->|#}|%>)$/, '').trim();
    if (reason.length < 3) continue;
    const named = match[1]!
      .split(/[\s,:]+/)
      .map((word) => word.trim())
      .filter(Boolean);
    const rules: Suppression['rules'] =
      named.length === 0 || named.includes('all') ? 'all' : (named.filter((word) => (RULE_CODES as readonly string[]).includes(word)) as RuleCode[]);
    if (rules !== 'all' && rules.length === 0) continue;
    const beforeMarker = line.slice(0, at).replace(/(\/\/|#|<!--|\/\*|--|;|%|\{#|')\s*$/, '').trim();
    const coversNextLine = match[0].startsWith(`${MARKER}-next-line`) || beforeMarker.length === 0;
    result.push({ line: coversNextLine ? index + 1 : index, rules, reason });
  }
  return result;
}

export function suppressionFor(
  suppressions: readonly Suppression[],
  line: number,
  rules: readonly RuleCode[],
): Suppression | undefined {
  return suppressions.find(
    (s) => s.line === line && (s.rules === 'all' || rules.some((rule) => (s.rules as RuleCode[]).includes(rule))),
  );
}
