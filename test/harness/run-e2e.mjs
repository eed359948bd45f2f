#!/usr/bin/env node
// `npm run test:e2e [-- --grep PATTERN] [--vsix FILE]`
// Drives the REAL VS Code UI: packages the extension (npm run package), installs the .vsix into a fresh
// extensions dir with the server's own CLI, opens the fixture workspace in headless chromium, then runs every
// test/e2e/*.spec.mjs with mocha against that one workbench (test/e2e/session.mjs). Screenshots go to
// $E2E_SCREENSHOT_DIR (default test-results/screenshots); a failing spec also leaves failed-<title>.png, and
// a failed run keeps its run dir (server.log, console.log, user-data/logs/).
// Exit 0 = specs passed, 1 = a spec failed, 2 = the harness failed.
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import { launchBrowser } from './browser.mjs';
import { exitWith, wasInterrupted } from './cleanup.mjs';
import { EXTENSION_ID, FIXTURE_WORKSPACE, REPO_ROOT, VSIX } from './config.mjs';
import { forwardConsole } from './exthost-console.mjs';
import { ensureVSCode, HarnessError, log, parseFlags, runCommand, step } from './steps.mjs';
import { createRunDir, installVsix, listExtensions, startVSCodeServer } from './vscode-server.mjs';
import { setSession } from '../e2e/session.mjs';
import { SCREENSHOT_DIR, screenshot, waitForWorkbench } from '../e2e/ui.mjs';

const USAGE = 'usage: node test/harness/run-e2e.mjs [--grep PATTERN] [--vsix FILE (skips packaging)]';
const E2E_DIR = path.join(REPO_ROOT, 'test', 'e2e');

function findSpecs() {
  // demo*.spec.mjs last: they reload the workbench on examples/demo-workspace (README screenshots).
  const names = fs.readdirSync(E2E_DIR).filter((name) => name.endsWith('.spec.mjs')).sort();
  const isDemo = (name) => name.startsWith('demo');
  const specs = [...names.filter((name) => !isDemo(name)), ...names.filter(isDemo)].map((name) => path.join(E2E_DIR, name));
  if (specs.length === 0) throw new HarnessError('no test/e2e/*.spec.mjs found');
  return specs;
}

/** Installs the .vsix and checks the server's CLI lists it with the package.json version. */
function installExtension(runDir, vsix) {
  installVsix(runDir, vsix);
  const { version } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  const installed = listExtensions(runDir);
  if (!installed.includes(`${EXTENSION_ID}@${version}`)) {
    throw new HarnessError(`${EXTENSION_ID}@${version} not installed from ${vsix}; installed: ${installed.join(', ') || 'nothing'}`);
  }
  return `${EXTENSION_ID}@${version}`;
}

async function runSpecs(specs, { page, grep }) {
  const mocha = new Mocha({
    ui: 'bdd', reporter: 'spec', timeout: 90_000, grep: grep || undefined,
    rootHooks: {
      async afterEach() {   // a picture of what was on screen when a spec failed
        if (this.currentTest?.state === 'failed') {
          const file = await screenshot(page, `failed-${this.currentTest.fullTitle()}`).catch(() => null);
          if (file) console.log(`    screenshot of the failure: ${file}`);
        }
      },
    },
  });
  for (const spec of specs) mocha.addFile(spec);
  await mocha.loadFilesAsync();
  return new Promise((resolve) => {
    const runner = mocha.run((failures) => {
      if (runner.total === 0) { console.error(`no e2e spec ran${grep ? ` (grep ${grep})` : ''}`); resolve(1); }
      else resolve(failures > 0 ? 1 : 0);
    });
  });
}

let code = 2;
let run;
try {
  const flags = parseFlags({ grep: '', vsix: '' }, USAGE);
  const specs = findSpecs();
  await ensureVSCode();
  const vsix = flags.vsix ? path.resolve(flags.vsix)
    : await step('package the extension (npm run package)', async () => { await runCommand('npm', ['run', '--silent', 'package']); return VSIX; });
  if (!fs.existsSync(vsix)) throw new HarnessError(`no .vsix at ${vsix}`);
  run = createRunDir('ai-license-lens-e2e');
  const installed = await step(`install ${path.basename(vsix)} into a fresh extensions dir`, () => installExtension(run.dir, vsix));
  log(`installed ${installed}`);
  const server = await step('start the VS Code server', () => startVSCodeServer({ runDir: run.dir }));
  const { page } = await step('launch chromium', () => launchBrowser(run.dir));
  // The browser and extension host console goes to a file: the spec output stays readable, and a failed
  // run keeps the file in its run dir.
  const consoleLog = fs.createWriteStream(path.join(run.dir, 'console.log'));
  const flush = forwardConsole(page, (line) => consoleLog.write(`${line}\n`));
  await step('open the workspace in the workbench', async () => {
    await page.goto(`${server.url}/?folder=${encodeURIComponent(FIXTURE_WORKSPACE)}`);
    await waitForWorkbench(page);
  });
  setSession({ page, url: server.url, workspace: FIXTURE_WORKSPACE });
  log(`${specs.length} spec file(s); screenshots in ${SCREENSHOT_DIR}`);
  code = await runSpecs(specs, { page, grep: flags.grep });
  await flush();
  await new Promise((resolve) => consoleLog.end(resolve));
  log(code === 0 ? 'e2e specs passed' : 'e2e specs failed');
} catch (error) {
  if (!wasInterrupted()) console.error(`harness error: ${error instanceof HarnessError ? error.message : error.stack}`);
  code = 2;
}
if (code === 0) run?.markPassed();
log(`exit ${code}`);
await exitWith(code);
