/**
 * The in-process half of bench/detect.mjs: detection alone (no file reading, no assessment), per file kind, on the
 * synthetic monorepo. Prints one JSON line: [{ kind, mb, fastMBs, exhaustiveMBs, same }] plus the prefilter alone.
 *   node --import tsx bench/detect-measure.ts <dir> <runs>
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createModelResolver } from '../src/core/dataset/resolve';
import { detectModelReferences, prefilterFor } from '../src/core/detect';
import { languageFromFileName } from '../src/core/detect/kinds';
import { realDataset } from '../test/unit/helpers/real-dataset';

const [dir, runsArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: detect-measure <dir> [runs]');
const runs = Number(runsArg ?? 5);

const models = realDataset().models();
const resolver = createModelResolver({ models });
const prefilter = prefilterFor(models)!;

const files: string[] = [];
const walk = (folder: string): void => {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) walk(join(folder, entry.name));
    else files.push(join(folder, entry.name));
  }
};
walk(dir);
const byKind = new Map<string, Array<{ name: string; text: string }>>();
for (const name of files) {
  const kind = extname(name).slice(1);
  byKind.set(kind, [...(byKind.get(kind) ?? []), { name, text: readFileSync(name, 'utf8') }]);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Median seconds of `runs` passes of `detect` over the kind's files (one untimed pass first). */
function time(list: Array<{ name: string; text: string }>, exhaustive: boolean): { seconds: number; found: string } {
  let found = '';
  const pass = () => {
    const out: unknown[] = [];
    for (const { name, text } of list) {
      out.push(detectModelReferences(text, { languageId: languageFromFileName(name), fileName: name, isKnown: resolver.isKnown, prefilter, exhaustive }));
    }
    return out;
  };
  found = JSON.stringify(pass());
  const seconds: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    pass();
    seconds.push((performance.now() - start) / 1000);
  }
  return { seconds: median(seconds), found };
}

const rows: Array<Record<string, unknown>> = [];
let allBytes = 0;
let allFast = 0;
let allExhaustive = 0;
for (const [kind, list] of [...byKind].sort()) {
  const bytes = list.reduce((sum, f) => sum + f.text.length, 0);
  const fast = time(list, false);
  const exhaustive = time(list, true);
  allBytes += bytes;
  allFast += fast.seconds;
  allExhaustive += exhaustive.seconds;
  rows.push({ kind, mb: bytes / 1e6, fastMBs: bytes / 1e6 / fast.seconds, exhaustiveMBs: bytes / 1e6 / exhaustive.seconds, same: fast.found === exhaustive.found });
}
const texts = [...byKind.values()].flat();
const scans: number[] = [];
for (let r = 0; r < runs; r++) {
  const start = performance.now();
  for (const { text } of texts) prefilter.scan(text);
  scans.push((performance.now() - start) / 1000);
}
rows.push({ kind: 'all', mb: allBytes / 1e6, fastMBs: allBytes / 1e6 / allFast, exhaustiveMBs: allBytes / 1e6 / allExhaustive, same: rows.every((r) => r.same) });
rows.push({ kind: 'prefilter scan', mb: allBytes / 1e6, fastMBs: allBytes / 1e6 / median(scans) });
console.log(JSON.stringify(rows));
