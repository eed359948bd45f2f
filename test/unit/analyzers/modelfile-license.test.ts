import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findModelfileLicenses } from '../../../src/core/detect/modelfile-license';
import { analyzeFileText } from '../../../src/core/analyzers';
import { testContext } from './context';

const context = testContext();

const modelfile = `FROM llama3.1:8b
PARAMETER temperature 0.7
license """
LLAMA 3.1 COMMUNITY LICENSE AGREEMENT
Llama 3.1 Version Release Date: July 23, 2024
"""
SYSTEM You are helpful.
`;

test('finds LICENSE blocks (any case), one-line LICENSE values, and unclosed blocks', () => {
  const blocks = findModelfileLicenses(`${modelfile}LICENSE MIT License\n  License """unclosed text`);
  assert.equal(blocks.length, 3);
  assert.match(blocks[0]!.text, /^\nLLAMA 3\.1 COMMUNITY LICENSE AGREEMENT\n/);
  assert.equal(blocks[1]!.text, 'MIT License');
  assert.equal(blocks[2]!.text, 'unclosed text');
  assert.deepEqual(findModelfileLicenses('FROM x\nLICENSES are nice\nSYSTEM """LICENSE """'), []);
});

test('a Modelfile LICENSE block is a license-file finding stacked with the FROM model', () => {
  const findings = analyzeFileText(modelfile, context, { file: 'ollama/Modelfile' });
  assert.equal(findings.length, 1);
  const [finding] = findings;
  assert.equal(finding!.kind, 'license-file');
  assert.equal(finding!.license, 'llama3.1');
  assert.equal(finding!.line, 3);
  assert.equal(modelfile.slice(finding!.start, finding!.end), 'license');
  assert.equal(finding!.message, 'Modelfile LICENSE: Llama 3.1 Community License Agreement — commercial use allowed with conditions');
});

test('a Modelfile that relabels a Llama model as Apache-2.0 raises license-mismatch', () => {
  const text = 'FROM llama3.1\nLICENSE """\n                                 Apache License\n                           Version 2.0, January 2004\n"""\n';
  const [finding] = analyzeFileText(text, context, { file: 'Modelfile' });
  assert.equal(finding!.license, 'apache-2.0');
  assert.equal(finding!.rule, 'license-mismatch');
  assert.equal(finding!.commercialUse, 'conditional');
});

test('an unrecognised LICENSE block gives no finding', () => {
  assert.deepEqual(analyzeFileText('FROM x\nLICENSE """my own terms"""\n', context, { file: 'Modelfile' }), []);
});

test('property: no exception, ranges inside the text', () => {
  const piece = fc.constantFrom('FROM llama3.1\n', 'LICENSE ', 'license', '"""', '\n', 'llama 3.1 community license agreement', '\r\n', ' ', 'x');
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''))), (text) => {
      for (const finding of analyzeFileText(text, context, { file: 'Modelfile' })) {
        assert.ok(finding.start >= 0 && finding.start <= finding.end && finding.end <= text.length);
      }
    }),
    { numRuns: 500 },
  );
});
