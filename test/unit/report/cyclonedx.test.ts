import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderCycloneDx } from '../../../src/core/report/cyclonedx';
import { cycloneDxValidator as validator } from './cyclonedx-validator';
import { FIXED_OPTIONS, loadDataset, loadScanResult, withGrandchildFinetune } from './fixture';

const render = () => JSON.parse(renderCycloneDx(loadScanResult(), loadDataset(), FIXED_OPTIONS));

test('the CycloneDX export is valid against the official 1.6 schema', () => {
  const validate = validator();
  const valid = validate(render());
  assert.ok(valid, JSON.stringify(validate.errors, null, 2));
});

test('the validator is not vacuous: a broken BOM fails', () => {
  const validate = validator();
  const bom = render();
  (bom.components as Array<Record<string, unknown>>)[0]!.type = 'ml-model';
  assert.equal(validate(bom), false);
});

test('one machine-learning-model component per distinct model, unknown ones named as written', () => {
  const bom = render();
  const components = bom.components as Array<Record<string, any>>;
  assert.deepEqual(
    components.map((component) => component.name),
    [
      'meta-llama/Llama-3.1-8B-Instruct',
      'mistralai/Mistral-7B-v0.1',
      'gpt-4o',
      'example-org/llama-3.1-8b-support-ft',
      '<img src=x onerror=alert(1)>',
      '[x](command:evil)',
    ],
  );
  assert.ok(components.every((component) => component.type === 'machine-learning-model'));
  const refs = components.map((component) => component['bom-ref']);
  assert.equal(new Set(refs).size, refs.length);
  assert.deepEqual(bom.dependencies[0], { ref: 'workspace', dependsOn: refs });
  assert.equal(bom.metadata.component.name, 'shop');
  assert.equal(bom.serialNumber, FIXED_OPTIONS.serialNumber);
});

test('licenses: an SPDX id when there is one, a LicenseRef expression otherwise, none when unknown', () => {
  const byName = new Map<string, any>((render().components as any[]).map((c) => [c.name, c]));
  assert.deepEqual(byName.get('mistralai/Mistral-7B-v0.1').licenses[0].license.id, 'Apache-2.0');
  assert.equal(byName.get('meta-llama/Llama-3.1-8B-Instruct').licenses[0].expression, 'LicenseRef-scancode-llama-3.1-community');
  assert.equal(byName.get('[x](command:evil)').licenses, undefined);
});

test('Hub models get a purl and a model card link; API models do not', () => {
  const byName = new Map<string, any>((render().components as any[]).map((c) => [c.name, c]));
  const llama = byName.get('meta-llama/Llama-3.1-8B-Instruct');
  assert.equal(llama.purl, 'pkg:huggingface/meta-llama/Llama-3.1-8B-Instruct');
  assert.ok(llama.externalReferences.some((ref: any) => ref.type === 'model-card'));
  assert.equal(byName.get('gpt-4o').purl, undefined);
  const property = (component: any, name: string) =>
    component.properties.filter((p: any) => p.name === `ai-license-lens:${name}`).map((p: any) => p.value);
  assert.deepEqual(property(llama, 'commercial-use'), ['conditional']);
  assert.deepEqual(property(llama, 'openness:trainingData'), ['closed']);
  assert.deepEqual(property(llama, 'file'), ['src/chat.py']);
  const finetune = byName.get('example-org/llama-3.1-8b-support-ft');
  assert.equal(finetune.pedigree.ancestors[0].name, 'meta-llama/Llama-3.1-8B-Instruct');
});

test('a fine-tune of a fine-tune nests its ancestors, and the BOM stays valid', () => {
  const { result, view, grandchildId } = withGrandchildFinetune();
  const bom: any = JSON.parse(renderCycloneDx(result, view, FIXED_OPTIONS));
  const component = bom.components.find((c: any) => c.name === grandchildId);
  const parent = component.pedigree.ancestors[0];
  assert.equal(parent.name, 'example-org/llama-3.1-8b-support-ft');
  assert.equal(parent.pedigree.ancestors[0].name, 'meta-llama/Llama-3.1-8B-Instruct');
  const validate = validator();
  assert.ok(validate(bom), JSON.stringify(validate.errors));
});
