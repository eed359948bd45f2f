/**
 * The API-model builder on an in-memory models.dev snapshot: dated snapshots group under one model, curated
 * rows complete or override models.dev (and the override is kept as a conflict), and every fact cites a source.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { publisherFileSchema } from '../../../src/core/dataset/schema';
import { buildApiPublisher } from '../../../scripts/data/importers/models-dev/api-models';
import type { ModelsDevRecord, ModelsDevSnapshot } from '../../../scripts/data/importers/models-dev/read';
import type { ApiVendor } from '../../../scripts/data/importers/models-dev/vendor';

const record = (id: string, extra: Partial<ModelsDevRecord> = {}): ModelsDevRecord => ({
  provider: 'acme',
  id,
  name: id.toUpperCase(),
  family: 'acme',
  releaseDate: '2025-01-01',
  openWeights: false,
  input: ['text', 'image'],
  output: ['text'],
  ...extra,
});

const snapshot = (records: ModelsDevRecord[]): ModelsDevSnapshot => ({
  catalogue: new Map(),
  provider: (name) => (name === 'acme' ? records : []),
});

const vendor = (overrides: Partial<ApiVendor> = {}): ApiVendor => ({
  publisher: { id: 'acme', name: 'Acme', country: 'US', url: 'https://acme.example' },
  apiTerms: 'acme-api-terms',
  termsUrl: 'https://acme.example/terms',
  modelsUrl: 'https://acme.example/models',
  modelsDevProvider: 'acme',
  canonical: (id) => id.replace(/-\d{8}$/, ''),
  curated: [],
  reports: [],
  ...overrides,
});

test('dated snapshots become api aliases of the undated model, and open-weight records stay out', () => {
  const file = buildApiPublisher(
    vendor(),
    snapshot([record('acme-1'), record('acme-1-20250101'), record('acme-1-20250601'), record('acme-open', { openWeights: true })]),
  );
  publisherFileSchema.parse(file);
  assert.deepEqual(file.models.map((m) => m.id), ['acme-1']);
  assert.deepEqual(file.models[0]!.aliases.map((a) => `${a.ecosystem}:${a.id}:${a.source}`), [
    'api:acme-1-20250101:models-dev',
    'api:acme-1-20250601:models-dev',
  ]);
  assert.equal(file.models[0]!.modality?.includes('vision'), true);
});

test('every entry is API-only, closed, and cites the terms, models.dev and the curated openness note', () => {
  const model = buildApiPublisher(vendor(), snapshot([record('acme-1')])).models[0]!;
  assert.equal(model.license, 'proprietary');
  assert.equal(model.apiTerms, 'acme-api-terms');
  assert.equal(model.opennessClass, 'api-only');
  assert.deepEqual(model.openness, { weights: 'closed', inferenceCode: 'closed', trainingCode: 'closed', trainingData: 'closed', paper: 'closed' });
  assert.deepEqual(model.provenance.license, ['vendor-terms']);
  assert.deepEqual(model.provenance['openness.weights'], ['models-dev', 'api-only']);
  const ids = new Set(model.sources.map((s) => s.id));
  for (const cited of Object.values(model.provenance).flat()) assert.ok(ids.has(cited), cited);
});

test('a curated override of a models.dev value is recorded as a conflict the curated source wins', () => {
  const model = buildApiPublisher(
    vendor({ curated: [{ id: 'acme-1', releaseDate: '2024-03-14', overrideReason: 'the vendor page gives the launch date' }] }),
    snapshot([record('acme-1')]),
  ).models[0]!;
  assert.equal(model.releaseDate, '2024-03-14');
  assert.deepEqual(model.provenance.releaseDate, ['vendor-models']);
  assert.deepEqual(model.conflicts, [
    { field: 'releaseDate', values: [{ value: '2025-01-01', source: 'models-dev' }, { value: '2024-03-14', source: 'vendor-models' }], winner: 'vendor-models', reason: 'the vendor page gives the launch date' },
  ]);
});

test('a model models.dev does not know cites its release note, and a system card makes the paper partial', () => {
  const model = buildApiPublisher(
    vendor({
      curated: [{ id: 'acme-2', name: 'Acme 2', releaseDate: '2026-07-01', evidence: { kind: 'repository', url: 'https://example.org/release', title: 'release' } }],
      reports: [{ models: ['acme-2'], url: 'https://example.org/card', title: 'Acme 2 system card' }],
    }),
    snapshot([]),
  ).models[0]!;
  assert.deepEqual(model.provenance.releaseDate, ['release-note']);
  assert.deepEqual(model.provenance.availability, ['release-note']);
  assert.equal(model.openness.paper, 'partial');
  assert.equal(model.links.paper, 'https://example.org/card');
  assert.equal(model.sources.some((s) => s.id === 'models-dev'), false);
});

test('API names that serve published weights say so, and leave the other components to the open entry', () => {
  const file = buildApiPublisher(
    vendor({ servesOpenWeights: true, include: () => true, curated: [{ id: 'acme-next', weightsUnknown: true }] }),
    snapshot([record('acme-chat', { openWeights: true })]),
  );
  const chat = file.models.find((m) => m.id === 'acme-chat')!;
  assert.equal(chat.openness.weights, 'open');
  assert.equal(chat.openness.trainingData, 'unknown');
  assert.equal(chat.provenance['openness.trainingData'], undefined);
  const next = file.models.find((m) => m.id === 'acme-next')!;
  assert.equal(next.openness.weights, 'unknown');
  assert.equal(next.provenance['openness.weights'], undefined);
});

test('a vendor without terms in the catalog keeps apiTerms null and rests proprietary on its model list', () => {
  const model = buildApiPublisher(vendor({ apiTerms: null, termsUrl: undefined }), snapshot([record('acme-1')])).models[0]!;
  assert.equal(model.apiTerms, null);
  assert.equal(model.provenance.apiTerms, undefined);
  assert.deepEqual(model.provenance.license, ['models-dev', 'vendor-models']);
});

test("a curated row listed on a page of its own cites that page as the vendor's model list and links it as the card", () => {
  const file = buildApiPublisher(
    vendor({ curated: [{ id: 'acme-legacy', name: 'Acme Legacy', modality: ['text'], task: 'text-generation', modelsUrl: 'https://acme.example/legacy' }] }),
    snapshot([]),
  );
  const model = file.models[0]!;
  assert.equal(model.links.card, 'https://acme.example/legacy');
  assert.equal(model.sources.find((s) => s.id === 'vendor-models')?.url, 'https://acme.example/legacy');
  assert.deepEqual(model.provenance.name, ['vendor-models']);
  assert.equal(file.publisher.sources[0]?.url, 'https://acme.example/models');
});
