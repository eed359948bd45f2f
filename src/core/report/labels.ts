/** Words the human reports (Markdown, HTML) share, so both say the same thing in the same order. */
import type { Finding } from '../finding';
import { OPENNESS_COMPONENTS, type OpennessComponent, type Severity } from '../vocabulary';
import type { InventoryEntry } from './inventory';

export const COMPONENT_LABELS: Record<OpennessComponent, string> = {
  weights: 'weights',
  inferenceCode: 'inference code',
  trainingCode: 'training code',
  trainingData: 'training data',
  paper: 'paper',
};

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info', 'none'];

/** "weights open, inference code open, ..." or null when the dataset has no component facts. */
export function opennessComponentsText(entry: InventoryEntry): string | null {
  const openness = entry.model?.openness;
  if (!openness) return null;
  return OPENNESS_COMPONENTS.map((component) => `${COMPONENT_LABELS[component]} ${openness[component]}`).join(', ');
}

/** Findings a reader must see: something to say, not suppressed; strongest first, then by place. */
export function reportableFindings(findings: readonly Finding[]): Finding[] {
  return sortFindings(findings.filter((finding) => finding.severity !== 'none' && !finding.suppressed));
}

export function suppressedFindings(findings: readonly Finding[]): Finding[] {
  return sortFindings(findings.filter((finding) => finding.suppressed));
}

function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column,
  );
}

/** "2 errors, 1 warning, 0 info" style counts of the reportable findings. */
export function severityCounts(findings: readonly Finding[]): Record<'error' | 'warning' | 'info', number> {
  const reportable = reportableFindings(findings);
  return {
    error: reportable.filter((finding) => finding.severity === 'error').length,
    warning: reportable.filter((finding) => finding.severity === 'warning').length,
    info: reportable.filter((finding) => finding.severity === 'info').length,
  };
}

/** Model and license sources, each once (by id and URL), model first. */
export function sourcesOf(entry: InventoryEntry) {
  const all = [...(entry.model?.sources ?? []), ...(entry.license?.sources ?? []), ...(entry.apiTerms?.sources ?? [])];
  const seen = new Set<string>();
  return all.filter((source) => {
    const key = `${source.url ?? ''}\u0000${source.title ?? source.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The publisher as a reader knows it: "Meta (US)". */
export function publisherText(entry: InventoryEntry): string | null {
  if (!entry.publisherName) return null;
  return entry.publisher?.country ? `${entry.publisherName} (${entry.publisher.country})` : entry.publisherName;
}
