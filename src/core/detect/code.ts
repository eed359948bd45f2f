/**
 * Source code (Python, JS/TS, Go, Rust, Java..., and JSON/TOML, which read the same way): one forward walk
 * over the text with a stack of open brackets. Each frame remembers its callee, the argument index, the
 * keys named so far in the current argument (`model=`, `modelId:`, `"model":`), so a string literal learns
 * its context without looking back through the text.
 */
import { isNeverCall } from './calls';
import { detectCommands, tokenize, type TokenStream } from './cli';
import { contextOf } from './code-context';
import { type Frame, namedSetting, neverKeyed, newFrame, resetArgument, strongestKey } from './code-frame';
import type { Collector } from './collector';
import { isIdLike, type Strength } from './ids';
import { rerun, looseBacktickFrom, readerOf, type WindowFound } from './code-run';
import { cleanPoints, windowsOf, type CodeWindow } from './code-windows';
import type { DetectionMemo } from './memo';
import { lexCode, type LexOptions, type Segment } from './lexer';
import { HitKind, type Hits } from './prefilter';
import { detectKnownTokens } from './prose';
import { tomlSectionName } from './section';
import type { SyntaxKind } from './reference';

export interface CodeOptions extends LexOptions {
  /** JSON, TOML: values are configuration, not keyword arguments. */
  config?: boolean;
  /**
   * The prefilter's hits: comments, command lines and bare literals without a cue or anchor are not read (they
   * could only yield ids the dataset knows, which have anchors). Frames are still tracked everywhere.
   */
  hits?: Hits;
  /** Window results from earlier runs on the same document (with `hits`). */
  memo?: DetectionMemo;
}

const CUE_OR_ANCHOR = HitKind.cue | HitKind.anchor;

export function detectInCode(collector: Collector, options: CodeOptions, from = 0, to = collector.text.length): void {
  const text = collector.text;
  const { hits, memo } = options;
  if (!hits) {
    new Walker(collector, options, lexCode(text, options, from, to)).run(from, to);
    return;
  }
  // over a whole document with a memo, the passes start from the last run over it (code-run.ts), which is spent
  const whole = memo !== undefined && from === 0 && to === text.length;
  const last = whole ? memo.code : undefined;
  if (whole) memo.code = undefined;
  const again = last && memo && rerun(last, text, options, (before, after) => memo.changeBetween(before, after));
  const segments = again ? again.segments : lexCode(text, options, from, to);
  const points = again ? again.points : cleanPoints(text, options, segments, from, to);
  const windows = windowsOf(points, hits, to);
  const found: WindowFound[] = [];
  const checkpoint = collector.checkpoint();
  try {
    for (const window of windows) {
      const known = again?.reuse(window);
      if (known) for (const reference of known.references) collector.push(reference);
      found.push(known ?? walkWindow(collector, options, segments, window));
    }
  } catch (error) {
    if (error !== NEEDS_WHOLE_FILE) throw error;
    // a window met state from before it (a variable assigned earlier): read the whole file instead
    collector.rollback(checkpoint);
    new Walker(collector, options, segments).run(from, to);
    found.length = 0;
  }
  const commandsFrom = collector.checkpoint();
  if (again) again.commands(collector, (some) => detectLiteralCommands(collector, some, hits));
  else detectLiteralCommands(collector, segments, hits);
  if (whole && found.length === windows.length) {
    const looseBacktick = again ? again.looseBacktick : options.flavor === 'c' ? looseBacktickFrom(text, segments, 0, to) : Infinity;
    const commands = collector.since(commandsFrom);
    memo.code = { text, reader: readerOf(options), segments, looseBacktick, points, windows, found, commands };
  }
}

/** One window, from the memo when it has walked the same window before (memo.ts says why that is sound). */
function walkWindow(collector: Collector, options: CodeOptions, segments: Segment[], window: CodeWindow): WindowFound {
  const { memo } = options;
  const text = collector.text;
  const key = memo && `${options.flavor}|${options.config === true}|${options.hashComments === true}|${window.depth}|${window.section ?? ''}|${text.slice(window.start, window.end)}`;
  const known = key === undefined ? undefined : memo!.get(key);
  if (known && known.names.every((name) => !wasWrittenBefore(text, name, window.start))) {
    const references = known.references.map((reference) => ({ ...reference, start: reference.start + window.start, end: reference.end + window.start }));
    for (const reference of references) collector.push(reference);
    return { references, names: known.names };
  }
  const before = collector.checkpoint();
  const walker = new Walker(collector, options, segments, window);
  walker.run(window.start, window.end, window.segmentIndex);
  const references = collector.since(before);
  if (key !== undefined) {
    memo!.set(key, { references: references.map((r) => ({ ...r, start: r.start - window.start, end: r.end - window.start })), names: walker.unassignedNames });
  }
  return { references, names: walker.unassignedNames };
}

function wasWrittenBefore(text: string, name: string, at: number): boolean {
  const seen = text.indexOf(name);
  return seen >= 0 && seen < at;
}

/** Thrown by a walker over a window that needs state from outside it. */
const NEEDS_WHOLE_FILE = new Error('the window needs state from before it');

class Walker {
  private readonly stack: Frame[] = [newFrame('root', '')];
  /** Over a window: names passed where a model goes that no literal in the window was assigned to. */
  readonly unassignedNames: string[] = [];
  /** Over a window: `lastSubscriptKey` is unknown until a frame closes inside it. */
  private subscriptKeyKnown: boolean;
  private readonly cli: TokenStream = [];
  private lastLiteralEnd = -1;
  private lastSubscriptKey: string | undefined;
  /** TOML `[section]` the current keys belong to. */
  private section: string | undefined;
  /**
   * `name = "org/x"`: the last literal assigned to each name, vouched for if the name later goes where a model goes.
   * Made on the first such literal (most windows have none).
   */
  private assigned: Map<string, { start: number; end: number }> | undefined;

  constructor(
    private readonly collector: Collector,
    private readonly options: CodeOptions,
    private readonly segments: Segment[],
    /** Set when walking one window of a file rather than all of it. */
    private readonly window?: CodeWindow,
  ) {
    this.section = window?.section;
    this.subscriptKeyKnown = window === undefined;
    // blocks open where the window starts: plain ones (code-windows.ts), as the walker would have opened them
    for (let d = 0; d < (window?.depth ?? 0); d++) this.stack.push(newFrame('{', ''));
  }

  run(from: number, to: number, firstSegment = 0): void {
    const text = this.collector.text;
    const python = this.options.flavor === 'python';
    const tomlSections = python && Boolean(this.options.config);
    let segmentIndex = firstSegment;
    let i = from;
    let lineStart = true;
    while (i < to) {
      const segment = this.segments[segmentIndex];
      if (segment && segment.start <= i) {
        segmentIndex++;
        if (segment.kind === 'comment') this.comment(segment);
        else i = this.literal(segment, to);
        i = Math.max(i, segment.end);
        lineStart = false;
        continue;
      }
      // the code up to the next segment: every character of it has the same stop
      const stop = segment ? Math.min(segment.start, to) : to;
      while (i < stop) {
        const code = text.charCodeAt(i);
        if (lineStart && code === BANG && python) {
          // notebook shell escape: `!ollama pull llama3.1`, `!huggingface-cli download org/name`
          const end = Math.min(lineEnd(text, i), stop);
          if (this.mayHave(i + 1, end, CUE_OR_ANCHOR)) {
            detectCommands(this.collector, tokenize(text, i + 1, end));
            detectKnownTokens(this.collector, i + 1, end, 'string-literal');
          }
          i = end;
          continue;
        }
        if (code === NEWLINE) {
          lineStart = true;
          this.newline(i);
          i++;
          continue;
        }
        if (code === SPACE || code === TAB || code === CR) {
          i++;
          continue;
        }
        if (lineStart && code === OPEN_BRACKET && tomlSections && this.stack.length === 1) {
          const end = Math.min(lineEnd(text, i), stop);
          this.section = tomlSectionName(text.slice(i, end)); // TOML `[model]`, `[[models]]`
          i = end;
          continue;
        }
        lineStart = false;
        if (isIdentStart(code)) {
          i = this.identifier(i, stop);
          continue;
        }
        this.punctuation(code, i);
        i++;
      }
    }
    while (this.stack.length > 1) this.close();
    if (!this.options.hits) detectCommands(this.collector, this.cli); // with hits: detectLiteralCommands, once per file
  }

  private get top(): Frame {
    return this.stack[this.stack.length - 1]!;
  }

  private identifier(start: number, stop: number): number {
    const text = this.collector.text;
    // the chain (`self.config.model`) and its last name are sliced only when something keeps them
    let end = start;
    let lastStart = start;
    for (; end < stop; end++) {
      const code = text.charCodeAt(end);
      if (!isIdentPart(code)) break;
      if (code === DOT) lastStart = end + 1;
    }
    const next = nextNonSpace(text, end, stop);
    const at = text.charCodeAt(next);
    const after = text.charCodeAt(next + 1);
    const length = end - start;
    if ((length === 2 && text.startsWith('or', start)) || (length === 3 && text.startsWith('and', start))) {
      if (length === 2) this.top.fallbackKey = this.top.fallbackKey ?? lastKey(this.top.keys);
      return end;
    }
    if (at === OPEN_PAREN) {
      this.pendingCallee = text.slice(start, end);
    } else if (at === EQUALS && after !== EQUALS && (after !== GREATER || this.options.flavor === 'hash')) {
      this.top.keys.push(text.slice(lastStart, end)); // `model=`, and Ruby `:model => "x"`
    } else if (at === COLON && after !== COLON && after !== EQUALS) {
      this.top.keys.push(text.slice(lastStart, end));
    } else if ((at === QUESTION && after === QUESTION) || (at === PIPE && after === PIPE)) {
      this.top.fallbackKey = text.slice(lastStart, end);
    }
    this.lastIdentEnd = end;
    this.variableArgument(start, lastStart, end, next);
    return end;
  }

  /** A bare name passed where a model goes (`from_pretrained(name)`, `model=name`): its assigned literal is a model. */
  private variableArgument(start: number, nameStart: number, nameEnd: number, next: number): void {
    const text = this.collector.text;
    const frame = this.top;
    const after = text.charCodeAt(next);
    if (frame.open !== '(' || (after !== COMMA && after !== CLOSE_PAREN && after !== NEWLINE && after !== CR)) return;
    if (!this.assigned && !this.window) return;
    const name = text.slice(nameStart, nameEnd);
    const literal = this.assigned?.get(name);
    if (!literal && !this.window) return;
    const before = text.charCodeAt(previousNonSpace(text, start));
    let strength: Strength | undefined;
    let defer = false;
    let idInContext: string | undefined;
    if (before === EQUALS && frame.keys.length > 0) strength = strongestKey(frame.keys);
    else if ((before === OPEN_PAREN || before === COMMA) && frame.keys.length === 0 && frame.rule) {
      if (frame.rule.index === frame.argIndex) {
        strength = frame.rule.strength;
        if (literal) idInContext = frame.rule.idInContext?.(text.slice(literal.start, literal.end));
      } else if (frame.rule.alsoIndex === frame.argIndex) strength = 'medium';
      defer = frame.rule.repoTyped === true;
    }
    if (!strength) return;
    if (!literal) {
      // over a window: the name may have been assigned before it
      if (wasWrittenBefore(this.collector.text, name, this.window!.start)) throw NEEDS_WHOLE_FILE;
      this.unassignedNames.push(name);
      return;
    }
    const offer = { start: literal.start, end: literal.end, syntax: 'call-argument' as SyntaxKind, strength, ...(idInContext ? { idInContext } : {}) };
    if (defer) frame.deferred.push(offer);
    else this.collector.offer(offer.start, offer.end, offer.syntax, offer.strength, offer.idInContext);
  }

  private pendingCallee: string | undefined;
  private lastIdentEnd = -1;

  private punctuation(code: number, at: number): void {
    const text = this.collector.text;
    const top = this.top;
    switch (code) {
      case OPEN_PAREN:
      case OPEN_BRACKET:
      case OPEN_BRACE: {
        const call = code === OPEN_PAREN;
        const previous = previousNonSpace(text, at);
        const callee = call && this.pendingCallee && previous === this.lastIdentEnd - 1 ? this.pendingCallee : '';
        const frame = newFrame(call ? '(' : code === OPEN_BRACKET ? '[' : '{', callee);
        if (code === OPEN_BRACKET) {
          const before = text.charCodeAt(previous);
          frame.subscript = previous === this.lastIdentEnd - 1 || before === CLOSE_BRACKET || before === CLOSE_PAREN;
        }
        if (!frame.subscript && !call) frame.collectionStrength = strongestKey(top.keys) ?? top.collectionStrength ?? namedSetting(top);
        else if (call) frame.collectionStrength = strongestKey(top.keys);
        // `datasets = [...]` is never a model list; `path = hf_hub_download(repo_id=...)` names the result, not the arguments
        frame.never = top.never || isNeverCall(callee) || (!call && neverKeyed(top.keys));
        this.stack.push(frame);
        this.pendingCallee = undefined;
        break;
      }
      case CLOSE_PAREN:
      case CLOSE_BRACKET:
      case CLOSE_BRACE:
        if (this.window && this.window.depth > 0 && this.stack.length <= this.window.depth + 1) throw NEEDS_WHOLE_FILE; // never planned: a safety net
        if (this.stack.length > 1) this.close();
        break;
      case COMMA:
        top.argIndex++;
        resetArgument(top);
        break;
      case SEMICOLON:
        resetArgument(top);
        break;
      case QUESTION: {
        const next = text.charCodeAt(at + 1);
        if (next === QUESTION) top.fallbackKey = top.fallbackKey ?? lastKey(top.keys);
        else if (next !== DOT) top.ternary = true;
        break;
      }
      case EQUALS: {
        const next = text.charCodeAt(at + 1);
        if (next !== EQUALS && text.charCodeAt(at - 1) !== EQUALS && next !== GREATER && text.charCodeAt(previousNonSpace(text, at)) === CLOSE_BRACKET) {
          if (!this.subscriptKeyKnown) throw NEEDS_WHOLE_FILE;
          if (this.lastSubscriptKey !== undefined) top.keys.push(this.lastSubscriptKey); // config["model"] = "x"
        }
        break;
      }
      default:
        break;
    }
  }

  private newline(at: number): void {
    const top = this.top;
    if (top.open !== 'root' && top.open !== '{') return; // calls and lists span lines; statements do not
    const text = this.collector.text;
    const previous = text.charCodeAt(previousNonSpace(text, at));
    if (previous === COLON && this.options.flavor === 'python') {
      resetArgument(top); // `def f(...) -> Path:` opens a block; its names do not carry into the body
      return;
    }
    if (previous === EQUALS || previous === COLON || previous === COMMA || previous === BACKSLASH || previous === QUESTION || previous === PIPE || previous === AMPERSAND) return;
    resetArgument(top);
  }

  private close(): void {
    const frame = this.stack.pop()!;
    if (!frame.repoTypeNonModel) {
      for (const d of frame.deferred) this.collector.offer(d.start, d.end, d.syntax, d.strength, d.idInContext);
    }
    this.lastSubscriptKey = frame.subscript && frame.literals === 1 ? frame.onlyLiteral : undefined;
    this.subscriptKeyKnown = true;
  }

  private comment(segment: Segment): void {
    if (!this.mayHave(segment.contentStart, segment.contentEnd, CUE_OR_ANCHOR)) return;
    const tokens = tokenize(this.collector.text, segment.contentStart, segment.contentEnd);
    detectCommands(this.collector, tokens);
    detectKnownTokens(this.collector, segment.contentStart, segment.contentEnd, 'comment');
  }

  /** Returns where the walk continues (after the literal). */
  private literal(segment: Segment, to: number): number {
    const text = this.collector.text;
    const { contentStart: start, contentEnd: end } = segment;
    const content = text.slice(start, end);
    const frame = this.top;
    const afterIndex = nextNonSpace(text, segment.end, to);
    const after = text.charCodeAt(afterIndex);
    const afterNext = text.charCodeAt(afterIndex + 1);
    this.feedCli(segment);
    frame.literals++;
    frame.onlyLiteral = content;
    if (frame.argIndex === 0 && frame.firstLiteral === undefined) frame.firstLiteral = content;

    const isKey =
      (after === EQUALS && afterNext === GREATER) || // PHP arrays, Ruby hash rockets: 'model' => 'x'
      (after === COLON && afterNext !== COLON && (frame.open === '{' || this.options.config) && !frame.ternary) ||
      (after === EQUALS && afterNext !== EQUALS && this.options.config === true && frame.open === 'root');
    if (isKey) {
      frame.keys.push(content);
      if (!frame.never && this.mayHave(start, end, HitKind.anchor)) detectKnownTokens(this.collector, start, end, 'string-literal');
      return segment.end;
    }
    const assignedTo = lastKey(frame.keys);
    if (assignedTo === 'repo_type' && (content === 'dataset' || content === 'space')) {
      frame.repoTypeNonModel = true;
    }
    if (assignedTo && text.charCodeAt(previousNonSpace(text, segment.start)) === EQUALS && isIdLike(content)) {
      (this.assigned ??= new Map()).set(assignedTo, { start, end });
    }
    if (frame.never || neverKeyed(frame.keys)) return segment.end;
    // a library's own model name (`whisper.load_model("medium")`): the call's table vouches for it, shape aside
    const mapper = frame.rule?.idInContext;
    const idInContext = mapper && frame.open === '(' && frame.keys.length === 0 && frame.rule!.index === frame.argIndex ? mapper(content) : undefined;
    if (idInContext && this.collector.offer(start, end, 'call-argument', frame.rule!.strength, idInContext)) return segment.end;
    if (!isIdLike(content)) {
      // prose, a command line, a template: look inside
      if ((content.includes(' ') || content.includes('\n')) && this.mayHave(start, end, HitKind.anchor)) {
        detectKnownTokens(this.collector, start, end, 'string-literal');
      }
      return segment.end;
    }
    const context = contextOf(frame, content, this.options.config === true, this.section);
    if (context) {
      if (context.defer) frame.deferred.push({ start, end, syntax: context.syntax, strength: context.strength });
      else if (this.collector.offer(start, end, context.syntax, context.strength)) return segment.end;
    }
    if (this.mayHave(start, end, HitKind.anchor)) this.collector.offer(start, end, 'string-literal', 'weak');
    return segment.end;
  }

  /** Whether text[from, to) may hold a hit of `kinds`; always true without a prefilter. */
  private mayHave(from: number, to: number, kinds: number): boolean {
    return this.options.hits === undefined || this.options.hits.any(from, to, kinds);
  }

  /** String literals feed one token stream; literals separated by anything but `,` and spaces break it. */
  private feedCli(segment: Segment): void {
    if (this.options.hits) return; // detectLiteralCommands reads them
    const text = this.collector.text;
    if (this.lastLiteralEnd >= 0) {
      const between = text.slice(this.lastLiteralEnd, segment.start);
      if (!/^[\s,[(]*$/.test(between) || between.length > 200) this.cli.push(null);
    }
    tokenize(text, segment.contentStart, segment.contentEnd, false, this.cli);
    this.cli.pop(); // tokenize closes with a break; keep the command open across adjacent literals
    this.lastLiteralEnd = segment.end;
  }
}

/**
 * The command lines that string literals spell (`["ollama", "pull", "x"]`), as the walker's `feedCli` reads them:
 * adjacent literals form one group (a command never spans a break), and only a group with a cue in it is
 * tokenized, since every command shape starts with a cue word (cli.ts).
 */
export function detectLiteralCommands(collector: Collector, segments: Segment[], hits: Hits): void {
  if ((hits.flags & HitKind.cue) === 0) return; // no group can have a cue: nothing to tokenize
  const text = collector.text;
  const { ends, kinds } = hits;
  const stream: TokenStream = [];
  // only the groups around a cue are looked for (from the cue's literal, back and forth), not every literal's glue
  let readUpTo = 0; // segments before it belong to groups read already
  for (let h = 0; h < ends.length; h++) {
    if ((kinds[h]! & HitKind.cue) === 0) continue;
    const k = stringHolding(segments, ends[h]!, readUpTo);
    if (k < 0) continue;
    let first = k;
    for (let p = previousString(segments, first); p >= 0 && onlyGlue(text, segments[p]!.end, segments[first]!.start); p = previousString(segments, p)) first = p;
    let last = k;
    for (let n = nextString(segments, last); n >= 0 && onlyGlue(text, segments[last]!.end, segments[n]!.start); n = nextString(segments, n)) last = n;
    if (stream.length > 0) stream.push(null);
    for (let j = first; j <= last; j++) {
      const literal = segments[j]!;
      if (literal.kind !== 'string') continue;
      tokenize(text, literal.contentStart, literal.contentEnd, false, stream);
      stream.pop();
    }
    readUpTo = last + 1;
  }
  detectCommands(collector, stream);
}

/**
 * The string segment at index `from` or after whose content holds a hit ending at `hitEnd` (`Hits.any`: the hit
 * ends in (contentStart, contentEnd]), or -1. Segments are disjoint and ascending: a binary search.
 */
function stringHolding(segments: Segment[], hitEnd: number, from: number): number {
  let low = from;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (segments[mid]!.contentEnd < hitEnd) low = mid + 1;
    else high = mid;
  }
  const segment = segments[low];
  return segment !== undefined && segment.kind === 'string' && segment.contentStart < hitEnd ? low : -1;
}

function previousString(segments: Segment[], k: number): number {
  let p = k - 1;
  while (p >= 0 && segments[p]!.kind !== 'string') p--;
  return p;
}

function nextString(segments: Segment[], k: number): number {
  let n = k + 1;
  while (n < segments.length && segments[n]!.kind !== 'string') n++;
  return n < segments.length ? n : -1;
}

/** `/^[\s,[(]*$/` on text[from, to), at most 200 characters: literals this close continue one command. */
function onlyGlue(text: string, from: number, to: number): boolean {
  if (to - from > 200) return false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 44 || code === 91 || code === 40 || isRegExpSpace(code)) continue;
    return false;
  }
  return true;
}

/** What `\s` matches in a JavaScript regular expression. */
function isRegExpSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** The last key named, without reading past the end of an empty list (V8's slow path). */
function lastKey(keys: string[]): string | undefined {
  return keys.length > 0 ? keys[keys.length - 1] : undefined;
}

const TAB = 9;
const NEWLINE = 10;
const CR = 13;
const SPACE = 32;
const BANG = 33;
const AMPERSAND = 38;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const COMMA = 44;
const DOT = 46;
const COLON = 58;
const SEMICOLON = 59;
const EQUALS = 61;
const GREATER = 62;
const QUESTION = 63;
const OPEN_BRACKET = 91;
const BACKSLASH = 92;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const PIPE = 124;
const CLOSE_BRACE = 125;

/** [A-Za-z_$]: a name starts; [A-Za-z0-9_$.]: a dotted name goes on. */
const IDENT_START = 1;
const IDENT_PART = 2;
const IDENT = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const letter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 36;
  if (letter) IDENT[code] = IDENT_START | IDENT_PART;
  else if ((code >= 48 && code <= 57) || code === DOT) IDENT[code] = IDENT_PART;
}

function isIdentStart(code: number): boolean {
  return code < 128 && (IDENT[code]! & IDENT_START) !== 0;
}

function isIdentPart(code: number): boolean {
  return code < 128 && (IDENT[code]! & IDENT_PART) !== 0;
}

function nextNonSpace(text: string, from: number, to: number): number {
  let i = from;
  for (; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== SPACE && code !== TAB) break;
  }
  return i;
}

function previousNonSpace(text: string, at: number): number {
  let i = at - 1;
  for (; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code !== SPACE && code !== TAB && code !== CR && code !== NEWLINE) break;
  }
  return i;
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}
