/**
 * The prefilter's hits for a new version of a document from those of the last one. No pattern holds a line feed
 * (cue words, and anchors cut from model ids), so no match crosses one: hits ending up to the start of the edited
 * line are kept, hits after the first line feed after the edit are the old ones shifted, and only the lines
 * of the edit are scanned again (the character `load` is judged by is the one before it, a line feed at most).
 */
import { Hits, type Prefilter } from './prefilter';
import { textChange, type TextChange } from './text-change';
import { firstAbove } from './sorted';

/** The last hits of one document and the text they were found in. */
export interface LastHits {
  text: string;
  hits: Hits;
  prefilter: Prefilter;
}

/** Hits of `text`, from `last` when it holds an earlier version of the same document. */
export function hitsAfterEdit(
  prefilter: Prefilter,
  text: string,
  last: LastHits | undefined,
  changeOf: (before: string, after: string) => TextChange = textChange,
): Hits {
  if (!last || last.prefilter !== prefilter) return prefilter.scan(text);
  const { start, oldEnd, newEnd } = changeOf(last.text, text);
  const delta = newEnd - oldEnd;
  const lineStart = start > 0 ? text.lastIndexOf('\n', start - 1) + 1 : 0;
  const newline = text.indexOf('\n', newEnd);
  const lineEnd = newline < 0 ? text.length : newline;
  if (lineEnd - lineStart > text.length / 2) return prefilter.scan(text);
  const old = last.hits;
  const middle = prefilter.scan(text, lineStart, lineEnd);
  const kept = firstAbove(old.ends, lineStart);
  const resume = firstAbove(old.ends, lineEnd - delta);
  const count = kept + middle.count + (old.count - resume);
  const ends = new Int32Array(count);
  const kinds = new Uint8Array(count);
  ends.set(old.ends.subarray(0, kept));
  kinds.set(old.kinds.subarray(0, kept));
  ends.set(middle.ends, kept);
  kinds.set(middle.kinds, kept);
  let n = kept + middle.count;
  kinds.set(old.kinds.subarray(resume), n);
  for (let i = resume; i < old.count; i++) ends[n++] = old.ends[i]! + delta;
  let flags = 0;
  for (let i = 0; i < count; i++) flags |= kinds[i]!;
  return new Hits(ends, kinds, flags);
}

