// Bundles the extension and the CLI. Type-checking is separate (`npm run typecheck`).
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { writeDatasetBundle } from './scripts/bundle-dataset.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's `main` is a UMD build whose internal requires esbuild cannot follow: prefer ES modules.
  mainFields: ['module', 'main'],
};

const builds = [
  // Activation loads only the small extension.js; the features (the core, its schemas) load from features.js on
  // first use, so activation stays in the low milliseconds.
  { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', './features'] },
  { ...common, entryPoints: ['src/vscode/features.ts'], outfile: 'dist/features.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The scan's worker thread, loaded beside cli.js and features.js (src/core/scan/scan-in-workers.ts).
  { ...common, entryPoints: ['src/core/scan/scan-worker.ts'], outfile: 'dist/scan-worker.js' },
];

// The dataset ships beside the bundles (not parsed into them), loaded on first use: the index dist/dataset.json
// and the entries and details files it names (src/core/dataset/shipped-format.ts). It is validated here with the
// zod schema; the index's hash goes into the bundles and the index holds the others' hashes, so that loading
// need not validate again (changed files are validated in full at load).
if (existsSync('data/licenses.json')) {
  // The merged, unvalidated dataset goes to a file of this build's own: a test or a scan reading dist/ meanwhile
  // only ever sees shipped files, each replaced whole.
  const merged = `dist/.dataset-merged-${process.pid}.json`;
  const bundle = writeDatasetBundle(merged, 'data');
  try {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/validate-dataset.ts', merged, 'dist/dataset.json'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } finally {
    rmSync(merged, { force: true });
  }
  const sha256 = createHash('sha256').update(readFileSync('dist/dataset.json')).digest('hex');
  for (const options of builds) options.define = { AI_LICENSE_LENS_DATASET_SHA256: JSON.stringify(sha256) };
  if (!process.argv.includes('--quiet')) console.log(`dist/dataset.json (+ dataset-entries.jsonl, dataset-details.jsonl): ${bundle.models.length} models, ${bundle.licenses.length} licenses, validated`);
} else {
  console.warn('data/licenses.json is missing: dist/dataset.json not written');
}

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
