import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findSuppressions } from '../../../src/core/assess/suppression';
import { suppressionComment } from '../../../src/core/present/suppression-comment';

/** Inserts the comment and returns what the suppression parser makes of the result. */
function insertAndParse(languageId: string, lines: string[], line: number, reason: string) {
  const insertion = suppressionComment({ languageId, line, lineText: lines[line]!, rule: 'non-commercial', reason });
  assert.ok(insertion, `no suppression for ${languageId}`);
  const text = [...lines.slice(0, line), insertion.text.replace(/\n$/, ''), ...lines.slice(line)].join('\n');
  return { text, suppressions: findSuppressions(text) };
}

describe('suppression comments: accepted by the parser in each comment syntax', () => {
  const cases: Array<[string, string[]]> = [
    ['python', ['import x', '    model = load("black-forest-labs/FLUX.1-dev")']],
    ['typescript', ['const a = 1;', '  const m = "black-forest-labs/FLUX.1-dev";']],
    ['yaml', ['models:', '  - black-forest-labs/FLUX.1-dev']],
    ['markdown', ['# Models', 'We use black-forest-labs/FLUX.1-dev.']],
    ['sql', ['select 1;', "select 'black-forest-labs/FLUX.1-dev';"]],
    ['css', ['a {}', '/* black-forest-labs/FLUX.1-dev */']],
  ];
  for (const [languageId, lines] of cases) {
    it(`${languageId}: covers the finding's line, indented like it`, () => {
      const { text, suppressions } = insertAndParse(languageId, lines, 1, 'evaluation only');
      assert.deepEqual(suppressions, [{ line: 2, rules: ['non-commercial'], reason: 'evaluation only' }], text);
      const inserted = text.split('\n')[1]!;
      assert.equal(/^\s*/.exec(inserted)![0], /^\s*/.exec(lines[1]!)![0]);
    });
  }

  it('keeps a hostile reason inside the comment and on one line', () => {
    const { text, suppressions } = insertAndParse('markdown', ['x', 'FLUX.1-dev'], 1, 'ok --> <script>\nalert(1) */');
    assert.equal(text.split('\n').length, 3);
    assert.equal(suppressions.length, 1);
    assert.doesNotMatch(suppressions[0]!.reason, /-->|\*\//);
  });

  it('offers nothing for JSON (no comments) or a too-short reason', () => {
    assert.equal(suppressionComment({ languageId: 'json', line: 0, lineText: '{}', rule: 'api-only', reason: 'fine here' }), undefined);
    assert.equal(suppressionComment({ languageId: 'python', line: 0, lineText: 'x', rule: 'api-only', reason: ' a ' }), undefined);
  });
});
