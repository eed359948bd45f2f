// The editor keeps a document's diagnostic objects between runs (src/vscode/diagnostic-reuse.ts). Reuse must be
// invisible: after any sequence of re-analyses, the diagnostics equal a fresh conversion of the latest findings,
// and `changed` is false exactly when that conversion equals the previous one (then the collection is not set).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import type { Finding } from '../../src/core/finding';
import { RULE_CODES, type Severity } from '../../src/core/vocabulary';
import { createDiagnosticReuse, isDiagnosticFinding } from '../../src/vscode/diagnostic-reuse';

interface FakeDiagnostic {
  range: string;
  message: string;
  severity: Severity;
  code: string | null;
}

const toDiagnostic = (finding: Finding): FakeDiagnostic => ({
  range: `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`,
  message: finding.message,
  severity: finding.severity,
  code: finding.rule,
});

function finding(overrides: Partial<Finding>): Finding {
  return {
    file: 'file:///a.py', line: 1, column: 1, endLine: 1, endColumn: 9, kind: 'model-reference', text: 'gpt-4o',
    modelId: 'gpt-4o', license: null, commercialUse: 'api-terms', openness: 'api-only', severity: 'warning',
    message: 'm', rule: 'api-only', rules: ['api-only'], start: 0, end: 8, ...overrides,
  };
}

// Small value ranges so that runs share findings often (the case reuse is for).
const findingArbitrary = fc.record({
  line: fc.integer({ min: 1, max: 4 }),
  column: fc.integer({ min: 1, max: 3 }),
  endColumn: fc.integer({ min: 4, max: 5 }),
  severity: fc.constantFrom<Severity>('error', 'warning', 'info', 'none'),
  rule: fc.constantFrom(null, RULE_CODES[0], RULE_CODES[1]),
  message: fc.constantFrom('a', 'b'),
  suppressed: fc.option(fc.constant({ reason: 'ok' }), { nil: undefined }),
}).map(({ line, ...rest }) => finding({ line, endLine: line, ...rest }));

describe('diagnostic reuse in the editor', () => {
  it('equals a fresh conversion after any sequence of runs, and reports a change exactly when there is one', () => {
    fc.assert(
      fc.property(fc.array(fc.array(findingArbitrary, { maxLength: 6 }), { minLength: 1, maxLength: 6 }), (runs) => {
        const reuse = createDiagnosticReuse<FakeDiagnostic>();
        let previous: FakeDiagnostic[] | undefined;
        for (const findings of runs) {
          const { diagnostics, changed } = reuse.update(findings, toDiagnostic);
          const fresh = findings.filter(isDiagnosticFinding).map(toDiagnostic);
          assert.deepEqual(diagnostics, fresh);
          assert.equal(new Set(diagnostics).size, diagnostics.length, 'an object is listed once');
          assert.equal(changed, previous === undefined || !isDeepStrictEqual(previous, fresh));
          previous = fresh;
        }
      }),
    );
  });

  it('keeps the objects of unchanged findings and creates only the changed one', () => {
    const reuse = createDiagnosticReuse<FakeDiagnostic>();
    const first = reuse.update([finding({ line: 1 }), finding({ line: 2 })], toDiagnostic).diagnostics;
    let created = 0;
    const counting = (f: Finding) => (created++, toDiagnostic(f));
    const second = reuse.update([finding({ line: 1 }), finding({ line: 2, column: 3 })], counting);
    assert.equal(second.changed, true);
    assert.equal(second.diagnostics[0], first[0]);
    assert.equal(created, 1);
    const third = reuse.update([finding({ line: 1 }), finding({ line: 2, column: 3 })], counting);
    assert.equal(third.changed, false);
    assert.equal(created, 1);
  });

  it('reports a change when the first run has no diagnostics, so the collection is set once', () => {
    assert.equal(createDiagnosticReuse().update([], toDiagnostic).changed, true);
  });
});

