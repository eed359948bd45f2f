import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { measureDetection, DEFAULT_FIXTURE } from '../../../scripts/measure-detection';
import { detect } from './helpers';
import { languageFromFileName } from '../../../src/core/detect/kinds';

test('fixture monorepo: recall >= 0.97 and precision >= 0.99 against expected.json', () => {
  const m = measureDetection();
  assert.ok(m.files >= 40, `only ${m.files} fixture files`);
  assert.ok(m.expected >= 300, `only ${m.expected} true references`);
  const detail = [...m.falsePositives.map((r) => `FP ${r.file}:${r.line} ${r.text}`), ...m.misses.map((r) => `miss ${r.file}:${r.line} ${r.text}`)].join('\n');
  assert.ok(m.recall >= 0.97, `recall ${m.recall.toFixed(4)}\n${detail}`);
  assert.ok(m.precision >= 0.99, `precision ${m.precision.toFixed(4)}\n${detail}`);
});

test('fixture monorepo: CRLF line endings give the same references', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
  for (const path of files(DEFAULT_FIXTURE)) {
    const name = relative(DEFAULT_FIXTURE, path);
    if (name === 'expected.json' || name.endsWith('.ipynb')) continue; // notebooks keep their JSON escapes
    const lf = readFileSync(path, 'utf8');
    const crlf = lf.replace(/\n/g, '\r\n');
    const language = languageFromFileName(name) ?? 'plaintext';
    const line = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
    const a = detect(lf, language, name).map((r) => `${line(lf, r.start)}:${r.text}`);
    const b = detect(crlf, language, name).map((r) => `${line(crlf, r.start)}:${r.text}`);
    assert.deepEqual(b, a, name);
  }
});
