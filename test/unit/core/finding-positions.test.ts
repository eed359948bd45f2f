/**
 * A finding's end is computed on its start's line when no line break lies between (engine.ts endPosition): it
 * must be where the document's own positionAt puts the end offset, with \n, \r\n and lone \r line breaks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePolicy } from '../../../src/core/assess/policy';
import { createTextDocument } from '../../../src/core/document';
import { createEngine } from '../../../src/core/engine';
import { realDataset } from '../helpers/real-dataset';

const engine = createEngine({ dataset: realDataset(), policy: parsePolicy({}) });
const piece = fc.constantFrom('\n', '\r\n', '\r', ' ', 'x = ', '"', "'", 'model=', 'meta-llama/Llama-3.1-8B-Instruct', 'gpt-4o-mini', 'https://huggingface.co/', 'llama3.1:8b', 'ollama run ', '😀', '# ');

test('finding positions are those of their offsets', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 50 }).map((parts) => parts.join('')), fc.constantFrom('app.py', 'README.md', 'app.ts'), (text, file) => {
      const document = createTextDocument(file, text);
      for (const finding of engine.analyzeText(text, { file })) {
        const start = document.positionAt(finding.start);
        const end = document.positionAt(finding.end);
        assert.deepEqual([finding.line, finding.column, finding.endLine, finding.endColumn], [start.line + 1, start.character + 1, end.line + 1, end.character + 1]);
      }
    }),
    { numRuns: 1500 },
  );
});
