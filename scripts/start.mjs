// `npm start [-- <folder>]`: try AI License Lens in a real VS Code within a minute, without installing VS Code.
// Builds and packages the extension, installs the pinned VS Code the tests use (once; cached), starts it on
// 127.0.0.1 with the extension installed and a workspace open, and prints the URL. Ctrl+C stops everything.
import fs from 'node:fs';
import path from 'node:path';
import { exitWith, onCleanup, wasInterrupted } from '../test/harness/cleanup.mjs';
import { REPO_ROOT, VSIX } from '../test/harness/config.mjs';
import { HarnessError, ensureVSCode, log, runCommand, step } from '../test/harness/steps.mjs';
import { createRunDir, installVsix, startVSCodeServer } from '../test/harness/vscode-server.mjs';

const DEMO = path.join(REPO_ROOT, 'examples', 'demo-workspace');

function workspaceFromArgs() {
  const given = process.argv[2];
  if (given === '-h' || given === '--help') {
    console.log('Usage: npm start [-- <folder>]   (default: examples/demo-workspace)');
    process.exit(0);
  }
  // npm runs scripts from the repository root; INIT_CWD is where the user typed the command.
  const folder = given ? path.resolve(process.env.INIT_CWD ?? process.cwd(), given) : DEMO;
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new HarnessError(`${given} is not a folder`);
  return folder;
}

async function main() {
  const workspace = workspaceFromArgs();
  await step('build and package the extension (about 10 s)', () => runCommand('npm', ['run', '--silent', 'package']));
  await ensureVSCode();
  const { dir } = createRunDir('ai-license-lens-start');
  onCleanup(() => fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 }));
  await step('install the extension into a private VS Code profile', async () => installVsix(dir, VSIX));
  const server = await step('start VS Code on 127.0.0.1', () => startVSCodeServer({ runDir: dir, testDriver: false }));
  const url = `${server.url}/?folder=${encodeURIComponent(workspace)}`;
  log(`workspace: ${workspace}`);
  console.log(`\n  Open ${url}\n  in a browser on this machine. Ctrl+C stops VS Code and removes its temporary profile.\n`);
  await new Promise((resolve) => server.child.once('exit', resolve));
  if (wasInterrupted()) return; // Ctrl+C: the cleanups stopped the server and are finishing the exit.
  throw new HarnessError(`VS Code stopped by itself; see ${server.logPath}`);
}

main().catch(async (error) => {
  console.error(`npm start: ${error instanceof HarnessError ? error.message : error.stack}`);
  await exitWith(error instanceof HarnessError ? 2 : 1);
});
