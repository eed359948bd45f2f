/**
 * Per-document diagnostics that survive re-analysis: a finding whose diagnostic-visible fields (range, message,
 * severity, rule) did not change keeps its diagnostic object, and a re-run that changes nothing says so, so the
 * adapter can skip `collection.set` (its copy to the workbench and the Problems panel's refresh). Typing inside a
 * line leaves every other finding's position unchanged, which makes this the common case while editing.
 * No 'vscode' import: generic over the diagnostic type, so the unit tests and the benchmarks run it in Node.
 */
import type { Finding } from '../core/finding';

export interface DiagnosticReuse<D> {
  /** The diagnostics of `findings`, reusing the previous objects; `changed` is false when they equal the last set. */
  update(findings: readonly Finding[], create: (finding: Finding) => D): { diagnostics: D[]; changed: boolean };
}

/** Only findings that become diagnostics: those with a rule and a severity, not suppressed. */
export function isDiagnosticFinding(finding: Finding): boolean {
  return finding.severity !== 'none' && !finding.suppressed && !!finding.rule;
}

/** Everything a diagnostic shows of a finding. Line and column come from the same offsets in the same text as
 *  the range, so equal keys mean equal diagnostics. */
function keyOf(finding: Finding): string {
  return `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}\u0000${finding.severity}\u0000${finding.rule}\u0000${finding.message}`;
}

export function createDiagnosticReuse<D>(): DiagnosticReuse<D> {
  let previous = new Map<string, D>();
  let previousKeys: string[] | undefined;
  return {
    update(findings, create) {
      const keys: string[] = [];
      const next = new Map<string, D>();
      const diagnostics: D[] = [];
      for (const finding of findings) {
        if (!isDiagnosticFinding(finding)) continue;
        const key = keyOf(finding);
        // A duplicate within one run gets its own object: one diagnostic object is never listed twice.
        const diagnostic = next.has(key) ? create(finding) : (previous.get(key) ?? create(finding));
        if (!next.has(key)) next.set(key, diagnostic);
        keys.push(key);
        diagnostics.push(diagnostic);
      }
      const changed = previousKeys === undefined || keys.length !== previousKeys.length || keys.some((key, i) => key !== previousKeys![i]);
      previous = next;
      previousKeys = keys;
      return { diagnostics, changed };
    },
  };
}
