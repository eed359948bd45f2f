// `npm test`: every test layer in order, cheapest first, stopping at the first failure (a broken unit makes
// the slower layers' results noise). Prints one summary line per layer and, last, `N passed, N failed`,
// counting layers.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

const npm = (script) => ['npm', ['run', '--silent', script]];
const LAYERS = [
  { name: 'unit', command: [process.execPath, ['scripts/run-unit-tests.mjs']] },
  { name: 'data', command: npm('data:check'), when: () => fs.existsSync('scripts/data/check.ts') },
  { name: 'typecheck', command: npm('typecheck') },
  { name: 'integration (real VS Code extension host)', command: [process.execPath, ['test/harness/run-integration.mjs']] },
  { name: 'e2e (real VS Code UI)', command: [process.execPath, ['test/harness/run-e2e.mjs']] },
];

let current;
// Ctrl+C reaches the children through the terminal; a SIGTERM sent to this process alone is passed on.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => current?.kill(signal));

function runLayer([command, args]) {
  return new Promise((resolve) => {
    current = spawn(command, args, { stdio: 'inherit' });
    current.once('error', (error) => { console.error(`${command}: ${error.message}`); resolve(1); });
    current.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const results = [];
let exitCode = 0;
for (const layer of LAYERS) {
  if (layer.when && !layer.when()) { results.push(`  -    ${layer.name}: not present`); continue; }
  if (exitCode !== 0) { results.push(`  -    ${layer.name}: not run (an earlier layer failed)`); continue; }
  console.log(`\n=== ${layer.name} ===`);
  const started = Date.now();
  const code = await runLayer(layer.command);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push(`  ${code === 0 ? 'ok  ' : 'FAIL'} ${layer.name} (${seconds} s${code === 0 ? '' : `, exit ${code}`})`);
  layer.passed = code === 0;
  layer.failed = code !== 0;
  if (code !== 0) exitCode = code;
}

const passed = LAYERS.filter((layer) => layer.passed).length;
const failed = LAYERS.filter((layer) => layer.failed).length;
console.log(`\n${results.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(exitCode);
