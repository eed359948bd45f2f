/**
 * The code reader's whole-text passes after an edit, from those of the last run over the same document: the
 * lexer and the light pass (code-windows.ts) run again from a place before the edit where their state is known,
 * and stop as soon as their state after the edit equals the old one at the same (shifted) place; windows whose
 * text did not change keep their references. What comes out is what a run over the whole text gives: each step
 * below says why.
 */
import type { CodeOptions } from './code';
import type { Collector } from './collector';
import { lightPass, type CleanPoints, type CodeWindow } from './code-windows';
import { lexCode, type Segment } from './lexer';
import type { DetectedReference } from './reference';
import { firstAbove } from './sorted';
import { textChange, type TextChange } from './text-change';

/** What one window yielded: references (the document's offsets), and names looked up as model variables. */
export interface WindowFound {
  references: DetectedReference[];
  names: string[];
}

/** One whole-text run of the code reader, kept for the next one. */
export interface CodeRun {
  text: string;
  reader: string;
  segments: Segment[];
  /** First backquote outside every segment (C-like code), Infinity when none: see `looseBacktickFrom`. */
  looseBacktick: number;
  points: CleanPoints;
  windows: CodeWindow[];
  found: WindowFound[];
  /** What the command lines string literals spell yielded (code.ts `detectLiteralCommands`), in its order. */
  commands: DetectedReference[];
}

/** The reader's options that change what the passes find. */
export function readerOf(options: CodeOptions): string {
  return `${options.flavor}|${options.config === true}|${options.hashComments === true}`;
}

/** The passes' results for `text`, and what the last run's windows can give. */
export interface Rerun {
  segments: Segment[];
  looseBacktick: number;
  points: CleanPoints;
  /** What a window yielded in the last run when its text and state are the same; undefined: walk it. */
  reuse(window: CodeWindow): WindowFound | undefined;
  /**
   * The literal command lines: the last run's references for the groups of literals the edit left alone, `detect`
   * over the segments of the others (whole groups), in the order a run over all segments gives them.
   */
  commands(collector: Collector, detect: (segments: Segment[]) => void): void;
}

/**
 * Undefined when the last run cannot help (another reader, or a loose backquote before the edit). The last run's
 * segments are moved to their new offsets in place: it must not be used again.
 */
export function rerun(
  last: CodeRun,
  text: string,
  options: CodeOptions,
  changeOf: (before: string, after: string) => TextChange = textChange,
): Rerun | undefined {
  if (last.reader !== readerOf(options)) return undefined;
  const change = changeOf(last.text, text);
  if (change.newEnd - change.start > text.length / 2) return undefined; // another text (notebook cells share a memo)
  const lexed = segmentsAfter(last, text, options, change);
  if (!lexed) return undefined;
  const points = pointsAfter(last, text, options, change, lexed);
  return {
    segments: lexed.segments,
    looseBacktick: lexed.looseBacktick,
    points,
    reuse: reuserOf(last, text, change),
    commands: (collector, detect) => commandsAfter(last, text, change, lexed, collector, detect),
  };
}

interface Relexed {
  segments: Segment[];
  looseBacktick: number;
  /** The lexer ran again over [from, to): before, the old segments hold; after, the old ones `segmentDelta` on. */
  from: number;
  to: number;
  segmentDelta: number;
  /** Index and count of the segments lexed again. */
  first: number;
  count: number;
}

/**
 * The lexer decides each segment from the text at and after its start, except that a quote without a closer on
 * its line looks to the line's end (further across escaped newlines), and a backquote without a closer to the
 * end of the text. So it starts again at a line start after an unescaped newline, outside every old segment and
 * before the edit: everything before is decided there. It stops at such a line start after the edit where the
 * old lexer was outside every segment too, if no segment of the new run is cut there and no backquote of it
 * went without a closer: from there on both read the same text from the same state.
 */
function segmentsAfter(last: CodeRun, text: string, options: CodeOptions, change: TextChange): Relexed | undefined {
  const old = last.segments;
  const delta = change.newEnd - change.oldEnd;
  let from = lineStartBefore(text, change.start);
  for (let inside = segmentAround(old, from); inside >= 0; inside = segmentAround(old, from)) from = lineStartBefore(text, old[inside]!.start);
  // a segment cut by the end of the old text (an open comment or quote) runs on into what follows now
  const lastSegment = old[old.length - 1];
  if (lastSegment && lastSegment.end >= last.text.length && lastSegment.start < from) from = lineStartBefore(text, lastSegment.start);
  for (let inside = segmentAround(old, from); inside >= 0; inside = segmentAround(old, from)) from = lineStartBefore(text, old[inside]!.start);
  if (last.looseBacktick < from) return undefined;
  const first = firstStartAtOrAfter(old, from);
  let search = change.newEnd;
  for (;;) {
    let newline = text.indexOf('\n', search);
    while (newline > 0 && text.charCodeAt(newline - 1) === 92 /* \ */) newline = text.indexOf('\n', newline + 1);
    const to = newline < 0 ? text.length : newline + 1;
    if (to < text.length) {
      const inside = segmentAround(old, to - delta);
      if (inside >= 0) {
        search = old[inside]!.end + delta;
        continue;
      }
    }
    const lexed = lexCode(text, options, from, to);
    const cut = to < text.length && lexed.length > 0 && lexed[lexed.length - 1]!.end >= to;
    if (cut) {
      search = to + (to - from); // a segment runs on past `to`: read twice as far
      continue;
    }
    if (options.flavor === 'c' && looseBacktickFrom(text, lexed, from, to) < to) return undefined;
    const resume = to < text.length ? firstStartAtOrAfter(old, to - delta) : old.length;
    const segments = old.slice(0, first);
    for (const segment of lexed) segments.push(segment);
    for (let k = resume; k < old.length; k++) {
      const segment = old[k]!;
      if (delta !== 0) {
        segment.start += delta;
        segment.end += delta;
        segment.contentStart += delta;
        segment.contentEnd += delta;
      }
      segments.push(segment);
    }
    let looseBacktick = last.looseBacktick;
    if (looseBacktick !== Infinity) {
      looseBacktick = looseBacktick >= to - delta ? looseBacktick + delta : looseBacktickFrom(text, segments, to, text.length);
    }
    return { segments, looseBacktick, from, to, segmentDelta: lexed.length - (resume - first), first, count: lexed.length };
  }
}

/**
 * The first backquote in [from, to) outside every segment, or Infinity. In C-like code such a backquote found no
 * closer up to the end of the text, and a closer typed anywhere after it would change every segment from there.
 */
export function looseBacktickFrom(text: string, segments: Segment[], from: number, to: number): number {
  let k = firstStartAtOrAfter(segments, from);
  if (k > 0 && segments[k - 1]!.end > from) k--;
  for (let at = text.indexOf('`', from); at >= 0 && at < to; ) {
    while (k < segments.length && segments[k]!.end <= at) k++;
    const segment = segments[k];
    if (!segment || segment.start > at) return at;
    at = text.indexOf('`', segment.end);
  }
  return Infinity;
}

/**
 * The light pass starts again at the last old clean point before the lexer's restart whose own test (the first
 * thing after it) read nothing of the edit: the points before it, their dips and hot ranges stay. It stops at a
 * new clean point past the lexer's stop where the old pass had a point with the same depth and section: that is
 * all the pass carries (code-windows.ts `lightPass`), and the text and segments after it are the old ones shifted.
 */
function pointsAfter(last: CodeRun, text: string, options: CodeOptions, change: TextChange, lexed: Relexed): CleanPoints {
  const points = last.points; // spent with the last run: changed in place
  const delta = change.newEnd - change.oldEnd;
  // at or before the lexer's restart, a point indexes the same segment in both runs
  let k = lastAtOrBefore(points.at, lexed.from);
  while (k > 0 && firstNonSpace(text, points.at[k]!) >= change.start) k--;
  const start = points.at[k]!;
  const openHot = points.hotFrom[k]!;
  const middle: CleanPoints = {
    at: [start],
    segment: [points.segment[k]!],
    section: [points.section[k]],
    depth: [points.depth[k]!],
    dip: [],
    hotFrom: [openHot],
    hot: [],
  };
  let j = k;
  let resynced = false;
  let resyncHot = -1;
  const stoppedAt = lightPass(text, options, lexed.segments, middle, 0, text.length, (at, depth, section, hotStart) => {
    if (at < lexed.to || at < change.newEnd) return false;
    const oldAt = at - delta;
    while (j < points.at.length && points.at[j]! < oldAt) j++;
    if (points.at[j] !== oldAt || points.depth[j] !== depth || points.section[j] !== section) return false;
    resynced = true;
    resyncHot = hotStart;
    return true;
  });
  // the old points [k, end) give way to the new ones; those after are moved
  const end = resynced ? j : points.at.length;
  const oldHot = resynced ? points.hotFrom[j]! : -1;
  replace(points.at, k, end, middle.at);
  replace(points.segment, k, end, middle.segment);
  replace(points.section, k, end, middle.section);
  replace(points.depth, k, end, middle.depth);
  replace(points.dip, k, end, middle.dip);
  replace(points.hotFrom, k, end, middle.hotFrom);
  if (resynced && (delta !== 0 || lexed.segmentDelta !== 0 || oldHot !== resyncHot)) {
    for (let q = k + middle.at.length; q < points.at.length; q++) {
      points.at[q]! += delta;
      points.segment[q]! += lexed.segmentDelta;
      const hot = points.hotFrom[q]!;
      if (hot >= 0) points.hotFrom[q] = hot === oldHot ? resyncHot : hot + delta;
    }
  }
  const hot = points.hot.filter(([hotStart]) => hotStart < start && hotStart !== openHot);
  for (const range of middle.hot) hot.push(range);
  if (resynced) {
    for (const [hotStart, hotEnd] of points.hot) {
      if (hotStart >= stoppedAt - delta) hot.push([hotStart + delta, hotEnd + delta]);
      else if (hotStart === oldHot && oldHot >= 0) hot.push([resyncHot, hotEnd + delta]); // the section open there
    }
  }
  points.hot = hot.sort((a, b) => a[0] - b[0]);
  return points;
}

/** `array.splice(from, to - from, ...items)`, without passing a long list as arguments. */
function replace<T>(array: T[], from: number, to: number, items: T[]): void {
  if (items.length < 10_000) {
    array.splice(from, to - from, ...items);
    return;
  }
  const tail = array.slice(to);
  array.length = from;
  for (const item of items) array.push(item);
  for (const item of tail) array.push(item);
}

/**
 * A window yields the same as in the last run when its text, depth and section are the same and nothing it
 * reads changed: before the edit (with the two characters after its end the walker may peek at), or after it
 * (its start is a clean point, so its first token does not look back, and its hits lie inside it). The names it
 * looked up must still be unwritten before it, or the walker would read the whole file.
 */
function reuserOf(last: CodeRun, text: string, change: TextChange): (window: CodeWindow) => WindowFound | undefined {
  const delta = change.newEnd - change.oldEnd;
  const windows = last.windows;
  let w = 0;
  return (window) => {
    const before = window.end + 2 <= change.start;
    const after = window.start >= change.newEnd;
    if (!before && !after) return undefined;
    const shift = after ? delta : 0;
    while (w < windows.length && windows[w]!.start < window.start - shift) w++;
    const old = windows[w];
    if (!old || old.start !== window.start - shift || old.end !== window.end - shift || old.depth !== window.depth || old.section !== window.section) {
      return undefined;
    }
    const found = last.found[w]!;
    if (shift === 0) return found;
    if (found.names.some((name) => { const seen = text.indexOf(name); return seen >= 0 && seen < window.start; })) return undefined;
    return { references: found.references.map((r) => ({ ...r, start: r.start + shift, end: r.end + shift })), names: found.names };
  };
}

/**
 * Literals form groups (only glue between them: code.ts `onlyGlue`); a command never spans two, and each group's
 * references come in order. So the groups touching the segments lexed again are read again, from a group start
 * in the segments before them to one in the segments after them (the gaps there are the same text in both runs,
 * so both runs start a group there); the others keep their references. The group starts found here are sure
 * ones (the gap holds something no glue has), so a doubt only widens what is read again.
 */
function commandsAfter(last: CodeRun, text: string, change: TextChange, lexed: Relexed, collector: Collector, detect: (segments: Segment[]) => void): void {
  const { segments } = lexed;
  const delta = change.newEnd - change.oldEnd;
  let from = lexed.first - 1;
  while (from > 0 && !surelyApart(text, segments, from)) from--;
  from = Math.max(0, from); // the first segment starts a group
  const suffix = lexed.first + lexed.count;
  let to = suffix;
  let stringsBefore = false; // a string of the old segments before `to`
  for (; to < segments.length; to++) {
    if (stringsBefore && surelyApart(text, segments, to)) break;
    if (segments[to]!.kind === 'string') stringsBefore = true;
  }
  const readFrom = from < lexed.first ? segments[from]!.start : -Infinity; // no group before the segments lexed again: keep none
  const keptAfter = to < segments.length ? segments[to]!.start - delta : Infinity;
  for (const reference of last.commands) if (reference.start < readFrom) collector.push(reference);
  detect(segments.slice(from, to));
  for (const reference of last.commands) {
    if (reference.start >= keptAfter) collector.push(delta === 0 ? reference : { ...reference, start: reference.start + delta, end: reference.end + delta });
  }
}

/** Segment `k` is a string whose group starts with it for sure: no string before it, or a gap no glue fills. */
function surelyApart(text: string, segments: Segment[], k: number): boolean {
  if (segments[k]!.kind !== 'string') return false;
  let previous = k - 1;
  while (previous >= 0 && segments[previous]!.kind !== 'string') previous--;
  if (previous < 0) return true;
  const gapStart = segments[previous]!.end;
  const gapEnd = segments[k]!.start;
  if (gapEnd - gapStart > 200) return true;
  for (let i = gapStart; i < gapEnd; i++) {
    const code = text.charCodeAt(i);
    // printable ASCII but `,`, `[`, `(`: never glue
    if (code > 32 && code < 127 && code !== 44 && code !== 91 && code !== 40) return true;
  }
  return false;
}

/** The start of the line holding `at`, after a newline no backslash escapes (0 at the start of the text). */
function lineStartBefore(text: string, at: number): number {
  let newline = at > 0 ? text.lastIndexOf('\n', at - 1) : -1;
  while (newline > 0 && text.charCodeAt(newline - 1) === 92 /* \ */) newline = text.lastIndexOf('\n', newline - 1);
  return newline + 1;
}

/** Index of the segment with start < at < end, or -1. */
function segmentAround(segments: Segment[], at: number): number {
  const k = firstStartAtOrAfter(segments, at) - 1;
  return k >= 0 && segments[k]!.end > at ? k : -1;
}

function firstStartAtOrAfter(segments: Segment[], at: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (segments[mid]!.start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

function lastAtOrBefore(values: number[], at: number): number {
  return Math.max(0, firstAbove(values, at) - 1);
}

/** Where `startsCleanly` (code-windows.ts) stops reading from `at`. */
function firstNonSpace(text: string, at: number): number {
  let p = at;
  for (let code = text.charCodeAt(p); code === 32 || code === 9 || code === 13 || code === 10; code = text.charCodeAt(++p));
  return p;
}
