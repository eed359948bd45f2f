/**
 * The dataset's start-up cost, each figure the median of fresh `node` processes (one load per process: a second
 * load in the same process would find V8 warm and the file in memory):
 *  - index load: dist/dataset.json read, hashed and parsed (loadDatasetFile);
 *  - resolver build: the precomputed tables made ready for lookups;
 *  - first lookup: the entries file read and hashed, the model's line parsed;
 *  - details load: sources, provenance, notes and links, read when a hover or report first asks.
 * Budget (issue 6): index load + resolver build <= 10 ms.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(REPO_ROOT, 'dist');
const INDEX = join(DIST, 'dataset.json');
const MODEL_ID = 'meta-llama/Llama-3.1-8B-Instruct';
const BUDGET_MS = 10;

function ensureBuilt() {
  const shipped = existsSync(INDEX) && readFileSync(INDEX, 'utf8').startsWith('{"format":"ai-license-lens/dataset-index@');
  if (!shipped) execFileSync(process.execPath, ['esbuild.mjs', '--quiet'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** The probe, bundled like the shipped bundles are, with the hash of the index they would carry. */
async function bundleProbe(dir) {
  const outfile = join(dir, 'dataset-probe.js');
  const sha256 = createHash('sha256').update(readFileSync(INDEX)).digest('hex');
  await esbuild.build({
    entryPoints: [join(REPO_ROOT, 'bench', 'dataset-probe.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    logLevel: 'warning',
    define: {
      AI_LICENSE_LENS_DATASET_SHA256: JSON.stringify(sha256),
      PROBE_DATASET_PATH: JSON.stringify(INDEX),
      PROBE_MODEL_ID: JSON.stringify(MODEL_ID),
    },
  });
  return outfile;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (ms) => Math.round(ms * 100) / 100;

export async function run({ quick = false } = {}) {
  ensureBuilt();
  const dir = mkdtempSync(join(os.tmpdir(), 'ai-license-lens-bench-dataset-'));
  try {
    const probe = await bundleProbe(dir);
    const runs = [];
    for (let i = 0; i < (quick ? 7 : 15); i++) {
      runs.push(JSON.parse(execFileSync(process.execPath, [probe], { encoding: 'utf8' }).trim().split('\n').pop()));
    }
    const first = runs[0];
    if (first.resolved !== MODEL_ID || first.sources === 0) throw new Error(`the probe did not resolve ${MODEL_ID} with its sources: ${JSON.stringify(first)}`);
    const load = median(runs.map((r) => r.loadMs));
    const resolver = median(runs.map((r) => r.resolverMs));
    const startup = median(runs.map((r) => r.loadMs + r.resolverMs));
    const kib = (name) => `${Math.round(statSync(join(DIST, name)).size / 1024)} KiB`;
    // Other processes share the machine: say how busy it was, and the fastest run beside the median.
    const of = `median of ${runs.length} fresh processes (load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs)`;
    return [
      { name: 'dataset: index load', value: round(load), unit: 'ms', budget: '-', ok: true, note: `${of}; dataset.json ${kib('dataset.json')}, ${first.models} models` },
      { name: 'dataset: resolver build', value: round(resolver), unit: 'ms', budget: '-', ok: true, note: `${of}; precomputed sorted tables, nothing to build` },
      { name: 'dataset: index load + resolver build', value: round(startup), unit: 'ms', budget: BUDGET_MS, ok: startup <= BUDGET_MS, note: `${of}; fastest ${round(Math.min(...runs.map((r) => r.loadMs + r.resolverMs)))} ms` },
      { name: 'dataset: first lookup', value: round(median(runs.map((r) => r.lookupMs))), unit: 'ms', budget: '-', ok: true, note: `${of}; reads dataset-entries.jsonl ${kib('dataset-entries.jsonl')}, parses one model` },
      { name: 'dataset: details load (first sources read)', value: round(median(runs.map((r) => r.detailsMs))), unit: 'ms', budget: '-', ok: true, note: `${of}; dataset-details.jsonl ${kib('dataset-details.jsonl')}, on the first hover sources line or report` },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const row of await run({ quick: process.argv.includes('--quick') })) console.log(`${row.name}: ${row.value} ${row.unit} (budget ${row.budget}${row.ok ? '' : ', MISSED'}) ${row.note}`);
}
