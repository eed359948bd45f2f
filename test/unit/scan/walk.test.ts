import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { walkFolder, type WalkEntry } from '../../../src/core/scan/walk';

function makeTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'all-walk-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

async function collect(root: string, options = {}): Promise<WalkEntry[]> {
  const entries: WalkEntry[] = [];
  for await (const entry of walkFolder(root, options)) entries.push(entry);
  return entries;
}

const files = (entries: WalkEntry[]) => entries.flatMap((e) => (e.type === 'file' ? [e.relativePath] : []));
const skips = (entries: WalkEntry[]) =>
  Object.fromEntries(entries.flatMap((e) => (e.type === 'skip' ? [[e.relativePath, e.reason]] : [])));

test('honours nested .gitignore files, negations and default excludes', async () => {
  const root = makeTree({
    '.gitignore': '*.log\nsecret/\n!keep.log\n',
    'app/main.py': 'x',
    'app/debug.log': 'x',
    'app/keep.log': 'x',
    'app/.gitignore': 'generated.py\n',
    'app/generated.py': 'x',
    'secret/a.py': 'x',
    'node_modules/pkg/index.js': 'x',
    'lib/node_modules.py': 'x',
  });
  try {
    const entries = await collect(root);
    assert.deepEqual(files(entries).sort(), ['.gitignore', 'app/.gitignore', 'app/keep.log', 'app/main.py', 'lib/node_modules.py']);
    assert.equal(skips(entries)['app/debug.log'], 'gitignored');
    assert.equal(skips(entries)['app/generated.py'], 'gitignored');
    assert.equal(skips(entries)['secret'], 'gitignored');
    assert.equal(skips(entries)['node_modules'], 'default-excluded');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('policy excludes are globs relative to the root', async () => {
  const root = makeTree({ 'a/x.py': '', 'b/fixtures/y.py': '', 'c.py': '' });
  try {
    const entries = await collect(root, { exclude: ['**/fixtures/**', 'c.py'] });
    assert.deepEqual(files(entries), ['a/x.py']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('never follows a link out of the root or round a loop, and counts broken links', async () => {
  const outside = makeTree({ 'outside.py': 'x' });
  const root = makeTree({ 'src/a.py': 'x' });
  try {
    symlinkSync(outside, join(root, 'escape'));
    symlinkSync(join(outside, 'outside.py'), join(root, 'escape.py'));
    symlinkSync(root, join(root, 'src', 'loop'));
    symlinkSync(join(root, 'missing'), join(root, 'broken'));
    symlinkSync(join(root, 'src', 'a.py'), join(root, 'alias.py'));
    const entries = await collect(root);
    assert.deepEqual(files(entries), ['src/a.py']);
    const reasons = skips(entries);
    assert.equal(reasons['escape'], 'symlink-outside-root');
    assert.equal(reasons['escape.py'], 'symlink-outside-root');
    assert.equal(reasons['src/loop'], 'symlink-loop');
    assert.equal(reasons['broken'], 'broken-symlink');
    assert.equal(reasons['alias.py'], 'symlink-duplicate');
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  }
});

test('deep trees are walked up to the depth limit, and an aborted signal stops the walk', async () => {
  const deep = Array.from({ length: 120 }, (_, i) => `d${i}`).join('/');
  const root = makeTree({ [`${deep}/model.py`]: 'x', 'top.py': 'x' });
  try {
    const entries = await collect(root, { maxDepth: 200 });
    assert.ok(files(entries).includes(`${deep}/model.py`));
    const limited = await collect(root, { maxDepth: 10 });
    assert.ok(Object.values(skips(limited)).includes('too-deep'));
    const controller = new AbortController();
    controller.abort();
    assert.deepEqual(await collect(root, { signal: controller.signal }), []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
