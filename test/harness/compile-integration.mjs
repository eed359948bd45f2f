// Compiles the mocha suites the extension host runs: test/integration/index.ts (the loader) and every
// test/integration/**/*.test.ts, each bundled to CommonJS in .vscode-test/out/<run> with `vscode` and
// `mocha` left as runtime requires (the host provides `vscode`; one shared mocha instance holds the suites).
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { onCleanup } from './cleanup.mjs';
import { INTEGRATION_OUT_ROOT, REPO_ROOT } from './config.mjs';

const SOURCE_DIR = path.join(REPO_ROOT, 'test', 'integration');

function findTestSources(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return findTestSources(file);
    return entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

/**
 * Compiles into a fresh folder of this run (removed by the run's cleanups) and returns the absolute path of
 * the compiled loader (the extensionTestsPath) and the number of test files.
 */
export async function compileIntegrationTests() {
  const tests = findTestSources(SOURCE_DIR);
  if (tests.length === 0) throw new Error(`no test/integration/**/*.test.ts found`);
  fs.mkdirSync(INTEGRATION_OUT_ROOT, { recursive: true });
  const outdir = fs.mkdtempSync(path.join(INTEGRATION_OUT_ROOT, 'integration-'));
  onCleanup(() => fs.rmSync(outdir, { recursive: true, force: true }));
  await esbuild.build({
    entryPoints: [path.join(SOURCE_DIR, 'index.ts'), ...tests],
    outbase: SOURCE_DIR, outdir,
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: 'inline',
    external: ['vscode', 'mocha'], logLevel: 'warning',
  });
  return { loader: path.join(outdir, 'index.js'), count: tests.length };
}
