/**
 * Precision and recall of model-reference detection on the fixture monorepo.
 *   npx tsx scripts/measure-detection.ts [--verbose] [--exhaustive] [fixtureDir] [dataset.json]
 * Runs detection as the engine does (the resolver's isKnown and the prefilter's fast path over the given dataset:
 * a whole-dataset JSON file, or the shipped index `dist/dataset.json` with its files beside it; `--exhaustive`
 * walks every file in full instead) on every fixture file and compares
 * the spans with `expected.json` ({file, line, text} per true reference). Prints the figures; with
 * --verbose also every false positive and every miss.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadDatasetFile } from '../src/core/dataset/load-file';
import { createModelResolver } from '../src/core/dataset/resolve';
import { detectModelReferences, prefilterFor } from '../src/core/detect';
import { languageFromFileName } from '../src/core/detect/kinds';

export interface Row {
  file: string;
  line: number;
  text: string;
}

export interface Measurement {
  files: number;
  expected: number;
  found: number;
  truePositives: number;
  precision: number;
  recall: number;
  falsePositives: Row[];
  misses: Row[];
}

export const DEFAULT_FIXTURE = 'test/fixtures/monorepo';
export const DEFAULT_DATASET = 'test/fixtures/datasets/mini.json';

export function measureDetection(fixtureDir = DEFAULT_FIXTURE, datasetPath = DEFAULT_DATASET, { exhaustive = false } = {}): Measurement {
  const models = loadDatasetFile(datasetPath).view.models();
  const resolver = createModelResolver({ models });
  const prefilter = exhaustive ? undefined : prefilterFor(models);
  const expectedFile = JSON.parse(readFileSync(join(fixtureDir, 'expected.json'), 'utf8')) as { references: Row[] };
  const found: Row[] = [];
  const files = listFiles(fixtureDir).filter((file) => relative(fixtureDir, file) !== 'expected.json');
  for (const path of files) {
    const file = relative(fixtureDir, path).split(sep).join('/');
    const text = readFileSync(path, 'utf8');
    const references = detectModelReferences(text, { fileName: file, languageId: languageFromFileName(file), isKnown: resolver.isKnown, prefilter, exhaustive });
    for (const reference of references) found.push({ file, line: lineOf(text, reference.start), text: reference.text });
  }
  const remaining = new Map<string, number>();
  for (const row of expectedFile.references) remaining.set(key(row), (remaining.get(key(row)) ?? 0) + 1);
  const falsePositives: Row[] = [];
  let truePositives = 0;
  for (const row of found) {
    const left = remaining.get(key(row)) ?? 0;
    if (left > 0) {
      remaining.set(key(row), left - 1);
      truePositives++;
    } else falsePositives.push(row);
  }
  const misses: Row[] = [];
  for (const row of expectedFile.references) {
    const left = remaining.get(key(row)) ?? 0;
    if (left > 0) {
      remaining.set(key(row), left - 1);
      misses.push(row);
    }
  }
  return {
    files: files.length,
    expected: expectedFile.references.length,
    found: found.length,
    truePositives,
    precision: found.length === 0 ? 1 : truePositives / found.length,
    recall: expectedFile.references.length === 0 ? 1 : truePositives / expectedFile.references.length,
    falsePositives,
    misses,
  };
}

function key(row: Row): string {
  return `${row.file}\u0000${row.line}\u0000${row.text}`;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const [fixture, dataset] = args.filter((a) => !a.startsWith('--'));
  const m = measureDetection(fixture, dataset, { exhaustive: args.includes('--exhaustive') });
  console.log(`files ${m.files}, true references ${m.expected}, reported ${m.found}, correct ${m.truePositives}`);
  console.log(`precision ${m.precision.toFixed(4)}  recall ${m.recall.toFixed(4)}`);
  if (verbose || m.falsePositives.length + m.misses.length <= 20) {
    for (const row of m.falsePositives) console.log(`  false positive  ${row.file}:${row.line}  ${row.text}`);
    for (const row of m.misses) console.log(`  missed          ${row.file}:${row.line}  ${row.text}`);
  }
}
