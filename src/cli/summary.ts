/** The one line the CLI prints on standard error after a scan. */
import type { ScanResult } from '../core/finding';
import type { FailLevel } from './args';

export function summaryLine(result: ScanResult, failOn: FailLevel, failing: number): string {
  const count = (severity: string) => result.findings.filter((finding) => finding.severity === severity).length;
  const { filesScanned, filesSkipped, ms } = result.stats;
  const verdict = failOn === 'never' ? 'not failing (--fail-on never)' : failing > 0 ? `${failing} at or above ${failOn}: failing` : `none at or above ${failOn}`;
  return (
    `ai-license-lens: ${result.models.length} model(s), ${result.findings.length} finding(s) ` +
    `(${count('error')} error, ${count('warning')} warning, ${count('info')} info); ${verdict}; ` +
    `${filesScanned} files scanned, ${filesSkipped} skipped, ${(ms / 1000).toFixed(2)} s`
  );
}
