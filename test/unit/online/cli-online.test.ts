import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/run';
import { fixture, hubModel, startFakeHub } from './fake-hub';

const DATASET = join(__dirname, '../../fixtures/datasets/mini.json');
const TOKEN = 'hf_CLItokenNEVERprinted987654321';

const PROJECT = {
  'train.py': [
    'from transformers import AutoModelForCausalLM',
    'bot = AutoModelForCausalLM.from_pretrained("acme-labs/support-bot-8b")',
    'ref = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-3.1-8B-Instruct")',
    'gone = AutoModelForCausalLM.from_pretrained("acme-labs/deleted-model")',
    '# ai-license-lens-ignore: unknown-model -- internal experiment',
    'quiet = AutoModelForCausalLM.from_pretrained("acme-labs/quiet-tune")',
    '',
  ].join('\n'),
};

function makeProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'all-online-'));
  for (const [path, content] of Object.entries(PROJECT)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

async function run(argv: string[], cwd: string, env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, datasetPath: DATASET, env });
  return { code, stdout, stderr };
}

interface JsonFinding { text: string; modelId: string | null; license: string | null; commercialUse: string; severity: string; rule?: string; message: string; suppressed?: unknown }
const byText = (stdout: string, text: string): JsonFinding => {
  const found = (JSON.parse(stdout).findings as JsonFinding[]).find((finding) => finding.text === text);
  assert.ok(found, `no finding for ${text}`);
  return found;
};

/** Records every outgoing TCP connection and fetch while `body` runs. */
async function recordingNetwork<T>(body: () => Promise<T>): Promise<{ value: T; connections: string[] }> {
  const connections: string[] = [];
  const connect = net.Socket.prototype.connect;
  const originalFetch = globalThis.fetch;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    connections.push(`socket ${JSON.stringify(args[0])}`);
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof connect;
  globalThis.fetch = ((input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    connections.push(`fetch ${String(input)}`);
    return originalFetch(input, init);
  }) as typeof fetch;
  try {
    return { value: await body(), connections };
  } finally {
    net.Socket.prototype.connect = connect;
    globalThis.fetch = originalFetch;
  }
}

test('a normal scan (no --online) opens no socket and leaves unknown ids unknown', async () => {
  const root = makeProject();
  try {
    const { value, connections } = await recordingNetwork(() => run(['scan', '.', '--quiet'], root, { HF_TOKEN: TOKEN }));
    assert.deepEqual(connections, []);
    const bot = byText(value.stdout, 'acme-labs/support-bot-8b');
    assert.equal(bot.modelId, null);
    assert.equal(bot.commercialUse, 'unknown');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('--online looks unknown Hub ids up, re-assesses them with stacked terms, and --offline answers from the cache', async () => {
  const root = makeProject();
  const cacheDir = join(root, '..', `${root.split('/').pop()}-cache`);
  const hub = await startFakeHub({
    '/api/models/acme-labs/support-bot-8b': { body: fixture('llama-3.1-finetune.json') },
    '/api/models/acme-labs/quiet-tune': { body: hubModel('acme-labs/quiet-tune', { license: 'apache-2.0', baseModel: 'meta-llama/Llama-3.1-8B-Instruct' }) },
  });
  try {
    const env = { HF_ENDPOINT: hub.url, HF_TOKEN: TOKEN };
    const online = await run(['scan', '.', '--online', '--cache-dir', cacheDir], root, env);
    assert.equal(online.code, 0, online.stderr);
    const bot = byText(online.stdout, 'acme-labs/support-bot-8b');
    assert.equal(bot.modelId, 'acme-labs/support-bot-8b');
    assert.equal(bot.license, 'apache-2.0');
    assert.equal(bot.commercialUse, 'conditional', 'a Llama fine-tune carries the Llama terms whatever its card says');
    assert.match(bot.message, /inherits Llama 3\.1.*live lookup on the Hugging Face Hub, \d{4}-\d{2}-\d{2}/);
    // The JSON says which facts are live, with the day and the card.
    assert.deepEqual((bot as unknown as { liveLookup: unknown }).liveLookup, { checked: (bot.message.match(/\d{4}-\d{2}-\d{2}/) ?? [])[0], url: 'https://huggingface.co/acme-labs/support-bot-8b' });
    const rows = JSON.parse(online.stdout).models as Array<{ id: string; liveLookup?: unknown }>;
    assert.ok(rows.find((row) => row.id === 'acme-labs/support-bot-8b')?.liveLookup);
    assert.equal(rows.find((row) => row.id === 'meta-llama/Llama-3.1-8B-Instruct')?.liveLookup, undefined, 'bundled rows carry no live marker');
    const gone = byText(online.stdout, 'acme-labs/deleted-model');
    assert.equal(gone.modelId, null);
    assert.match(gone.message, /Hugging Face Hub: not found on the Hub/);
    // The comment silenced "unknown model", not the Llama terms the lookup found.
    const quiet = byText(online.stdout, 'acme-labs/quiet-tune');
    assert.equal(quiet.commercialUse, 'conditional');
    assert.equal(quiet.suppressed, undefined);
    assert.notEqual(quiet.rule, 'unknown-model');
    // The bundled model is not looked up; nor is the bundled base.
    assert.deepEqual(hub.requests.map((r) => r.path).sort(), [
      '/api/models/acme-labs/deleted-model',
      '/api/models/acme-labs/quiet-tune',
      '/api/models/acme-labs/support-bot-8b',
    ]);
    assert.match(online.stderr, /3 unknown model id\(s\) looked up on the Hugging Face Hub: 2 answered \(0 from the cache\), 1 without facts/);
    assert.ok(!online.stdout.includes(TOKEN) && !online.stderr.includes(TOKEN));
    const cacheText = readFileSync(join(cacheDir, 'hub-models.json'), 'utf8');
    assert.ok(!cacheText.includes(TOKEN));

    const requestsBefore = hub.requests.length;
    const { value: offline, connections } = await recordingNetwork(() => run(['scan', '.', '--offline', '--cache-dir', cacheDir], root, env));
    assert.deepEqual(connections, [], '--offline makes no connection');
    assert.equal(hub.requests.length, requestsBefore);
    assert.equal(byText(offline.stdout, 'acme-labs/support-bot-8b').commercialUse, 'conditional');
    assert.match(byText(offline.stdout, 'acme-labs/deleted-model').message, /not found on the Hub/);
    assert.match(offline.stderr, /looked up on the Hub cache \(offline\): 2 answered \(3 from the cache\), 1 without facts/);
  } finally {
    await hub.close();
    rmSync(root, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

test('a Hub that cannot be reached leaves the scan working: unknown ids stay unknown with the reason', async () => {
  const root = makeProject();
  const cacheDir = mkdtempSync(join(tmpdir(), 'all-online-cache-'));
  // A port with nothing listening: bind one, note it, close it.
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  try {
    const result = await run(['scan', '.', '--online', '--cache-dir', cacheDir], root, { HF_ENDPOINT: `http://127.0.0.1:${port}` });
    assert.equal(result.code, 0, result.stderr);
    const bot = byText(result.stdout, 'acme-labs/support-bot-8b');
    assert.equal(bot.modelId, null);
    assert.match(bot.message, /Hugging Face Hub: the Hub could not be reached \(ECONNREFUSED\)/);
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

test('usage: --online and --offline exclude each other; --cache-dir needs one of them', async () => {
  const cwd = tmpdir();
  assert.equal((await run(['scan', '.', '--online', '--offline'], cwd)).code, 2);
  assert.equal((await run(['scan', '.', '--cache-dir', 'x'], cwd)).code, 2);
});
