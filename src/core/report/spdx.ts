/**
 * SPDX 3.0.1 JSON-LD with the AI profile: one `ai_AIPackage` per model (and per base model of a
 * fine-tune), licenses as `simplelicensing_LicenseExpression` elements linked by `hasDeclaredLicense`
 * (what the publisher declares, from the dataset) and `hasConcludedLicense` (what the scan concluded,
 * which a policy override may change), `descendantOf` for derivatives, and the workspace `dependsOn` its models.
 * Unknown stays unknown: a license nobody stated points at `NoAssertionLicense`, a missing date is omitted.
 */
import type { DatasetView } from '../dataset/view';
import type { ScanResult } from '../finding';
import { hubUrl, isHubModel, purlOf, spdxSafeExpression, workspaceName } from './identity';
import { collectInventory, type InventoryEntry } from './inventory';
import { isoSeconds, resolveReportOptions, type ReportOptions } from './options';
import { safeHttpUrl } from './escape';
import type { License, Model } from '../dataset/schema';

export const SPDX_CONTEXT = 'https://spdx.org/rdf/3.0.1/spdx-context.jsonld';
const CREATION_INFO = '_:creationinfo';
const NO_ASSERTION_LICENSE = 'expandedlicensing_NoAssertionLicense';

type Element = Record<string, unknown> & { type: string };

export function renderSpdx(result: ScanResult, dataset: DatasetView, options: ReportOptions = {}): string {
  const { generatedAt, serialNumber } = resolveReportOptions(options);
  const graph = new SpdxGraph(`https://spdx.org/spdxdocs/ai-license-lens-${serialNumber.replace(/^urn:uuid:/, '')}`);
  const inventory = collectInventory(result, dataset);

  const agent = graph.add('SoftwareAgent', result.tool.name, { name: result.tool.name });
  const tool = graph.add('Tool', result.tool.name, { name: `${result.tool.name} ${result.tool.version}` });
  const workspace = graph.add('software_Package', workspaceName(result.root), {
    name: workspaceName(result.root),
    software_primaryPurpose: 'application',
    comment: `Scanned by ${result.tool.name} ${result.tool.version} with dataset ${dataset.version}`,
  });
  const dataLicense = graph.licenseExpression('CC0-1.0', null);

  const packages = new Map<string, string>();
  const packageOf = (key: string, build: () => string) => packages.get(key) ?? packages.set(key, build()).get(key)!;

  for (const entry of inventory) {
    const id = packageOf(entry.key, () => aiPackage(graph, dataset, entry.model, entry.id ?? entry.summary.id, entry));
    graph.licenseRelationships(id, entry.model?.license ? dataset.getLicense(entry.model.license) : undefined, entry.license);
  }
  graph.relate(workspace, 'dependsOn', inventory.map((entry) => packages.get(entry.key)!));

  // Derivatives: every base in the chain becomes a package too, so the license chain can be followed.
  for (const entry of inventory) {
    for (const link of entry.baseChain) {
      const base = packageOf(link.id, () => {
        const id = aiPackage(graph, dataset, link.model, link.id, undefined);
        graph.licenseRelationships(id, link.license, link.license);
        return id;
      });
      const child = packages.get(link.childId) ?? packages.get(entry.key)!;
      graph.relate(child, 'descendantOf', [base], link.relation);
    }
  }

  const document = graph.add('SpdxDocument', 'document', {
    name: `AI models of ${workspaceName(result.root)}`,
    dataLicense,
    profileConformance: graph.meetsAiProfile() ? ['core', 'software', 'simpleLicensing', 'ai'] : ['core', 'software', 'simpleLicensing'],
    rootElement: [workspace],
  });
  const elements = graph.elements;
  elements.find((element) => element.spdxId === document)!.element = elements
    .map((element) => element.spdxId as string)
    .filter((id) => id !== document);
  const creationInfo = {
    type: 'CreationInfo',
    '@id': CREATION_INFO,
    specVersion: '3.0.1',
    created: isoSeconds(generatedAt),
    createdBy: [agent],
    createdUsing: [tool],
  };
  return `${JSON.stringify({ '@context': SPDX_CONTEXT, '@graph': [creationInfo, ...elements] }, null, 2)}\n`;
}

function aiPackage(
  graph: SpdxGraph,
  dataset: DatasetView,
  model: Model | undefined,
  name: string,
  entry: InventoryEntry | undefined,
): string {
  const fields: Record<string, unknown> = { name, software_primaryPurpose: 'model' };
  if (model) {
    const publisher = dataset.getPublisher(model.publisher);
    const organization = graph.organization(publisher?.name ?? model.publisher);
    fields.suppliedBy = organization;
    fields.originatedBy = [organization];
    if (model.name !== name) fields.summary = model.name;
    // SPDX wants a full date-time; a year or month alone would be a guess at the day.
    if (model.releaseDate && /^\d{4}-\d{2}-\d{2}$/.test(model.releaseDate)) fields.releaseTime = `${model.releaseDate}T00:00:00Z`;
    if (isHubModel(model)) {
      fields.software_downloadLocation = hubUrl(model.id);
      fields.software_packageUrl = purlOf(model.id);
    }
    const card = safeHttpUrl(model.links.card);
    if (card) fields.software_homePage = card;
    if (model.modality && model.modality.length > 0) fields.ai_domain = [...model.modality];
  }
  if (entry) {
    const summary = entry.summary;
    fields.comment =
      `${entry.id === null ? 'Not in the ai-license-lens dataset. ' : ''}Commercial use: ${summary.commercialUse}. ` +
      `Openness: ${summary.openness}. Used in: ${summary.files.join(', ') || 'no file'}.`;
  } else {
    fields.comment = 'Base model of a model used in the workspace; not referenced directly.';
  }
  return graph.add('ai_AIPackage', name, fields);
}

/** Collects elements and hands out unique, readable spdxIds under one document namespace. */
class SpdxGraph {
  readonly elements: Element[] = [];
  private readonly used = new Set<string>();
  private readonly organizations = new Map<string, string>();
  private readonly expressions = new Map<string, string>();
  private relationships = 0;
  private readonly relationKeys = new Set<string>();

  constructor(private readonly base: string) {}

  add(type: string, hint: string, fields: Record<string, unknown>): string {
    // The hint is capped first: `-+$` is quadratic on a long run of dashes inside a workspace-written id.
    const slug = `${type.replace(/^.*_/, '')}-${hint.slice(0, 120).replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '') || 'x'}`;
    let id = `${this.base}#${slug}`;
    for (let n = 2; this.used.has(id); n++) id = `${this.base}#${slug}-${n}`;
    this.used.add(id);
    this.elements.push({ type, spdxId: id, creationInfo: CREATION_INFO, ...fields });
    return id;
  }

  /**
   * The AI profile requires a supplier, download location, version, purpose and release time on every
   * AI package. The dataset has no package versions yet, so the claim is made only when every fact is there.
   */
  meetsAiProfile(): boolean {
    const required = ['suppliedBy', 'software_downloadLocation', 'software_packageVersion', 'software_primaryPurpose', 'releaseTime'];
    return this.elements
      .filter((element) => element.type === 'ai_AIPackage')
      .every((element) => required.every((field) => element[field] !== undefined));
  }

  organization(name: string): string {
    return this.organizations.get(name) ?? this.organizations.set(name, this.add('Organization', name, { name })).get(name)!;
  }

  /** One element per distinct expression; LicenseRef-s get their URL through customIdToUri. */
  licenseExpression(catalogExpression: string, license: License | null): string {
    const expression = spdxSafeExpression(catalogExpression);
    const existing = this.expressions.get(expression);
    if (existing) return existing;
    const fields: Record<string, unknown> = { simplelicensing_licenseExpression: expression };
    const url = safeHttpUrl(license?.url);
    if (url && expression.startsWith('LicenseRef-')) {
      fields.simplelicensing_customIdToUri = [{ type: 'DictionaryEntry', key: expression, value: url }];
    }
    if (license) fields.name = license.name;
    const id = this.add('simplelicensing_LicenseExpression', expression, fields);
    this.expressions.set(expression, id);
    return id;
  }

  licenseRelationships(from: string, declared: License | undefined, concluded: License | undefined): void {
    this.relate(from, 'hasDeclaredLicense', [declared ? this.licenseExpression(declared.expression, declared) : NO_ASSERTION_LICENSE]);
    this.relate(from, 'hasConcludedLicense', [concluded ? this.licenseExpression(concluded.expression, concluded) : NO_ASSERTION_LICENSE]);
  }

  /** Adds a relationship once: chains of two used models share links (A -> B -> C seen from A and from B). */
  relate(from: string, relationshipType: string, to: string[], comment?: string): void {
    const key = [from, relationshipType, ...to].join('\u0000');
    if (to.length === 0 || this.relationKeys.has(key)) return;
    this.relationKeys.add(key);
    this.relationships++;
    this.add('Relationship', String(this.relationships), {
      from,
      relationshipType,
      to,
      ...(comment ? { comment } : {}),
    });
  }
}
