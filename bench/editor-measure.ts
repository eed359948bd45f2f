/**
 * In-process editor figures with the real dataset (dist/dataset.json, as the extension loads it), printed as
 * one JSON object for bench/editor.mjs: hover (lookup + Markdown), diagnostics of a 5,000-line Python file, and
 * the same after a one-line edit. src/vscode cannot load in plain Node, so this times the core calls the
 * adapters make (src/vscode/findings.ts, hover.ts, diagnostics.ts) with the same arguments.
 *   node --import tsx bench/editor-measure.ts [--quick]
 */
import { join } from 'node:path';
import { analyzeFileText } from '../src/core/analyzers';
import { parsePolicy } from '../src/core/assess/policy';
import { loadDatasetFileAsync } from '../src/core/dataset/load-file';
import { createTextDocument, type TextDocumentLike } from '../src/core/document';
import { DetectionMemo } from '../src/core/detect';
import { createEngine, type Engine } from '../src/core/engine';
import type { Finding } from '../src/core/finding';
import { renderHover } from '../src/core/present/hover';
import { createDiagnosticReuse } from '../src/vscode/diagnostic-reuse';
import { editOneLine, pythonDocument } from './editor-document';

const quick = process.argv.includes('--quick');
const HOVER_ID = 'meta-llama/Llama-3.1-8B-Instruct';
const URI = 'file:///bench/service.py';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median milliseconds of `runs` calls after `warmup` untimed ones. */
function time(runs: number, warmup: number, call: (run: number) => void): number {
  for (let i = 0; i < warmup; i++) call(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    call(i);
    samples.push(performance.now() - started);
  }
  return median(samples);
}

/** Median milliseconds of two calls timed in turn, `runs` times each after `warmup` untimed rounds. */
function timePair(runs: number, warmup: number, first: (run: number) => void, second: (run: number) => void): { first: number; second: number } {
  for (let i = 0; i < warmup; i++) {
    first(i);
    second(i);
  }
  const samples = { first: [] as number[], second: [] as number[] };
  for (let i = 0; i < runs; i++) {
    let started = performance.now();
    first(i);
    samples.first.push(performance.now() - started);
    started = performance.now();
    second(i);
    samples.second.push(performance.now() - started);
  }
  return { first: median(samples.first), second: median(samples.second) };
}

/** What the hover provider does once it has the finding: the (cached) assessment and the Markdown. */
function hoverMarkdown(engine: Engine, raw: string): string {
  const { resolution, assessment } = engine.assess(raw);
  return renderHover({ raw, resolution, assessment, dataset: engine.dataset });
}

/** What findings.ts computes for a document (with the document's detection memo once it has been checked). */
function findingsOf(engine: Engine, document: TextDocumentLike, memo?: DetectionMemo): Finding[] {
  return [
    ...engine.analyzeDocument(document, { file: URI, languageId: 'python', memo }),
    ...analyzeFileText(document.getText(), engine, { file: '/bench/service.py' }),
  ];
}

/** A diagnostic as diagnostics.ts makes one: the range from the document's offsets, message, severity, code. */
function toDiagnostic(document: TextDocumentLike, finding: Finding) {
  return { start: document.positionAt(finding.start), end: document.positionAt(finding.end), message: finding.message, severity: finding.severity, code: finding.rule };
}

/** A first check of a document: findings, then a new diagnostic for each. */
function diagnosticsOf(engine: Engine, document: TextDocumentLike): { findings: Finding[]; ranges: number } {
  const findings = findingsOf(engine, document);
  const { diagnostics } = createDiagnosticReuse().update(findings, (finding) => toDiagnostic(document, finding));
  return { findings, ranges: diagnostics.length };
}

/** A VS Code document keeps its line index up to date as it is edited; build ours before timing. */
function openDocument(text: string): TextDocumentLike {
  const document = createTextDocument(URI, text);
  document.positionAt(text.length);
  return document;
}

async function main(): Promise<void> {
  const loadStarted = performance.now();
  const { view } = await loadDatasetFileAsync(join(__dirname, '..', 'dist', 'dataset.json'));
  const engine = createEngine({ dataset: view, policy: parsePolicy({}) });
  const datasetLoadMs = performance.now() - loadStarted;

  const hoverColdStarted = performance.now();
  hoverMarkdown(engine, HOVER_ID);
  const hoverColdMs = performance.now() - hoverColdStarted;
  const hoverMs = time(quick ? 500 : 5000, 200, () => hoverMarkdown(engine, HOVER_ID));

  const text = pythonDocument(5000);
  const lines = text.split('\n').length - 1;
  const document = openDocument(text);
  const { findings, ranges } = diagnosticsOf(engine, document);
  const runs = quick ? 15 : 60;
  // One-line edits in the middle of the file, alternating so that no two consecutive texts are equal.
  const middle = Math.floor(lines / 2);
  const edits = [0, 1].map((n) => openDocument(editOneLine(text, middle, `        retries_${n} = self.config.get("retries", ${n})`)));
  // The editor's re-check after an edit (findings.ts, diagnostics.ts): the document's detection memo and its
  // diagnostics are kept from the check before, so only the edited window is read and unchanged diagnostics reused.
  const memo = new DetectionMemo();
  const reuse = createDiagnosticReuse();
  reuse.update(findingsOf(engine, document, memo), (finding) => toDiagnostic(document, finding));
  // Interleaved, so that both medians see the same load on a shared machine.
  // 30 untimed pairs first: the extension host runs for hours, so its detectors are optimised code; with 5, the
  // median still caught V8 tiering up (6-9 ms against 5.5 ms warm).
  const { first: diagnosticsMs, second: incrementalMs } = timePair(runs, 30, () => diagnosticsOf(engine, document), (run) => {
    const edited = edits[run % 2]!;
    reuse.update(findingsOf(engine, edited, memo), (finding) => toDiagnostic(edited, finding));
  });
  // The memo must not change what is found: the timed edits, then edits that change the structure after them (a
  // docstring opened and closed again, an unclosed bracket, a line deleted), each against a full run.
  const lineStart = text.split('\n', middle).join('\n').length + 1;
  const structural = [
    ...edits.map((edited) => edited.getText()),
    `${text.slice(0, lineStart)}    """${text.slice(lineStart)}`,
    `${text.slice(0, lineStart)}    """open"""${text.slice(lineStart)}`,
    `${text.slice(0, lineStart)}    x = ([${text.slice(lineStart)}`,
    text.slice(0, lineStart) + text.slice(text.indexOf('\n', lineStart) + 1),
    text,
  ];
  for (const version of structural) {
    const edited = openDocument(version);
    const expected = JSON.stringify(findingsOf(engine, edited));
    if (JSON.stringify(findingsOf(engine, edited, memo)) !== expected) throw new Error('the detection memo changed the findings');
  }
  const strategy = `the document's detection memo: the prefilter rescans the edited lines, the lexer and the clean points restart before the edit and resynchronise after it, unchanged windows keep their references (${memo.misses} windows walked in all) + reuse of unchanged diagnostics; same findings as a full run`;

  console.log(JSON.stringify({
    datasetLoadMs,
    models: view.modelCount?.() ?? view.models().length,
    hover: { id: HOVER_ID, medianMs: hoverMs, coldMs: hoverColdMs },
    diagnostics: { lines, bytes: Buffer.byteLength(text), findings: findings.length, diagnostics: ranges, medianMs: diagnosticsMs },
    incremental: { medianMs: incrementalMs, strategy },
  }));
}

void main();
