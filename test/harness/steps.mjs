// Small building blocks the runners share: timed steps, running npm scripts, making sure the real VS Code is
// installed, and reading the few flags the runners take.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './config.mjs';

const t0 = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Prints a line prefixed with the time since the runner started. */
export function log(message) {
  console.log(`[${seconds(Date.now() - t0)}] ${message}`);
}

/** A failure of the harness itself (exit 2), as opposed to failing tests (exit 1). */
export class HarnessError extends Error {}

/** Runs a command in the repository with inherited output; rejects with a HarnessError when it fails. */
export function runCommand(command, args, { env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
    child.once('error', (error) => reject(new HarnessError(`${command} could not start: ${error.message}`)));
    child.once('exit', (code, signal) => (code === 0 ? resolve()
      : reject(new HarnessError(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`))));
  });
}

/** Runs `work` between two log lines that say how long it took. */
export async function step(title, work) {
  const start = Date.now();
  log(`${title} ...`);
  const result = await work();
  log(`${title}: done in ${seconds(Date.now() - start)}`);
  return result;
}

/** The installer is idempotent and takes well under a second when the cache is warm. */
export const ensureVSCode = () => step('real VS Code (install if missing)',
  () => runCommand(process.execPath, [path.join(REPO_ROOT, 'test', 'harness', 'install-vscode.mjs')]));

/**
 * Reads `--name value` / `--name=value` flags listed in `defaults`; anything else is a usage error.
 * npm passes the words after `--` through, e.g. `npm run test:integration -- --grep hover`.
 */
export function parseFlags(defaults, usage) {
  const flags = { ...defaults };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([^=]+)(?:=(.*))?$/s.exec(argv[i]);
    if (!match || !(match[1] in defaults)) throw new HarnessError(`bad argument ${argv[i]}\n${usage}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new HarnessError(`${argv[i - 1]} needs a value\n${usage}`);
    flags[match[1]] = value;
  }
  return flags;
}
