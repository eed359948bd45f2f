/**
 * Where the code walker must read, given the prefilter's hits. A light pass follows only what carries state from
 * one statement to the next (bracket depth, line starts, TOML sections) and notes *clean points*: line starts
 * where the walker's state is the same whatever came before (no bracket open, the statement ended). A window
 * runs from the clean point before a hit to the clean point after it; text outside every window holds no hit,
 * so it yields nothing. The one state a window cannot rebuild (`name = "org/x"` long before
 * `from_pretrained(name)`, a stray `] =`) makes the walker start over on the whole file.
 *
 * The light pass can also start at any clean point (`lightPass`): its state there is the point's depth, TOML
 * section and hot section, nothing else, so a re-run after an edit starts at the point before it (code-run.ts).
 */
import { isNeverKey, keyStrength } from './keys';
import type { CodeOptions } from './code';
import { codeUnitsOf } from './code-units';
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

export interface CleanPoints {
  /** Clean points, ascending; the first is where the pass started. */
  at: number[];
  /** Index of the first segment at or after each point. */
  segment: number[];
  section: Array<string | undefined>;
  /** Blocks open at each point. */
  depth: number[];
  /** The fewest blocks open between each point and the next. */
  dip: number[];
  /** Start of the hot TOML section open at each point, -1 when none: what a pass starting there carries. */
  hotFrom: number[];
  /** Ranges to read whatever the hits say: TOML sections whose name makes `name = "x"` under them a model (keys.ts
   * `nestedKeyStrength`), and stray `]` (see below). Ascending by start once the pass is over. */
  hot: Array<[number, number]>;
}

export function codeWindows(text: string, options: CodeOptions, segments: Segment[], hits: Hits, from: number, to: number): CodeWindow[] {
  return windowsOf(cleanPoints(text, options, segments, from, to), hits, to);
}

export function cleanPoints(text: string, options: CodeOptions, segments: Segment[], from: number, to: number): CleanPoints {
  const points: CleanPoints = { at: [from], segment: [0], section: [undefined], depth: [0], dip: [], hotFrom: [-1], hot: [] };
  lightPass(text, options, segments, points, from, to);
  points.hot.sort((a, b) => a[0] - b[0]);
  return points;
}

/**
 * The windows to walk over `points`: one per hit (and per hot range), grown until closed (`addRange`), merged as
 * soon as they touch. `to` ends the last window.
 */
export function windowsOf(points: CleanPoints, hits: Hits, to: number): CodeWindow[] {
  const { at, dip, depth } = points;
  const count = at.length;
  // ranges of clean points [first, after), ascending, disjoint, not touching; `low`: fewest blocks open in each
  const first: number[] = [];
  const after: number[] = [];
  const low: number[] = [];
  /**
   * Grows a new range until it is closed: a window starting inside blocks must not close them (what follows a
   * block's end depends on the statement that opened it), so its start moves out to a point no deeper than the
   * shallowest the window goes; a window that reaches the previous one merges with it. Merging as soon as the two
   * touch means no point is stepped over twice, so hits on every line stay linear.
   */
  const addRange = (f: number, a: number, l: number): void => {
    for (;;) {
      const n = first.length - 1;
      if (n >= 0 && after[n]! >= f) {
        f = Math.min(first[n]!, f);
        a = Math.max(after[n]!, a);
        l = Math.min(low[n]!, l);
        first.pop();
        after.pop();
        low.pop();
      } else if (f > 0 && depth[f]! > l) {
        f--;
        l = Math.min(l, dip[f]!);
      } else {
        first.push(f);
        after.push(a);
        low.push(l);
        return;
      }
    }
  };
  let p = 0;
  const want = (rangeStart: number, rangeEnd: number): void => {
    while (p + 1 < count && at[p + 1]! <= rangeStart) p++;
    let q = p + 1;
    let lowest = dip[p]!;
    while (q < count && at[q]! < rangeEnd) lowest = Math.min(lowest, dip[q++]!);
    addRange(p, q, lowest);
  };
  // what the walker must cover: each cue or anchor hit's last character, and the hot ranges, in this order
  const { ends, kinds } = hits;
  const hitCount = ends.length;
  const wanted = HitKind.cue | HitKind.anchor;
  let h = 0;
  for (const [hotStart, hotEnd] of points.hot) {
    for (; h < hitCount && ends[h]! - 1 < hotStart; h++) if (kinds[h]! & wanted) want(ends[h]! - 1, ends[h]!);
    want(hotStart, hotEnd);
  }
  for (; h < hitCount; h++) if (kinds[h]! & wanted) want(ends[h]! - 1, ends[h]!);
  const windows: CodeWindow[] = [];
  for (let r = 0; r < first.length; r++) {
    const f = first[r]!;
    const a = after[r]!;
    windows.push({ start: at[f]!, end: a < count ? at[a]! : to, segmentIndex: points.segment[f]!, section: points.section[f], depth: depth[f]! });
  }
  return windows;
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

/** A closed frame reused for a new bracket. */
function openFrame(frame: LightFrame, code: number, plain: boolean, start: number, segment: number): void {
  frame.code = code;
  frame.plain = plain;
  restartStatement(frame, start, segment);
}

/** The frame starts a new statement at `start` (the next segment is `segment`). */
function restartStatement(frame: LightFrame, start: number, segment: number): void {
  frame.statementStart = start;
  frame.readTo = start;
  frame.readSegment = segment;
  frame.lastSegment = undefined;
  frame.statementPlain = true;
}

/**
 * Called at each new clean point after the first, with the pass's state there (`hotStart`: the open hot section's
 * start, -1 when none); true stops the pass there, without recording the point.
 */
export type StopAt = (at: number, depth: number, section: string | undefined, hotStart: number) => boolean;

/**
 * The walker's structure without its reading: the same loop as `Walker.run` (code.ts), keeping only the open
 * brackets and the TOML section (the line-start flag is worked out where it matters). A clean point is a line
 * start where every open bracket is a plain block and the statement just ended.
 *
 * Starts at the last point of `points` (its `dip` not yet noted), appends the points after it and the hot ranges,
 * and returns where it stopped: `to`, or the point where `stop` said so (the dip before it is noted). `from` is
 * where the text being read begins (a line start for the walker).
 */
export function lightPass(text: string, options: CodeOptions, segments: Segment[], points: CleanPoints, from: number, to: number, stop?: StopAt): number {
  const units = codeUnitsOf(text);
  const python = options.flavor === 'python';
  const tomlSections = options.config === true && python;
  // blocks are statement-level in C-like code; a Python or JSON/TOML `{` is a value, never a clean place
  const blocks = options.flavor === 'c' && options.config !== true;
  const last = points.at.length - 1;
  const start = points.at[last]!;
  let s = points.segment[last]!;
  let section = points.section[last];
  let hotStart = points.hotFrom[last]!;
  let lowest = points.depth[last]!;
  // the point's blocks are plain, their statements so far plain too (else a bracket would not be); each lower one
  // is read again from the `}` that makes it the top one (see the pop below), so its own start does not matter
  // frames[0, height) are open; closed ones stay for reuse (a bracket per few characters: no object each)
  const frames: LightFrame[] = [lightFrame(0, true, start, s)];
  for (let d = 0; d < lowest; d++) frames.push(lightFrame(123, true, start, s));
  let height = frames.length;
  let blockers = 0; // frames on the stack that are not plain
  let segment = segments[s];
  let segmentStart = segment ? segment.start : Infinity;
  let i = start;
  while (i < to) {
    if (segmentStart <= i) {
      i = Math.max(i, segment!.end);
      segment = segments[++s];
      segmentStart = segment ? segment.start : Infinity;
      continue;
    }
    const stopAt = segmentStart < to ? segmentStart : to;
    // only newlines, brackets and `!` change what the walker carries: jump to the next one
    while (i < stopAt) {
      const code = units[i]!;
      if (code <= 125 && STRUCTURE[code] === 1) break;
      i++;
    }
    if (i >= stopAt) {
      i = stopAt;
      continue;
    }
    const code = units[i]!;
    const top = frames[height - 1]!;
    if (code === 10) {
      // without blocks, a newline inside brackets is never a point, and frames' statements are never read
      if ((blocks || height === 1) && (top.code === 0 || top.code === 123) && statementEnds(units, i, python)) {
        restartStatement(top, i + 1, s);
        if (blockers === 0 && (height === 1 || blocks) && startsCleanly(units, i + 1, to)) {
          const depth = height - 1;
          points.dip.push(lowest);
          if (stop?.(i + 1, depth, section, hotStart)) return i + 1;
          lowest = depth;
          points.at.push(i + 1);
          points.segment.push(s);
          points.section.push(section);
          points.depth.push(depth);
          points.hotFrom.push(hotStart);
        }
      }
      i++;
    } else if (code === 33 /* ! */) {
      // a notebook shell escape at a line start: the walker skips to the line end (or the next segment)
      i = python && atLineStart(units, i, from) ? Math.min(lineEnd(text, i), stopAt) : i + 1;
    } else if (code === 91 /* [ */ && tomlSections && height === 1 && atLineStart(units, i, from)) {
      const end = Math.min(lineEnd(text, i), stopAt);
      section = tomlSectionName(text.slice(i, end)); // as Walker.run reads it
      if (hotStart >= 0) points.hot.push([hotStart, i]);
      hotStart = keyStrength(section.slice(section.lastIndexOf('.') + 1)) === 'key' ? i : -1;
      i = end;
    } else if (code === 40 || code === 91 || code === 123) {
      const plain = code === 123 && blocks && top.plain && (top.code === 0 || top.code === 123) && statementIsPlain(text, units, segments, top, i);
      if (!plain) blockers++;
      const frame = frames[height];
      if (frame) openFrame(frame, code, plain, i + 1, s);
      else frames.push(lightFrame(code, plain, i + 1, s));
      height++;
      i++;
    } else {
      if (height > 1) {
        const closed = frames[--height]!;
        if (!closed.plain) blockers--;
        else {
          // the frame below had read its statement up to this block's `{` and found it plain; reading on from the
          // `}` finds the same (the block's inside is nested for it, and a name or quote before a later `=` or `:`
          // cannot reach back past the `}`), and needs nothing from before this point
          restartRead(frames[height - 1]!, i + 1, s);
        }
        lowest = Math.min(lowest, height - 1);
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
  return to;
}

function restartRead(frame: LightFrame, at: number, segment: number): void {
  frame.readTo = at;
  frame.readSegment = segment;
  frame.lastSegment = undefined;
}

/**
 * Whether the frame's statement up to `to`, outside nested brackets, names no key the walker would weigh: every
 * `=` or `:` there follows something that is neither a model key nor a never-model key (keys.ts). What counts
 * as a key is read generously (any name or literal before `=`/`:`), so a doubt makes the block not plain.
 * Reads on from where the last call stopped (a minified file is one statement with thousands of blocks).
 */
function statementIsPlain(text: string, units: Uint16Array, segments: Segment[], frame: LightFrame, to: number): boolean {
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
    while (i < stop) {
      const code = units[i]!;
      if (code <= 125 && KEY_MARKS[code] === 1) break;
      i++;
    }
    if (i >= stop) {
      i = stop;
      continue;
    }
    const code = units[i]!;
    if (code === 40 || code === 91 || code === 123) nested++;
    else if (code === 41 || code === 93 || code === 125) nested = Math.max(0, nested - 1);
    else if (nested === 0 && !beforeMarkIsPlain(text, units, frame.statementStart, i, lastSegment)) frame.statementPlain = false;
    i++;
  }
  frame.readTo = Math.max(i, to);
  frame.readSegment = s;
  frame.lastSegment = lastSegment;
  return frame.statementPlain;
}

/** What comes before a `=` or `:` at `at`: plain unless a name or literal there is a model or never-model key. */
function beforeMarkIsPlain(text: string, units: Uint16Array, from: number, at: number, lastSegment: Segment | undefined): boolean {
  let p = at - 1;
  while (p >= from && (units[p] === 32 || units[p] === 9)) p--;
  if (p < from) return true;
  const code = units[p]!;
  if (code === 93 /* ] */) return false; // `config["model"] = x`
  if (code === 34 || code === 39 || code === 96 /* " ' ` */) {
    if (!lastSegment || lastSegment.end !== p + 1) return false;
    return isPlainKey(text.slice(lastSegment.contentStart, lastSegment.contentEnd));
  }
  if (!isNameCode(code)) return true;
  let start = p;
  while (start > from && isNameCode(units[start - 1]!)) start--;
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

function flagsOf(characters: string): Uint8Array {
  const flags = new Uint8Array(126);
  for (let i = 0; i < characters.length; i++) flags[characters.charCodeAt(i)] = 1;
  return flags;
}

/** Newlines, brackets and `!` (code <= 125 each). */
const STRUCTURE = flagsOf('\n!()[]{}');
/** `=`, `:` and brackets. */
const KEY_MARKS = flagsOf('=:()[]{}');

/** The walker's `lineStart`: only blanks since the line began (a segment would have put a quote or `#` there). */
function atLineStart(units: Uint16Array, at: number, from: number): boolean {
  let p = at - 1;
  while (p >= from && (units[p] === 32 || units[p] === 9 || units[p] === 13)) p--;
  return p < from || units[p] === 10;
}

/** The walker resets the statement at this newline (code.ts `newline` at the root frame). */
function statementEnds(units: Uint16Array, at: number, python: boolean): boolean {
  let p = at - 1;
  while (p >= 0 && (units[p] === 32 || units[p] === 9 || units[p] === 13 || units[p] === 10)) p--;
  if (p < 0) return true;
  const previous = units[p];
  if (previous === 58 /* : */ && python) return true;
  // = : , \ ? | &
  return !(previous === 61 || previous === 58 || previous === 44 || previous === 92 || previous === 63 || previous === 124 || previous === 38);
}

/**
 * The first thing after `at` does not look back past it: an opening bracket asks whether a name came just
 * before it (a call, a subscript), and `=` whether a subscript did (`config["model"] = x`).
 */
function startsCleanly(units: Uint16Array, at: number, to: number): boolean {
  let p = at;
  while (p < to && (units[p] === 32 || units[p] === 9 || units[p] === 13 || units[p] === 10)) p++;
  const first = units[p]; // at `to` and after: the text after the range (undefined past the end), as the walker reads it
  return first !== 40 && first !== 91 && first !== 123 && first !== 61; // ( [ { =
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}
