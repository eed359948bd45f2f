/**
 * The code walker as it read text before it read character codes (`text[i]`, a Map per walker, keys re-read on
 * every bracket), and the literal-command pass with a binary search per literal: the oracles code.ts is compared
 * with in walker.test.ts. Not used by the extension.
 */
import { isNeverCall } from '../../../src/core/detect/calls';
import { detectCommands, tokenize, type TokenStream } from '../../../src/core/detect/cli';
import { contextOf } from '../../../src/core/detect/code-context';
import { type Frame, namedSetting, neverKeyed, newFrame, resetArgument, strongestKey } from '../../../src/core/detect/code-frame';
import type { Collector } from '../../../src/core/detect/collector';
import { isIdLike, type Strength } from '../../../src/core/detect/ids';
import type { CodeWindow } from '../../../src/core/detect/code-windows';
import type { CodeOptions } from '../../../src/core/detect/code';
import { lexCode, type Segment } from '../../../src/core/detect/lexer';
import { HitKind, type Hits } from '../../../src/core/detect/prefilter';
import { detectKnownTokens } from '../../../src/core/detect/prose';
import { tomlSectionName } from '../../../src/core/detect/section';
import type { SyntaxKind } from '../../../src/core/detect/reference';

const CUE_OR_ANCHOR = HitKind.cue | HitKind.anchor;

/** detectInCode without hits: the whole text walked. */
export function plainWalk(collector: Collector, options: CodeOptions, from = 0, to = collector.text.length): void {
  new Walker(collector, options, lexCode(collector.text, options, from, to)).run(from, to);
}

/** The literal commands of the walk with hits. */
export function plainLiteralCommands(collector: Collector, options: CodeOptions, hits: Hits, segments = lexCode(collector.text, options)): void {
  detectLiteralCommands(collector, segments, hits);
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
  /** `name = "org/x"`: the last literal assigned to each name, vouched for if the name later goes where a model goes. */
  private readonly assigned = new Map<string, { start: number; end: number }>();

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
      const stop = segment ? Math.min(segment.start, to) : to;
      const ch = text[i]!;
      if (lineStart && ch === '!' && this.options.flavor === 'python') {
        // notebook shell escape: `!ollama pull llama3.1`, `!huggingface-cli download org/name`
        const end = Math.min(lineEnd(text, i), stop);
        if (this.mayHave(i + 1, end, CUE_OR_ANCHOR)) {
          detectCommands(this.collector, tokenize(text, i + 1, end));
          detectKnownTokens(this.collector, i + 1, end, 'string-literal');
        }
        i = end;
        continue;
      }
      if (ch === '\n') {
        lineStart = true;
        this.newline(i);
        i++;
        continue;
      }
      if (ch === ' ' || ch === '\t' || ch === '\r') {
        i++;
        continue;
      }
      if (lineStart && ch === '[' && this.options.config && this.options.flavor === 'python' && this.stack.length === 1) {
        const end = Math.min(lineEnd(text, i), stop);
        this.section = tomlSectionName(text.slice(i, end)); // TOML `[model]`, `[[models]]`
        i = end;
        continue;
      }
      lineStart = false;
      if (isIdentStart(ch)) {
        i = this.identifier(i, stop);
        continue;
      }
      this.punctuation(ch, i);
      i++;
    }
    while (this.stack.length > 1) this.close();
    if (!this.options.hits) detectCommands(this.collector, this.cli); // with hits: detectLiteralCommands, once per file
  }

  private get top(): Frame {
    return this.stack[this.stack.length - 1]!;
  }

  private identifier(start: number, stop: number): number {
    const text = this.collector.text;
    let end = start;
    while (end < stop && isIdentPart(text[end]!)) end++;
    const chain = text.slice(start, end);
    const last = chain.slice(chain.lastIndexOf('.') + 1);
    const next = nextNonSpace(text, end, stop);
    const after = text[next + 1];
    if (chain === 'or' || chain === 'and') {
      if (chain === 'or') this.top.fallbackKey = this.top.fallbackKey ?? this.top.keys[this.top.keys.length - 1];
      return end;
    }
    if (text[next] === '(') {
      this.pendingCallee = chain;
    } else if (text[next] === '=' && after !== '=' && (after !== '>' || this.options.flavor === 'hash')) {
      this.top.keys.push(last); // `model=`, and Ruby `:model => "x"`
    } else if (text[next] === ':' && after !== ':' && after !== '=') {
      this.top.keys.push(last);
    } else if (text[next] === '?' && after === '?') {
      this.top.fallbackKey = last;
    } else if (text[next] === '|' && after === '|') {
      this.top.fallbackKey = last;
    }
    this.lastIdentEnd = end;
    this.variableArgument(start, last, next);
    return end;
  }

  /** A bare name passed where a model goes (`from_pretrained(name)`, `model=name`): its assigned literal is a model. */
  private variableArgument(start: number, name: string, next: number): void {
    const text = this.collector.text;
    const frame = this.top;
    const after = text[next];
    if (frame.open !== '(' || (after !== ',' && after !== ')' && after !== '\n' && after !== '\r')) return;
    const literal = this.assigned.get(name);
    if (!literal && !this.window) return;
    const before = text[previousNonSpace(text, start)];
    let strength: Strength | undefined;
    let defer = false;
    if (before === '=' && frame.keys.length > 0) strength = strongestKey(frame.keys);
    else if ((before === '(' || before === ',') && frame.keys.length === 0 && frame.rule) {
      if (frame.rule.index === frame.argIndex) strength = frame.rule.strength;
      else if (frame.rule.alsoIndex === frame.argIndex) strength = 'medium';
      defer = frame.rule.repoTyped === true;
    }
    if (!strength) return;
    if (!literal) {
      // over a window: the name may have been assigned before it
      if (wasWrittenBefore(this.collector.text, name, this.window!.start)) throw NEEDS_WHOLE_FILE;
      this.unassignedNames.push(name);
      return;
    }
    const offer = { start: literal.start, end: literal.end, syntax: 'call-argument' as SyntaxKind, strength };
    if (defer) frame.deferred.push(offer);
    else this.collector.offer(offer.start, offer.end, offer.syntax, offer.strength);
  }

  private pendingCallee: string | undefined;
  private lastIdentEnd = -1;

  private punctuation(ch: string, at: number): void {
    const text = this.collector.text;
    const top = this.top;
    switch (ch) {
      case '(':
      case '[':
      case '{': {
        const previous = previousNonSpace(text, at);
        const callee = ch === '(' && this.pendingCallee && previous === this.lastIdentEnd - 1 ? this.pendingCallee : '';
        const frame = newFrame(ch, callee);
        frame.subscript = ch === '[' && (previous === this.lastIdentEnd - 1 || text[previous] === ']' || text[previous] === ')');
        if (!frame.subscript && ch !== '(') frame.collectionStrength = strongestKey(top.keys) ?? top.collectionStrength ?? namedSetting(top);
        else if (ch === '(') frame.collectionStrength = strongestKey(top.keys);
        // `datasets = [...]` is never a model list; `path = hf_hub_download(repo_id=...)` names the result, not the arguments
        frame.never = top.never || isNeverCall(callee) || (ch !== '(' && neverKeyed(top.keys));
        this.stack.push(frame);
        this.pendingCallee = undefined;
        break;
      }
      case ')':
      case ']':
      case '}':
        if (this.window && this.window.depth > 0 && this.stack.length <= this.window.depth + 1) throw NEEDS_WHOLE_FILE; // never planned: a safety net
        if (this.stack.length > 1) this.close();
        break;
      case ',':
        top.argIndex++;
        resetArgument(top);
        break;
      case ';':
        resetArgument(top);
        break;
      case '?':
        if (text[at + 1] === '?') top.fallbackKey = top.fallbackKey ?? top.keys[top.keys.length - 1];
        else if (text[at + 1] !== '.') top.ternary = true;
        break;
      case '=':
        if (text[at + 1] !== '=' && text[at - 1] !== '=' && text[at + 1] !== '>' && text[previousNonSpace(text, at)] === ']') {
          if (!this.subscriptKeyKnown) throw NEEDS_WHOLE_FILE;
          if (this.lastSubscriptKey !== undefined) top.keys.push(this.lastSubscriptKey); // config["model"] = "x"
        }
        break;
      default:
        break;
    }
  }

  private newline(at: number): void {
    const top = this.top;
    if (top.open !== 'root' && top.open !== '{') return; // calls and lists span lines; statements do not
    const text = this.collector.text;
    const previous = text[previousNonSpace(text, at)];
    if (previous === ':' && this.options.flavor === 'python') {
      resetArgument(top); // `def f(...) -> Path:` opens a block; its names do not carry into the body
      return;
    }
    if (previous === '=' || previous === ':' || previous === ',' || previous === '\\' || previous === '?' || previous === '|' || previous === '&') return;
    resetArgument(top);
  }

  private close(): void {
    const frame = this.stack.pop()!;
    if (!frame.repoTypeNonModel) {
      for (const d of frame.deferred) this.collector.offer(d.start, d.end, d.syntax, d.strength);
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
    const after = text[afterIndex];
    this.feedCli(segment);
    frame.literals++;
    frame.onlyLiteral = content;
    if (frame.argIndex === 0 && frame.firstLiteral === undefined) frame.firstLiteral = content;

    const isKey =
      (after === '=' && text[afterIndex + 1] === '>') || // PHP arrays, Ruby hash rockets: 'model' => 'x'
      (after === ':' && text[afterIndex + 1] !== ':' && (frame.open === '{' || this.options.config) && !frame.ternary) ||
      (after === '=' && text[afterIndex + 1] !== '=' && this.options.config === true && frame.open === 'root');
    if (isKey) {
      frame.keys.push(content);
      if (!frame.never && this.mayHave(start, end, HitKind.anchor)) detectKnownTokens(this.collector, start, end, 'string-literal');
      return segment.end;
    }
    if (frame.keys[frame.keys.length - 1] === 'repo_type' && (content === 'dataset' || content === 'space')) {
      frame.repoTypeNonModel = true;
    }
    const assignedTo = frame.keys[frame.keys.length - 1];
    if (assignedTo && text[previousNonSpace(text, segment.start)] === '=' && isIdLike(content)) {
      this.assigned.set(assignedTo, { start, end });
    }
    if (frame.never || neverKeyed(frame.keys)) return segment.end;
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
function detectLiteralCommands(collector: Collector, segments: Segment[], hits: Hits): void {
  const text = collector.text;
  const stream: TokenStream = [];
  let groupStart = 0;
  let groupHasCue = false;
  let lastEnd = -1;
  const flush = (groupEnd: number): void => {
    if (groupHasCue) {
      if (stream.length > 0) stream.push(null);
      for (let k = groupStart; k < groupEnd; k++) {
        const literal = segments[k]!;
        if (literal.kind !== 'string') continue;
        tokenize(text, literal.contentStart, literal.contentEnd, false, stream);
        stream.pop();
      }
    }
    groupHasCue = false;
  };
  for (let k = 0; k < segments.length; k++) {
    const segment = segments[k]!;
    if (segment.kind !== 'string') continue;
    if (lastEnd >= 0 && !onlyGlue(text, lastEnd, segment.start)) {
      flush(k);
      groupStart = k;
    }
    groupHasCue ||= hits.any(segment.contentStart, segment.contentEnd, HitKind.cue);
    lastEnd = segment.end;
  }
  flush(segments.length);
  detectCommands(collector, stream);
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

function isIdentStart(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '_' || ch === '$';
}

function isIdentPart(ch: string): boolean {
  return isIdentStart(ch) || (ch >= '0' && ch <= '9') || ch === '.';
}

function nextNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

function previousNonSpace(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r' || text[i] === '\n')) i--;
  return i;
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}
