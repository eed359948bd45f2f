/** Builds the findings of the file analysers: one place for ranges, suppressions and the CLI's field set. */
import { findSuppressions, suppressionFor } from '../assess/suppression';
import { createTextDocument } from '../document';
import type { Finding } from '../finding';
import type { FindingKind } from '../vocabulary';
import type { DeclaredTerms } from './declared-terms';

export interface FindingSubject {
  kind: FindingKind;
  file: string;
  /** What the finding shows as its text (a file name, a license value as written). */
  text: string;
  modelId: string | null;
  terms: Pick<DeclaredTerms, 'license' | 'commercialUse' | 'openness' | 'rules' | 'rule' | 'severity'>;
  message: string;
}

/** A finding on a span of a text file; inline suppression comments in the text apply to it. */
export function textFinding(text: string, start: number, end: number, subject: FindingSubject): Finding {
  const document = createTextDocument(subject.file, text);
  const from = document.positionAt(start);
  const to = document.positionAt(end);
  const rule = subject.terms.rule;
  const suppression = rule ? suppressionFor(findSuppressions(text), from.line, [rule]) : undefined;
  return {
    ...fields(subject),
    line: from.line + 1,
    column: from.character + 1,
    endLine: to.line + 1,
    endColumn: to.character + 1,
    start: document.offsetAt(from),
    end: document.offsetAt(to),
    ...(suppression ? { severity: 'none' as const, suppressed: { reason: suppression.reason } } : {}),
  };
}

/** A finding on a binary file: it has no text, so it sits at line 1, column 1. */
export function binaryFinding(subject: FindingSubject): Finding {
  return { ...fields(subject), line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 };
}

function fields(subject: FindingSubject): Omit<Finding, 'line' | 'column' | 'endLine' | 'endColumn' | 'start' | 'end'> {
  return {
    file: subject.file,
    kind: subject.kind,
    text: subject.text,
    modelId: subject.modelId,
    license: subject.terms.license?.id ?? null,
    commercialUse: subject.terms.commercialUse,
    openness: subject.terms.openness,
    severity: subject.terms.severity,
    message: subject.message,
    rule: subject.terms.rule,
    rules: subject.terms.rules,
  };
}

/** Text from a file can hold anything: one short line for messages. */
export function oneLine(text: string, max = 120): string {
  const flat = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}

/** The last path segment. */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
