/**
 * One model reference as hover Markdown, in the order a developer asks: what is it, under which license, may I
 * ship it, how open is it, does it run here, what does it inherit, how big is it, who says so. Every value that
 * came from a file or the dataset goes through the escaping helpers; links are http(s) only.
 */
import type { Assessment } from '../assess/assess';
import { VERDICT_LABEL } from '../assess/verdict';
import type { Resolution } from '../dataset/resolve';
import type { License, Model, Source } from '../dataset/schema';
import type { DatasetView } from '../dataset/view';
import { escapeMarkdown, markdownLink, safeHttpUrl } from '../report/escape';
import { COMPONENT_LABELS } from '../report/labels';
import { OPENNESS_COMPONENTS, type CommercialUse, type Severity } from '../vocabulary';
import { estimateMemory, formatBytes, formatParameters, RUNTIME_OVERHEAD } from './memory';
import { renderUnknownModelHover } from './hover-unknown';

export interface HoverInput {
  /** The id exactly as written in the file. */
  raw: string;
  assessment: Assessment;
  resolution: Resolution | undefined;
  dataset: DatasetView;
  /** Set when an inline suppression covers the reference. */
  suppressed?: { reason: string };
}

/** Codicons (the adapter sets `supportThemeIcons`; escaped text can never spell one). */
const VERDICT_ICON: Record<CommercialUse, string> = {
  allowed: '$(pass)',
  conditional: '$(warning)',
  'not-allowed': '$(error)',
  'api-terms': '$(cloud)',
  unknown: '$(question)',
};

const MAX_CONDITIONS = 3;

export function renderHover(input: HoverInput): string {
  const { assessment } = input;
  const model = assessment.model;
  if (!model) return renderUnknownModelHover(input);
  const sections = [
    titleLine(model, input),
    licenseLine(assessment.license, model),
    verdictBlock(assessment, model),
    policyLine(assessment, input.suppressed),
    opennessLine(model),
    availabilityLine(model, input.dataset, assessment),
    baseModelBlock(assessment),
    memoryLine(model),
    notesBlock(model),
    sourcesLine(model, assessment),
  ];
  return sections.filter((section): section is string => Boolean(section)).join('\n\n');
}

function titleLine(model: Model, input: HoverInput): string {
  const publisher = input.dataset.getPublisher(model.publisher);
  const who = publisher ? `${escapeMarkdown(publisher.name)}${publisher.country ? ` (${escapeMarkdown(publisher.country)})` : ''}` : escapeMarkdown(model.publisher);
  const title = `**${escapeMarkdown(model.name)}** · ${escapeMarkdown(model.id)} — ${who}`;
  const written = input.resolution && input.resolution.via !== 'id' ? `\\\nwritten as ${escapeMarkdown(input.raw)}` : '';
  return `${title}${written}`;
}

function licenseLine(license: License | undefined, model: Model): string {
  if (!license) {
    return model.license
      ? `License: ${escapeMarkdown(model.license)} (not in the license catalog)`
      : 'License: **unknown**: the dataset has no license for this model';
  }
  const url = safeHttpUrl(license.url);
  const name = url ? markdownLink(license.name, url) : escapeMarkdown(license.name);
  const id = license.spdx ?? license.id;
  return `License: ${name} (${escapeMarkdown(id)})`;
}

function verdictBlock(assessment: Assessment, model: Model): string {
  const verdict = assessment.commercialUse;
  const head = `${VERDICT_ICON[verdict]} **${capitalize(VERDICT_LABEL[verdict])}**`;
  const conditions = assessment.terms?.conditions ?? [];
  if (conditions.length === 0) return head;
  const lines = conditions.slice(0, MAX_CONDITIONS).map((condition) => {
    const inherited = condition.fromModel !== model.id ? ` (inherited from ${escapeMarkdown(condition.fromModel)})` : '';
    return `- ${escapeMarkdown(condition.text)}${inherited}`;
  });
  if (conditions.length > MAX_CONDITIONS) lines.push(`- and ${conditions.length - MAX_CONDITIONS} more`);
  return `${head}\n\n${lines.join('\n')}`;
}

const SEVERITY_WORD: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'information', none: 'nothing to report' };

function policyLine(assessment: Assessment, suppressed: { reason: string } | undefined): string | undefined {
  const parts: string[] = [];
  const { decision } = assessment;
  if (suppressed) parts.push(`suppressed in this file: ${escapeMarkdown(suppressed.reason)}`);
  if (decision.allowedBy === 'model') parts.push('model allowed by the workspace policy');
  else if (decision.allowedBy === 'license') parts.push('license allowed by the workspace policy');
  else if (assessment.rule) parts.push(`${SEVERITY_WORD[assessment.severity]} (rule ${escapeMarkdown(assessment.rule)})`);
  if (decision.override) parts.push(`override: ${escapeMarkdown(decision.override.reason)}`);
  return parts.length > 0 ? `Policy: ${parts.join('; ')}` : undefined;
}

function opennessLine(model: Model): string {
  const components = OPENNESS_COMPONENTS.map(
    (component) => `${COMPONENT_LABELS[component]} ${escapeMarkdown(model.openness[component])}`,
  ).join(' · ');
  const mof = model.mofClass ? `, Model Openness Framework class ${escapeMarkdown(model.mofClass)}` : '';
  return `Openness: **${escapeMarkdown(model.opennessClass)}**${mof}\\\n${components}`;
}

function availabilityLine(model: Model, dataset: DatasetView, assessment: Assessment): string {
  if (assessment.hosting) {
    const provider = escapeMarkdown(assessment.hosting.provider);
    if (assessment.hosting.apiTerms) {
      const weights = model.license ? dataset.getLicense(model.license) : undefined;
      const weightsTerms = weights ? `under ${escapeMarkdown(weights.name)}` : 'under a license the dataset does not know';
      return `$(cloud) Hosted API id (${provider}): prompts leave your machine, and the API's terms apply, not the weights' license; the weights can also be downloaded and run locally, ${weightsTerms}`;
    }
    return `$(cloud) Hosted API id (${provider}): prompts leave your machine, and the provider's terms apply as well as the license; the weights can also be downloaded and run locally`;
  }
  switch (model.availability) {
    case 'api-only': {
      const provider = dataset.getPublisher(model.publisher)?.name ?? model.publisher;
      return `$(cloud) API only: prompts leave your machine (sent to ${escapeMarkdown(provider)})`;
    }
    case 'gated-weights':
      return '$(device-desktop) Runs locally: weights downloadable after accepting the terms (gated)';
    case 'open-weights':
      return `$(device-desktop) Runs locally: weights downloadable${model.gated ? ' (gated)' : ''}`;
    default:
      return '$(question) Availability unknown: the dataset does not say whether the weights can be downloaded';
  }
}

function baseModelBlock(assessment: Assessment): string | undefined {
  const chain = assessment.terms?.chain ?? [];
  if (chain.length < 2) return undefined;
  const lines = chain.slice(1).map((link) => {
    const license = link.license ? escapeMarkdown(link.license.name) : link.model ? 'license unknown' : 'not in the dataset, terms unknown';
    const relation = link.relation ? `${escapeMarkdown(link.relation)} of ` : '';
    return `- ${relation}${escapeMarkdown(link.modelId)}: ${license}`;
  });
  const verdict = VERDICT_LABEL[assessment.commercialUse];
  return `Base models (their terms stack; the strictest decides: ${verdict}):\n\n${lines.join('\n')}`;
}

function memoryLine(model: Model): string | undefined {
  if (model.availability === 'api-only') return undefined;
  const estimate = estimateMemory(model.parameters);
  if (!estimate || !model.parameters) return undefined;
  const active = model.activeParameters ? `, ${formatParameters(model.activeParameters)} active per token; all weights are loaded` : '';
  return (
    `Memory to run locally (${formatParameters(model.parameters)} parameters${active}): ` +
    `${formatBytes(estimate.fp16Bytes)} at fp16, ${formatBytes(estimate.q4Bytes)} at 4-bit ` +
    `(weights plus ${Math.round(RUNTIME_OVERHEAD * 100)}% for the runtime and a short context; a rough guide)`
  );
}

function notesBlock(model: Model): string | undefined {
  if (!model.notes || model.notes.length === 0) return undefined;
  return model.notes.map((note) => `_Note:_ ${escapeMarkdown(note)}`).join('\\\n');
}

/** The sources a reader checks first: the model card and license text before reference datasets. */
const SOURCE_ORDER: Record<Source['kind'], number> = {
  'model-card': 0, 'license-text': 1, 'vendor-page': 2, repository: 3, paper: 4, 'reference-dataset': 5, curated: 6,
};
const MAX_SOURCES = 5;

function sourcesLine(model: Model, assessment: Assessment): string {
  const all = uniqueSources([...model.sources, ...(assessment.license?.sources ?? [])]);
  const shown = [...all].sort((a, b) => SOURCE_ORDER[a.kind] - SOURCE_ORDER[b.kind]).slice(0, MAX_SOURCES);
  const dates = new Set(shown.map((source) => source.checked));
  const oneDate = dates.size === 1;
  const rendered = shown.map((source) => {
    const label = source.title ?? (source.kind === 'curated' ? 'AI License Lens review' : source.kind.replace(/-/g, ' '));
    const url = safeHttpUrl(source.url);
    const text = url ? markdownLink(label, url) : escapeMarkdown(label);
    return oneDate ? text : `${text} (checked ${escapeMarkdown(source.checked)})`;
  });
  const more = all.length > shown.length ? ` · and ${all.length - shown.length} more` : '';
  const checked = oneDate ? ` (checked ${escapeMarkdown([...dates][0]!)})` : '';
  return `Sources${checked}: ${rendered.join(' · ')}${more}`;
}

function uniqueSources(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = `${source.url ?? ''}\u0000${source.title ?? source.kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
