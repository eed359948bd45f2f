/** The code walker's bookkeeping for one open bracket: what it was opened by and what it has seen so far. */
import { callRule, type CallRule } from './calls';
import type { Strength } from './ids';
import { isNeverKey, keyStrength } from './keys';
import type { SyntaxKind } from './reference';

export interface Frame {
  open: '(' | '[' | '{' | 'root';
  callee: string;
  rule: CallRule | undefined;
  never: boolean;
  argIndex: number;
  /** Keys named in the current argument or statement. */
  keys: string[];
  /** The strength of the model key this collection is the value of (`models=[...]`). */
  collectionStrength: Strength | undefined;
  /** The first string argument (`getenv("MODEL", ...)`, `add_argument("--model", ...)`). */
  firstLiteral: string | undefined;
  /** A `?` in the current argument: a following `"x":` is a ternary branch, not a key. */
  ternary: boolean;
  /** Last identifier before `??` / `||` / `or` (`process.env.MODEL ?? "x"`). */
  fallbackKey: string | undefined;
  subscript: boolean;
  literals: number;
  onlyLiteral: string | undefined;
  repoTypeNonModel: boolean;
  deferred: Array<{ start: number; end: number; syntax: SyntaxKind; strength: Strength; idInContext?: string }>;
}

export function newFrame(open: Frame['open'], callee: string): Frame {
  return {
    open, callee, rule: callee ? callRule(callee) : undefined, never: false, argIndex: 0, keys: [],
    collectionStrength: undefined, firstLiteral: undefined, ternary: false, fallbackKey: undefined, subscript: false,
    literals: 0, onlyLiteral: undefined, repoTypeNonModel: false, deferred: [],
  };
}

/**
 * A call whose first argument names a model setting passes its value later: `config.get("model", "x")`,
 * `parametrize("model", [...])`, `st.selectbox("Model", [...])`. Only `org/name` or known ids count.
 */
export function namedSetting(frame: Frame): Strength | undefined {
  if (frame.open !== '(' || frame.argIndex < 1 || !frame.firstLiteral || !/^[A-Za-z][\w -]{0,40}$/.test(frame.firstLiteral)) return undefined;
  return keyStrength(frame.firstLiteral) ? 'medium' : undefined;
}

/** `image: "x"`, `dataset: str = "x"`, `self.path = ...`: the argument is named for something that is never a model. */
export function neverKeyed(keys: string[]): boolean {
  return keys.length > 0 && isNeverKey(keys[0]!) && strongestKey(keys) === undefined;
}

export function resetArgument(frame: Frame): void {
  frame.keys = [];
  frame.ternary = false;
  frame.fallbackKey = undefined;
}

/**
 * 'key' when some key is a model key, else 'medium' when one may be. Key lists only grow (or are replaced), and
 * a JSON object's keys can run to thousands: each list remembers how far it was read.
 */
export function strongestKey(keys: string[]): Strength | undefined {
  if (keys.length <= SHORT_KEY_LIST) return strongestOf(keys);
  let seen = readKeys.get(keys);
  if (!seen) {
    seen = { read: 0, best: undefined };
    readKeys.set(keys, seen);
  }
  for (; seen.read < keys.length && seen.best !== 'key'; seen.read++) {
    const strength = keyStrength(keys[seen.read]!);
    if (strength) seen.best = strength;
  }
  return seen.best;
}

const readKeys = new WeakMap<string[], { read: number; best: Strength | undefined }>();

/** Most lists hold no key or one (every bracket asks, `f(x)`): read them again rather than remember them. */
const SHORT_KEY_LIST = 4;

function strongestOf(keys: string[]): Strength | undefined {
  let best: Strength | undefined;
  for (let k = 0; k < keys.length; k++) {
    const strength = keyStrength(keys[k]!);
    if (strength === 'key') return strength;
    if (strength) best = strength;
  }
  return best;
}
