import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect, unmark } from './helpers';

/** Builds an .ipynb whose JSON escapes quotes, newlines, backslashes and a non-ASCII character before the ids. */
function notebook(cells: Array<{ type: 'code' | 'markdown'; lines: string[] }>): string {
  return JSON.stringify(
    {
      cells: cells.map((c) => ({ cell_type: c.type, metadata: {}, source: c.lines, ...(c.type === 'code' ? { outputs: [], execution_count: null } : {}) })),
      metadata: { kernelspec: { language: 'python', name: 'python3' } },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  );
}

test('notebook cells: ranges point into the raw JSON, across escapes', () => {
  const raw = notebook([
    { type: 'markdown', lines: ['# Ünïcode \\"title\\" with\ttab\n', 'We compare ⟦gpt-4o⟧ with ⟦meta-llama/Llama-3.1-8B-Instruct⟧.\n'] },
    { type: 'code', lines: ['s = "a \\"quoted\\" \\\\ path"\n', 'model = AutoModel.from_pretrained("⟦acme/nb-model⟧")\n', '!ollama pull ⟦qwen2.5:7b⟧\n'] },
    { type: 'code', lines: ['pipe = pipeline("text-generation", model="⟦Qwen/Qwen2.5-7B-Instruct⟧")'] },
  ]);
  const { text, spans } = unmark(raw);
  const found = detect(text, 'jupyter', 'analysis.ipynb');
  assert.deepEqual(found.map((r) => [r.start, r.text]), spans.map((s) => [s.start, s.text]));
  for (const r of found) assert.equal(text.slice(r.start, r.end), r.text);
});

test('notebook outputs are not read; a broken notebook yields nothing', () => {
  const raw = JSON.stringify({ cells: [{ cell_type: 'code', source: 'print(1)', outputs: [{ text: 'loading gpt-4o' }] }], metadata: {} });
  assert.deepEqual(detect(raw, 'jupyter', 'x.ipynb'), []);
  assert.deepEqual(detect('{"cells": [', 'jupyter', 'y.ipynb'), []);
  assert.deepEqual(detect('not json at all gpt-4o', 'jupyter', 'z.ipynb'), []);
});

test('an ipynb string escape inside an id maps to the raw span', () => {
  const raw = '{"cells":[{"cell_type":"code","source":["m = \\"gpt-4o\\"\\n", "x = \\"meta-llama\\/Llama-3.1-8B-Instruct\\""]}],"metadata":{}}';
  const found = detect(raw, 'jupyter', 'n.ipynb');
  assert.deepEqual(found.map((r) => r.text), ['gpt-4o', 'meta-llama/Llama-3.1-8B-Instruct']);
  assert.equal(raw.slice(found[1]!.start, found[1]!.end), 'meta-llama\\/Llama-3.1-8B-Instruct');
});
