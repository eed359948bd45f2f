/**
 * The smallest document the engine needs. A `vscode.TextDocument` already satisfies it, and so does
 * `createTextDocument` (files read by the CLI, tests).
 */
export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 column. */
  character: number;
}

export interface TextDocumentLike {
  readonly uri: { toString(): string } | string;
  getText(): string;
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
}

/** An in-memory document with a lazily built line index. */
export function createTextDocument(uri: string, text: string): TextDocumentLike {
  let lineStarts: number[] | undefined;
  const starts = (): number[] => (lineStarts ??= computeLineStarts(text));
  return {
    uri,
    getText: () => text,
    positionAt(offset) {
      const clamped = Math.max(0, Math.min(offset, text.length));
      const lines = starts();
      let low = 0;
      let high = lines.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (lines[mid]! <= clamped) low = mid;
        else high = mid - 1;
      }
      return { line: low, character: clamped - lines[low]! };
    },
    offsetAt(position) {
      const lines = starts();
      if (position.line < 0) return 0;
      if (position.line >= lines.length) return text.length;
      const lineStart = lines[position.line]!;
      const nextStart = position.line + 1 < lines.length ? lines[position.line + 1]! : text.length;
      return Math.max(lineStart, Math.min(lineStart + position.character, nextStart));
    },
  };
}

/** Offsets where lines start; a line ends at `\n`, `\r\n` or a lone `\r` (as VS Code counts them). */
export function computeLineStarts(text: string): number[] {
  // Most files have no `\r`: native searches for `\n` then cost about a tenth of a loop over every character.
  return text.indexOf('\r') < 0 ? lineFeedStarts(text) : anyBreakStarts(text);
}

function lineFeedStarts(text: string): number[] {
  const result = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) result.push(at + 1);
  return result;
}

function anyBreakStarts(text: string): number[] {
  const result = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      result.push(i + 1);
    } else if (code === 10 /* \n */) {
      result.push(i + 1);
    }
  }
  return result;
}
