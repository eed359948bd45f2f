/**
 * Results of code windows kept between runs on the same document (the editor re-analyses on every edit): after a
 * one-line edit only the window that holds the line is walked again.
 *
 * Key: the reader's flavor (`python`/`c`/`hash`, config or not), the blocks open and the TOML section where the
 * window starts, and the window's text. A window starts at a clean point (code-windows.ts), where the walker's state
 * is fixed by those alone, so equal keys give equal references, relative to the window's start. The one outside
 * fact a window reads is whether a name it passes where a model goes was written before it (then the whole file
 * is read): those names are kept with the entry and checked again on every use.
 * A memo belongs to one dataset (one `isKnown`): never share it between engines on different datasets.
 */
import type { CodeRun } from './code-run';
import type { LastHits } from './hits-after-edit';
import { occurrencesAfterEdit, occurrencesOf, type LastOccurrences } from './occurrences';
import type { DetectedReference } from './reference';
import { textChange, type TextChange } from './text-change';

export interface MemoEntry {
  /** References with offsets relative to the window start. */
  references: DetectedReference[];
  /** Names looked up as model variables and not found in the window. */
  names: string[];
}

export class DetectionMemo {
  private readonly entries = new Map<string, MemoEntry>();
  hits = 0;
  misses = 0;
  /** The last whole-text run of the code reader: the next one re-reads only around the edit (code-run.ts). */
  code: CodeRun | undefined;
  /** The last prefilter hits: the next scan reads only around the edit (hits-after-edit.ts). */
  lastHits: LastHits | undefined;

  /** Per fixed string (URL markers, the suppression marker): where it occurred in the last text it was asked of. */
  private readonly occurrences = new Map<string, LastOccurrences>();
  /** The edit between two texts, computed once for every pass that asks of the same pair. */
  private lastChange: { before: string; after: string; change: TextChange } | undefined;

  constructor(private readonly limit = 4_000) {}

  /** Where `pattern` occurs in `text` (ascending starts), from its occurrences in the last text and the edit since. */
  occurrencesIn(text: string, pattern: string): number[] {
    const last = this.occurrences.get(pattern);
    let at: number[];
    if (last?.text === text) at = last.at;
    else if (!last) at = occurrencesOf(text, pattern);
    else {
      at = occurrencesAfterEdit(pattern, text, last, this.changeBetween(last.text, text));
    }
    this.occurrences.set(pattern, { text, at });
    return at;
  }

  /** The edit from `before` to `after`: the prefilter, the code passes and the occurrences share one comparison. */
  changeBetween(before: string, after: string): TextChange {
    if (this.lastChange?.before !== before || this.lastChange.after !== after) {
      this.lastChange = { before, after, change: textChange(before, after) };
    }
    return this.lastChange.change;
  }

  get(key: string): MemoEntry | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.hits++;
      this.entries.delete(key); // most recently used last
      this.entries.set(key, entry);
    } else this.misses++;
    return entry;
  }

  set(key: string, entry: MemoEntry): void {
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, entry);
  }
}
