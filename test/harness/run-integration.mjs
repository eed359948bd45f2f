#!/usr/bin/env node
// `npm run test:integration [-- --grep PATTERN] [--timeout SECONDS] [--workspace DIR]`
// Runs the mocha suites of test/integration inside a REAL VS Code extension host, offline: the VS Code server
// from the cached code-server, its web workbench in headless chromium, the fixture workspace open, this
// repository as the extension under development. Exit 0 = tests passed, 1 = tests failed, 2 = the harness
// failed (no VS Code, the server did not start, timeout). Every exit path stops the server's process group.
import path from 'node:path';
import { FIXTURE_WORKSPACE, REPO_ROOT } from './config.mjs';
import { exitWith, wasInterrupted } from './cleanup.mjs';
import { launchBrowser } from './browser.mjs';
import { compileIntegrationTests } from './compile-integration.mjs';
import { forwardConsole } from './exthost-console.mjs';
import { ensureVSCode, HarnessError, log, parseFlags, runCommand, step } from './steps.mjs';
import { createRunDir, startVSCodeServer } from './vscode-server.mjs';

const USAGE = 'usage: node test/harness/run-integration.mjs [--grep PATTERN] [--timeout SECONDS] [--workspace DIR]';

/** Opens the workbench with the test payload and resolves with the exit code the tests report. */
async function runTestsInWorkbench({ server, page, loader, workspace, timeoutMs }) {
  let reportExit;
  const exited = new Promise((resolve) => (reportExit = resolve));
  // The workbench calls window.codeAutomationExit(code) when the tests end; it must exist before the page loads.
  await page.exposeFunction('codeAutomationExit', (code) => reportExit(code));
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', server.remoteUri(REPO_ROOT)],
    ['extensionTestsPath', server.remoteUri(loader)],
  ]);
  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
  let timer;
  const failures = [
    new Promise((_, reject) => (timer = setTimeout(() => reject(new HarnessError(`no result within ${timeoutMs / 1000} s`)), timeoutMs))),
    new Promise((_, reject) => server.child.once('exit', () => reject(new HarnessError('the VS Code server exited during the tests')))),
    new Promise((_, reject) => page.once('crash', () => reject(new HarnessError('the browser page crashed')))),
  ];
  try {
    return await Promise.race([exited, ...failures]);
  } finally {
    clearTimeout(timer);
  }
}

let code = 2;
let run;
try {
  // --workspace opens another folder (the benchmarks' generated monorepo); the feature suites need the fixture.
  const flags = parseFlags({ grep: '', timeout: '300', workspace: FIXTURE_WORKSPACE }, USAGE);
  await ensureVSCode();
  await step('build the extension (npm run build)', () => runCommand('npm', ['run', '--silent', 'build']));
  const { loader, count } = await step('compile the mocha suites', compileIntegrationTests);
  log(`${count} test file(s)${flags.grep ? `, grep ${JSON.stringify(flags.grep)}` : ''}`);
  run = createRunDir('ai-license-lens-integration');
  const server = await step('start the VS Code server', () => startVSCodeServer({
    runDir: run.dir, env: flags.grep ? { AI_LICENSE_LENS_TEST_GREP: flags.grep } : {},
  }));
  const { page } = await step('launch chromium', () => launchBrowser(run.dir));
  const flush = forwardConsole(page);
  log(`tests run in the extension host (${server.url}); its console follows`);
  code = await runTestsInWorkbench({ server, page, loader, workspace: path.resolve(flags.workspace), timeoutMs: Number(flags.timeout) * 1000 });
  await flush();
  log(code === 0 ? 'integration tests passed' : `integration tests failed (exit code ${code})`);
  code = code === 0 ? 0 : 1;
} catch (error) {
  // After Ctrl+C the cleanups close the browser under the running steps; their errors are expected.
  if (!wasInterrupted()) console.error(`harness error: ${error instanceof HarnessError ? error.message : error.stack}`);
  code = 2;
}
if (code === 0) run?.markPassed();
log(`exit ${code}`);
await exitWith(code);
