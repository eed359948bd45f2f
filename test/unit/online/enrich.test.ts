import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_POLICY } from '../../../src/core/assess/policy';
import { loadDataset } from '../../../src/core/dataset/load';
import { createEngine } from '../../../src/core/engine';
import { createHubCache } from '../../../src/core/online/cache';
import { enrichWithOnlineLookup, unknownHubIds } from '../../../src/core/online/enrich';
import { createHubClient } from '../../../src/core/online/hub-client';
import { createOnlineLookup } from '../../../src/core/online/lookup';
import { scanFolder } from '../../../src/core/scan/scan';
import { hubModel, startFakeHub, type Route } from './fake-hub';

const { view } = loadDataset(readFileSync(join(__dirname, '../../fixtures/datasets/mini.json'), 'utf8'));
const engine = createEngine({ dataset: view, policy: DEFAULT_POLICY });

test('only unknown Hub ids are collected, once each, up to the bound', async () => {
  const root = mkdtempSync(join(tmpdir(), 'all-enrich-'));
  try {
    const lines = ['a', 'b', 'c', 'd', 'e'].map((x) => `m_${x} = AutoModel.from_pretrained("acme/${x}")`);
    lines.push('again = AutoModel.from_pretrained("acme/a")', 'known = AutoModel.from_pretrained("meta-llama/Llama-3.1-8B-Instruct")', 'api = client.chat(model="gpt-4o")');
    writeFileSync(join(root, 'app.py'), `${lines.join('\n')}\n`);
    const result = await scanFolder(root, engine);
    assert.deepEqual(unknownHubIds(result.findings), ['acme/a', 'acme/b', 'acme/c', 'acme/d', 'acme/e']);

    const routes: Record<string, Route> = {};
    for (const x of ['a', 'b', 'c', 'd', 'e']) routes[`/api/models/acme/${x}`] = { body: hubModel(`acme/${x}`, { license: 'mit' }) };
    const hub = await startFakeHub(routes);
    const cacheDir = mkdtempSync(join(tmpdir(), 'all-enrich-cache-'));
    try {
      const lookup = createOnlineLookup({ client: createHubClient({ baseUrl: hub.url }), cache: createHubCache({ dir: cacheDir }) });
      const enriched = await enrichWithOnlineLookup(result, engine, lookup, { maxIds: 2 });
      assert.equal(enriched.looked, 2);
      assert.equal(hub.requests.length, 2);
      const placed = enriched.result.findings.filter((f) => f.liveLookup).map((f) => f.text);
      assert.deepEqual(placed, ['acme/a', 'acme/b', 'acme/a'], 'every occurrence of a looked-up id is re-assessed');
      assert.equal(enriched.result.findings.length, result.findings.length, 'no finding is added or dropped');
      const untouched = enriched.result.findings.find((f) => f.text === 'meta-llama/Llama-3.1-8B-Instruct');
      assert.deepEqual(untouched, result.findings.find((f) => f.text === 'meta-llama/Llama-3.1-8B-Instruct'));
      const row = enriched.result.models.find((m) => m.id === 'acme/a');
      assert.equal(row?.occurrences, 2);
      assert.equal(row?.commercialUse, 'allowed');
      assert.ok(row?.liveLookup);
    } finally {
      await hub.close();
      rmSync(cacheDir, { recursive: true, force: true });
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
