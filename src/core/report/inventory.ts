/**
 * The models of a scan joined with their dataset facts: the one list every human report and export
 * walks, so Markdown, HTML, CycloneDX and SPDX always show the same models with the same facts.
 * Unknown models (no `modelId`) are included too, named by the text as written.
 */
import type { License, Model, Publisher } from '../dataset/schema';
import type { DatasetView } from '../dataset/view';
import { namedId, type Finding, type ModelSummary, type ScanResult } from '../finding';
import type { Severity } from '../vocabulary';

export interface BaseLink {
  /** The model this link derives from another. */
  childId: string;
  id: string;
  relation: string;
  model: Model | undefined;
  license: License | undefined;
}

export interface InventoryEntry {
  /** Unique within the inventory: the canonical id, or `unknown:<text>` for unknown models. */
  key: string;
  /** Canonical id, or null when the dataset does not know the model. */
  id: string | null;
  /** Human name: the dataset's name, else the id, else the text as written. */
  label: string;
  summary: ModelSummary;
  model: Model | undefined;
  /** The license the verdict rests on (the scan's, which may come from a policy override). */
  license: License | undefined;
  /** API-only models: the provider's terms. */
  apiTerms: License | undefined;
  publisher: Publisher | undefined;
  publisherName: string | null;
  /** Base models, nearest first, transitively (fine-tunes of fine-tunes), without cycles. */
  baseChain: BaseLink[];
  findings: Finding[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, none: 0 };

/** Model-naming finding kinds; an unknown license file is not an unknown model. */
const MODEL_KINDS = new Set(['model-reference', 'model-file']);

export function collectInventory(result: ScanResult, dataset: DatasetView): InventoryEntry[] {
  const entries: InventoryEntry[] = result.models.map((summary) => {
    // A scan may also list unknown models in `models`, keyed by the text as written.
    const known = dataset.getModel(summary.id) !== undefined || result.findings.some((f) => f.modelId === summary.id);
    const findings = result.findings.filter((finding) =>
      known ? finding.modelId === summary.id : finding.modelId === null && namedId(finding) === summary.id,
    );
    return known
      ? buildEntry(summary.id, summary.id, summary, findings, dataset)
      : buildEntry(`unknown:${summary.id}`, null, summary, findings, dataset);
  });
  const known = new Set(result.models.map((summary) => summary.id));
  const unknownByText = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    if (finding.modelId !== null || !MODEL_KINDS.has(finding.kind) || known.has(namedId(finding))) continue;
    const group = unknownByText.get(namedId(finding)) ?? [];
    group.push(finding);
    unknownByText.set(namedId(finding), group);
  }
  for (const text of [...unknownByText.keys()].sort()) {
    const findings = unknownByText.get(text)!;
    entries.push(buildEntry(`unknown:${text}`, null, summarizeUnknown(text, findings), findings, dataset));
  }
  return entries;
}

function buildEntry(
  key: string,
  id: string | null,
  summary: ModelSummary,
  findings: Finding[],
  dataset: DatasetView,
): InventoryEntry {
  const model = id === null ? undefined : dataset.getModel(id);
  const licenseId = summary.license ?? model?.license ?? null;
  const publisher = model ? dataset.getPublisher(model.publisher) : undefined;
  return {
    key,
    id,
    label: model?.name ?? summary.name ?? summary.id,
    summary,
    model,
    license: licenseId === null ? undefined : dataset.getLicense(licenseId),
    // The scan may already name the provider's terms as the license; list them once.
    apiTerms: model?.apiTerms && model.apiTerms !== licenseId ? dataset.getLicense(model.apiTerms) : undefined,
    publisher,
    publisherName: publisher?.name ?? summary.publisher ?? null,
    baseChain: id === null ? [] : baseChainOf(id, dataset),
    findings,
  };
}

/** Walks `baseModels` breadth-first; a model seen twice (a cycle or a diamond) is listed once. */
export function baseChainOf(id: string, dataset: DatasetView): BaseLink[] {
  const chain: BaseLink[] = [];
  const seen = new Set([id]);
  const queue = [id];
  while (queue.length > 0) {
    const childId = queue.shift()!;
    for (const base of dataset.getModel(childId)?.baseModels ?? []) {
      if (seen.has(base.id)) continue;
      seen.add(base.id);
      const model = dataset.getModel(base.id);
      const license = model?.license ? dataset.getLicense(model.license) : undefined;
      chain.push({ childId, id: base.id, relation: base.relation, model, license });
      queue.push(base.id);
    }
  }
  return chain;
}

function summarizeUnknown(text: string, findings: Finding[]): ModelSummary {
  const strongest = findings.reduce((a, b) => (SEVERITY_RANK[b.severity] > SEVERITY_RANK[a.severity] ? b : a));
  return {
    id: text,
    name: null,
    publisher: null,
    license: findings.find((finding) => finding.license !== null)?.license ?? null,
    // A policy override may declare a license for an unknown model: keep the verdict the scan gave.
    commercialUse: strongest.commercialUse,
    openness: strongest.openness,
    severity: strongest.severity,
    rule: strongest.rule,
    files: [...new Set(findings.map((finding) => finding.file))].sort(),
    occurrences: findings.length,
  };
}

/** Counts by a key, in the order of `values`, keeping zero counts so summaries always show every class. */
export function countBy<T extends string>(values: readonly T[], items: readonly T[]): Array<[T, number]> {
  return values.map((value) => [value, items.filter((item) => item === value).length]);
}
