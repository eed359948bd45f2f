/**
 * Where a fixed string occurs in a text, carried from the document's last text across an edit: occurrences
 * wholly before or after the changed span are kept (shifted), and only the span, widened by the pattern's length,
 * is searched again. Whole-text searches for strings most files lack (`://`, `huggingface.co/`, the suppression
 * marker) cost ~0.1 ms each on a 300 KB document; after a one-line edit this reads a line.
 */
import { textChange, type TextChange } from './text-change';

export interface LastOccurrences {
  text: string;
  /** Start offsets in `text`, ascending (overlapping occurrences included). */
  at: number[];
}

/** Every start of `pattern` in `text[from, to)` (the whole occurrence inside), ascending. */
export function occurrencesOf(text: string, pattern: string, from = 0, to = text.length): number[] {
  const at: number[] = [];
  // indexOf reads to the end of its text: a span is searched in its own copy (a line or two after an edit).
  const whole = from === 0 && to === text.length;
  const span = whole ? text : text.slice(from, to);
  const offset = whole ? 0 : from;
  for (let index = span.indexOf(pattern); index >= 0; index = span.indexOf(pattern, index + 1)) at.push(offset + index);
  return at;
}

/** The occurrences of `pattern` in `text`, given those in the text before the edit `change` (`last.text` -> `text`). */
export function occurrencesAfterEdit(pattern: string, text: string, last: LastOccurrences, change: TextChange = textChange(last.text, text)): number[] {
  const { start, oldEnd, newEnd } = change;
  const delta = newEnd - oldEnd;
  const at: number[] = [];
  let k = 0;
  // Unchanged before the edit: the whole occurrence ends at or before its start.
  while (k < last.at.length && last.at[k]! + pattern.length <= start) at.push(last.at[k++]!);
  // Any occurrence that touches the changed span (or spans the join of a deletion) starts in [start - length + 1, newEnd).
  at.push(...occurrencesOf(text, pattern, Math.max(0, start - pattern.length + 1), Math.min(text.length, newEnd + pattern.length - 1)));
  // Unchanged after the edit: starting at or after its old end.
  while (k < last.at.length && last.at[k]! < oldEnd) k++;
  while (k < last.at.length) at.push(last.at[k++]! + delta);
  return at;
}
