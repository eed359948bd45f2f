/**
 * Hostile inputs (issue 7), for `npm run bench` (bench/run.mjs) or alone: `node bench/hostile.mjs [--quick]`.
 * What the editor runs on an open document (detection, assessment, file analysers; bench/hostile-measure.ts) on
 * text shaped to make a backtracking regex or a quadratic scan blow up: an `a/` line, dash runs in Markdown and
 * YAML, a minified line, markup-shaped ids, a TOML section line of `]`, a suppression marker followed by spaces.
 * Sizes 1, 4 and 16 MB (quick: 0.25, 1 and 4 MB); median of 3 runs (1 at 16 MB). Two figures per shape:
 *  - seconds per MB at the largest size, budget 2 s/MB (generous: a quadratic shape takes minutes at 4 MB);
 *  - linearity: time at the largest size / time at the smallest, 16x the bytes, budget 24 (linear is ~16).
 * Each shape runs in its own process, stopped at 4x its budget: a quadratic shape is reported, not waited for.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SECONDS_PER_MB_BUDGET = 2;
const GROWTH_BUDGET = 24;
const MEASURE = join('bench', 'hostile-measure.ts');

const round = (value, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

/** One shape in its own process, stopped when it runs far over budget (a quadratic shape would take hours). */
function measureShape(shape, sizes) {
  const totalMb = sizes.reduce((sum, mb) => sum + mb * (mb >= 16 ? 1 : 3), 0);
  const timeout = Math.max(60, 4 * SECONDS_PER_MB_BUDGET * totalMb) * 1000;
  try {
    const output = execFileSync(process.execPath, ['--import', 'tsx', MEASURE, sizes.join(','), '3', shape], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      maxBuffer: 2 ** 26,
      timeout,
    });
    return { rows: JSON.parse(output.trim().split('\n').pop()) };
  } catch (error) {
    if (error.signal !== 'SIGTERM') throw error;
    return { stoppedAfter: timeout / 1000 };
  }
}

export async function run({ quick = false } = {}) {
  const sizes = quick ? [0.25, 1, 4] : [1, 4, 16];
  const shapes = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', MEASURE, 'shapes'], { cwd: REPO_ROOT, encoding: 'utf8' }));
  const figures = [];
  for (const shape of shapes) {
    const { rows, stoppedAfter } = measureShape(shape, sizes);
    if (!rows) {
      figures.push({
        name: `hostile: ${shape}, s/MB`,
        value: round(stoppedAfter / sizes.reduce((sum, mb) => sum + mb, 0)),
        unit: 's/MB',
        budget: SECONDS_PER_MB_BUDGET,
        ok: false,
        note: `stopped after ${stoppedAfter} s (${sizes.join(', ')} MB did not finish): the value is a lower bound`,
      });
      continue;
    }
    const measured = rows.sort((a, b) => a.mb - b.mb);
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
