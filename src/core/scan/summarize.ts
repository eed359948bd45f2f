/** One row per distinct model across all findings: what the report's table and the exports list. */
import type { DatasetView } from '../dataset/view';
import { namedId, type Finding, type ModelSummary } from '../finding';
import { severityRank } from '../assess/verdict';

export function summarizeModels(findings: readonly Finding[], dataset: DatasetView): ModelSummary[] {
  const rows = new Map<string, ModelSummary & { fileSet: Set<string> }>();
  for (const finding of findings) {
    if (finding.kind !== 'model-reference' && !finding.modelId) continue;
    const key = (finding.modelId ?? namedId(finding)).toLowerCase();
    let row = rows.get(key);
    if (!row) {
      const model = finding.modelId ? dataset.getModel(finding.modelId) : undefined;
      row = {
        id: model?.id ?? namedId(finding),
        name: model?.name ?? null,
        publisher: model?.publisher ?? null,
        license: finding.license,
        commercialUse: finding.commercialUse,
        openness: finding.openness,
        severity: finding.severity,
        rule: finding.rule,
        files: [],
        occurrences: 0,
        fileSet: new Set(),
      };
      rows.set(key, row);
    }
    row.occurrences++;
    row.fileSet.add(finding.file);
    // A model's row shows its loudest unsuppressed occurrence, with the terms that occurrence is under (one model
    // can be named by its API id, under the publisher's API terms, and by its Hub id, under the weights' license).
    if (severityRank(finding.severity) > severityRank(row.severity)) {
      row.severity = finding.severity;
      row.rule = finding.rule;
      row.license = finding.license;
      row.commercialUse = finding.commercialUse;
    }
  }
  return [...rows.values()]
    .map(({ fileSet, ...row }) => ({ ...row, files: [...fileSet].sort() }))
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.id.localeCompare(b.id));
}
