/**
 * The hover for what a file declares about itself (a LICENSE text, a model card's front matter, a Modelfile
 * LICENSE block): the license it names, the verdict and its conditions, how the policy rates it.
 */
import { VERDICT_LABEL } from '../assess/verdict';
import type { DatasetView } from '../dataset/view';
import type { Finding } from '../finding';
import { escapeMarkdown, markdownLink, safeHttpUrl } from '../report/escape';
import type { FindingKind } from '../vocabulary';

const KIND_LABEL: Record<FindingKind, string> = {
  'model-reference': 'Model reference',
  'license-file': 'License file',
  'model-card': 'Model card',
  'model-file': 'Model file header',
};

const MAX_CONDITIONS = 3;

export function renderFileFindingHover(finding: Finding, dataset: DatasetView): string {
  const license = finding.license ? dataset.getLicense(finding.license) : undefined;
  const sections = [`**${KIND_LABEL[finding.kind]}**: ${escapeMarkdown(withoutKindPrefix(finding.message, finding.kind))}`];
  if (license) {
    const url = safeHttpUrl(license.url);
    sections.push(`License: ${url ? markdownLink(license.name, url) : escapeMarkdown(license.name)} (${escapeMarkdown(license.spdx ?? license.id)})`);
  } else {
    sections.push('License: **unknown**: the text does not match a license of the catalog. Read it, or ask its author.');
  }
  const conditions = license?.conditions ?? [];
  const lines = conditions.slice(0, MAX_CONDITIONS).map((condition) => `- ${escapeMarkdown(condition.text)}`);
  if (conditions.length > MAX_CONDITIONS) lines.push(`- and ${conditions.length - MAX_CONDITIONS} more`);
  const verdict = `**${escapeMarkdown(capitalize(VERDICT_LABEL[finding.commercialUse]))}**`;
  sections.push(lines.length > 0 ? `${verdict}\n\n${lines.join('\n')}` : verdict);
  if (finding.suppressed) sections.push(`Policy: suppressed in this file: ${escapeMarkdown(finding.suppressed.reason)}`);
  else if (finding.rule && finding.severity !== 'none') sections.push(`Policy: ${escapeMarkdown(finding.severity)} (rule ${escapeMarkdown(finding.rule)})`);
  const checked = license?.sources.map((source) => source.checked).sort().at(-1);
  if (checked) sections.push(`License facts checked ${escapeMarkdown(checked)}`);
  return sections.join('\n\n');
}

/** Analysers start messages with their kind ("model card: ..."), which the hover's title already says. */
function withoutKindPrefix(message: string, kind: FindingKind): string {
  const colon = message.indexOf(': ');
  const prefix = colon > 0 ? message.slice(0, colon).toLowerCase() : '';
  const redundant = prefix === KIND_LABEL[kind].toLowerCase() || (kind === 'license-file' && prefix === 'modelfile license');
  return redundant ? message.slice(colon + 2) : message;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
