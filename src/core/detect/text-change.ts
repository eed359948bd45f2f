/**
 * Where two versions of a document differ: the longest common prefix and suffix, found with native string
 * comparisons of doubling chunks (from 1 KB), then halving ones, so a one-line edit in a 300 KB file costs a
 * few dozen native compares.
 */

/** `before[start, oldEnd)` became `after[start, newEnd)`; the rest of both is equal. */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

export function textChange(before: string, after: string): TextChange {
  const shorter = Math.min(before.length, after.length);
  const start = commonPrefix(before, after, shorter);
  const suffix = commonSuffix(before, after, shorter - start);
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

const FIRST_CHUNK = 1024;

/** Length of the common prefix, at most `limit`. */
function commonPrefix(a: string, b: string, limit: number): number {
  let n = 0;
  let size = FIRST_CHUNK;
  while (n + size <= limit && a.slice(n, n + size) === b.slice(n, n + size)) {
    n += size;
    size *= 2;
  }
  // the first difference (or the limit) is in [n, n + size): halve
  for (size >>= 1; size >= 8; size >>= 1) {
    if (n + size <= limit && a.slice(n, n + size) === b.slice(n, n + size)) n += size;
  }
  while (n < limit && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** Length of the common suffix, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
  const aEnd = a.length;
  const bEnd = b.length;
  const same = (n: number, size: number): boolean => a.slice(aEnd - n - size, aEnd - n) === b.slice(bEnd - n - size, bEnd - n);
  let n = 0;
  let size = FIRST_CHUNK;
  while (n + size <= limit && same(n, size)) {
    n += size;
    size *= 2;
  }
  for (size >>= 1; size >= 8; size >>= 1) {
    if (n + size <= limit && same(n, size)) n += size;
  }
  while (n < limit && a.charCodeAt(aEnd - n - 1) === b.charCodeAt(bEnd - n - 1)) n++;
  return n;
}
