/** The status bar's words: how many distinct models and how many warnings (errors included) a set of findings holds. */
import type { Finding } from '../finding';

export interface StatusCounts {
  models: number;
  warnings: number;
}

export function countFindings(findings: Iterable<Finding>): StatusCounts {
  const models = new Set<string>();
  let warnings = 0;
  for (const finding of findings) {
    // As the report's model rows count them: a LICENSE file or model card alone names no model.
    if (finding.kind === 'model-reference' || finding.modelId) models.add((finding.modelId ?? finding.text).toLowerCase());
    if (!finding.suppressed && (finding.severity === 'warning' || finding.severity === 'error')) warnings++;
  }
  return { models: models.size, warnings };
}

export function statusText(counts: StatusCounts): string {
  const models = `${counts.models} AI model${counts.models === 1 ? '' : 's'}`;
  return counts.warnings > 0 ? `${models}, ${counts.warnings} warning${counts.warnings === 1 ? '' : 's'}` : models;
}

export function statusTooltip(counts: StatusCounts, scope: 'open-files' | 'workspace'): string {
  const where = scope === 'workspace' ? 'in the workspace (last report)' : 'in the open files';
  return `AI License Lens: ${statusText(counts)} ${where}. Click for the workspace AI dependency report.`;
}
