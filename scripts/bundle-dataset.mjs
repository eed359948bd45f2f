// Merges data/licenses.json and data/models/*.json into one dataset file (dist/dataset.json), which the build's
// scripts/validate-dataset.ts validates and then replaces with the shipped index, models and details files.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export function bundleDataset(dataDir = 'data') {
  const catalog = JSON.parse(readFileSync(join(dataDir, 'licenses.json'), 'utf8'));
  const modelsDir = join(dataDir, 'models');
  const files = existsSync(modelsDir)
    ? readdirSync(modelsDir).filter((name) => name.endsWith('.json')).sort()
    : [];
  const publishers = [];
  const models = [];
  for (const name of files) {
    const file = JSON.parse(readFileSync(join(modelsDir, name), 'utf8'));
    publishers.push(file.publisher);
    models.push(...file.models);
  }
  return {
    version: catalog.version ?? '0',
    generated: new Date().toISOString().slice(0, 10),
    licenses: catalog.licenses,
    publishers,
    models,
  };
}

export function writeDatasetBundle(outFile = 'dist/dataset.json', dataDir = 'data') {
  const bundle = bundleDataset(dataDir);
  mkdirSync(join(outFile, '..'), { recursive: true });
  writeFileSync(outFile, JSON.stringify(bundle));
  return bundle;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const bundle = writeDatasetBundle(process.argv[2], process.argv[3]);
  console.log(`dataset: ${bundle.models.length} models, ${bundle.licenses.length} licenses`);
}
