#!/usr/bin/env node
// Try the extension in a real VS Code in one command (issue 9's `npm start`):
//   node test/harness/start-vscode.mjs [FOLDER] [--vsix FILE] [--port PORT]
// Packages the extension (unless --vsix is given), installs the pinned VS Code if it is not cached yet, starts
// it on 127.0.0.1 with the extension installed and FOLDER open (default: examples/demo-workspace), and prints
// the URL to open in a browser. Ctrl+C stops everything it started.
import fs from 'node:fs';
import path from 'node:path';
import { exitWith, wasInterrupted } from './cleanup.mjs';
import { REPO_ROOT, VSIX } from './config.mjs';
import { ensureVSCode, HarnessError, log, runCommand, step } from './steps.mjs';
import { createRunDir, installVsix, startVSCodeServer } from './vscode-server.mjs';

const USAGE = 'usage: node test/harness/start-vscode.mjs [FOLDER] [--vsix FILE]';
const DEFAULT_FOLDER = path.join(REPO_ROOT, 'examples', 'demo-workspace');

function parseArguments() {
  const options = { folder: DEFAULT_FOLDER, vsix: '' };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--vsix' && argv[i + 1]) options.vsix = path.resolve(argv[++i]);
    else if (!argv[i].startsWith('--')) options.folder = path.resolve(argv[i]);
    else throw new HarnessError(`bad argument ${argv[i]}\n${USAGE}`);
  }
  if (!fs.statSync(options.folder, { throwIfNoEntry: false })?.isDirectory()) throw new HarnessError(`not a folder: ${options.folder}`);
  return options;
}

try {
  const options = parseArguments();
  await ensureVSCode();
  const vsix = options.vsix || await step('package the extension (npm run package)', async () => {
    await runCommand('npm', ['run', '--silent', 'package']);
    return VSIX;
  });
  const run = createRunDir('ai-license-lens-start');   // removed on Ctrl+C; kept if VS Code dies by itself
  await step(`install ${path.basename(vsix)}`, () => installVsix(run.dir, vsix));
  const server = await step('start VS Code', () => startVSCodeServer({ runDir: run.dir, testDriver: false }));
  log('ready. Open this in a browser (Ctrl+C here stops VS Code):');
  console.log(`\n    ${server.url}/?folder=${encodeURIComponent(options.folder)}\n`);
  const code = await new Promise((resolve) => server.child.once('exit', resolve));
  throw new HarnessError(`VS Code stopped by itself (exit ${code}); see ${server.logPath}`);
} catch (error) {
  if (!wasInterrupted()) console.error(`error: ${error instanceof HarnessError ? error.message : error.stack}`);
  await exitWith(1);
}
