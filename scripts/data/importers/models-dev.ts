/**
 * Writes every input of the data build that the API-model and alias work owns, from the models.dev snapshot
 * and the curated tables beside this file:
 *   data-src/api-models/<publisher>.json   one PublisherFile of API-only models per vendor
 *   data-src/aliases/models-dev.json       provider ids (Bedrock, Vertex, Azure, OpenRouter...) of those models
 *   data-src/aliases/providers.json        provider and vendor-API ids of open models, older API provider ids
 *   data-src/aliases/ollama.json, docker.json   local runtimes
 * Run it on its own: `npx tsx scripts/data/importers/models-dev.ts`. The build only reads the JSON it writes.
 * `--check` writes nothing and exits 1 when a committed file differs from what the tables would write.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publisherFileSchema, type PublisherFile } from '../../../src/core/dataset/schema';
import { readModelsDev } from './models-dev/read';
import { buildApiPublisher } from './models-dev/api-models';
import { providerAliases } from './models-dev/provider-aliases';
import { API_VENDORS } from './models-dev/vendors';
import { CHECKED } from './models-dev/vendor';
import { writeAliasFile, type AliasFile } from './aliases-table';
import { ollamaAliasFile } from './aliases-ollama';
import { dockerAliasFile } from './aliases-docker';
import { providersAliasFile } from './aliases-providers';

const ROOT = join(__dirname, '..', '..', '..');
const CHECK_ONLY = process.argv.includes('--check');
const stale: string[] = [];

/** Writes the file, or in --check mode records it when its committed text differs. */
function writeJson(path: string, value: unknown): void {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (CHECK_ONLY) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) stale.push(path.slice(ROOT.length + 1));
    return;
  }
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

function writeAliases(name: string, file: AliasFile): void {
  if (CHECK_ONLY) writeJson(join(ROOT, 'data-src', 'aliases', `${name}.json`), file);
  else writeAliasFile(name, file);
}

function main(): void {
  const snapshot = readModelsDev();
  const files: PublisherFile[] = [];
  for (const vendor of API_VENDORS) {
    const file = publisherFileSchema.parse(buildApiPublisher(vendor, snapshot));
    files.push(file);
    writeJson(join(ROOT, 'data-src', 'api-models', `${vendor.publisher.id}.json`), file);
    if (!CHECK_ONLY) console.log(`api-models/${vendor.publisher.id}.json: ${file.models.length} models, ${file.models.reduce((n, m) => n + m.aliases.length, 0)} api aliases`);
  }
  const modelsDevAliases: AliasFile = {
    sources: [{ id: 'models-dev', kind: 'reference-dataset', url: 'https://models.dev', title: 'models.dev provider records', checked: CHECKED }],
    aliases: providerAliases(snapshot, files).map((alias) => ({ ...alias, source: 'models-dev' })),
  };
  writeAliases('models-dev', modelsDevAliases);
  writeAliases('providers', providersAliasFile(snapshot));
  writeAliases('ollama', ollamaAliasFile());
  writeAliases('docker', dockerAliasFile());
  if (CHECK_ONLY && stale.length > 0) {
    console.error(`out of date (run npx tsx scripts/data/importers/models-dev.ts): ${stale.join(', ')}`);
    process.exitCode = 1;
  }
}

main();
