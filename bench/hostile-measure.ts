/**
 * The in-process half of bench/hostile.mjs: what the editor runs on an open document (detection, assessment and the
 * file analysers) on hostile text of given sizes. Prints one JSON line: [{ shape, mb, seconds, findings }].
 *   node --import tsx bench/hostile-measure.ts <mb,mb,...> <runs> [shape]
 */
import { performance } from 'node:perf_hooks';
import { analyzeFileText } from '../src/core/analyzers';
import { DEFAULT_POLICY } from '../src/core/assess/policy';
import { createTextDocument } from '../src/core/document';
import { createEngine } from '../src/core/engine';
import { realDataset } from '../test/unit/helpers/real-dataset';

const [sizesArg, runsArg, onlyShape] = process.argv.slice(2);
if (!sizesArg) throw new Error('usage: hostile-measure <mb,mb,...>|shapes [runs] [shape]');
const sizes = sizesArg === 'shapes' ? [] : sizesArg.split(',').map(Number);
const runs = Number(runsArg ?? 3);
const MB = 1024 * 1024;

/** Each shape: a language, and text of about `bytes` built from a repeated unit (one line or many). */
const SHAPES: Record<string, { languageId: string; file: string; build: (bytes: number) => string }> = {
  'a/ line': { languageId: 'python', file: 'slashes.py', build: (bytes) => `p = "${'a/'.repeat(bytes / 2)}"\n` },
  'dash lines (markdown)': { languageId: 'markdown', file: 'README.md', build: (bytes) => fill(`${'-'.repeat(4000)}\n| ${'-'.repeat(2000)} |\n`, bytes) },
  'dash run (yaml)': { languageId: 'yaml', file: 'config.yaml', build: (bytes) => `model: ${'-'.repeat(bytes)}\n` },
  'minified line (js)': {
    languageId: 'javascript',
    file: 'vendor.min.js',
    build: (bytes) => fill('var a=function(b){return b&&b.c?b.d:{model:"gpt-4o",e:"<svg onload=alert(1)>",f:[1,2,3]}};', bytes),
  },
  'markup ids (python)': {
    languageId: 'python',
    file: 'markup.py',
    build: (bytes) => fill('m = AutoModel.from_pretrained("<img src=x onerror=alert(1)>")\nc.create(model="[x](command:workbench.action.terminal.new)")\n', bytes),
  },
  'section line of ] (toml)': { languageId: 'toml', file: 'config.toml', build: (bytes) => `[${']'.repeat(bytes)}\u2028x\n` },
  'suppression marker + spaces': { languageId: 'python', file: 'suppressed.py', build: (bytes) => `x = 1  # ai-license-lens-ignore${' '.repeat(bytes)}\n` },
};

function fill(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

const engine = createEngine({ dataset: realDataset(), policy: DEFAULT_POLICY });
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const rows: Array<{ shape: string; mb: number; seconds: number; findings: number }> = [];
if (sizesArg === 'shapes') {
  console.log(JSON.stringify(Object.keys(SHAPES)));
  process.exit(0);
}
for (const [shape, { languageId, file, build }] of Object.entries(SHAPES)) {
  if (onlyShape && shape !== onlyShape) continue;
  engine.analyzeDocument(createTextDocument(`file:///${file}`, build(64 * 1024)), { file, languageId }); // warm up
  for (const mb of sizes) {
    const text = build(Math.round(mb * MB));
    const times: number[] = [];
    let findings = 0;
    for (let run = 0; run < (mb >= 16 ? 1 : runs); run++) {
      const started = performance.now();
      findings = engine.analyzeDocument(createTextDocument(`file:///${file}`, text), { file, languageId }).length;
      findings += analyzeFileText(text, engine, { file }).length;
      times.push((performance.now() - started) / 1000);
    }
    rows.push({ shape, mb, seconds: median(times), findings });
  }
}
console.log(JSON.stringify(rows));
