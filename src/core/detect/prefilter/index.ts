/**
 * One pass over a file that says where detection has anything to look at: context cues (cues.ts) and anchors
 * of known ids (anchors.ts), found by one automaton (automaton.ts). Built once per dataset.
 */
import type { Model } from '../../dataset/schema';
import type { DatasetView } from '../../dataset/view';
import { anchorsOf } from './anchors';
import { buildAutomaton, scannerOf, type Matches, type Pattern } from './automaton';
import { cuePatterns, HitKind, LOAD_CUE } from './cues';
import { Hits } from './hits';

export { HitKind } from './cues';
export { Hits } from './hits';

/** Reported only for the bare `load` callee; never part of another pattern's flags. */
const LOAD_FLAG = 64;

export interface Prefilter {
  /** Where text[from, to) has cues and anchors. */
  scan(text: string, from?: number, to?: number): Hits;
}

/** Keyed by a dataset's model list, or by the anchor list its build shipped. */
const cache = new WeakMap<readonly Model[] | readonly string[], Prefilter | null>();

/**
 * The prefilter for a dataset: from the anchors its build shipped when it has them (the models need not be
 * parsed, which costs about 100 ms for the shipped dataset), else from its models.
 */
export function prefilterOfDataset(dataset: Pick<DatasetView, 'models' | 'prefilterAnchors'>): Prefilter | undefined {
  const shipped = dataset.prefilterAnchors?.();
  if (shipped === undefined) return prefilterFor(dataset.models());
  return shipped === null ? undefined : cached(shipped, () => prefilterOfAnchors(shipped));
}

/** The prefilter for a dataset's models; undefined when some id cannot be anchored (then detection reads everything). */
export function prefilterFor(models: readonly Model[]): Prefilter | undefined {
  return cached(models, () => buildPrefilter(models));
}

function cached(key: readonly Model[] | readonly string[], build: () => Prefilter | undefined): Prefilter | undefined {
  let prefilter = cache.get(key);
  if (prefilter === undefined) {
    prefilter = build() ?? null;
    cache.set(key, prefilter);
  }
  return prefilter ?? undefined;
}

export function buildPrefilter(models: readonly Model[]): Prefilter | undefined {
  const anchors = anchorsOf(models);
  return anchors && prefilterOfAnchors(anchors);
}

/** The prefilter for ids with these anchors (`anchorsOf`). */
export function prefilterOfAnchors(anchors: Iterable<string>): Prefilter {
  const patterns: Pattern[] = cuePatterns();
  for (const anchor of anchors) patterns.push({ text: anchor, flags: HitKind.anchor });
  patterns.push({ text: LOAD_CUE, flags: LOAD_FLAG });
  const scanner = scannerOf(buildAutomaton(patterns));
  return { scan: (text, from, to) => hitsOf(text, scanner(text, from, to)) };
}

function hitsOf(text: string, { ends, kinds }: Matches): Hits {
  let count = 0;
  let flags = 0;
  for (let i = 0; i < ends.length; i++) {
    let kind = kinds[i]!;
    if (kind & LOAD_FLAG) {
      // `load(` counts only as a callee of its own (calls.ts: bare `load` or `mlx_lm.load`, the latter has its cue)
      const before = text.charCodeAt(ends[i]! - LOAD_CUE.length - 1);
      kind &= ~LOAD_FLAG;
      if (!isNamePart(before)) kind |= HitKind.cue;
      if (kind === 0) continue;
    }
    ends[count] = ends[i]!;
    kinds[count] = kind;
    flags |= kind;
    count++;
  }
  return new Hits(ends.subarray(0, count), kinds.subarray(0, count), flags);
}

/** Characters that continue a name to the left of `load` (letters, `_`, `$`, `.`); digits are kept as a hit. */
function isNamePart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 36 || code === 46;
}
