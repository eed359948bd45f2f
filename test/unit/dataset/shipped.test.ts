import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { DatasetError } from '../../../src/core/dataset/load';
import { loadDatasetFile } from '../../../src/core/dataset/load-file';
import { createModelResolver } from '../../../src/core/dataset/resolve';
import { datasetSchema, type Dataset } from '../../../src/core/dataset/schema';
import { serializeShipped, sha256Hex, type ShippedTexts } from '../../../src/core/dataset/serialize-shipped';
import type { DatasetIndex } from '../../../src/core/dataset/shipped-format';
import { createShippedView } from '../../../src/core/dataset/shipped-view';
import { joinDataset, splitDataset } from '../../../src/core/dataset/split';
import { liveFactsOf } from '../../../src/core/online/live-model';

/** mini.json with the optional detail fields filled somewhere, so the split must carry them. */
function miniDataset(): Dataset {
  const dataset = datasetSchema.parse(JSON.parse(readFileSync('test/fixtures/datasets/mini.json', 'utf8')));
  dataset.models[0]!.notes = ['Relicensed in 2025 (a note with a non-ASCII character: é)'];
  const license = dataset.licenses[0]!;
  license.conflicts = [
    { field: 'commercialUse', values: [{ value: 'allowed', source: license.sources[0]!.id }, { value: 'unknown', source: 'other' }], winner: license.sources[0]!.id, reason: 'the license text says so' },
  ];
  return dataset;
}

const mini = miniDataset();
const texts = serializeShipped(mini);

/** The shipped view, as the trusted path builds it, counting how often the details file is read. */
function shippedView(shipped: ShippedTexts = texts) {
  let detailsReads = 0;
  let entriesReads = 0;
  const view = createShippedView(JSON.parse(shipped.index) as DatasetIndex, {
    entries: () => {
      entriesReads++;
      return shipped.entries;
    },
    details: () => {
      detailsReads++;
      return shipped.details;
    },
  });
  return { view, detailsReads: () => detailsReads, entriesReads: () => entriesReads };
}

test('splitting and joining gives back the dataset', () => {
  const { index, entries, details } = splitDataset(mini);
  assert.deepEqual(joinDataset(index, entries, details), mini);
});

/** The details file's lines, parsed; line 0 is the header. */
const detailLines = (): Array<Record<string, unknown>> => texts.details.split('\n').map((line) => JSON.parse(line));

test('each distinct source record is stored once in the details', () => {
  const { details } = splitDataset(mini);
  const all = [...mini.models, ...mini.licenses, ...mini.publishers].flatMap((entry) => entry.sources);
  assert.equal(details.sources.length, new Set(all.map((source) => JSON.stringify(source))).size);
  assert.ok(details.sources.length < all.length);
  const lines = detailLines();
  assert.deepEqual(lines[0], { format: 'ai-license-lens/dataset-details@1', sources: details.sources.length });
  assert.equal(lines.length, 1 + details.sources.length + mini.licenses.length + mini.publishers.length + mini.models.length);
});

test('the shipped files are ASCII and the index names its siblings with their hashes', () => {
  for (const text of Object.values(texts)) assert.match(text, /^[\x00-\x7f]*$/);
  const index = JSON.parse(texts.index) as DatasetIndex;
  assert.equal(index.entriesFile.path, 'dataset-entries.jsonl');
  assert.match(index.detailsFile.sha256, /^[0-9a-f]{64}$/);
  assert.equal(texts.entries.split('\n').length, 1 + mini.licenses.length + mini.publishers.length + mini.models.length);
});

test('the shipped view gives every model, license and publisher as the dataset has them', () => {
  const { view } = shippedView();
  assert.equal(view.version, mini.version);
  assert.equal(view.modelCount?.(), mini.models.length);
  assert.deepEqual(JSON.parse(JSON.stringify(view.models())), JSON.parse(JSON.stringify(mini.models)));
  assert.deepEqual(JSON.parse(JSON.stringify(view.licenses())), JSON.parse(JSON.stringify(mini.licenses)));
  // Spread (and JSON) read the lazy fields; an absent optional one (notes, conflicts) reads as undefined.
  const plain = (value: unknown) => JSON.parse(JSON.stringify(value));
  for (const publisher of mini.publishers) assert.deepEqual(plain({ ...view.getPublisher(publisher.id.toUpperCase()) }), publisher);
  for (const model of mini.models) assert.deepEqual(plain({ ...view.getModel(model.id.toLowerCase()) }), model);
  assert.equal(view.getModel('no/such-model'), undefined);
  assert.equal(view.models()[0]!.notes?.[0], mini.models[0]!.notes![0]);
});

test('entries are read on the first lookup and details on the first read of a detail field, each once', () => {
  const { view, detailsReads, entriesReads } = shippedView();
  const resolver = view.resolver!();
  assert.equal(entriesReads(), 0);
  const resolution = resolver.resolve('meta-llama/Llama-3.1-8B-Instruct');
  const license = view.getLicense(resolution!.model.license!);
  assert.equal(license?.conditions.length, mini.licenses.find((l) => l.id === license?.id)?.conditions.length);
  assert.equal(detailsReads(), 0);
  assert.ok(resolution!.model.sources.length > 0);
  assert.ok(license!.sources.length > 0);
  assert.deepEqual(resolution!.model.links, mini.models.find((m) => m.id === resolution!.model.id)!.links);
  assert.equal(detailsReads(), 1);
  assert.equal(view.models().length, mini.models.length);
  assert.equal(entriesReads(), 1);
});

test('the precomputed resolver answers as one built from the models', () => {
  const { view } = shippedView();
  const shipped = view.resolver!();
  const built = createModelResolver(mini);
  const spellings = mini.models.flatMap((model) => [model.id, ...model.aliases.map((alias) => alias.id)]);
  const variants = ['openrouter/openai/gpt-4o-mini', 'ollama:chat:llama3.1:8b', 'TheBloke/Llama-2-7B-Chat-GGUF', 'models/gemini-1.5-pro', 'nothing-like-a-model'];
  for (const raw of [...spellings, ...spellings.map((s) => s.toUpperCase()), ...variants]) {
    const expected = built.resolve(raw);
    const actual = shipped.resolve(raw);
    assert.deepEqual(actual && { id: actual.model.id, via: actual.via, matched: actual.matched }, expected && { id: expected.model.id, via: expected.via, matched: expected.matched }, raw);
  }
});

function writeShipped(shipped: ShippedTexts): { dir: string; index: string } {
  const dir = mkdtempSync(join(os.tmpdir(), 'lens-shipped-'));
  writeFileSync(join(dir, 'dataset.json'), shipped.index);
  writeFileSync(join(dir, 'dataset-entries.jsonl'), shipped.entries);
  writeFileSync(join(dir, 'dataset-details.jsonl'), shipped.details);
  return { dir, index: join(dir, 'dataset.json') };
}

test('shipped files that no build vouches for are joined and validated in full', () => {
  // Under tsx no hash is injected: this is the path of any index that does not hash to the validated build.
  const { dir, index } = writeShipped(texts);
  try {
    const { view } = loadDatasetFile(index);
    assert.deepEqual(JSON.parse(JSON.stringify(view.models())), JSON.parse(JSON.stringify(mini.models)));
    assert.equal(view.resolver!().resolve('gpt-4o')?.model.id, 'gpt-4o');

    const broken = detailLines();
    broken[1] = { ...broken[1], checked: 'yesterday' };
    writeFileSync(join(dir, 'dataset-details.jsonl'), broken.map((line) => JSON.stringify(line)).join('\n'));
    assert.throws(() => loadDatasetFile(index), (error: Error) => error instanceof DatasetError && /checked/.test(error.message));

    broken.pop();
    writeFileSync(join(dir, 'dataset-details.jsonl'), broken.map((line) => JSON.stringify(line)).join('\n'));
    assert.throws(() => loadDatasetFile(index), /do not belong together/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a trusted index uses its entries and details only while they hash to what it records', () => {
  const { dir, index } = writeShipped(texts);
  const trust = sha256Hex(texts.index);
  try {
    const { view } = loadDatasetFile(index, trust);
    assert.equal(view.getModel('gpt-4o')?.sources[0]?.id, mini.models.find((m) => m.id === 'gpt-4o')!.sources[0]!.id);

    // Another details file, even a valid one: refused on the first read of a detail field.
    const lines = detailLines();
    writeFileSync(join(dir, 'dataset-details.jsonl'), lines.map((line) => JSON.stringify(line, null, 1).replace(/\n/g, '')).join('\n'));
    const tampered = loadDatasetFile(index, trust).view;
    assert.equal(tampered.getModel('gpt-4o')?.license, mini.models.find((m) => m.id === 'gpt-4o')!.license);
    assert.throws(() => tampered.getModel('gpt-4o')!.sources, /not the file the dataset index was built with/);

    writeFileSync(join(dir, 'dataset-details.jsonl'), texts.details);
    writeFileSync(join(dir, 'dataset-entries.jsonl'), texts.entries.replace('"availability":"api-only"', '"availability":"sometimes"'));
    assert.throws(() => loadDatasetFile(index, trust).view.resolver!().resolve('gpt-4o'), /dataset-entries.jsonl is not the file/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an index naming a file outside its folder is refused', () => {
  const index = JSON.parse(texts.index) as DatasetIndex;
  index.detailsFile.path = '../../etc/passwd';
  const { dir, index: path } = writeShipped({ ...texts, index: JSON.stringify(index) });
  try {
    assert.throws(() => loadDatasetFile(path), /odd file/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a whole dataset in one file still loads (tests, AI_LICENSE_LENS_DATASET)', () => {
  const { view } = loadDatasetFile('test/fixtures/datasets/mini.json');
  assert.equal(view.models().length, 39);
  assert.equal(view.resolver!().resolve('gpt-4o')?.model.id, 'gpt-4o');
});

test('asking whether bundled models are live lookups reads no details', () => {
  const { view, detailsReads } = shippedView();
  assert.equal(view.models().filter((model) => liveFactsOf(model) !== undefined).length, 0);
  assert.equal(detailsReads(), 0);
  assert.ok(view.models()[0]!.sources.length > 0);
  assert.equal(liveFactsOf(view.models()[0]), undefined);
});
