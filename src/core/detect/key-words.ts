/**
 * Word lists compared as `normalizeKey` compares keys (ASCII letters in lower case, digits, every other character
 * dropped), read straight off the raw key: no normalised copy is built, and most keys are settled after a
 * character or two. Keys are named on nearly every line of code and configuration, most of them distinct.
 */

/** a-z, then 0-9. */
const ALPHABET = 36;

/** The symbol `normalizeKey` keeps for a code unit, or -1 for one it drops. */
function symbolOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 48 && code <= 57) return code - 22;
  return -1;
}

/** A trie over normalised words, read forwards (whole words) or backwards (endings). State 0 is the root. */
class WordTrie {
  private next: Int32Array;
  private final: Uint8Array;
  private states = 1;

  constructor(words: Iterable<string>, backwards: boolean) {
    const list = [...words];
    const capacity = 1 + list.reduce((sum, word) => sum + word.length, 0);
    this.next = new Int32Array(capacity * ALPHABET);
    this.final = new Uint8Array(capacity);
    for (const word of list) {
      let state = 0;
      for (let k = 0; k < word.length; k++) {
        const symbol = symbolOf(word.charCodeAt(backwards ? word.length - 1 - k : k));
        if (symbol < 0) throw new Error(`not a normalised key word: ${word}`);
        const slot = state * ALPHABET + symbol;
        if (this.next[slot] === 0) this.next[slot] = this.states++;
        state = this.next[slot]!;
      }
      this.final[state] = 1;
    }
  }

  /** Whether `normalizeKey(key)` is one of the words. */
  hasWhole(key: string): boolean {
    let state = 0;
    for (let i = 0; i < key.length; i++) {
      const symbol = symbolOf(key.charCodeAt(i));
      if (symbol < 0) continue;
      state = this.next[state * ALPHABET + symbol]!;
      if (state === 0) return false;
    }
    return this.final[state] === 1;
  }

  /** Whether `normalizeKey(key.slice(0, end))` ends with one of the words (a backwards trie). */
  endsWithOne(key: string, end: number): boolean {
    let state = 0;
    for (let i = end - 1; i >= 0; i--) {
      const symbol = symbolOf(key.charCodeAt(i));
      if (symbol < 0) continue;
      state = this.next[state * ALPHABET + symbol]!;
      if (state === 0) return false;
      if (this.final[state] === 1) return true;
    }
    return false;
  }
}

/** `normalizeKey(key) ∈ words`. */
export class NormalizedWordSet {
  private readonly trie: WordTrie;

  constructor(words: Iterable<string>) {
    this.trie = new WordTrie(words, false);
  }

  has(key: string): boolean {
    return this.trie.hasWhole(key);
  }
}

/** Whether `normalizeKey(key)`, or it without a final `s`, ends with one of `endings`. */
export class NormalizedEndings {
  private readonly trie: WordTrie;

  constructor(endings: Iterable<string>) {
    this.trie = new WordTrie(endings, true);
  }

  endOrSingularEnds(key: string): boolean {
    let last = key.length - 1;
    while (last >= 0 && symbolOf(key.charCodeAt(last)) < 0) last--;
    if (last < 0) return false;
    if (this.trie.endsWithOne(key, last + 1)) return true;
    const code = key.charCodeAt(last);
    return (code === 115 || code === 83) && this.trie.endsWithOne(key, last);
  }
}
