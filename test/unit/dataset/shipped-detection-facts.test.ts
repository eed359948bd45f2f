/**
 * The shipped index brings the prefilter's anchors and the live models' positions, so an engine need not parse
 * every model to get them: they must be what the models give, read without parsing models, and checked as read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { checkShippedIndex } from '../../../scripts/data/check-shipped';
import { DatasetError } from '../../../src/core/dataset/load';
import { datasetSchema, type Dataset } from '../../../src/core/dataset/schema';
import { serializeShipped, type ShippedTexts } from '../../../src/core/dataset/serialize-shipped';
import type { DatasetIndex } from '../../../src/core/dataset/shipped-format';
import { createShippedView } from '../../../src/core/dataset/shipped-view';
import type { DatasetView } from '../../../src/core/dataset/view';
import { buildPrefilter, HitKind, prefilterOfDataset } from '../../../src/core/detect/prefilter';
import { anchorsOf } from '../../../src/core/detect/prefilter/anchors';
import { createEngine } from '../../../src/core/engine';
import { createOverlayView } from '../../../src/core/online/overlay';
import { LIVE_SOURCE_ID } from '../../../src/core/online/live-model';
import { DEFAULT_POLICY } from '../../../src/core/assess/policy';

const mini = datasetSchema.parse(JSON.parse(readFileSync('test/fixtures/datasets/mini.json', 'utf8')));

/** `mini` with its second model marked as a live lookup. */
function withLiveModel(): Dataset {
  const dataset = structuredClone(mini);
  dataset.models[1]!.sources.push({ id: LIVE_SOURCE_ID, kind: 'model-card', url: 'https://huggingface.co/x/y', checked: '2026-11-23' } as Dataset['models'][number]['sources'][number]);
  return dataset;
}

/** A shipped view that counts the entry lines it parses (each model is one). */
function viewOf(texts: ShippedTexts, editIndex: (index: DatasetIndex) => void = () => {}): { view: DatasetView; entryParses: () => number } {
  const index = JSON.parse(texts.index) as DatasetIndex;
  editIndex(index);
  let parses = 0;
  const view = createShippedView(index, {
    entries: () => texts.entries,
    details: () => texts.details,
  });
  const originalParse = JSON.parse;
  return {
    view: new Proxy(view, {
      get: (target, key) => {
        const value = Reflect.get(target, key);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          JSON.parse = (text: string, ...rest: []) => {
            parses++;
            return originalParse(text, ...rest);
          };
          try {
            return value(...args);
          } finally {
            JSON.parse = originalParse;
          }
        };
      },
    }),
    entryParses: () => parses,
  };
}

test('the shipped anchors are the anchors of the models, and the prefilter built from them finds the same', () => {
  const { view, entryParses } = viewOf(serializeShipped(mini));
  assert.deepEqual(view.prefilterAnchors!(), [...anchorsOf(mini.models)!]);
  assert.equal(entryParses(), 0, 'no entry line parsed for the anchors');
  const shipped = prefilterOfDataset(view)!;
  const computed = buildPrefilter(mini.models)!;
  assert.equal(entryParses(), 0, 'no entry line parsed for the prefilter');
  for (const text of [mini.models[0]!.id, 'model = "x"', 'nothing here', mini.models.map((model) => model.id).join(' ')]) {
    assert.deepEqual(shipped.scan(text), computed.scan(text), text);
  }
  assert.ok(shipped.scan(mini.models[0]!.id).flags & HitKind.anchor);
});

test('the live models are read from their positions, without parsing the others', () => {
  const live = withLiveModel();
  const { view, entryParses } = viewOf(serializeShipped(live));
  assert.deepEqual(view.liveModels!().map((model) => model.id), [live.models[1]!.id]);
  assert.equal(entryParses(), 2, 'the first line (read with the file) and the live model\'s');
  assert.deepEqual(viewOf(serializeShipped(mini)).view.liveModels!(), []);
});

test('an overlay view lists the bundled live models and the live lookups it adds', () => {
  const { view } = viewOf(serializeShipped(withLiveModel()));
  const added = { ...structuredClone(mini.models[0]!), id: 'someone/new-model', sources: [{ id: LIVE_SOURCE_ID, kind: 'model-card', url: 'https://huggingface.co/someone/new-model', checked: '2026-11-23' }] } as Dataset['models'][number];
  const overlay = createOverlayView(view, new Map([[added.id.toLowerCase(), added]]));
  assert.deepEqual(overlay.liveModels!().map((model) => model.id), [mini.models[1]!.id, added.id]);
});

test('an engine on the shipped view builds its prefilter without parsing a model', () => {
  const { view, entryParses } = viewOf(serializeShipped(mini));
  const engine = createEngine({ dataset: view, policy: DEFAULT_POLICY, resolver: { resolve: () => undefined, isKnown: () => false }, prefilter: true });
  engine.analyzeText('x = 1\n', { file: 'a.py' });
  assert.equal(entryParses(), 0);
});

test('malformed shipped facts are refused as they are read', () => {
  const texts = serializeShipped(mini);
  for (const anchors of ['ok\n\nok', 'ok\n', 'caf\u00e9', 42]) {
    const { view } = viewOf(texts, (index) => ((index as unknown as Record<string, unknown>).prefilterAnchors = anchors));
    assert.throws(() => view.prefilterAnchors!(), DatasetError, JSON.stringify(anchors));
  }
  for (const positions of [[-1], [mini.models.length], [0.5], 'x']) {
    const { view } = viewOf(texts, (index) => ((index as unknown as Record<string, unknown>).liveModels = positions));
    assert.throws(() => view.liveModels!(), DatasetError, JSON.stringify(positions));
  }
  const { view } = viewOf(texts, (index) => (index.prefilterAnchors = null));
  assert.equal(prefilterOfDataset(view), undefined, 'null: some id has no anchor, so no prefilter');
});

test('data:check fails when the shipped anchors or live models differ from what the models give', () => {
  const folder = mkdtempSync(join(os.tmpdir(), 'ai-license-lens-shipped-'));
  try {
    const write = (texts: ShippedTexts, editIndex: (index: DatasetIndex) => void = () => {}) => {
      const index = JSON.parse(texts.index) as DatasetIndex;
      editIndex(index);
      writeFileSync(join(folder, 'dataset.json'), JSON.stringify(index));
      writeFileSync(join(folder, index.entriesFile.path), texts.entries);
      writeFileSync(join(folder, index.detailsFile.path), texts.details);
      return checkShippedIndex(join(folder, 'dataset.json')).errors;
    };
    const texts = serializeShipped(mini);
    assert.deepEqual(write(texts), []);
    assert.match(write(texts, (index) => (index.prefilterAnchors = index.prefilterAnchors!.split('\n').slice(1).join('\n'))).join(), /prefilter anchors differ/);
    assert.match(write(texts, (index) => (index.liveModels = [0])).join(), /live models differ/);
    assert.match(write(serializeShipped(withLiveModel()), (index) => (index.liveModels = [])).join(), /live models differ/);
    assert.match(write(texts, (index) => delete (index as Partial<DatasetIndex>).prefilterAnchors).join(), /older build/);
    assert.deepEqual(checkShippedIndex(join(folder, 'absent.json')).errors, []);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
