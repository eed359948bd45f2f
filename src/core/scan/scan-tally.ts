/** The counts of a scan (files scanned and skipped, bytes, skips by reason) and the progress calls they drive. */
import type { FileScanOutcome } from './scan-file';
import type { ScanOptions } from './scan';

/** A progress call every this many scanned files. */
const PROGRESS_EVERY = 50;

export class ScanTally {
  filesScanned = 0;
  filesSkipped = 0;
  bytesScanned = 0;
  readonly skippedByReason: Record<string, number> = {};
  private progressCalls = 0;
  private pendingProgress: string | undefined;

  constructor(private readonly onProgress: ScanOptions['onProgress']) {}

  skip(reason: string): void {
    this.filesSkipped++;
    this.skippedByReason[reason] = (this.skippedByReason[reason] ?? 0) + 1;
  }

  /** Counts one file's outcome; `current` is the file named in the progress call it may trigger. */
  count(outcome: FileScanOutcome, current: string): void {
    if (outcome.skipReason !== undefined) {
      this.skip(outcome.skipReason);
      return;
    }
    this.filesScanned++;
    this.bytesScanned += outcome.scannedBytes;
    // Workers report a batch at a time: one call per batch that crosses a multiple, never one per file.
    if (this.onProgress && Math.floor(this.filesScanned / PROGRESS_EVERY) > this.progressCalls) {
      this.progressCalls = Math.floor(this.filesScanned / PROGRESS_EVERY);
      this.pendingProgress = current;
    }
  }

  /** Makes the progress call that the counted outcomes earned, if any. */
  flushProgress(): void {
    if (this.pendingProgress === undefined || !this.onProgress) return;
    const current = this.pendingProgress;
    this.pendingProgress = undefined;
    this.onProgress({ filesScanned: this.filesScanned, filesSkipped: this.filesSkipped, current });
  }
}
