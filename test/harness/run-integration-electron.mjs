#!/usr/bin/env node
// `npm run test:integration:electron [-- --grep PATTERN] [--vscode-version 1.139.1|stable|1.100.0]`
// The same mocha suites as `npm run test:integration`, run by @vscode/test-electron in a desktop VS Code that it
// downloads from Microsoft's servers: for a developer's machine or public CI. It needs internet access to
// update.code.visualstudio.com and a display (on a headless Linux box: `xvfb-run -a npm run ...`). Where the
// download is impossible it fails at once with the reason (exit 2) instead of waiting.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { exitWith, onCleanup, wasInterrupted } from './cleanup.mjs';
import { compileIntegrationTests } from './compile-integration.mjs';
import { FIXTURE_WORKSPACE, REPO_ROOT, VSCODE_VERSION } from './config.mjs';
import { HarnessError, log, parseFlags, runCommand, step } from './steps.mjs';

const USAGE = 'usage: node test/harness/run-integration-electron.mjs [--grep PATTERN] [--vscode-version VERSION]';
/** Seconds without progress before a download counts as stalled. */
const DOWNLOAD_STALL_MS = 15_000;

async function downloadVSCode(version) {
  try {
    return await downloadAndUnzipVSCode({ version, timeout: DOWNLOAD_STALL_MS, cachePath: path.join(REPO_ROOT, '.vscode-test') });
  } catch (error) {
    throw new HarnessError(`could not download VS Code ${version} from update.code.visualstudio.com (${error.message.split('\n')[0]}).\n`
      + 'This runner needs that server. Offline, run the same suites with `npm run test:integration` (VS Code from npm).');
  }
}

function requireDisplay() {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new HarnessError('desktop VS Code needs a display: run it as `xvfb-run -a npm run test:integration:electron`');
  }
}

let code = 2;
try {
  const flags = parseFlags({ grep: '', 'vscode-version': VSCODE_VERSION }, USAGE);
  await step('build the extension (npm run build)', () => runCommand('npm', ['run', '--silent', 'build']));
  const { loader, count } = await step('compile the mocha suites', compileIntegrationTests);
  log(`${count} test file(s)${flags.grep ? `, grep ${JSON.stringify(flags.grep)}` : ''}`);
  const executable = await step(`download VS Code ${flags['vscode-version']}`, () => downloadVSCode(flags['vscode-version']));
  requireDisplay();
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-license-lens-electron-'));
  onCleanup(() => fs.rmSync(userData, { recursive: true, force: true }));
  code = await step('run the suites in desktop VS Code', () => runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: REPO_ROOT,
    extensionTestsPath: loader,
    extensionTestsEnv: flags.grep ? { AI_LICENSE_LENS_TEST_GREP: flags.grep } : {},
    // runTests adds --skip-welcome, --disable-workspace-trust and friends itself; a fresh profile per run.
    launchArgs: [FIXTURE_WORKSPACE, '--disable-extensions', `--user-data-dir=${userData}`],
  }).then(() => 0, (error) => { console.error(error.message); return 1; }));
} catch (error) {
  if (!wasInterrupted()) console.error(`harness error: ${error instanceof HarnessError ? error.message : error.stack}`);
  code = 2;
}
log(`exit ${code}`);
await exitWith(code);
