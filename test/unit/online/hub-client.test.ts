import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHubClient, tokenFromEnvironment, type HubAnswer } from '../../../src/core/online/hub-client';
import { fixture, hubModel, startFakeHub } from './fake-hub';

const TOKEN = 'hf_TESTtokenNEVERtoBEseen0123456789';

/** Records the waits the client asks for and lets them pass at once, so retries are checked without sleeping. */
function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

function assertNoToken(value: unknown) {
  assert.ok(!JSON.stringify(value).includes(TOKEN), 'the token leaked');
}

test('success: the recorded-shape answer is read into license, base models, gating, tags', async () => {
  const hub = await startFakeHub({ '/api/models/acme-labs/support-bot-8b': { body: fixture('llama-3.1-finetune.json') } });
  try {
    const answer = await createHubClient({ baseUrl: hub.url }).getModel('acme-labs/support-bot-8b');
    assert.ok(answer.ok, JSON.stringify(answer));
    assert.equal(answer.info.license, 'apache-2.0');
    assert.deepEqual(answer.info.baseModels, [{ id: 'meta-llama/Llama-3.1-8B-Instruct', relation: 'finetune' }]);
    assert.equal(answer.info.gated, false);
    assert.equal(answer.info.pipelineTag, 'text-generation');
    assert.equal(answer.info.libraryName, 'transformers');
    assert.equal(answer.info.lastModified, '2025-03-14T09:26:53.000Z');
    assert.deepEqual(hub.requests.map((r) => r.path), ['/api/models/acme-labs/support-bot-8b']);
  } finally {
    await hub.close();
  }
});

test('base_model as a list, relation from the card, gated "manual", license only in the tags', async () => {
  const body = hubModel('acme/merge', { baseModel: ['a/one', 'b/two'], relation: 'merge', gated: 'manual' });
  (body.cardData as Record<string, unknown>).base_model_relation = 'merge';
  (body.tags as string[]).push('license:mit');
  const hub = await startFakeHub({ '/api/models/acme/merge': { body } });
  try {
    const answer = await createHubClient({ baseUrl: hub.url }).getModel('acme/merge');
    assert.ok(answer.ok);
    assert.deepEqual(answer.info.baseModels, [{ id: 'a/one', relation: 'merge' }, { id: 'b/two', relation: 'merge' }]);
    assert.equal(answer.info.gated, true);
    assert.equal(answer.info.license, 'mit');
  } finally {
    await hub.close();
  }
});

test('404 -> not found; 401 -> gated, log in / token needed; 401 RepoNotFound -> not found', async () => {
  const hub = await startFakeHub({
    '/api/models/acme/gated': { status: 401, body: { error: 'Access to model acme/gated is restricted.' }, headers: { 'x-error-code': 'GatedRepo' } },
    '/api/models/acme/private': { status: 401, body: { error: 'Repository not found' }, headers: { 'x-error-code': 'RepoNotFound' } },
    '/api/models/acme/forbidden': { status: 403, body: { error: 'forbidden' } },
  });
  try {
    const client = createHubClient({ baseUrl: hub.url });
    const missing = await client.getModel('acme/missing');
    assert.deepEqual([missing.ok, !missing.ok && missing.failure], [false, 'not-found']);
    assert.match((missing as { message: string }).message, /not found on the Hub/);
    const gated = await client.getModel('acme/gated');
    assert.equal(!gated.ok && gated.failure, 'gated');
    assert.match((gated as { message: string }).message, /gated.*log in|token/);
    assert.equal(((await client.getModel('acme/private')) as { failure: string }).failure, 'not-found');
    assert.equal(((await client.getModel('acme/forbidden')) as { failure: string }).failure, 'gated');
    // Definite answers are not retried.
    assert.equal(hub.requests.length, 4);
  } finally {
    await hub.close();
  }
});

test('429 then success: the client waits what Retry-After says, then succeeds', async () => {
  const hub = await startFakeHub({
    '/api/models/acme/busy': [
      { status: 429, headers: { 'retry-after': '2' }, body: { error: 'rate limited' } },
      { body: hubModel('acme/busy', { license: 'mit' }) },
    ],
  });
  const { waits, sleep } = recordingSleep();
  try {
    const answer = await createHubClient({ baseUrl: hub.url, sleep }).getModel('acme/busy');
    assert.ok(answer.ok);
    assert.deepEqual(waits, [2000]);
    assert.equal(hub.requests.length, 2);
  } finally {
    await hub.close();
  }
});

test('429 with the Hub RateLimit header (no Retry-After) waits for its reset; a wait too long gives up at once', async () => {
  const hub = await startFakeHub({
    '/api/models/acme/reset': [{ status: 429, headers: { ratelimit: '"api";r=0;t=3' } }, { body: hubModel('acme/reset') }],
    '/api/models/acme/later': { status: 429, headers: { 'retry-after': '3600' } },
  });
  const { waits, sleep } = recordingSleep();
  try {
    const client = createHubClient({ baseUrl: hub.url, sleep });
    assert.ok((await client.getModel('acme/reset')).ok);
    assert.deepEqual(waits, [3000]);
    const later = await client.getModel('acme/later');
    assert.equal(!later.ok && later.failure, 'rate-limited');
    assert.match((later as { message: string }).message, /retry in 3600 s/);
    assert.equal(hub.requests.filter((r) => r.path.endsWith('/later')).length, 1);
  } finally {
    await hub.close();
  }
});

test('5xx: exponential backoff with jitter, bounded attempts', async () => {
  const hub = await startFakeHub({ '/api/models/acme/down': { status: 503, body: 'upstream down' } });
  const { waits, sleep } = recordingSleep();
  try {
    const answer = await createHubClient({ baseUrl: hub.url, sleep, attempts: 4, random: () => 0.5 }).getModel('acme/down');
    assert.equal(!answer.ok && answer.failure, 'server');
    assert.equal(hub.requests.length, 4);
    // base 300 ms doubling, jitter in [half, full]: random 0.5 -> three quarters of each ceiling
    assert.deepEqual(waits, [225, 450, 900]);
  } finally {
    await hub.close();
  }
});

test('a slow Hub times out as a value, never a throw', async () => {
  const hub = await startFakeHub({ '/api/models/acme/slow': { delayMs: 5000, body: hubModel('acme/slow') } });
  try {
    const started = Date.now();
    const answer = await createHubClient({ baseUrl: hub.url, timeoutMs: 150, attempts: 1 }).getModel('acme/slow');
    assert.equal(!answer.ok && answer.failure, 'timeout');
    assert.ok(Date.now() - started < 3000, 'the timeout was not honoured');
  } finally {
    await hub.close();
  }
});

test('malformed JSON, a wrong shape and an oversized answer are clear error values', async () => {
  const hub = await startFakeHub({
    '/api/models/acme/broken': { body: '{"id": "acme/broken", "tags": [' },
    '/api/models/acme/shape': { body: { id: 'acme/shape', tags: 'not-a-list', gated: 7 } },
    '/api/models/acme/huge': { body: { ...hubModel('acme/huge'), padding: 'x'.repeat(50_000) } },
  });
  try {
    const client = createHubClient({ baseUrl: hub.url, maxBytes: 20_000 });
    for (const id of ['acme/broken', 'acme/shape', 'acme/huge']) {
      const answer = await client.getModel(id);
      assert.equal(!answer.ok && answer.failure, 'malformed', id);
    }
  } finally {
    await hub.close();
  }
});

test('an invalid id never makes a request', async () => {
  const hub = await startFakeHub();
  try {
    const client = createHubClient({ baseUrl: hub.url });
    for (const id of ['../admin', 'acme/x?y=1', 'acme/x#y', 'acme%2Fx', 'acme/ x', 'a/b/c']) {
      const answer = await client.getModel(id);
      assert.equal(!answer.ok && answer.failure, 'invalid-id', id);
    }
    assert.equal(hub.requests.length, 0);
  } finally {
    await hub.close();
  }
});

test('the token goes to the configured host only, and never into an answer or a message', async () => {
  const other = await startFakeHub({ '/api/models/acme/moved': { body: hubModel('acme/moved') } });
  const hub = await startFakeHub({
    '/api/models/acme/ok': { body: hubModel('acme/ok') },
    '/api/models/acme/renamed': { status: 307, headers: { location: '/api/models/acme/ok' } },
    '/api/models/acme/away': { status: 302, headers: { location: `${other.url}/api/models/acme/moved` } },
    '/api/models/acme/gated': { status: 403 },
    '/api/models/acme/down': { status: 500, body: `echo ${TOKEN}` },
  });
  try {
    const client = createHubClient({ baseUrl: hub.url, token: TOKEN, attempts: 1 });
    const answers: HubAnswer[] = [];
    for (const id of ['acme/ok', 'acme/renamed', 'acme/away', 'acme/gated', 'acme/down']) answers.push(await client.getModel(id));
    assert.ok(answers[0]!.ok);
    assert.ok(answers[1]!.ok, 'a same-host redirect (renamed repo) is followed');
    assert.equal(!answers[2]!.ok && answers[2]!.failure, 'server', 'a redirect to another host is not followed');
    assert.equal(other.requests.length, 0);
    assert.ok(hub.requests.every((r) => r.authorization === `Bearer ${TOKEN}`));
    for (const answer of answers) assertNoToken(answer);
  } finally {
    await hub.close();
    await other.close();
  }
});

test('at most `concurrency` requests are in flight', async () => {
  const routes: Record<string, { delayMs: number; body: unknown }> = {};
  for (let i = 0; i < 8; i++) routes[`/api/models/acme/m${i}`] = { delayMs: 40, body: hubModel(`acme/m${i}`) };
  const hub = await startFakeHub(routes);
  try {
    const client = createHubClient({ baseUrl: hub.url, concurrency: 2 });
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => client.getModel(`acme/m${i}`)));
    assert.ok(answers.every((answer) => answer.ok));
    assert.equal(hub.maxInFlight, 2);
  } finally {
    await hub.close();
  }
});

test('the token comes from HF_TOKEN, else HUGGING_FACE_HUB_TOKEN; values with spaces or newlines are refused', () => {
  assert.equal(tokenFromEnvironment({ HF_TOKEN: ' hf_a ', HUGGING_FACE_HUB_TOKEN: 'hf_b' }), 'hf_a');
  assert.equal(tokenFromEnvironment({ HUGGING_FACE_HUB_TOKEN: 'hf_b' }), 'hf_b');
  assert.equal(tokenFromEnvironment({ HF_TOKEN: 'hf_a\r\nX-Evil: 1' }), undefined);
  assert.equal(tokenFromEnvironment({}), undefined);
});
