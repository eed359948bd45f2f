/**
 * Re-runs after an edit (a document's DetectionMemo: hits-after-edit.ts, code-run.ts) must find exactly what a
 * fresh run finds. Random documents get random edits (insertions, deletions, replacements of quotes, brackets,
 * comment markers, triple quotes, newlines, ids...) and every version is compared with a run without the memo.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createModelResolver } from '../../../src/core/dataset/resolve';
import { DetectionMemo, detectModelReferences, prefilterFor } from '../../../src/core/detect';
import { textChange } from '../../../src/core/detect/text-change';
import { realDataset } from '../helpers/real-dataset';

const models = realDataset().models();
const resolver = createModelResolver({ models });
const prefilter = prefilterFor(models)!;
const isKnown = (raw: string) => resolver.isKnown(raw);

const IDS = ['meta-llama/Llama-3.1-8B-Instruct', 'gpt-4o-mini', 'acme-labs/widget-7b', 'llama3.1:8b', 'Qwen/Qwen2.5-7B-Instruct', 'x.gguf'];
const PIECES = [
  '\n', '\n', '\n', ' ', '    ', '\t', '\r\n', '(', ')', '[', ']', '{', '}', '=', ':', ',', ';', '?', '|', '&', '\\', '!',
  '"', "'", '`', '"""', "'''", '#', '//', '/*', '*/', '${', 'model', 'model=', 'model: ', '"model": ', 'name', 'x', 'load(',
  'from_pretrained(', 'pipeline(', 'config["model"] = ', '[model]', '[tool.models]', '[[models]]', 'ollama run ', 'FROM ',
  '```python\n', '```\n', '# ', 'repo_id=', 'datasets = [', 'const m = ', 'def f():', 'if (a) {', '} else {',
  ...IDS, ...IDS.map((id) => `"${id}"`), ...IDS.map((id) => `'${id}'`),
];
const LINES = [
  'model = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-3.1-8B-Instruct")',
  'name = "acme-labs/widget-7b"',
  'tok = AutoTokenizer.from_pretrained(name)',
  'client.chat.completions.create(model="gpt-4o-mini", messages=messages)',
  'def handler(event, context=None):',
  '    return {"user": event["user"], "count": 3}',
  '# see ollama run llama3.1:8b',
  'cfg = {',
  '    "model": "Qwen/Qwen2.5-7B-Instruct",',
  '}',
  'if (ready) {',
  '  const llm = new ChatOpenAI({ model: "gpt-4o-mini" });',
  '  // ollama pull llama3.1:8b',
  '}',
  '"""Docstring with meta-llama/Llama-3.1-8B-Instruct',
  'more text"""',
  '[model]',
  'name = "acme-labs/widget-7b"',
  'subprocess.run(["ollama", "pull", "llama3.1:8b"])',
  'items = [',
  '    "gpt-4o-mini",',
  ']',
  '',
];

const piece = fc.constantFrom(...PIECES);
const line = fc.constantFrom(...LINES);
const base = fc.array(fc.oneof(line.map((l) => `${l}\n`), piece), { maxLength: 60 }).map((parts) => parts.join(''));
const edit = fc.record({ at: fc.nat(), remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(40)), insert: fc.array(fc.oneof(piece, line), { maxLength: 4 }).map((p) => p.join('')) });

function applyEdit(text: string, { at, remove, insert }: { at: number; remove: number; insert: string }): string {
  const start = at % (text.length + 1);
  return text.slice(0, start) + insert + text.slice(Math.min(text.length, start + remove));
}

function checkEdits(fileName: string, languageId: string | undefined, runs: number): void {
  fc.assert(
    fc.property(base, fc.array(edit, { minLength: 1, maxLength: 6 }), (first, edits) => {
      const memo = new DetectionMemo();
      let text = first;
      detectModelReferences(text, { fileName, languageId, isKnown, prefilter, memo });
      for (const change of edits) {
        text = applyEdit(text, change);
        const again = detectModelReferences(text, { fileName, languageId, isKnown, prefilter, memo });
        assert.deepEqual(again, detectModelReferences(text, { fileName, languageId, isKnown, prefilter }), JSON.stringify(text));
      }
    }),
    { numRuns: runs },
  );
}

for (const [fileName, languageId] of [
  ['app.py', 'python'], ['app.ts', 'typescript'], ['app.rb', 'ruby'], ['app.php', 'php'], ['data.json', 'json'], ['pyproject.toml', 'toml'], ['README.md', 'markdown'],
] as const) {
  test(`re-runs after random edits find what a fresh run finds: ${fileName}`, () => checkEdits(fileName, languageId, 250));
}

test('re-runs after random edits find what a fresh run finds: notebook cells sharing a memo', () => {
  fc.assert(
    fc.property(fc.array(base, { minLength: 1, maxLength: 3 }), fc.array(fc.tuple(fc.nat(2), edit), { maxLength: 4 }), (cells, edits) => {
      const memo = new DetectionMemo();
      const notebook = () => JSON.stringify({ metadata: { kernelspec: { language: 'python' } }, cells: cells.map((source) => ({ cell_type: 'code', source })) });
      detectModelReferences(notebook(), { fileName: 'nb.ipynb', isKnown, prefilter, memo });
      for (const [cell, change] of edits) {
        const k = cell % cells.length;
        cells[k] = applyEdit(cells[k]!, change);
        const text = notebook();
        assert.deepEqual(detectModelReferences(text, { fileName: 'nb.ipynb', isKnown, prefilter, memo }), detectModelReferences(text, { fileName: 'nb.ipynb', isKnown, prefilter }));
      }
    }),
    { numRuns: 60 },
  );
});

test('a long document re-read after one-line edits finds what a fresh run finds', () => {
  const lines = Array.from({ length: 3000 }, (_, i) => LINES[(i * 7) % LINES.length]!);
  const memo = new DetectionMemo();
  detectModelReferences(lines.join('\n'), { fileName: 'app.py', isKnown, prefilter, memo });
  for (const [at, replacement] of [[1500, 'x = ('], [1500, 'x = 1'], [10, '"""'], [2999, 'model = "gpt-4o-mini"'], [1501, '']] as const) {
    lines[at] = replacement;
    const text = lines.join('\n');
    assert.deepEqual(detectModelReferences(text, { fileName: 'app.py', isKnown, prefilter, memo }), detectModelReferences(text, { fileName: 'app.py', isKnown, prefilter }));
  }
});

test('textChange: the common prefix and suffix of two texts', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 3000 }), fc.nat(40), fc.string({ maxLength: 20 }), fc.nat(), fc.nat(30), (piece, times, insert, at, remove) => {
      const text = piece.repeat(times); // up to 120,000 characters, repetitive: prefix and suffix must not overlap
      const start = at % (text.length + 1);
      const after = text.slice(0, start) + insert + text.slice(start + remove);
      const change = textChange(text, after);
      assert.equal(text.slice(0, change.start), after.slice(0, change.start));
      assert.equal(text.slice(change.oldEnd), after.slice(change.newEnd));
      assert.ok(change.start <= change.oldEnd && change.start <= change.newEnd);
      assert.equal(text.length - change.oldEnd, after.length - change.newEnd);
      // the prefix is the longest, and the suffix the longest after it
      if (change.oldEnd > change.start && change.newEnd > change.start) {
        assert.notEqual(text[change.start], after[change.start]);
        assert.notEqual(text[change.oldEnd - 1], after[change.newEnd - 1]);
      }
    }),
  );
});
