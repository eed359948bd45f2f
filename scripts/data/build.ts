/**
 * `npm run data:build`: runs the pipeline and writes data/models/<publisher>.json. The output is compact
 * (one model per line, no empty optional fields) because it ships in the extension; reruns give the same
 * bytes so diffs show only real changes.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PublisherFile } from '../../src/core/dataset/schema';
import { MODELS_OUT_DIR } from './paths';
import { runPipeline } from './pipeline';

/** Drops empty arrays/objects and nulls of optional fields; required nullable fields stay (`null` = unknown). */
export function compactModelFile(file: PublisherFile): PublisherFile {
  return {
    publisher: file.publisher,
    models: file.models.map((model) => {
      const out: Record<string, unknown> = { ...model };
      for (const field of ['aliases', 'baseModels', 'conflicts', 'notes'] as const) {
        if (Array.isArray(out[field]) && (out[field] as unknown[]).length === 0) delete out[field];
      }
      if (out.links && Object.keys(out.links as object).length === 0) delete out.links;
      if (out.mofClass === null) delete out.mofClass;
      if (out.apiTerms === null || out.apiTerms === undefined) delete out.apiTerms;
      return out as PublisherFile['models'][number];
    }),
  };
}

/** One model per line: compact to ship, and a diff shows which models changed. */
export function serialise(file: PublisherFile): string {
  const compact = compactModelFile(file);
  const models = compact.models.map((model) => ` ${JSON.stringify(model)}`).join(',\n');
  return `{"publisher": ${JSON.stringify(compact.publisher)},\n"models": [\n${models}\n]}\n`;
}

function main(): void {
  const report = runPipeline();
  mkdirSync(MODELS_OUT_DIR, { recursive: true });
  for (const name of readdirSync(MODELS_OUT_DIR)) if (name.endsWith('.json')) rmSync(join(MODELS_OUT_DIR, name));
  let bytes = 0;
  let models = 0;
  for (const file of report.files) {
    const text = serialise(file);
    bytes += Buffer.byteLength(text);
    models += file.models.length;
    writeFileSync(join(MODELS_OUT_DIR, `${file.publisher.id}.json`), text);
  }
  for (const warning of report.warnings) console.warn(`warning: ${warning}`);
  for (const alias of report.unattachedAliases) {
    console.warn(`alias without model: ${alias.alias} -> ${alias.model} (data-src/aliases/${alias.file})`);
  }
  console.log(`data:build: ${models} models in ${report.files.length} publisher files, ${(bytes / 1024).toFixed(0)} KiB`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
