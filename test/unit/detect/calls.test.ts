/** isNeverCall settles most callees before its regular expression: its answers must stay the plain ones. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isNeverCall } from '../../../src/core/detect/calls';

const NEVER = new Set([
  'load_dataset', 'load_from_disk', 'require', 'import', 'open', 'Path', 'join', 'readFile', 'readFileSync',
  'DataLoader', 'get_dataset_config_names', 'dataset_info', 'Image', 'FROM',
]);

function plainIsNeverCall(callee: string): boolean {
  const dot = callee.lastIndexOf('.');
  const last = dot < 0 ? callee : callee.slice(dot + 1);
  return NEVER.has(last) || /(^|\.)(images|containers|datasets)\./.test(callee);
}

test('isNeverCall answers as the plain definition does', () => {
  const part = fc.constantFrom(...NEVER, 'images', 'containers', 'datasets', 'client', 'xdatasets', 's', '.', '', 'generate', 'os.path');
  const callee = fc.oneof(fc.array(part, { maxLength: 5 }).map((parts) => parts.join('.')), fc.array(part, { maxLength: 4 }).map((parts) => parts.join('')), fc.string({ maxLength: 12 }));
  fc.assert(fc.property(callee, (c) => assert.equal(isNeverCall(c), plainIsNeverCall(c), c)), { numRuns: 20_000 });
});

test('calls that list models take a provider or filter, not a model; setters and loaders still take one', async () => {
  const { callRule } = await import('../../../src/core/detect/calls');
  for (const callee of ['System.customModels', 'getModels', 'client.list_models', 'fetchAvailableModels', 'api.get_supported_models', 'listModels']) {
    assert.equal(callRule(callee), undefined, callee);
  }
  for (const callee of ['setModel', 'builder.model', 'with_model', 'setModels', 'load_model']) {
    assert.ok(callRule(callee), callee);
  }
  // hostile: long callee names are matched once, anchored at both ends (no backtracking to time out on)
  assert.doesNotThrow(() => callRule(`get${'_'.repeat(50_000)}models`));
  assert.doesNotThrow(() => callRule(`${'get'.repeat(20_000)}Models`));
  assert.doesNotThrow(() => callRule(`get${'available_'.repeat(10_000)}models`));
});
