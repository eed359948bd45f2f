import { firstAbove } from '../sorted';

/** The prefilter's answer for one text: where matches end, and what they were. */
export class Hits {
  constructor(
    /** End offsets (exclusive) of matches, ascending and distinct. */
    readonly ends: Int32Array,
    /** HitKind bits of the matches ending at the same index. */
    readonly kinds: Uint8Array,
    /** OR of every kind found. */
    readonly flags: number,
  ) {}

  get count(): number {
    return this.ends.length;
  }

  /** Whether a match of one of `mask`'s kinds may lie in [from, to): one ends in (from, to]. */
  any(from: number, to: number, mask: number): boolean {
    const { ends, kinds } = this;
    for (let i = firstAbove(ends, from); i < ends.length && ends[i]! <= to; i++) if (kinds[i]! & mask) return true;
    return false;
  }
}
