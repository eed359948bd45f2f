// Starts a long-running program in its own process group, so stopping it also stops everything it spawned
// (the VS Code server forks extension hosts, a file watcher and a pty host; killing only its pid leaves
// those running).
import { spawn } from 'node:child_process';
import { onCleanup } from './cleanup.mjs';

const GRACE_MS = 3000;

function groupAlive(pgid) {
  try { process.kill(-pgid, 0); return true; } catch { return false; }
}

function signalGroup(pgid, signal) {
  try { process.kill(-pgid, signal); } catch { /* group already gone */ }
}

/** Waits until `condition()` holds, checking every `everyMs`, for at most `deadlineMs`; returns whether it held. */
export async function pollUntil(condition, { deadlineMs, everyMs = 100 }) {
  const end = Date.now() + deadlineMs;
  while (Date.now() < end) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return condition();
}

/**
 * Spawns `command` as the leader of a new process group. Returns the child and `stop()`, which sends SIGTERM to
 * the group, waits up to 3 s for it to go, then SIGKILLs what is left. `stop` is also registered as a cleanup,
 * so every exit path of the runner ends the group.
 */
export function spawnGroup(command, args, options = {}) {
  const child = spawn(command, args, { ...options, detached: true });
  const pgid = child.pid;
  let stopping;
  const stop = () => (stopping ??= (async () => {
    if (pgid === undefined) return;
    signalGroup(pgid, 'SIGTERM');
    if (!(await pollUntil(() => !groupAlive(pgid), { deadlineMs: GRACE_MS }))) signalGroup(pgid, 'SIGKILL');
    await pollUntil(() => !groupAlive(pgid), { deadlineMs: GRACE_MS });
  })());
  onCleanup(stop, () => pgid !== undefined && signalGroup(pgid, 'SIGKILL'));
  return { child, pgid, stop };
}
