/**
 * Gathers candidate spans from every syntax family, judges each once, and resolves overlaps: a span the
 * syntax vouches for beats a bare known-id match, a URL beats text inside it, a longer span beats a shorter one.
 */
import { judge, type Strength } from './ids';
import type { DetectedReference, KnownIdPredicate, SyntaxKind } from './reference';

export class Collector {
  private readonly found: DetectedReference[] = [];
  private readonly masks: Array<[number, number]> = [];

  constructor(
    readonly text: string,
    readonly isKnown: KnownIdPredicate,
  ) {}

  /** Offers text[start, end) as an id (standing for `idInContext` where the call says so); returns whether it was kept. */
  offer(start: number, end: number, syntax: SyntaxKind, strength: Strength, idInContext?: string): boolean {
    if (end <= start) return false;
    const raw = this.text.slice(start, end);
    // a name the call maps to an id is a model by the library's own table, whatever its shape
    const contextual = idInContext ? true : judge(raw, strength, this.isKnown);
    if (contextual === undefined) return false;
    // Docker Model Runner ids read the same wherever they are written (`model: ai/smollm2`, `docker model run ai/x`)
    const kind: SyntaxKind = raw.startsWith('ai/') && syntax !== 'url' && syntax !== 'file-name' ? 'docker-model' : syntax;
    this.found.push(idInContext ? { start, end, text: raw, syntax: kind, contextual, idInContext } : { start, end, text: raw, syntax: kind, contextual });
    return true;
  }

  /** Adds a span that is a reference by construction (already judged by the caller). */
  push(reference: DetectedReference): void {
    this.found.push(reference);
  }

  /** Nothing but the URL detector's own spans may come from inside [start, end) (non-model URLs, image names). */
  mask(start: number, end: number): void {
    this.masks.push([start, end]);
  }

  /** A point to come back to: a reader that finds it must start over calls `rollback` with it. */
  checkpoint(): { found: number; masks: number } {
    return { found: this.found.length, masks: this.masks.length };
  }

  /** The references offered since `checkpoint`. */
  since(checkpoint: { found: number; masks: number }): DetectedReference[] {
    return this.found.slice(checkpoint.found);
  }

  rollback(checkpoint: { found: number; masks: number }): void {
    this.found.length = checkpoint.found;
    this.masks.length = checkpoint.masks;
  }

  results(): DetectedReference[] {
    const masks = mergeIntervals(this.masks);
    const kept = this.found.filter((r) => r.syntax === 'url' || !insideMask(masks, r.start, r.end));
    kept.sort((a, b) => a.start - b.start || rank(b) - rank(a) || b.end - a.end);
    const out: DetectedReference[] = [];
    for (const reference of kept) {
      const last = out[out.length - 1];
      if (last && reference.start < last.end) {
        if (rank(reference) > rank(last) || (rank(reference) === rank(last) && reference.end - reference.start > last.end - last.start)) {
          out[out.length - 1] = reference;
        }
        continue;
      }
      out.push(reference);
    }
    return out;
  }
}

const SYNTAX_RANK: Record<SyntaxKind, number> = {
  'call-argument': 5, 'keyword-argument': 5, 'cli-argument': 5, 'modelfile-from': 5, 'docker-model': 5,
  'config-value': 4, url: 6, 'file-name': 3, 'string-literal': 1, comment: 1, prose: 1,
};

function rank(reference: DetectedReference): number {
  return (reference.contextual ? 10 : 0) + SYNTAX_RANK[reference.syntax];
}

/** Sorted, disjoint union of the masks (masks nest: a URL inside a masked table cell). */
function mergeIntervals(intervals: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** Binary search over disjoint, sorted masks. */
function insideMask(masks: Array<[number, number]>, start: number, end: number): boolean {
  let low = 0;
  let high = masks.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [maskStart, maskEnd] = masks[mid]!;
    if (maskEnd <= start) low = mid + 1;
    else if (maskStart >= end) high = mid - 1;
    else return true;
  }
  return false;
}
