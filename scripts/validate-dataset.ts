// `validate-dataset.ts <merged dataset.json> [<index out>]`: validates a merged dataset file with the zod schema
// and writes what ships: the index (at <index out>, by default in place of the input), the entries file and the
// details file beside it (src/core/dataset/shipped-format.ts), all from the normalised data (schema defaults
// filled in). Loading need not run the schema again: the engine only checks that the index is byte-for-byte the
// one written here (esbuild.mjs records its hash in the bundles), and the index records the others' hashes.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadDataset } from '../src/core/dataset/load';
import { serializeShipped } from '../src/core/dataset/serialize-shipped';
import type { DatasetIndex } from '../src/core/dataset/shipped-format';

const input = process.argv[2] ?? 'dist/dataset.json';
const indexFile = process.argv[3] ?? input;

/** Written beside, then renamed over: a reader sees the old file or the new one, never half of one. */
function replaceFile(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

try {
  const { dataset } = loadDataset(readFileSync(input, 'utf8'), { validate: true });
  const texts = serializeShipped(dataset);
  const index = JSON.parse(texts.index) as DatasetIndex;
  replaceFile(join(dirname(indexFile), index.entriesFile.path), texts.entries);
  replaceFile(join(dirname(indexFile), index.detailsFile.path), texts.details);
  replaceFile(indexFile, texts.index);
  console.log(`${indexFile}: valid (${dataset.models.length} models, ${dataset.licenses.length} licenses)`);
} catch (error) {
  console.error(`${input}: ${(error as Error).message}`);
  process.exit(1);
}
