// Validates a bundled dataset file with the zod schema and writes it back normalised (schema defaults filled
// in), so what ships was validated and loading it need not run the schema again: the engine only checks that
// the file is byte-for-byte the one written here (esbuild.mjs records its hash in the bundles).
import { readFileSync, writeFileSync } from 'node:fs';
import { loadDataset } from '../src/core/dataset/load';

const file = process.argv[2] ?? 'dist/dataset.json';
try {
  const { dataset } = loadDataset(readFileSync(file, 'utf8'), { validate: true });
  writeFileSync(file, JSON.stringify(dataset));
  console.log(`${file}: valid (${dataset.models.length} models, ${dataset.licenses.length} licenses)`);
} catch (error) {
  console.error(`${file}: ${(error as Error).message}`);
  process.exit(1);
}
