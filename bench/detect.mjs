/**
 * Detection's own speed (issue 6), for `npm run bench` (bench/run.mjs) or alone: `node bench/detect.mjs [--quick]`.
 *
 * In-process, no file reading and no assessment: bench/detect-measure.ts (run with tsx) times
 * detectModelReferences on every file of the synthetic monorepo (bench/generate-monorepo.mjs; 400 files x 50 KB,
 * quick: 100), grouped by file kind, with the prefilter (the engine's path) and with `exhaustive: true` (every
 * character read, the reference). Each figure is the median of 5 passes (quick: 3) after one untimed pass; the
 * machine is shared, so read them as +-30%. "same" says both paths returned identical references.
 * No budget of its own: issue 6's budgets are end to end (the scan against ripgrep, diagnostics of a document), and
 * these figures say where detection's share of them goes. A row is ok when both paths found the same references.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateMonorepo } from './generate-monorepo.mjs';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function run({ quick = false } = {}) {
  const dir = mkdtempSync(join(os.tmpdir(), 'ai-license-lens-bench-detect-'));
  try {
    generateMonorepo(dir, { files: quick ? 100 : 400 });
    const output = execFileSync(process.execPath, ['--import', 'tsx', join('bench', 'detect-measure.ts'), dir, String(quick ? 3 : 5)], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    });
    const rows = JSON.parse(output.trim().split('\n').pop());
    const load = `load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs`;
    const round = (value) => Math.round(value * 10) / 10;
    const out = [];
    for (const row of rows) {
      if (row.kind === 'prefilter scan') {
        out.push({ name: 'detect: prefilter pass alone', value: round(row.fastMBs), unit: 'MB/s', budget: '-', ok: true, note: `${round(row.mb)} MB; ${load}` });
        continue;
      }
      const speedup = row.fastMBs / row.exhaustiveMBs;
      const all = row.kind === 'all';
      out.push({
        name: all ? 'detect: all kinds, fast path' : `detect: .${row.kind}, fast path`,
        value: round(row.fastMBs),
        unit: 'MB/s',
        budget: 'same references',
        ok: row.same,
        note: `exhaustive ${round(row.exhaustiveMBs)} MB/s, x${round(speedup)}; ${round(row.mb)} MB; ${row.same ? 'same references' : 'DIFFERENT references'}; ${load}`,
      });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const row of await run({ quick: process.argv.includes('--quick') })) {
    console.log(`${row.name}: ${row.value} ${row.unit} (budget ${row.budget}${row.ok ? '' : ', MISSED'}) ${row.note}`);
  }
}
