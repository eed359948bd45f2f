/**
 * Markdown: YAML front matter (model cards: `base_model:`), fenced code read in its fence's language,
 * inline code (often a command: `ollama run llama3.1`), and known ids in prose and tables.
 */
import type { Collector } from './collector';
import { detectCommands, tokenize } from './cli';
import { detectInConfig } from './config';
import { detectKnownTokens } from './prose';
import { languageFromFence } from './kinds';
import { HitKind, type Hits } from './prefilter';

export type RangeDetector = (collector: Collector, languageId: string, from: number, to: number) => void;

/** With the prefilter's `hits`, prose lines without a cue or anchor are not read (tables and fences still are followed). */
export function detectInMarkdown(collector: Collector, from: number, to: number, detectRange: RangeDetector, hits?: Hits): void {
  const text = collector.text;
  let lineStart = from;
  if (text.startsWith('---', from) && (text[from + 3] === '\n' || text[from + 3] === '\r')) {
    const close = findLine(text, from + 4, to, (line) => line === '---' || line === '...');
    if (close) {
      detectInConfig(collector, 'yaml', from + 4, close.start, hits);
      lineStart = close.end + 1;
    }
  }
  const table = new TableColumns(collector);
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    table.line(lineStart, lineEnd);
    const fence = mayOpenFence(text, lineStart, lineEnd) ? FENCE.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 200)).replace(/\r$/, '')) : null;
    if (fence && !(fence[1]![0] === '`' && fence[2]!.includes('`'))) {
      const marker = fence[1]!;
      const bodyStart = lineEnd + 1;
      const close = findLine(text, bodyStart, to, (line) => line.trimStart().startsWith(marker) && line.trim().replace(/[`~]/g, '') === '');
      const bodyEnd = close ? close.start : to;
      if (bodyStart < bodyEnd) detectRange(collector, languageFromFence(fence[2]!), bodyStart, bodyEnd);
      lineStart = close ? close.end + 1 : to;
      continue;
    }
    if (!hits || hits.any(lineStart, lineEnd, HitKind.cue | HitKind.anchor)) proseLine(collector, lineStart, lineEnd);
    lineStart = lineEnd + 1;
  }
}

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})(.*)$/;

/** What FENCE needs before its regular expression runs: up to three blanks, then a backtick or a tilde. */
function mayOpenFence(text: string, start: number, end: number): boolean {
  let p = start;
  while (p < end && p - start < 3 && (text[p] === ' ' || text[p] === '\t')) p++;
  return text[p] === '`' || text[p] === '~';
}

/**
 * Markdown tables: a column headed "License" holds license ids (`llama3.1`, `gemma`), which can spell like
 * model tags; its cells are not read.
 */
class TableColumns {
  private previous: Array<[number, number]> | undefined;
  private licenseColumns: number[] | undefined;

  constructor(private readonly collector: Collector) {}

  line(start: number, end: number): void {
    const text = this.collector.text;
    const cells = splitRow(text, start, end);
    if (!cells) {
      this.previous = undefined;
      this.licenseColumns = undefined;
      return;
    }
    if (cells.every(([s, e]) => /^\s*:?-{3,}:?\s*$/.test(text.slice(s, e))) && this.previous) {
      const headers = this.previous.map(([s, e]) => text.slice(s, e));
      this.licenseColumns = headers.flatMap((h, i) => (/licen[cs]e/i.test(h) ? [i] : []));
    } else if (this.licenseColumns) {
      for (const column of this.licenseColumns) {
        const cell = cells[column];
        if (cell) this.collector.mask(cell[0], cell[1]);
      }
    }
    this.previous = cells;
  }
}

/** Cell ranges of a `| a | b |` row, or undefined when the line is not a table row. */
function splitRow(text: string, start: number, end: number): Array<[number, number]> | undefined {
  let s = start;
  while (s < end && (text[s] === ' ' || text[s] === '\t')) s++;
  if (text[s] !== '|') return undefined;
  const cells: Array<[number, number]> = [];
  let cellStart = s + 1;
  for (let i = s + 1; i < end; i++) {
    if (text[i] === '|' && text[i - 1] !== '\\') {
      cells.push([cellStart, i]);
      cellStart = i + 1;
    }
  }
  if (cellStart < end && text.slice(cellStart, end).trim()) cells.push([cellStart, end]);
  return cells;
}

function proseLine(collector: Collector, start: number, end: number): void {
  const text = collector.text;
  let i = text.indexOf('`', start);
  while (i >= 0 && i < end) {
    const close = text.indexOf('`', i + 1);
    if (close < 0 || close >= end) break;
    detectCommands(collector, tokenize(text, i + 1, close));
    i = text.indexOf('`', close + 1);
  }
  detectKnownTokens(collector, start, end, 'prose');
}

function findLine(text: string, from: number, to: number, test: (line: string) => boolean): { start: number; end: number } | undefined {
  let start = from;
  while (start < to) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    if (test(text.slice(start, Math.min(end, start + 200)).replace(/\r$/, ''))) return { start, end };
    start = end + 1;
  }
  return undefined;
}
