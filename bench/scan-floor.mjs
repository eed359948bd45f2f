/**
 * The least a scanner written in JavaScript must do, as one process (bench/scan.mjs times it like the CLI):
 * start Node, list the tree, read every file and look at every byte once through a small transition table (one
 * lookup per byte, the cost of the cheapest automaton). Same threads as the CLI: this thread and
 * availableParallelism() - 1 workers, at most 4 in all. No detection, no decoding, no output: whatever a real scan
 * does costs more, so the ratio of this to ripgrep is a floor under the CLI's.
 *   node bench/scan-floor.mjs <dir>      prints {"files","bytes","matches"} as one JSON line
 */
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const CLASSES = 40;
const STATES = 64;

/** A small automaton-shaped table: 40 byte classes, 64 states, premultiplied, output states negative. */
function transitionTable() {
  const table = new Int32Array(STATES * CLASSES);
  for (let state = 0; state < STATES; state++) {
    for (let cls = 0; cls < CLASSES; cls++) {
      const next = (state * 7 + cls * 13) % STATES;
      table[state * CLASSES + cls] = next % 16 === 15 ? -(next * CLASSES) - 1 : next * CLASSES;
    }
  }
  return table;
}

function lookAtEveryByte(files) {
  const table = transitionTable();
  const classOf = new Uint8Array(256);
  for (let byte = 0; byte < 256; byte++) classOf[byte] = byte % CLASSES;
  let bytes = 0;
  let matches = 0;
  for (const file of files) {
    const buffer = readFileSync(file);
    bytes += buffer.length;
    let state = 0;
    for (let i = 0; i < buffer.length; i++) {
      state = table[state + classOf[buffer[i]]];
      if (state < 0) {
        matches++;
        state = -state - 1;
      }
    }
  }
  return { files: files.length, bytes, matches };
}

function listFiles(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(path, out);
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

if (isMainThread) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node bench/scan-floor.mjs <dir>');
  const files = listFiles(dir);
  const threads = Math.max(1, Math.min(4, os.availableParallelism()));
  const shares = Array.from({ length: threads }, (_, share) => files.filter((_, index) => index % threads === share));
  const workers = shares.slice(1).map((share) => new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: share });
    worker.once('message', resolve);
    worker.once('error', reject);
  }));
  const own = lookAtEveryByte(shares[0]);
  const totals = [own, ...(await Promise.all(workers))].reduce((sum, part) => ({
    files: sum.files + part.files,
    bytes: sum.bytes + part.bytes,
    matches: sum.matches + part.matches,
  }));
  console.log(JSON.stringify(totals));
} else {
  parentPort.postMessage(lookAtEveryByte(workerData));
}
