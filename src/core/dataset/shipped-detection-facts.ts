/**
 * The detection facts of a shipped index (detection-facts.ts), checked as they are read: the index is trusted
 * by its hash, but a wrong anchor would silently hide references, so its shape is validated all the same.
 */
import { z } from 'zod';
import { DatasetError } from './load';
import { splitLines } from './packed-tables';
import type { DatasetIndex } from './shipped-format';

const anchorsSchema = z.string().refine(isAnchorLines).nullable();

export function readPrefilterAnchors(index: Pick<DatasetIndex, 'prefilterAnchors'>): string[] | null {
  const result = anchorsSchema.safeParse(index.prefilterAnchors);
  if (!result.success) throw new DatasetError('the dataset index holds malformed prefilter anchors');
  return result.data === null ? null : splitLines(result.data);
}

export function readLiveModelPositions(index: Pick<DatasetIndex, 'liveModels' | 'counts'>): number[] {
  const result = z.array(z.number().int().min(0).max(index.counts.models - 1)).safeParse(index.liveModels);
  if (!result.success) throw new DatasetError('the dataset index holds malformed live model positions');
  return result.data;
}

/**
 * Lines of printable ASCII, or none (a dataset without models): the automaton takes only ASCII patterns, and
 * an empty one would match nothing.
 */
function isAnchorLines(text: string): boolean {
  if (text.length === 0) return true;
  let lineLength = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      if (lineLength === 0) return false;
      lineLength = 0;
    } else if (code < 0x20 || code > 0x7e) return false;
    else lineLength++;
  }
  return lineLength > 0;
}
