/**
 * Where the code walker must read, given the prefilter's hits. A light pass follows only what carries state from
 * one statement to the next (bracket depth, line starts, TOML sections) and notes *clean points*: line starts
 * where the walker's state is the same whatever came before (no bracket open, the statement ended). A window
 * runs from the clean point before a hit to the clean point after it; text outside every window holds no hit,
 * so it yields nothing. The one state a window cannot rebuild (`name = "org/x"` long before
 * `from_pretrained(name)`, a stray `] =`) makes the walker start over on the whole file.
 */
import { isNeverKey, keyStrength } from './keys';
import type { CodeOptions } from './code';
import type { Segment } from './lexer';
import { HitKind, type Hits } from './prefilter';
import { tomlSectionName } from './section';

export interface CodeWindow {
  start: number;
  end: number;
  /** Index of the first segment at or after `start`. */
  segmentIndex: number;
  /** The TOML section the window starts in. */
  section: string | undefined;
  /** Blocks (`{`, each opened with nothing model-related before it) open at `start`. */
  depth: number;
}

export function codeWindows(text: string, options: CodeOptions, segments: Segment[], hits: Hits, from: number, to: number): CodeWindow[] {
  const points = cleanPoints(text, options, segments, from, to);
  const count = points.at.length;
  const ranges: WindowRange[] = []; // ascending, disjoint, not touching
  let p = 0;
  for (const [rangeStart, rangeEnd] of wantedRanges(hits, points.hot)) {
    while (p + 1 < count && points.at[p + 1]! <= rangeStart) p++;
    let q = p + 1;
    let lowest = points.dip[p]!;
    while (q < count && points.at[q]! < rangeEnd) lowest = Math.min(lowest, points.dip[q++]!);
    ranges.push(closeWindow(points, ranges, { first: p, after: q, lowest }));
  }
  return ranges.map(({ first, after }) => ({
    start: points.at[first]!,
    end: after < count ? points.at[after]! : to,
    segmentIndex: points.segment[first]!,
    section: points.section[first],
    depth: points.depth[first]!,
  }));
}

/** Clean points [first, after) of a window, and the fewest blocks open anywhere in it. */
interface WindowRange {
  first: number;
  after: number;
  lowest: number;
}

/**
 * Grows a new window until it is closed: a window starting inside blocks must not close them (what follows a
 * block's end depends on the statement that opened it), so its start moves out to a point no deeper than the
 * shallowest the window goes; a window that reaches the previous one merges with it. Merging as soon as the two
 * touch means no point is stepped over twice, so hits on every line stay linear.
 */
function closeWindow(points: CleanPoints, ranges: WindowRange[], range: WindowRange): WindowRange {
  for (;;) {
    const last = ranges[ranges.length - 1];
    if (last && last.after >= range.first) {
      ranges.pop();
      range = { first: Math.min(last.first, range.first), after: Math.max(last.after, range.after), lowest: Math.min(last.lowest, range.lowest) };
    } else if (range.first > 0 && points.depth[range.first]! > range.lowest) {
      range.first--;
      range.lowest = Math.min(range.lowest, points.dip[range.first]!);
    } else {
      return range;
    }
  }
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
  /** Blocks open at each point. */
  depth: number[];
  /** The fewest blocks open between each point and the next. */
  dip: number[];
  /** Ranges to read whatever the hits say: TOML sections whose name makes `name = "x"` under them a model (keys.ts
   * `nestedKeyStrength`), and stray `]` (see below). */
  hot: Array<[number, number]>;
}

/** An open bracket of the light pass. */
interface LightFrame {
  code: number;
  /**
   * Root, or a `{` whose walker frame is known exactly: opened at statement level with nothing before it that could
   * be a model key or a never-model key (so not `never`, no collection strength).
   */
  plain: boolean;
  /** Where the frame's current statement began. */
  statementStart: number;
  /** How far the statement has been read for keys (`statementIsPlain`), the next segment from there, the last one before. */
  readTo: number;
  readSegment: number;
  lastSegment: Segment | undefined;
  /** No model or never-model key in the statement up to `readTo`. */
  statementPlain: boolean;
}

function lightFrame(code: number, plain: boolean, start: number, segment: number): LightFrame {
  return { code, plain, statementStart: start, readTo: start, readSegment: segment, lastSegment: undefined, statementPlain: true };
}

/**
 * The walker's structure without its reading: the same loop as `Walker.run` (code.ts), keeping only the open
 * brackets and the TOML section (the line-start flag is worked out where it matters). A clean point is a line
 * start where every open bracket is a plain block and the statement just ended.
 */
function cleanPoints(text: string, options: CodeOptions, segments: Segment[], from: number, to: number): CleanPoints {
  const python = options.flavor === 'python';
  const tomlSections = options.config === true && python;
  // blocks are statement-level in C-like code; a Python or JSON/TOML `{` is a value, never a clean place
  const blocks = options.flavor === 'c' && options.config !== true;
  const points: CleanPoints = { at: [from], segment: [0], section: [undefined], depth: [0], dip: [], hot: [] };
  const stack: LightFrame[] = [lightFrame(0, true, from, 0)];
  let blockers = 0; // frames on the stack that are not plain
  let lowest = 0; // fewest blocks open since the last point
  let hotStart = -1;
  let section: string | undefined;
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
    const top = stack[stack.length - 1]!;
    if (code === 10) {
      if ((top.code === 0 || top.code === 123) && statementEnds(text, i, python)) {
        stack[stack.length - 1] = lightFrame(top.code, top.plain, i + 1, s);
        if (blockers === 0 && (stack.length === 1 || blocks) && startsCleanly(text, i + 1, to)) {
          points.dip.push(lowest);
          lowest = stack.length - 1;
          points.at.push(i + 1);
          points.segment.push(s);
          points.section.push(section);
          points.depth.push(stack.length - 1);
        }
      }
      i++;
    } else if (code === 33 /* ! */) {
      // a notebook shell escape at a line start: the walker skips to the line end (or the next segment)
      i = python && atLineStart(text, i, from) ? Math.min(lineEnd(text, i), stop) : i + 1;
    } else if (code === 91 /* [ */ && tomlSections && stack.length === 1 && atLineStart(text, i, from)) {
      const end = Math.min(lineEnd(text, i), stop);
      section = tomlSectionName(text.slice(i, end)); // as Walker.run reads it
      if (hotStart >= 0) points.hot.push([hotStart, i]);
      hotStart = keyStrength(section.slice(section.lastIndexOf('.') + 1)) === 'key' ? i : -1;
      i = end;
    } else if (code === 40 || code === 91 || code === 123) {
      const plain = code === 123 && blocks && top.plain && (top.code === 0 || top.code === 123) && statementIsPlain(text, segments, top, i);
      if (!plain) blockers++;
      stack.push(lightFrame(code, plain, i + 1, s));
      i++;
    } else {
      if (stack.length > 1) {
        if (!stack.pop()!.plain) blockers--;
        lowest = Math.min(lowest, stack.length - 1);
      } else if (code === 93) {
        // a stray `]`: a `] = x` after it takes the key of the last subscript, wherever that was; the walker over
        // this window starts over on the whole file when that happens
        points.hot.push([i, i + 1]);
      }
      i++;
    }
  }
  points.dip.push(lowest);
  if (hotStart >= 0) points.hot.push([hotStart, to]);
  points.hot.sort((a, b) => a[0] - b[0]);
  return points;
}

/**
 * Whether the frame's statement up to `to`, outside nested brackets, names no key the walker would weigh: every
 * `=` or `:` there follows something that is neither a model key nor a never-model key (keys.ts). What counts
 * as a key is read generously (any name or literal before `=`/`:`), so a doubt makes the block not plain.
 * Reads on from where the last call stopped (a minified file is one statement with thousands of blocks).
 */
function statementIsPlain(text: string, segments: Segment[], frame: LightFrame, to: number): boolean {
  let s = frame.readSegment;
  let lastSegment = frame.lastSegment;
  let nested = 0;
  let i = frame.readTo;
  while (i < to && frame.statementPlain) {
    const segment = segments[s];
    if (segment && segment.start <= i) {
      s++;
      i = Math.max(i, segment.end);
      lastSegment = segment;
      continue;
    }
    const stop = segment ? Math.min(segment.start, to) : to;
    KEY_MARKS.lastIndex = i;
    const next = KEY_MARKS.test(text) ? KEY_MARKS.lastIndex - 1 : to;
    if (next >= stop) {
      i = stop;
      continue;
    }
    i = next;
    const code = text.charCodeAt(i);
    if (code === 40 || code === 91 || code === 123) nested++;
    else if (code === 41 || code === 93 || code === 125) nested = Math.max(0, nested - 1);
    else if (nested === 0 && !beforeMarkIsPlain(text, frame.statementStart, i, lastSegment)) frame.statementPlain = false;
    i++;
  }
  frame.readTo = Math.max(i, to);
  frame.readSegment = s;
  frame.lastSegment = lastSegment;
  return frame.statementPlain;
}

const KEY_MARKS = /[=:()[\]{}]/g;

/** What comes before a `=` or `:` at `at`: plain unless a name or literal there is a model or never-model key. */
function beforeMarkIsPlain(text: string, from: number, at: number, lastSegment: Segment | undefined): boolean {
  let p = at - 1;
  while (p >= from && (text[p] === ' ' || text[p] === '\t')) p--;
  if (p < from) return true;
  const ch = text[p]!;
  if (ch === ']') return false; // `config["model"] = x`
  if (ch === '"' || ch === "'" || ch === '`') {
    if (!lastSegment || lastSegment.end !== p + 1) return false;
    return isPlainKey(text.slice(lastSegment.contentStart, lastSegment.contentEnd));
  }
  if (!isNameCode(text.charCodeAt(p))) return true;
  let start = p;
  while (start > from && isNameCode(text.charCodeAt(start - 1))) start--;
  const chain = text.slice(start, p + 1);
  const dot = chain.lastIndexOf('.');
  return isPlainKey(dot >= 0 ? chain.slice(dot + 1) : chain.replace(/^[0-9]+/, ''));
}

function isPlainKey(key: string): boolean {
  return keyStrength(key) === undefined && !isNeverKey(key);
}

/** Identifier characters of the walker (code.ts `isIdentPart`): letters, digits, `_`, `$`, `.`. */
function isNameCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36 || code === 46;
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
