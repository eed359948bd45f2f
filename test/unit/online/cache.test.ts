import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CACHE_FILE_NAME, createHubCache, defaultCacheDir } from '../../../src/core/online/cache';
import { createHubClient } from '../../../src/core/online/hub-client';
import { createOnlineLookup } from '../../../src/core/online/lookup';
import { hubModel, startFakeHub } from './fake-hub';

const TOKEN = 'hf_CACHEtokenMUSTnotBEstored42';
const DAY = 24 * 3600_000;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'all-hub-cache-'));
}

test('a cached answer is used while fresh: the Hub is asked once', async () => {
  const dir = tempDir();
  const hub = await startFakeHub({ '/api/models/acme/bot': { body: hubModel('acme/bot', { license: 'mit' }) } });
  try {
    let now = new Date('2026-01-01T00:00:00Z');
    const client = createHubClient({ baseUrl: hub.url, token: TOKEN });
    const first = createOnlineLookup({ client, cache: createHubCache({ dir }), now: () => now });
    assert.equal((await first.lookup('acme/bot')).from, 'hub');
    await first.flush();
    // A new process: the file is read back.
    now = new Date('2026-01-03T00:00:00Z');
    const second = createOnlineLookup({ client, cache: createHubCache({ dir }), now: () => now });
    const outcome = await second.lookup('ACME/bot');
    assert.equal(outcome.from, 'cache');
    assert.ok(outcome.answer.ok);
    assert.equal(outcome.fetchedAt, '2026-01-01T00:00:00.000Z');
    assert.equal(hub.requests.length, 1);
    const text = readFileSync(join(dir, CACHE_FILE_NAME), 'utf8');
    assert.ok(!text.includes(TOKEN), 'the token was written to the cache');
    assert.ok(!text.toLowerCase().includes('authorization'));
    assert.deepEqual(readdirSync(dir), [CACHE_FILE_NAME], 'no temporary file is left behind');
  } finally {
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('expiry: facts after 7 days, "not found" after 1 day are asked again', async () => {
  const dir = tempDir();
  const hub = await startFakeHub({ '/api/models/acme/bot': { body: hubModel('acme/bot') } });
  try {
    let now = new Date('2026-01-01T00:00:00Z');
    const lookup = createOnlineLookup({ client: createHubClient({ baseUrl: hub.url }), cache: createHubCache({ dir }), now: () => now });
    await lookup.lookup('acme/bot');
    await lookup.lookup('acme/gone');
    now = new Date(now.getTime() + 2 * DAY);
    assert.equal((await lookup.lookup('acme/bot')).from, 'cache');
    assert.equal((await lookup.lookup('acme/gone')).from, 'hub', 'a negative answer expires after a day');
    now = new Date(now.getTime() + 6 * DAY);
    assert.equal((await lookup.lookup('acme/bot')).from, 'hub', 'facts expire after a week');
    assert.equal(hub.requests.length, 4);
  } finally {
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('passing troubles (timeouts, 5xx) are not cached, and keep the last stale answer', async () => {
  const dir = tempDir();
  const hub = await startFakeHub({ '/api/models/acme/bot': [{ body: hubModel('acme/bot', { license: 'mit' }) }, { status: 503 }] });
  try {
    let now = new Date('2026-01-01T00:00:00Z');
    const lookup = createOnlineLookup({
      client: createHubClient({ baseUrl: hub.url, attempts: 1 }),
      cache: createHubCache({ dir }),
      now: () => now,
    });
    await lookup.lookup('acme/bot');
    now = new Date(now.getTime() + 8 * DAY);
    const outcome = await lookup.lookup('acme/bot');
    assert.equal(outcome.stale, true);
    assert.ok(outcome.answer.ok, 'the Hub failing now does not erase what it said last time');
  } finally {
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a corrupt cache file is ignored with a warning, then replaced', async () => {
  const dir = tempDir();
  const hub = await startFakeHub({ '/api/models/acme/bot': { body: hubModel('acme/bot') } });
  try {
    writeFileSync(join(dir, CACHE_FILE_NAME), '{"version": 1, "entries": {');
    const warnings: string[] = [];
    const cache = createHubCache({ dir, warn: (message) => warnings.push(message) });
    const lookup = createOnlineLookup({ client: createHubClient({ baseUrl: hub.url }), cache });
    assert.ok((await lookup.lookup('acme/bot')).answer.ok);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /corrupt/);
    await lookup.flush();
    assert.equal(JSON.parse(readFileSync(join(dir, CACHE_FILE_NAME), 'utf8')).version, 1);
  } finally {
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('corrupt entries are dropped one by one; the others are kept', async () => {
  const dir = tempDir();
  try {
    const good = {
      answer: { ok: false, id: 'acme/gone', failure: 'not-found', message: 'not found on the Hub' },
      fetchedAt: '2026-01-01T00:00:00.000Z',
      expiresAt: '2026-01-02T00:00:00.000Z',
    };
    writeFileSync(join(dir, CACHE_FILE_NAME), JSON.stringify({ version: 1, entries: { 'acme/gone': good, 'acme/bad': { answer: 42 } } }));
    const warnings: string[] = [];
    const cache = createHubCache({ dir, warn: (message) => warnings.push(message) });
    assert.ok(await cache.get('acme/gone', new Date('2026-01-01T12:00:00Z')));
    assert.equal(await cache.get('acme/bad'), undefined);
    assert.match(warnings.join('\n'), /1 corrupt entry/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('offline mode answers from the cache only, stale or not, and makes no request', async () => {
  const dir = tempDir();
  const hub = await startFakeHub({ '/api/models/acme/bot': { body: hubModel('acme/bot', { license: 'mit' }) } });
  try {
    const online = createOnlineLookup({ client: createHubClient({ baseUrl: hub.url }), cache: createHubCache({ dir }), now: () => new Date('2026-01-01T00:00:00Z') });
    await online.lookup('acme/bot');
    await online.flush();
    const requestsBefore = hub.requests.length;
    const offline = createOnlineLookup({ cache: createHubCache({ dir }), offline: true, now: () => new Date('2026-06-01T00:00:00Z') });
    const known = await offline.lookup('acme/bot');
    assert.ok(known.answer.ok);
    assert.equal(known.stale, true);
    const unknown = await offline.lookup('acme/other');
    assert.equal(!unknown.answer.ok && unknown.answer.failure, 'offline');
    assert.equal(hub.requests.length, requestsBefore);
  } finally {
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the cache is bounded: the oldest fetches go first', async () => {
  const dir = tempDir();
  try {
    const cache = createHubCache({ dir, maxEntries: 3 });
    for (let i = 0; i < 5; i++) {
      await cache.put({ ok: false, id: `acme/m${i}`, failure: 'not-found', message: 'not found on the Hub' }, new Date(Date.UTC(2026, 0, 1, i)));
    }
    await cache.flush();
    const entries = Object.keys(JSON.parse(readFileSync(join(dir, CACHE_FILE_NAME), 'utf8')).entries);
    assert.deepEqual(entries, ['acme/m2', 'acme/m3', 'acme/m4']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the CLI cache folder follows XDG_CACHE_HOME, else ~/.cache', () => {
  assert.equal(defaultCacheDir({ XDG_CACHE_HOME: '/var/cache/me' }, '/home/me'), join('/var/cache/me', 'ai-license-lens', 'hub'));
  assert.equal(defaultCacheDir({ XDG_CACHE_HOME: 'relative' }, '/home/me'), join('/home/me', '.cache', 'ai-license-lens', 'hub'));
  assert.equal(defaultCacheDir({}, '/home/me'), join('/home/me', '.cache', 'ai-license-lens', 'hub'));
});
