// Starts the real VS Code server (from the cached code-server) for one run: a fresh run directory with its
// own user-data, server-data, extensions and TMPDIR, a free 127.0.0.1 port, its own process group.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { onCleanup, wasInterrupted } from './cleanup.mjs';
import { NODE24, SERVER_MAIN } from './config.mjs';
import { spawnGroup } from './process-group.mjs';

/** A quiet, offline workbench: no trust prompt, welcome page, tips, telemetry, update checks, chat or Git. */
const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.colorTheme': 'Dark Modern',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'editor.hover.delay': 200,
  // The fixture workspace sits inside this repository; Git would offer to open it in a notification.
  'git.enabled': false,
};
const START_DEADLINE_MS = 60_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Creates the run directory and registers its removal as a cleanup. Registered before the server and the
 * browser, it runs after they are stopped (cleanups run in reverse), so nothing writes into it any more.
 * It is deleted when `markPassed()` was called or the run was interrupted, and kept (its path printed) otherwise, so server.log and
 * user-data/logs/ can be read after a failure.
 */
export function createRunDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  let passed = false;
  onCleanup(() => {
    if (passed || wasInterrupted()) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    else console.error(`kept ${dir} (server.log, user-data/logs/) for inspection`);
  });
  return { dir, markPassed: () => { passed = true; } };
}

function serverDirs(runDir) {
  const dirs = { userData: path.join(runDir, 'user-data'), serverData: path.join(runDir, 'server-data'),
    extensions: path.join(runDir, 'extensions'), tmp: path.join(runDir, 'tmp') };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  return dirs;
}

const dirArgs = (dirs) => ['--user-data-dir', dirs.userData, '--server-data-dir', dirs.serverData, '--extensions-dir', dirs.extensions];

/** Installs a .vsix into the run's extensions dir with the server's own CLI (works offline). */
export function installVsix(runDir, vsix) {
  const dirs = serverDirs(runDir);
  const output = execFileSync(NODE24, [SERVER_MAIN, ...dirArgs(dirs), '--install-extension', vsix, '--force'],
    { encoding: 'utf8', env: { ...process.env, TMPDIR: dirs.tmp }, stdio: ['ignore', 'pipe', 'pipe'] });
  return output.trim();
}

/** Lists `publisher.name@version` of the extensions installed in the run's extensions dir. */
export function listExtensions(runDir) {
  const dirs = serverDirs(runDir);
  return execFileSync(NODE24, [SERVER_MAIN, ...dirArgs(dirs), '--list-extensions', '--show-versions'],
    { encoding: 'utf8', env: { ...process.env, TMPDIR: dirs.tmp }, stdio: ['ignore', 'pipe', 'pipe'] })
    .split('\n').map((line) => line.trim()).filter(Boolean);
}

/**
 * Starts the server and resolves once it says it listens. `env` reaches the extension host too (it inherits
 * the server's environment), which is how a mocha grep pattern gets to the tests. `testDriver` (the smoke-test
 * driver flag) makes the server honour extensionTestsPath in the URL payload; a person's session needs none.
 */
export async function startVSCodeServer({ runDir, env = {}, testDriver = true }) {
  const dirs = serverDirs(runDir);
  const port = await freePort();
  const logPath = path.join(runDir, 'server.log');
  const log = fs.createWriteStream(logPath);
  onCleanup(() => new Promise((resolve) => log.end(resolve)));
  const { child, stop } = spawnGroup(NODE24, [SERVER_MAIN, '--host', '127.0.0.1', '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms', '--telemetry-level', 'off',
    '--disable-workspace-trust', ...(testDriver ? ['--enable-smoke-test-driver'] : []), ...dirArgs(dirs)],
  { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env, TMPDIR: dirs.tmp } });   // sockets land in the run dir
  // Resolves when the server announces its port; rejects if it exits first or takes too long.
  await new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`VS Code server did not start within ${START_DEADLINE_MS / 1000} s; see ${logPath}`)), START_DEADLINE_MS);
    const watch = (chunk) => {
      log.write(chunk);
      seen = (seen + chunk).slice(-2000);
      if (seen.includes(`listening on 127.0.0.1:${port}`) || seen.includes(`listening on ${port}`)) { clearTimeout(timer); resolve(); }
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', watch);
    child.once('exit', (code, signal) => { clearTimeout(timer); reject(new Error(`VS Code server exited (${signal ?? code}) during start; see ${logPath}`)); });
  });
  const host = `127.0.0.1:${port}`;
  return {
    url: `http://${host}`, host, logPath, child, stop, dirs,
    /** A path on this machine as the workbench addresses it (the server is "remote" to the browser). */
    remoteUri: (absolutePath) => `vscode-remote://${host}${absolutePath}`,
  };
}
