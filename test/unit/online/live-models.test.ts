import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_POLICY } from '../../../src/core/assess/policy';
import { loadDataset } from '../../../src/core/dataset/load';
import { modelSchema } from '../../../src/core/dataset/schema';
import { createEngine } from '../../../src/core/engine';
import { createHubCache } from '../../../src/core/online/cache';
import { createHubClient } from '../../../src/core/online/hub-client';
import { liveFactsOf } from '../../../src/core/online/live-model';
import { lookupLiveModels } from '../../../src/core/online/live-models';
import { createOnlineLookup } from '../../../src/core/online/lookup';
import { createLiveEngine } from '../../../src/core/online/overlay';
import { fixture, hubModel, startFakeHub, type Route } from './fake-hub';

const { view } = loadDataset(readFileSync(join(__dirname, '../../fixtures/datasets/mini.json'), 'utf8'));
const engine = createEngine({ dataset: view, policy: DEFAULT_POLICY });
const NOW = new Date('2026-11-23T10:00:00Z');

async function withHub<T>(routes: Record<string, Route>, run: (lookup: ReturnType<typeof createOnlineLookup>, requests: () => string[]) => Promise<T>): Promise<T> {
  const hub = await startFakeHub(routes);
  const dir = mkdtempSync(join(tmpdir(), 'all-live-'));
  try {
    const lookup = createOnlineLookup({ client: createHubClient({ baseUrl: hub.url }), cache: createHubCache({ dir }), now: () => NOW });
    return await run(lookup, () => hub.requests.map((r) => r.path));
  } finally {
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a fine-tune of Llama 3.1 declaring apache-2.0 is conditional and carries the Llama conditions', async () => {
  await withHub({ '/api/models/acme-labs/support-bot-8b': { body: fixture('llama-3.1-finetune.json') } }, async (lookup, requests) => {
    const live = await lookupLiveModels(['acme-labs/support-bot-8b'], engine, lookup);
    const model = live.models.get('acme-labs/support-bot-8b')!;
    assert.ok(modelSchema.safeParse(model).success, 'a live model has the dataset shape');
    assert.equal(model.license, 'apache-2.0');
    assert.deepEqual(model.baseModels, [{ id: 'meta-llama/Llama-3.1-8B-Instruct', relation: 'finetune' }]);
    assert.equal(model.opennessClass, 'restricted-weight', 'the stacked terms restrict it');
    assert.deepEqual(liveFactsOf(model), { checked: '2026-11-23', url: 'https://huggingface.co/acme-labs/support-bot-8b' });
    // The base is in the bundled dataset: it is not looked up.
    assert.deepEqual(requests(), ['/api/models/acme-labs/support-bot-8b']);

    const { resolution, assessment } = createLiveEngine(engine, live.models).assess('acme-labs/support-bot-8b');
    assert.equal(resolution?.model.id, 'acme-labs/support-bot-8b');
    assert.equal(assessment.commercialUse, 'conditional');
    assert.equal(assessment.license?.id, 'apache-2.0');
    const inherited = assessment.terms!.conditions.filter((c) => c.fromLicense === 'llama3.1').map((c) => c.kind);
    assert.deepEqual(inherited.sort(), ['acceptable-use', 'naming', 'user-threshold']);
    assert.ok(assessment.rules.includes('threshold') && assessment.rules.includes('use-restricted'));
    assert.match(assessment.message, /Apache.*inherits.*Llama 3\.1/i);
  });
});

test('a base_model chain is followed online to the root, through bases the dataset lacks', async () => {
  await withHub(
    {
      '/api/models/acme/chat-v2': { body: hubModel('acme/chat-v2', { license: 'mit', baseModel: 'acme/chat-v1' }) },
      '/api/models/acme/chat-v1': { body: hubModel('acme/chat-v1', { license: 'other', licenseName: 'flux-1-dev-non-commercial-license', baseModel: 'acme/base' }) },
      '/api/models/acme/base': { body: hubModel('acme/base', { license: 'apache-2.0' }) },
    },
    async (lookup, requests) => {
      const live = await lookupLiveModels(['acme/chat-v2'], engine, lookup);
      assert.deepEqual([...live.models.keys()].sort(), ['acme/base', 'acme/chat-v1', 'acme/chat-v2']);
      assert.equal(live.models.get('acme/chat-v1')!.license, 'flux-1-dev-non-commercial-license', '`other` + license_name -> the catalog id');
      assert.equal(requests().length, 3);
      const { assessment } = createLiveEngine(engine, live.models).assess('acme/chat-v2');
      // One publisher (acme) all the way down: its own bases do not bind it (terms.ts), as for bundled models.
      assert.equal(assessment.commercialUse, 'allowed');
    },
  );
});

test('stacked non-commercial terms from another publisher make a permissive fine-tune not-allowed', async () => {
  await withHub(
    {
      '/api/models/someone/tuned': { body: hubModel('someone/tuned', { license: 'mit', baseModel: 'acme/nc-base' }) },
      '/api/models/acme/nc-base': { body: hubModel('acme/nc-base', { license: 'other', licenseName: 'flux-1-dev-non-commercial-license' }) },
    },
    async (lookup) => {
      const live = await lookupLiveModels(['someone/tuned'], engine, lookup);
      const { assessment } = createLiveEngine(engine, live.models).assess('someone/tuned');
      assert.equal(assessment.commercialUse, 'not-allowed');
      assert.ok(assessment.rules.includes('non-commercial'));
      assert.equal(live.models.get('someone/tuned')!.opennessClass, 'restricted-weight');
    },
  );
});

test('a loop in base_model (A -> B -> A, and a card naming itself) ends, each id asked once', async () => {
  await withHub(
    {
      '/api/models/loop/a': { body: hubModel('loop/a', { license: 'mit', baseModel: ['loop/b', 'loop/a'] }) },
      '/api/models/loop/b': { body: hubModel('loop/b', { license: 'mit', baseModel: 'loop/a' }) },
    },
    async (lookup, requests) => {
      const live = await lookupLiveModels(['loop/a'], engine, lookup);
      assert.deepEqual(requests().sort(), ['/api/models/loop/a', '/api/models/loop/b']);
      const { assessment } = createLiveEngine(engine, live.models).assess('loop/a');
      assert.equal(assessment.commercialUse, 'allowed');
    },
  );
});

test('depth is bounded: a chain longer than maxDepth stops looking up', async () => {
  const routes: Record<string, Route> = {};
  for (let i = 0; i < 12; i++) routes[`/api/models/deep/m${i}`] = { body: hubModel(`deep/m${i}`, { license: 'mit', baseModel: `deep/m${i + 1}` }) };
  await withHub(routes, async (lookup, requests) => {
    await lookupLiveModels(['deep/m0'], engine, lookup, { maxDepth: 3 });
    assert.equal(requests().length, 4, 'the id itself and three bases');
  });
});

test('an unknown license stays unknown; a gated repo is gated-weights; failures are kept as outcomes', async () => {
  await withHub(
    {
      '/api/models/acme/odd': { body: hubModel('acme/odd', { license: 'other', licenseName: 'acme-secret-terms', gated: 'auto' }) },
      '/api/models/acme/locked': { status: 401, headers: { 'x-error-code': 'GatedRepo' } },
    },
    async (lookup) => {
      const live = await lookupLiveModels(['acme/odd', 'acme/locked', 'acme/missing'], engine, lookup);
      const odd = live.models.get('acme/odd')!;
      assert.equal(odd.license, null);
      assert.equal(odd.availability, 'gated-weights');
      assert.equal(odd.opennessClass, 'unknown');
      assert.ok(odd.notes!.some((note) => note.includes('acme-secret-terms')));
      assert.equal(live.outcomes.get('acme/locked')!.answer.ok, false);
      assert.equal((live.outcomes.get('acme/missing')!.answer as { failure: string }).failure, 'not-found');
      const { assessment } = createLiveEngine(engine, live.models).assess('acme/odd');
      assert.equal(assessment.commercialUse, 'unknown');
      assert.ok(assessment.rules.includes('unknown-license'));
    },
  );
});

test('the overlay never changes how bundled spellings resolve', async () => {
  await withHub({ '/api/models/someone/Llama-3.1-8B-Instruct': { body: hubModel('someone/Llama-3.1-8B-Instruct', { license: 'mit' }) } }, async (lookup) => {
    const live = await lookupLiveModels(['someone/Llama-3.1-8B-Instruct'], engine, lookup);
    const overlay = createLiveEngine(engine, live.models);
    for (const raw of ['Llama-3.1-8B-Instruct', 'meta-llama/Llama-3.1-8B-Instruct', 'gpt-4o', 'deepseek-ai/DeepSeek-R1']) {
      assert.equal(overlay.resolver.resolve(raw)?.model.id, engine.resolver.resolve(raw)?.model.id, raw);
    }
    assert.equal(overlay.resolver.resolve('someone/Llama-3.1-8B-Instruct')?.model.id, 'someone/Llama-3.1-8B-Instruct');
  });
});
