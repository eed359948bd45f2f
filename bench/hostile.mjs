/**
 * Hostile inputs (issue 7), for `npm run bench` (bench/run.mjs) or alone: `node bench/hostile.mjs [--quick]`.
 * What the editor runs on an open document (detection, assessment, file analysers; bench/hostile-measure.ts) on
 * text shaped to make a backtracking regex or a quadratic scan blow up: an `a/` line, dash runs in Markdown and
 * YAML, a minified line, markup-shaped ids, a suppression marker followed by spaces. Sizes 1, 4 and 16 MB (quick:
 * 0.25, 1 and 4 MB); median of 3 runs (1 at 16 MB). Two figures per shape:
 *  - seconds per MB at the largest size, budget 2 s/MB (generous: a quadratic shape takes minutes at 4 MB);
 *  - linearity: time at the largest size / time at the smallest, 16x the bytes, budget 24 (linear is ~16).
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SECONDS_PER_MB_BUDGET = 2;
const GROWTH_BUDGET = 24;

const round = (value, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

export async function run({ quick = false } = {}) {
  const sizes = quick ? [0.25, 1, 4] : [1, 4, 16];
  const output = execFileSync(process.execPath, ['--import', 'tsx', join('bench', 'hostile-measure.ts'), sizes.join(','), '3'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 2 ** 26,
  });
  const rows = JSON.parse(output.trim().split('\n').pop());
  const figures = [];
  for (const shape of [...new Set(rows.map((row) => row.shape))]) {
    const measured = rows.filter((row) => row.shape === shape).sort((a, b) => a.mb - b.mb);
    const smallest = measured[0];
    const largest = measured[measured.length - 1];
    const perMb = largest.seconds / largest.mb;
    figures.push({
      name: `hostile: ${shape}, s/MB at ${largest.mb} MB`,
      value: round(perMb),
      unit: 's/MB',
      budget: SECONDS_PER_MB_BUDGET,
      ok: perMb <= SECONDS_PER_MB_BUDGET,
      note: measured.map((row) => `${row.mb} MB ${round(row.seconds, 2)} s`).join(', ') + `; ${largest.findings} findings`,
    });
    const growth = largest.seconds / Math.max(smallest.seconds, 1e-3);
    figures.push({
      name: `hostile: ${shape}, time ${largest.mb} MB / ${smallest.mb} MB`,
      value: round(growth, 1),
      unit: 'x',
      budget: GROWTH_BUDGET,
      ok: growth <= GROWTH_BUDGET,
      note: `${round(largest.mb / smallest.mb, 0)}x the bytes; linear is about that`,
    });
  }
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await run({ quick: process.argv.includes('--quick') });
  for (const figure of figures) {
    console.log(`${figure.ok ? 'ok  ' : 'MISS'} ${figure.name}: ${figure.value} ${figure.unit} (budget ${figure.budget}) ${figure.note}`);
  }
}
