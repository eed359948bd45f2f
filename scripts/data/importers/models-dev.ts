/**
 * Writes the API-model and ecosystem-alias inputs of the data build from the models.dev snapshot and the
 * curated tables beside this file:
 *   data-src/api-models/<publisher>.json   one PublisherFile of API-only models per vendor
 *   data-src/aliases/models-dev.json       provider ids (Bedrock, Vertex, Azure, OpenRouter...) of those models
 * Run it on its own: `npx tsx scripts/data/importers/models-dev.ts`. The build only reads the JSON it writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publisherFileSchema } from '../../../src/core/dataset/schema';
import { readModelsDev } from './models-dev/read';
import { buildApiPublisher } from './models-dev/api-models';
import { API_VENDORS } from './models-dev/vendors';

const ROOT = join(__dirname, '..', '..', '..');

function writeJson(path: string, value: unknown): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

function main(): void {
  const snapshot = readModelsDev();
  for (const vendor of API_VENDORS) {
    const file = publisherFileSchema.parse(buildApiPublisher(vendor, snapshot));
    writeJson(join(ROOT, 'data-src', 'api-models', `${vendor.publisher.id}.json`), file);
    console.log(`api-models/${vendor.publisher.id}.json: ${file.models.length} models, ${file.models.reduce((n, m) => n + m.aliases.length, 0)} api aliases`);
  }
}

main();
