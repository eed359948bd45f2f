import { test } from 'node:test';
import assert from 'node:assert/strict';
import parseSpdxExpression from 'spdx-expression-parse';
import { renderSpdx, SPDX_CONTEXT } from '../../../src/core/report/spdx';
import { FIXED_OPTIONS, loadDataset, loadScanResult, withGrandchildFinetune } from './fixture';

type Element = Record<string, any>;

/** The SPDX 3.0.1 classes this export uses (compact JSON-LD names) and the properties it must set on each. */
const REQUIRED: Record<string, string[]> = {
  CreationInfo: ['@id', 'specVersion', 'created', 'createdBy'],
  SpdxDocument: ['spdxId', 'creationInfo', 'rootElement', 'element', 'profileConformance'],
  SoftwareAgent: ['spdxId', 'creationInfo', 'name'],
  Tool: ['spdxId', 'creationInfo', 'name'],
  Organization: ['spdxId', 'creationInfo', 'name'],
  software_Package: ['spdxId', 'creationInfo', 'name', 'software_primaryPurpose'],
  ai_AIPackage: ['spdxId', 'creationInfo', 'name', 'software_primaryPurpose'],
  simplelicensing_LicenseExpression: ['spdxId', 'creationInfo', 'simplelicensing_licenseExpression'],
  Relationship: ['spdxId', 'creationInfo', 'from', 'to', 'relationshipType'],
};
/** Individuals of the SPDX 3.0.1 model a relationship may point at without defining them. */
const INDIVIDUALS = new Set(['expandedlicensing_NoAssertionLicense', 'expandedlicensing_NoneLicense']);
const RELATIONSHIP_TYPES = new Set(['hasDeclaredLicense', 'hasConcludedLicense', 'descendantOf', 'dependsOn']);
const PROFILES = new Set(['core', 'software', 'simpleLicensing', 'expandedLicensing', 'security', 'build', 'ai', 'dataset', 'lite', 'extension']);

const render = () => JSON.parse(renderSpdx(loadScanResult(), loadDataset(), FIXED_OPTIONS));
const graphOf = (doc: any) => doc['@graph'] as Element[];

test('the document is SPDX 3.0.1 JSON-LD with creation info naming an agent and the tool', () => {
  const doc = render();
  assert.equal(doc['@context'], SPDX_CONTEXT);
  const [info] = graphOf(doc);
  assert.equal(info!.type, 'CreationInfo');
  assert.equal(info!.specVersion, '3.0.1');
  assert.match(info!.created, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  const byId = new Map(graphOf(doc).map((e) => [e.spdxId, e]));
  assert.equal(byId.get(info!.createdBy[0])?.type, 'SoftwareAgent');
  assert.equal(byId.get(info!.createdUsing[0])?.type, 'Tool');
});

test('every element has a real class, its required fields, and a unique spdxId', () => {
  const graph = graphOf(render());
  for (const element of graph) {
    const required = REQUIRED[element.type];
    assert.ok(required, `unexpected class ${element.type}`);
    for (const field of required) assert.ok(element[field] !== undefined, `${element.type} lacks ${field}`);
    if (element.creationInfo !== undefined) assert.equal(element.creationInfo, '_:creationinfo');
  }
  const ids = graph.filter((e) => e.spdxId).map((e) => e.spdxId);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^https:\/\/spdx\.org\/spdxdocs\/ai-license-lens-[0-9a-f-]+#\S+$/);
});

test('every relationship end exists, and every type and profile is an SPDX 3.0.1 name', () => {
  const doc = render();
  const graph = graphOf(doc);
  const ids = new Set(graph.map((e) => e.spdxId));
  for (const relationship of graph.filter((e) => e.type === 'Relationship')) {
    assert.ok(RELATIONSHIP_TYPES.has(relationship.relationshipType), relationship.relationshipType);
    assert.ok(ids.has(relationship.from), `from ${relationship.from}`);
    for (const to of relationship.to) assert.ok(ids.has(to) || INDIVIDUALS.has(to), `to ${to}`);
  }
  const document = graph.find((e) => e.type === 'SpdxDocument')!;
  for (const id of [...document.element, ...document.rootElement, document.dataLicense]) assert.ok(ids.has(id), id);
  assert.equal(document.element.length, ids.size - 2); // everything but the document itself and the blank CreationInfo
  for (const profile of document.profileConformance) assert.ok(PROFILES.has(profile), profile);
});

test('each AI package has exactly one declared and one concluded license, as parseable expressions', () => {
  const graph = graphOf(render());
  const packages = graph.filter((e) => e.type === 'ai_AIPackage');
  assert.equal(packages.length, 6);
  for (const pkg of packages) {
    for (const type of ['hasDeclaredLicense', 'hasConcludedLicense']) {
      const found = graph.filter((e) => e.type === 'Relationship' && e.from === pkg.spdxId && e.relationshipType === type);
      assert.equal(found.length, 1, `${pkg.name} ${type}`);
    }
  }
  for (const expression of graph.filter((e) => e.type === 'simplelicensing_LicenseExpression')) {
    assert.doesNotThrow(() => parseSpdxExpression(expression.simplelicensing_licenseExpression));
  }
});

test('a fine-tune descends from its base, the workspace depends on every model, unknown licenses are NoAssertion', () => {
  const graph = graphOf(render());
  const byName = new Map(graph.filter((e) => e.name).map((e) => [e.name, e]));
  const finetune = byName.get('example-org/llama-3.1-8b-support-ft')!;
  const base = byName.get('meta-llama/Llama-3.1-8B-Instruct')!;
  const relations = graph.filter((e) => e.type === 'Relationship');
  assert.ok(relations.some((r) => r.from === finetune.spdxId && r.relationshipType === 'descendantOf' && r.to.includes(base.spdxId)));
  const workspace = graph.find((e) => e.type === 'software_Package')!;
  const dependsOn = relations.find((r) => r.from === workspace.spdxId && r.relationshipType === 'dependsOn')!;
  assert.equal(dependsOn.to.length, 6);
  const unknown = byName.get('[x](command:evil)')!;
  const declared = relations.find((r) => r.from === unknown.spdxId && r.relationshipType === 'hasDeclaredLicense')!;
  assert.deepEqual(declared.to, ['expandedlicensing_NoAssertionLicense']);
  assert.equal(base.releaseTime, '2024-07-23T00:00:00Z');
  assert.equal(byName.get('mistralai/Mistral-7B-v0.1')!.releaseTime, undefined); // "2023-09" is not a full date
  assert.equal(byName.get('gpt-4o')!.software_downloadLocation, undefined);
});

test('a chain of used models yields each descendantOf relationship once', () => {
  const { result, view, grandchildId } = withGrandchildFinetune();
  const graph = graphOf(JSON.parse(renderSpdx(result, view, FIXED_OPTIONS)));
  const descendants = graph.filter((e) => e.relationshipType === 'descendantOf');
  const keys = descendants.map((r) => `${r.from} ${r.to.join(' ')}`);
  assert.equal(descendants.length, 2);
  assert.equal(new Set(keys).size, keys.length);
});
