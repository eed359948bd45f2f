/** The detection memo: re-analysing after a one-line edit walks only the window that holds it, with the same findings. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_POLICY } from '../../../src/core/assess/policy';
import { createEngine, DetectionMemo } from '../../../src/core/engine';
import { realDataset } from '../helpers/real-dataset';

const engine = createEngine({ dataset: realDataset(), policy: DEFAULT_POLICY });

const LINES = [
  'model = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-3.1-8B-Instruct")',
  'client.chat.completions.create(model="gpt-4o-mini", messages=messages)',
  'def handler(event, context=None):',
  '    return {"user": event["user"], "count": 3}',
  '# see ollama run llama3.1:8b',
  'tok = AutoTokenizer.from_pretrained(name)',
  'name = "acme-labs/widget-7b"',
  'cfg = {',
  '    "model": "qwen2.5:7b",',
  '}',
  '    for item in range(len(items)):',
  '        logger.info("processed %s", item)',
];

function document(lines: number, seed: number): string[] {
  const rand = fc.sample(fc.array(fc.nat(LINES.length - 1), { minLength: lines, maxLength: lines }), { numRuns: 1, seed })[0]!;
  return rand.map((i) => LINES[i]!);
}

test('memo: a one-line edit in a 5,000-line document walks a few windows, and findings stay the same', () => {
  const lines = document(5000, 7);
  const memo = new DetectionMemo();
  const first = engine.analyzeText(lines.join('\n'), { file: 'app.py', memo });
  assert.deepEqual(first, engine.analyzeText(lines.join('\n'), { file: 'app.py' }));
  const walkedFirst = memo.misses;
  lines[2500] = 'model = AutoModelForCausalLM.from_pretrained("Qwen/Qwen2.5-7B-Instruct")';
  const text = lines.join('\n');
  const before = memo.misses;
  const second = engine.analyzeText(text, { file: 'app.py', memo });
  assert.deepEqual(second, engine.analyzeText(text, { file: 'app.py' }));
  assert.ok(memo.misses - before <= 3, `walked ${memo.misses - before} of ${walkedFirst} windows again`);
});

test('memo: random edits give the findings of a fresh analysis', () => {
  fc.assert(
    fc.property(fc.nat(1000), fc.array(fc.tuple(fc.nat(199), fc.nat(LINES.length - 1)), { maxLength: 8 }), fc.constantFrom('app.py', 'app.ts', 'x.toml'), (seed, edits, file) => {
      const lines = document(200, seed);
      const memo = new DetectionMemo(50);
      engine.analyzeText(lines.join('\n'), { file, memo });
      for (const [at, line] of edits) {
        lines[at] = LINES[line]!;
        const text = lines.join('\n');
        assert.deepEqual(engine.analyzeText(text, { file, memo }), engine.analyzeText(text, { file }));
      }
    }),
    { numRuns: 40 },
  );
});
