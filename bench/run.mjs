#!/usr/bin/env node
/**
 * `npm run bench [-- --quick] [--only NAME] [--json FILE] [--markdown FILE]`
 * Builds dist/, runs every bench/<name>.mjs that exports `run({ quick })` in a fixed order, prints the machine
 * and one table of figures against their budgets. Not a test: it exits 0 when a budget is missed (the last line
 * counts them); it exits 1 only when a module could not run and 2 on bad usage.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { VSCODE_VERSION } from '../test/harness/config.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = join(BENCH_DIR, '..');
/** Cheapest and most independent first; the editor module drives a real VS Code last. */
const ORDER = ['dataset', 'detect', 'hostile', 'scan', 'editor'];
const NOT_MODULES = new Set(['run', 'generate-monorepo', 'seeded-random', 'scan-floor']);
const USAGE = 'usage: npm run bench -- [--quick] [--only NAME] [--json FILE] [--markdown FILE]';

function parseArgs(argv) {
  const options = { quick: false, only: undefined, json: undefined, markdown: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--only' || arg === '--json' || arg === '--markdown') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) usage(`${arg} needs a value`);
      options[arg.slice(2)] = value;
    } else usage(`unknown argument ${arg}`);
  }
  return options;
}

function usage(problem) {
  console.error(`${problem}\n${USAGE}`);
  process.exit(2);
}

/** The fixed order first, then any other module alphabetically; missing ones are reported, not fatal. */
function moduleNames() {
  const present = readdirSync(BENCH_DIR)
    .filter((file) => file.endsWith('.mjs'))
    .map((file) => basename(file, '.mjs'))
    .filter((name) => !NOT_MODULES.has(name));
  const extra = present.filter((name) => !ORDER.includes(name)).sort();
  return { names: [...ORDER, ...extra], present: new Set(present) };
}

function git(args) {
  try {
    return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

function osName() {
  try {
    const match = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (match) return `${match[1]} (${os.type()} ${os.release()})`;
  } catch {}
  return `${os.type()} ${os.release()}`;
}

const loadAverage = () => os.loadavg().map((load) => load.toFixed(2)).join(' ');

function describeMachine() {
  const cpus = os.cpus();
  const ourFiles = git(['status', '--porcelain', '--', 'src', 'bench', 'data', 'esbuild.mjs', 'package.json']);
  return {
    date: new Date().toISOString(),
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    ramGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    os: osName(),
    node: process.version,
    vscode: VSCODE_VERSION,
    commit: git(['rev-parse', '--short', 'HEAD']) || 'unknown',
    uncommittedChanges: ourFiles !== '',
    loadAverageBefore: loadAverage(),
  };
}

function printMachine(machine) {
  console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, ${machine.os}`);
  console.log(`node ${machine.node}, VS Code ${machine.vscode} (the integration harness), commit ${machine.commit}${machine.uncommittedChanges ? ' + uncommitted changes' : ''}, ${machine.date}`);
  console.log(`load average (1/5/15 min) before: ${machine.loadAverageBefore}; above ${machine.cores / 2} means the machine was busy and the timings are noisy`);
}

/** A figure's verdict: the module's own `ok` when it gave one, else value <= budget for numeric budgets. */
function verdictOf(figure) {
  if (typeof figure.ok === 'boolean') return figure.ok;
  if (typeof figure.budget === 'number' && typeof figure.value === 'number') return figure.value <= figure.budget;
  return undefined;
}

function formatValue(value) {
  if (typeof value !== 'number') return String(value ?? '—');
  if (value === 0 || Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 1) return value.toFixed(2);
  return value.toPrecision(3);
}

const budgetText = (budget) => (budget === undefined ? '—' : typeof budget === 'number' ? `≤ ${formatValue(budget)}` : String(budget));

/** The machine line and the table as Markdown, for docs/performance.md. */
function markdownOf(machine, rows, quick) {
  const escape = (text) => String(text).replace(/\|/g, '\\|');
  const head = `Measured ${machine.date.slice(0, 16).replace('T', ' ')} UTC at commit \`${machine.commit}\`${machine.uncommittedChanges ? ' (uncommitted changes in the tree)' : ''}${quick ? ' with --quick' : ''}: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, ${machine.os}, Node ${machine.node}, VS Code ${machine.vscode}; load average ${machine.loadAverageBefore} before, ${machine.loadAverageAfter} after.`;
  const lines = rows.map((row) => `| ${row.module} | ${escape(row.name)} | ${formatValue(row.value)} | ${row.unit ?? ''} | ${escape(budgetText(row.budget))} | ${row.verdict === undefined ? '—' : row.verdict ? 'ok' : '**over**'} | ${escape(row.note ?? '')} |`);
  return `${head}\n\n| module | figure | median | unit | budget | ok | note |\n|---|---|---|---|---|---|---|\n${lines.join('\n')}\n`;
}

function printTable(rows) {
  const header = ['figure', 'median', 'unit', 'budget', 'ok', 'note'];
  const cells = rows.map((row) => [
    `${row.module}: ${row.name}`,
    formatValue(row.value),
    row.unit ?? '',
    budgetText(row.budget),
    row.verdict === undefined ? '—' : row.verdict ? 'ok' : 'FAIL',
    row.note ?? '',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column].length)));
  const line = (values) => values.map((value, column) => (column === 5 ? value : value.padEnd(widths[column]))).join('  ').trimEnd();
  console.log(line(header));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of cells) console.log(line(row));
}

const options = parseArgs(process.argv.slice(2));
const { names, present } = moduleNames();
if (options.only && !present.has(options.only)) usage(`no bench module bench/${options.only}.mjs (present: ${[...present].join(', ') || 'none'})`);

const machine = describeMachine();
printMachine(machine);
console.log('building dist/ (node esbuild.mjs --quiet)');
execFileSync(process.execPath, ['esbuild.mjs', '--quiet'], { cwd: REPO_ROOT, stdio: 'inherit' });

const rows = [];
const broken = [];
for (const name of options.only ? [options.only] : names) {
  const file = join(BENCH_DIR, `${name}.mjs`);
  if (!existsSync(file)) {
    console.log(`bench/${name}.mjs: not present, skipped`);
    continue;
  }
  const module = await import(pathToFileURL(file).href);
  if (typeof module.run !== 'function') {
    console.log(`bench/${name}.mjs: exports no run(), skipped`);
    continue;
  }
  console.log(`bench/${name}.mjs: running${options.quick ? ' (quick)' : ''}...`);
  const started = performance.now();
  try {
    const figures = await module.run({ quick: options.quick });
    for (const figure of figures) rows.push({ module: name, ...figure, verdict: verdictOf(figure) });
    console.log(`bench/${name}.mjs: ${figures.length} figure(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    broken.push(name);
    // Bundled modules put whole minified lines in their stacks: keep the message readable.
    const lines = String(error?.stack ?? error).split('\n').map((line) => (line.length > 300 ? `${line.slice(0, 300)}…` : line));
    console.log(`bench/${name}.mjs: FAILED to run: ${lines.slice(0, 12).join('\n')}`);
  }
}

machine.loadAverageAfter = loadAverage();
console.log(`\nload average after: ${machine.loadAverageAfter}\n`);
printTable(rows);
const within = rows.filter((row) => row.verdict === true).length;
const over = rows.filter((row) => row.verdict === false).length;
const unbudgeted = rows.length - within - over;
if (options.json) {
  const figures = rows.map(({ verdict, ...figure }) => ({ ...figure, ok: verdict ?? null }));
  writeFileSync(options.json, `${JSON.stringify({ machine, quick: options.quick, figures, brokenModules: broken }, null, 2)}\n`);
  console.log(`\nfigures written to ${options.json}`);
}
if (options.markdown) {
  writeFileSync(options.markdown, markdownOf(machine, rows, options.quick));
  console.log(`\ntable written to ${options.markdown} (Markdown)`);
}
console.log(`\n${within} within budget, ${over} over${unbudgeted ? ` (${unbudgeted} figure(s) without a budget)` : ''}${broken.length ? `; module(s) that failed to run: ${broken.join(', ')}` : ''}`);
process.exit(broken.length > 0 ? 1 : 0);
