import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from './helpers';

const LANGUAGES = ['python', 'typescript', 'json', 'toml', 'yaml', 'dotenv', 'shellscript', 'dockerfile', 'modelfile', 'markdown', 'plaintext', 'jupyter'];

/**
 * Inputs built to make a backtracking regex or a quadratic scan blow up. The bound is loose on purpose (a busy
 * CI machine is slow); a quadratic scan of these sizes takes minutes.
 */
const HOSTILE: Record<string, string> = {
  'a/ x 200,000': 'a/'.repeat(200_000),
  'dash run': '-'.repeat(400_000),
  'dash run in a model key': 'model: ' + '-'.repeat(400_000),
  'quote run': '"'.repeat(100_000),
  'backtick run': '`'.repeat(100_000),
  'open brackets': '('.repeat(100_000),
  'gguf run': 'x.gguf'.repeat(30_000),
  'urls': 'https://huggingface.co/'.repeat(10_000),
  'colons': 'a:'.repeat(100_000),
  'long id-like token': 'ab-'.repeat(70_000),
  'many models': 'model="gpt-4o"\n'.repeat(8_000),
  'fences': '```\n'.repeat(25_000),
  'unterminated comment': '/*' + ' x'.repeat(100_000),
};

for (const [name, text] of Object.entries(HOSTILE)) {
  test(`linear on hostile input: ${name}`, () => {
    for (const languageId of LANGUAGES) {
      const started = performance.now();
      detect(text, languageId, languageId === 'jupyter' ? 'x.ipynb' : undefined);
      const ms = performance.now() - started;
      assert.ok(ms < 15_000, `${languageId} took ${ms.toFixed(0)} ms on ${name}`);
    }
  });
}
