// Compiles the mocha suites the extension host runs: test/integration/index.ts (the loader) and every
// test/integration/**/*.test.ts, each bundled to CommonJS in .vscode-test/out/integration with `vscode` and
// `mocha` left as runtime requires (the host provides `vscode`; one shared mocha instance holds the suites).
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { INTEGRATION_OUT, REPO_ROOT } from './config.mjs';

const SOURCE_DIR = path.join(REPO_ROOT, 'test', 'integration');

function findTestSources(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return findTestSources(file);
    return entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

/** Returns the absolute path of the compiled loader (the extensionTestsPath). */
export async function compileIntegrationTests() {
  const tests = findTestSources(SOURCE_DIR);
  if (tests.length === 0) throw new Error(`no test/integration/**/*.test.ts found`);
  fs.rmSync(INTEGRATION_OUT, { recursive: true, force: true });   // a deleted suite must not keep running
  await esbuild.build({
    entryPoints: [path.join(SOURCE_DIR, 'index.ts'), ...tests],
    outbase: SOURCE_DIR, outdir: INTEGRATION_OUT,
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: 'inline',
    external: ['vscode', 'mocha'], logLevel: 'warning',
  });
  return { loader: path.join(INTEGRATION_OUT, 'index.js'), count: tests.length };
}
