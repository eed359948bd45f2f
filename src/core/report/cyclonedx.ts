/**
 * CycloneDX 1.6 ML-BOM: one `machine-learning-model` component per distinct model, the workspace as the
 * metadata component, `dependencies` from the workspace to each model.
 *
 * Built as plain JSON rather than with @cyclonedx/cyclonedx-library: its 10.x model has no `modelCard`,
 * no `evidence.occurrences` and no ML-specific fields, and would add a bundle dependency to the browser-safe
 * core for a document this small. The output is validated against the official schema in the tests.
 */
import type { License } from '../dataset/schema';
import type { DatasetView } from '../dataset/view';
import type { ScanResult } from '../finding';
import { OPENNESS_COMPONENTS } from '../vocabulary';
import { safeHttpUrl } from './escape';
import { collectInventory, type BaseLink, type InventoryEntry } from './inventory';
import { hubUrl, isHubModel, purlOf, spdxSafeExpression, workspaceName } from './identity';
import { isoSeconds, resolveReportOptions, type ReportOptions } from './options';
import { PROJECT_URL } from './rules';

type Json = Record<string, unknown>;
const NS = 'ai-license-lens';
const WORKSPACE_REF = 'workspace';

export function renderCycloneDx(result: ScanResult, dataset: DatasetView, options: ReportOptions = {}): string {
  const { generatedAt, serialNumber } = resolveReportOptions(options);
  const inventory = collectInventory(result, dataset);
  const refs = uniqueRefs(inventory);
  const bom = {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber,
    version: 1,
    metadata: {
      timestamp: isoSeconds(generatedAt),
      tools: {
        components: [
          {
            type: 'application',
            name: result.tool.name,
            version: result.tool.version,
            externalReferences: [{ type: 'website', url: PROJECT_URL }],
          },
        ],
      },
      component: { type: 'application', 'bom-ref': WORKSPACE_REF, name: workspaceName(result.root) },
      properties: [{ name: `${NS}:dataset-version`, value: dataset.version }],
    },
    components: inventory.map((entry) => modelComponent(entry, refs.get(entry.key)!)),
    dependencies: [
      { ref: WORKSPACE_REF, dependsOn: inventory.map((entry) => refs.get(entry.key)!) },
      ...inventory.map((entry) => ({ ref: refs.get(entry.key)! })),
    ],
  };
  return `${JSON.stringify(bom, null, 2)}\n`;
}

/** bom-refs must be unique; ids are, but an unknown text could equal a known id, hence the prefixes. */
function uniqueRefs(inventory: InventoryEntry[]): Map<string, string> {
  return new Map(inventory.map((entry) => [entry.key, entry.id === null ? `model:unknown:${entry.summary.id}` : `model:${entry.id}`]));
}

function modelComponent(entry: InventoryEntry, ref: string): Json {
  const component: Json = { type: 'machine-learning-model', 'bom-ref': ref };
  if (entry.publisherName) component.group = entry.publisherName;
  component.name = entry.id ?? entry.summary.id;
  if (entry.model && entry.model.name !== entry.id) component.description = entry.model.name;
  if (entry.publisherName) component.publisher = entry.publisherName;
  const licenses = licenseChoice(entry.license);
  if (licenses) component.licenses = licenses;
  if (entry.model && isHubModel(entry.model)) component.purl = purlOf(entry.model.id);
  const references = externalReferences(entry);
  if (references.length > 0) component.externalReferences = references;
  const ancestors = ancestorsOf(entry.id, entry.baseChain);
  if (ancestors.length > 0) component.pedigree = { ancestors };
  if (entry.findings.length > 0) {
    component.evidence = {
      occurrences: entry.findings.map((finding) => ({
        location: finding.file,
        line: finding.line,
        offset: finding.column,
        symbol: finding.text,
      })),
    };
  }
  const card = modelCard(entry);
  if (card) component.modelCard = card;
  component.properties = properties(entry);
  return component;
}

/** An SPDX id when SPDX lists the license, otherwise the catalog's expression (LicenseRef-...). */
function licenseChoice(license: License | undefined): Json[] | null {
  if (!license) return null;
  const url = safeHttpUrl(license.url);
  if (license.spdx) {
    return [{ license: { id: license.spdx, acknowledgement: 'declared', ...(url ? { url } : {}) } }];
  }
  return [{ expression: spdxSafeExpression(license.expression), acknowledgement: 'declared' }];
}

function externalReferences(entry: InventoryEntry): Json[] {
  const references: Json[] = [];
  const model = entry.model;
  const card = safeHttpUrl(model?.links.card) ?? (model && isHubModel(model) ? hubUrl(model.id) : null);
  if (card) references.push({ type: 'model-card', url: card });
  for (const license of [entry.license, entry.apiTerms]) {
    const url = safeHttpUrl(license?.url);
    if (url) references.push({ type: 'license', url, comment: license!.name });
  }
  const repository = safeHttpUrl(model?.links.repository);
  if (repository) references.push({ type: 'vcs', url: repository });
  const paper = safeHttpUrl(model?.links.paper);
  if (paper) references.push({ type: 'documentation', url: paper, comment: 'paper' });
  return references;
}

/** Direct bases as ancestors, each with its own bases nested in its pedigree (the chain has no cycles). */
function ancestorsOf(childId: string | null, chain: BaseLink[]): Json[] {
  return chain
    .filter((link) => link.childId === childId)
    .map((link) => {
      const ancestor: Json = { type: 'machine-learning-model', name: link.id };
      const licenses = licenseChoice(link.license);
      if (licenses) ancestor.licenses = licenses;
      if (link.model && isHubModel(link.model)) ancestor.purl = purlOf(link.model.id);
      const grandparents = ancestorsOf(link.id, chain);
      if (grandparents.length > 0) ancestor.pedigree = { ancestors: grandparents };
      ancestor.properties = [{ name: `${NS}:base-relation`, value: link.relation }];
      return ancestor;
    });
}

/** Only facts the dataset has; a model card with nothing known is left out rather than filled with guesses. */
function modelCard(entry: InventoryEntry): Json | null {
  const model = entry.model;
  if (!model) return null;
  const card: Json = {};
  if (model.task) card.modelParameters = { task: model.task, ...(model.family ? { architectureFamily: model.family } : {}) };
  else if (model.family) card.modelParameters = { architectureFamily: model.family };
  const conditions = entry.license?.conditions ?? [];
  if (conditions.length > 0) {
    // License conditions limit how the model may be used: the closest CycloneDX field is an ethical consideration.
    card.considerations = {
      ethicalConsiderations: conditions.map((condition) => ({ name: `${condition.kind}: ${condition.text}` })),
    };
  }
  const cardProperties = [
    ...(model.parameters ? [{ name: `${NS}:parameters`, value: String(model.parameters) }] : []),
    ...(model.modality ?? []).map((modality) => ({ name: `${NS}:modality`, value: modality })),
  ];
  if (cardProperties.length > 0) card.properties = cardProperties;
  return Object.keys(card).length > 0 ? card : null;
}

function properties(entry: InventoryEntry): Json[] {
  const summary = entry.summary;
  const list: Array<[string, string]> = [
    ['commercial-use', summary.commercialUse],
    ['openness', summary.openness],
  ];
  if (entry.model) {
    for (const component of OPENNESS_COMPONENTS) list.push([`openness:${component}`, entry.model.openness[component]]);
    list.push(['availability', entry.model.availability]);
    if (entry.model.mofClass) list.push(['mof-class', entry.model.mofClass]);
    if (entry.model.releaseDate) list.push(['release-date', entry.model.releaseDate]);
  }
  if (summary.license) list.push(['license', summary.license]);
  if (entry.id === null) list.push(['as-written', summary.id]);
  list.push(['severity', summary.severity]);
  if (summary.rule) list.push(['rule', summary.rule]);
  for (const link of entry.baseChain) list.push(['base-model', `${link.childId} ${link.relation} of ${link.id}`]);
  for (const file of summary.files) list.push(['file', file]);
  list.push(['occurrences', String(summary.occurrences)]);
  return list.map(([name, value]) => ({ name: `${NS}:${name}`, value }));
}
