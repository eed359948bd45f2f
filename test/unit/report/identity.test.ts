import { test } from 'node:test';
import assert from 'node:assert/strict';
import parseSpdxExpression from 'spdx-expression-parse';
import { hubUrl, purlOf, spdxSafeExpression, workspaceName } from '../../../src/core/report/identity';

test('catalog expressions become parseable SPDX expressions', () => {
  assert.equal(spdxSafeExpression('LicenseRef-ai-license-lens-openrail++'), 'LicenseRef-ai-license-lens-openrailplusplus');
  assert.equal(spdxSafeExpression('LicenseRef-x_y/z'), 'LicenseRef-x-y-z');
  assert.equal(spdxSafeExpression('Apache-2.0 OR LicenseRef-scancode-llama-3.1-community'), 'Apache-2.0 OR LicenseRef-scancode-llama-3.1-community');
  for (const expression of ['LicenseRef-ai-license-lens-openrail++', 'MIT AND (LicenseRef-a+b OR Apache-2.0)']) {
    assert.doesNotThrow(() => parseSpdxExpression(spdxSafeExpression(expression)), expression);
  }
});

test('Hub URLs and package URLs encode each part', () => {
  assert.equal(hubUrl('meta-llama/Llama-3.1-8B'), 'https://huggingface.co/meta-llama/Llama-3.1-8B');
  assert.equal(purlOf('org/name with space'), 'pkg:huggingface/org/name%20with%20space');
});

test('the workspace is named after the last segment of its root', () => {
  assert.equal(workspaceName('/home/dev/shop'), 'shop');
  assert.equal(workspaceName('C:\\work\\shop\\'), 'shop');
  assert.equal(workspaceName('.'), 'workspace');
  assert.equal(workspaceName('examples/demo'), 'demo');
});
