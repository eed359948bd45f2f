/**
 * Where the code walker must read, given the prefilter's hits. A light pass follows only what carries state from
 * one statement to the next (bracket depth, line starts, TOML sections) and notes *clean points*: line starts
 * where the walker's state is the same whatever came before (no bracket open, the statement ended). A window
 * runs from the clean point before a hit to the clean point after it; text outside every window holds no hit,
 * so it yields nothing. The one state a window cannot rebuild (`name = "org/x"` long before
 * `from_pretrained(name)`, a stray `] =`) makes the walker start over on the whole file.
 */
import { keyStrength } from './keys';
import type { CodeOptions } from './code';
import type { Segment } from './lexer';
import { HitKind, type Hits } from './prefilter';

export interface CodeWindow {
  start: number;
  end: number;
  /** Index of the first segment at or after `start`. */
  segmentIndex: number;
  /** The TOML section the window starts in. */
  section: string | undefined;
}

export function codeWindows(text: string, options: CodeOptions, segments: Segment[], hits: Hits, from: number, to: number): CodeWindow[] {
  const points = cleanPoints(text, options, segments, from, to);
  const wanted = wantedRanges(hits, points.hot);
  const windows: CodeWindow[] = [];
  let p = 0; // index into points, kept ascending
  for (const [rangeStart, rangeEnd] of wanted) {
    while (p + 1 < points.at.length && points.at[p + 1]! <= rangeStart) p++;
    let q = p;
    while (q < points.at.length && points.at[q]! < rangeEnd) q++;
    const start = points.at[p]!;
    const end = q < points.at.length ? points.at[q]! : to;
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end, segmentIndex: points.segment[p]!, section: points.section[p] });
  }
  return windows;
}

/** [start, end) ranges the walker must cover: each hit's own characters, and whole TOML sections named for a model. */
function wantedRanges(hits: Hits, hot: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let h = 0;
  const kinds = HitKind.cue | HitKind.anchor;
  const pushHitsBefore = (limit: number): void => {
    for (; h < hits.count && hits.ends[h]! - 1 < limit; h++) {
      if (hits.kinds[h]! & kinds) out.push([hits.ends[h]! - 1, hits.ends[h]!]);
    }
  };
  for (const range of hot) {
    pushHitsBefore(range[0]);
    out.push(range);
  }
  pushHitsBefore(Infinity);
  return out;
}

interface CleanPoints {
  /** Clean points, ascending; the first is `from`. */
  at: number[];
  segment: number[];
  section: Array<string | undefined>;
  /** TOML sections whose name makes `name = "x"` under them a model (keys.ts `nestedKeyStrength`). */
  hot: Array<[number, number]>;
}

/**
 * The walker's structure without its reading: the same loop as `Walker.run` (code.ts), keeping only the bracket
 * depth and the TOML section (the line-start flag is worked out where it matters).
 */
function cleanPoints(text: string, options: CodeOptions, segments: Segment[], from: number, to: number): CleanPoints {
  const python = options.flavor === 'python';
  const tomlSections = options.config === true && python;
  const points: CleanPoints = { at: [from], segment: [0], section: [undefined], hot: [] };
  let hotStart = -1;
  let section: string | undefined;
  let depth = 0;
  let s = 0;
  let i = from;
  while (i < to) {
    const segment = segments[s];
    if (segment && segment.start <= i) {
      s++;
      i = Math.max(i, segment.end);
      continue;
    }
    const stop = segment ? Math.min(segment.start, to) : to;
    // only newlines, brackets and `!` change what the walker carries: jump to the next one
    STRUCTURE.lastIndex = i;
    const next = STRUCTURE.test(text) ? STRUCTURE.lastIndex - 1 : to; // test() allocates no match
    if (next >= stop) {
      i = stop;
      continue;
    }
    i = next;
    const code = text.charCodeAt(i);
    if (code === 10) {
      if (depth === 0 && statementEnds(text, i, python) && startsCleanly(text, i + 1, to)) {
        points.at.push(i + 1);
        points.segment.push(s);
        points.section.push(section);
      }
      i++;
    } else if (code === 33 /* ! */) {
      // a notebook shell escape at a line start: the walker skips to the line end (or the next segment)
      i = python && atLineStart(text, i, from) ? Math.min(lineEnd(text, i), stop) : i + 1;
    } else if (code === 91 /* [ */ && tomlSections && depth === 0 && atLineStart(text, i, from)) {
      const end = Math.min(lineEnd(text, i), stop);
      section = text.slice(i, end).replace(/^\[+|\].*$/g, '').trim(); // as Walker.run reads it
      if (hotStart >= 0) points.hot.push([hotStart, i]);
      hotStart = keyStrength(section.slice(section.lastIndexOf('.') + 1)) === 'key' ? i : -1;
      i = end;
    } else {
      if (code === 40 || code === 91 || code === 123) depth++;
      else if (depth > 0) depth--;
      i++;
    }
  }
  if (hotStart >= 0) points.hot.push([hotStart, to]);
  return points;
}

const STRUCTURE = /[\n!()[\]{}]/g;

/** The walker's `lineStart`: only blanks since the line began (a segment would have put a quote or `#` there). */
function atLineStart(text: string, at: number, from: number): boolean {
  let p = at - 1;
  while (p >= from && (text[p] === ' ' || text[p] === '\t' || text[p] === '\r')) p--;
  return p < from || text[p] === '\n';
}

/** The walker resets the statement at this newline (code.ts `newline` at the root frame). */
function statementEnds(text: string, at: number, python: boolean): boolean {
  let p = at - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t' || text[p] === '\r' || text[p] === '\n')) p--;
  const previous = text[p];
  if (previous === ':' && python) return true;
  return !(previous === '=' || previous === ':' || previous === ',' || previous === '\\' || previous === '?' || previous === '|' || previous === '&');
}

/**
 * The first thing after `at` does not look back past it: an opening bracket asks whether a name came just
 * before it (a call, a subscript), and `=` whether a subscript did (`config["model"] = x`).
 */
function startsCleanly(text: string, at: number, to: number): boolean {
  let p = at;
  while (p < to && (text[p] === ' ' || text[p] === '\t' || text[p] === '\r' || text[p] === '\n')) p++;
  const first = text[p];
  return first !== '(' && first !== '[' && first !== '{' && first !== '=';
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}
