// Validates a bundled dataset file with the zod schema and writes what ships in its place: the index (same path),
// the models file and the details file beside it (src/core/dataset/shipped-format.ts), all from the normalised
// data (schema defaults filled in). Loading need not run the schema again: the engine only checks that the
// index is byte-for-byte the one written here (esbuild.mjs records its hash in the bundles), and the index
// records the hashes of the other two.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadDataset } from '../src/core/dataset/load';
import { serializeShipped } from '../src/core/dataset/serialize-shipped';
import type { DatasetIndex } from '../src/core/dataset/shipped-format';

const file = process.argv[2] ?? 'dist/dataset.json';
try {
  const { dataset } = loadDataset(readFileSync(file, 'utf8'), { validate: true });
  const texts = serializeShipped(dataset);
  const index = JSON.parse(texts.index) as DatasetIndex;
  writeFileSync(join(dirname(file), index.modelsFile.path), texts.models);
  writeFileSync(join(dirname(file), index.detailsFile.path), texts.details);
  writeFileSync(file, texts.index);
  console.log(`${file}: valid (${dataset.models.length} models, ${dataset.licenses.length} licenses)`);
} catch (error) {
  console.error(`${file}: ${(error as Error).message}`);
  process.exit(1);
}
