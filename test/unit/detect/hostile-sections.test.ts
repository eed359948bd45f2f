// TOML and INI section lines were read with `\].*$`, and `.` stops at \r, \u2028 and \u2029, which do not end a
// line for the lexers: a line of `]` with such a character near its end made that regex quadratic. They are now
// read in one pass (src/core/detect/section.ts); these cases keep it so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from './helpers';

const CASES = [
  ['toml', '\u2028', 'U+2028'],
  ['ini', '\u2028', 'U+2028'],
  ['toml', '\r', 'lone CR'],
  ['properties', '\u2029', 'U+2029'],
] as const;

for (const [languageId, separator, name] of CASES) {
  test(`a ${languageId} section line of 30,000 \`]\` and a ${name} is read in linear time`, () => {
    const text = `model = "gpt-4o"\n[${']'.repeat(30_000)}${separator}x\nname = "y"\n`;
    const started = performance.now();
    detect(text, languageId);
    const ms = performance.now() - started;
    assert.ok(ms < 1_000, `took ${ms.toFixed(0)} ms (linear: a few ms)`);
  });
}
