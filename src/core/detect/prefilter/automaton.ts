/**
 * A case-folded Aho-Corasick automaton over ASCII, compiled to a dense transition table, so one pass over a
 * file costs one table lookup per character. Characters that appear in no pattern share one class that leads
 * back to the root; patterns are matched as plain substrings (no word boundaries), which can only add hits.
 */

export interface Pattern {
  text: string;
  /** Bits reported when the pattern is found (see `HitKind`). */
  flags: number;
}

export interface Automaton {
  /** State -> next state, `classCount` entries per state. */
  readonly delta: Int32Array;
  /** State -> OR of the flags of every pattern ending in it (fail links folded in). */
  readonly output: Uint8Array;
  /** Char code (< 128) -> class; 0 for characters in no pattern. */
  readonly classOf: Uint8Array;
  readonly classCount: number;
  /** `delta` in 16 bits when the states fit: half the memory, so more of the table stays in cache. */
  readonly compact: Uint16Array | undefined;
}

export function buildAutomaton(patterns: readonly Pattern[]): Automaton {
  const classOf = new Uint8Array(128);
  let classCount = 1;
  for (const { text } of patterns) {
    for (let i = 0; i < text.length; i++) {
      const code = foldCode(text.charCodeAt(i));
      if (code >= 128) throw new Error(`prefilter patterns are ASCII: ${text}`);
      if (classOf[code] === 0) classOf[code] = classCount++;
    }
  }
  for (let upper = 65; upper <= 90; upper++) classOf[upper] = classOf[upper + 32]!;

  // trie
  const children: Array<Map<number, number>> = [new Map()];
  const flags: number[] = [0];
  for (const { text, flags: bits } of patterns) {
    if (text.length === 0) continue;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = classOf[foldCode(text.charCodeAt(i))]!;
      let next = children[state]!.get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        flags.push(0);
        children[state]!.set(c, next);
      }
      state = next;
    }
    flags[state]! |= bits;
  }

  // breadth-first: fail links, folded outputs, dense transitions
  const stateCount = children.length;
  const delta = new Int32Array(stateCount * classCount);
  const fail = new Int32Array(stateCount);
  const output = new Uint8Array(stateCount);
  const queue: number[] = [];
  for (let c = 1; c < classCount; c++) {
    const next = children[0]!.get(c);
    if (next !== undefined) {
      delta[c] = next;
      queue.push(next);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    output[state] = flags[state]! | output[fail[state]!]!;
    for (let c = 1; c < classCount; c++) {
      const next = children[state]!.get(c);
      const viaFail = delta[fail[state]! * classCount + c]!;
      if (next === undefined) {
        delta[state * classCount + c] = viaFail;
      } else {
        fail[next] = viaFail;
        delta[state * classCount + c] = next;
        queue.push(next);
      }
    }
  }
  const compact = stateCount <= 0xffff ? Uint16Array.from(delta) : undefined;
  return { delta, output, classOf, classCount, compact };
}

function foldCode(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/**
 * Scans text[from, to) and returns the end offsets (exclusive, ascending, distinct) of matches with the flags
 * found at each, plus the OR of all of them.
 */
export function scanAutomaton(
  automaton: Automaton,
  text: string,
  from = 0,
  to = text.length,
): { ends: Int32Array; kinds: Uint8Array; flags: number } {
  const { delta, compact, output, classOf, classCount } = automaton;
  const table = compact ?? delta;
  let ends = new Int32Array(64);
  let kinds = new Uint8Array(64);
  let count = 0;
  let seen = 0;
  let state = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    state = table[state * classCount + (code < 128 ? classOf[code]! : 0)]!;
    const bits = output[state]!;
    if (bits !== 0) {
      seen |= bits;
      if (count === ends.length) {
        const grown = new Int32Array(count * 2);
        grown.set(ends);
        ends = grown;
        const grownKinds = new Uint8Array(count * 2);
        grownKinds.set(kinds);
        kinds = grownKinds;
      }
      kinds[count] = bits;
      ends[count++] = i + 1;
    }
  }
  return { ends: ends.subarray(0, count), kinds: kinds.subarray(0, count), flags: seen };
}
