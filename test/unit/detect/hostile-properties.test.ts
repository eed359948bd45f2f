// Property tests over the detectors: for any text in any language, detection does not throw, and every span lies
// inside the text and is exactly the text it says. The alphabet is weighted towards what the detectors react to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { detect } from './helpers';

const LANGUAGES = ['python', 'typescript', 'javascript', 'json', 'jsonc', 'toml', 'yaml', 'dotenv', 'shellscript', 'dockerfile', 'modelfile', 'markdown', 'plaintext', 'ini', 'go', 'jupyter'];

/** Pieces of code, config and markup that steer the lexers into their less common states. */
const PIECES = [
  'from_pretrained(', 'model=', 'model: ', '"model": ', 'MODEL_ID=', 'ollama run ', 'FROM ', '--model ', 'https://huggingface.co/',
  'deepseek-ai/DeepSeek-R1', 'gpt-4o', 'meta-llama/Llama-3.1-8B-Instruct', 'x.gguf', '@20240620', ':8b',
  '"', "'", '`', '"""', '\\', '/', '-', '---', '```', '#', '//', '/*', '*/', '<!--', '-->', '[', ']', '[[', '{', '}', '(', ')', ',', ':', '=', '%%bash',
  ' ', '\t', '\n', '\r\n', '\r', '\u2028', '\u0000', '\ufeff', 'é', '𝔘', '\ud800',
  '<img src=x onerror=alert(1)>', '[x](command:workbench.action.terminal.new)', 'ai-license-lens-ignore: all -- why',
];
const texts = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

test('any text in any language: no exception, spans inside the text and equal to it', () => {
  fc.assert(
    fc.property(texts, fc.constantFrom(...LANGUAGES), (text, languageId) => {
      const found = detect(text, languageId, languageId === 'jupyter' ? 'x.ipynb' : undefined);
      for (const reference of found) {
        assert.ok(reference.start >= 0 && reference.start < reference.end && reference.end <= text.length, `${reference.start}-${reference.end} of ${text.length}`);
        assert.equal(text.slice(reference.start, reference.end), reference.text);
      }
    }),
    { numRuns: 3000 },
  );
});
