// One exit path for every runner: cleanups registered here run once, in reverse order, whether the run
// passed, failed, threw, or was stopped with Ctrl+C (SIGINT) or SIGTERM. A killed harness must not leave a
// VS Code server, an extension host or a browser behind.
import os from 'node:os';

const cleanups = [];
const lastResorts = new Set();
let running;
let interrupted = false;
let signalExitCode;

/** True once Ctrl+C or SIGTERM stopped the run: nothing failed, so there is nothing to keep for inspection. */
export const wasInterrupted = () => interrupted;

/** Registers an async cleanup; `lastResort` (sync) runs on process exit if the cleanup never ran. */
export function onCleanup(cleanup, lastResort) {
  const entry = { cleanup, lastResort, done: false };
  cleanups.push(entry);
  if (lastResort) lastResorts.add(entry);
}

/** Runs every cleanup once; errors are reported, never thrown, so the others still run. */
export function runCleanups() {
  running ??= (async () => {
    for (const entry of cleanups.reverse()) {
      try { await entry.cleanup(); } catch (error) { console.error(`cleanup failed: ${error.message}`); }
      entry.done = true;
    }
  })();
  return running;
}

/** Cleans up, then exits with `code`, or with 128 + the signal number when a signal stopped the run. */
export async function exitWith(code) {
  await runCleanups();
  process.exit(signalExitCode ?? code);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    interrupted = true;
    signalExitCode = 128 + os.constants.signals[signal];
    console.error(`\n${signal}: stopping everything this run started`);
    exitWith(signalExitCode);
  });
}
process.on('exit', () => {
  for (const entry of lastResorts) if (!entry.done) try { entry.lastResort(); } catch { /* already gone */ }
});
