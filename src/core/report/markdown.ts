/**
 * The human report as Markdown (GitHub-flavoured): summary, models table, per-model detail, findings.
 * Every value passes through `escapeMarkdown` or a checked link; file links are relative to the scanned
 * root, so the report works when saved there (or viewed on GitHub next to the code).
 * No timestamp: the same scan gives the same report, which keeps committed reports diff-friendly.
 */
import type { DatasetView } from '../dataset/view';
import { namedId, type Finding, type ScanResult } from '../finding';
import { COMMERCIAL_USE, OPENNESS_CLASSES } from '../vocabulary';
import { encodePathForLink, escapeMarkdown as md, markdownLink, safeHttpUrl } from './escape';
import { collectInventory, countBy, type InventoryEntry } from './inventory';
import {
  opennessComponentsText,
  publisherText,
  reportableFindings,
  severityCounts,
  sourcesOf,
  suppressedFindings,
} from './labels';

export function renderMarkdown(result: ScanResult, dataset: DatasetView): string {
  const inventory = collectInventory(result, dataset);
  const sections = [
    `# AI License Lens report\n\n${md(result.root)} · ${md(result.tool.name)} ${md(result.tool.version)} · dataset ${md(dataset.version)}`,
    summarySection(result, inventory),
    modelsSection(inventory),
    detailSection(inventory),
    findingsSection(result.findings),
  ];
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}

function summarySection(result: ScanResult, inventory: InventoryEntry[]): string {
  const counts = severityCounts(result.findings);
  const suppressed = suppressedFindings(result.findings).length;
  const { filesScanned, filesSkipped } = result.stats;
  const lines = [
    '## Summary',
    '',
    `${inventory.length} ${plural(inventory.length, 'model')} in ${filesScanned} ${plural(filesScanned, 'file')} scanned` +
      ` (${filesSkipped} skipped). Findings: ${counts.error} ${plural(counts.error, 'error')},` +
      ` ${counts.warning} ${plural(counts.warning, 'warning')}, ${counts.info} info, ${suppressed} suppressed.`,
    '',
    table(
      ['Commercial use', 'Models'],
      countBy(COMMERCIAL_USE, inventory.map((entry) => entry.summary.commercialUse)).map(([value, n]) => [value, String(n)]),
      [false, true],
    ),
    '',
    table(
      ['Openness', 'Models'],
      countBy(OPENNESS_CLASSES, inventory.map((entry) => entry.summary.openness)).map(([value, n]) => [value, String(n)]),
      [false, true],
    ),
  ];
  return lines.join('\n');
}

function modelsSection(inventory: InventoryEntry[]): string {
  if (inventory.length === 0) return '## Models\n\nNo models found.';
  const rows = inventory.map((entry) => [
    entry.id === null ? `${md(entry.label)} (unknown)` : `${md(entry.label)} (${md(entry.id)})`,
    md(entry.publisherName ?? '—'),
    md(entry.license?.name ?? entry.summary.license ?? 'unknown'),
    entry.summary.commercialUse,
    entry.summary.openness,
    String(entry.summary.files.length),
    String(entry.summary.occurrences),
  ]);
  return `## Models\n\n${table(
    ['Model', 'Publisher', 'License', 'Commercial use', 'Openness', 'Files', 'Occurrences'],
    rows,
    [false, false, false, false, false, true, true],
  )}`;
}

function detailSection(inventory: InventoryEntry[]): string {
  if (inventory.length === 0) return '';
  return ['## Model details', ...inventory.map(modelDetail)].join('\n\n');
}

function modelDetail(entry: InventoryEntry): string {
  const lines = [`### ${md(entry.label)}`, ''];
  if (entry.id === null) {
    lines.push(
      `- As written: ${md(entry.summary.id)}`,
      '- Not in the dataset: no license or openness facts. Check the model card, or declare its license in `.ai-license-lens.json` (`overrides`).',
    );
  } else {
    lines.push(`- Id: ${md(entry.id)}`);
    const publisher = publisherText(entry);
    if (publisher) lines.push(`- Publisher: ${md(publisher)}`);
  }
  lines.push(`- License: ${licenseText(entry)}`);
  lines.push(`- Commercial use: ${entry.summary.commercialUse}`);
  const conditions = [...(entry.license?.conditions ?? []), ...(entry.apiTerms?.conditions ?? [])];
  if (conditions.length > 0) {
    lines.push('- Conditions:', ...conditions.map((condition) => `  - ${condition.kind}: ${md(condition.text)}`));
  }
  const components = opennessComponentsText(entry);
  lines.push(`- Openness: ${entry.summary.openness}${components ? ` (${components})` : ''}`);
  if (entry.model) lines.push(`- Availability: ${entry.model.availability}`);
  if (entry.baseChain.length > 0) {
    lines.push(
      // Stacked terms: a derivative carries its base's license duties, so the whole chain is shown.
      '- Base models (their terms pass on):',
      ...entry.baseChain.map(
        (link) =>
          `  - ${md(link.childId)} is a ${link.relation} of ${md(link.id)}: license ${md(link.license?.name ?? link.model?.license ?? 'unknown')}, commercial use ${link.license?.commercialUse ?? 'unknown'}`,
      ),
    );
  }
  const sources = sourcesOf(entry);
  if (sources.length > 0) {
    lines.push(
      '- Sources:',
      ...sources.map((source) => {
        const title = source.title ?? source.id;
        const url = safeHttpUrl(source.url);
        return `  - ${url ? markdownLink(title, url) : md(title)} (${source.kind}, checked ${md(source.checked)})`;
      }),
    );
  }
  lines.push(`- Used in: ${usedIn(entry.findings)}`);
  return lines.join('\n');
}

function licenseText(entry: InventoryEntry): string {
  const license = entry.license;
  if (!license) return entry.summary.license ? `${md(entry.summary.license)} (not in the catalog)` : 'unknown';
  const url = safeHttpUrl(license.url);
  const name = url ? markdownLink(license.name, url) : md(license.name);
  const terms = entry.apiTerms ? `; provider terms: ${termsLink(entry)}` : '';
  return `${name} (id ${md(license.id)}, SPDX ${md(license.expression)})${terms}`;
}

function termsLink(entry: InventoryEntry): string {
  const terms = entry.apiTerms!;
  const url = safeHttpUrl(terms.url);
  return url ? markdownLink(terms.name, url) : md(terms.name);
}

function usedIn(findings: Finding[]): string {
  if (findings.length === 0) return 'no occurrence in this scan';
  return findings.map(locationLink).join(', ');
}

function locationLink(finding: Finding): string {
  return `[${md(`${finding.file}:${finding.line}`)}](${encodePathForLink(finding.file)}#L${finding.line})`;
}

function findingsSection(findings: readonly Finding[]): string {
  const reportable = reportableFindings(findings);
  const parts = ['## Findings'];
  parts.push(
    reportable.length === 0
      ? 'Nothing to report.'
      : table(
          ['Severity', 'Location', 'Model', 'Rule', 'Message'],
          reportable.map((finding) => [
            finding.severity,
            locationLink(finding),
            md(finding.modelId ?? namedId(finding)),
            finding.rule ?? '—',
            md(finding.message),
          ]),
        ),
  );
  const suppressed = suppressedFindings(findings);
  if (suppressed.length > 0) {
    parts.push(
      '### Suppressed',
      suppressed
        .map((finding) => `- ${locationLink(finding)} ${md(finding.modelId ?? namedId(finding))}: ${md(finding.suppressed!.reason)}`)
        .join('\n'),
    );
  }
  return parts.join('\n\n');
}

/** A GFM table; cells must already be escaped. */
function table(header: string[], rows: string[][], numeric: boolean[] = []): string {
  const align = header.map((_, index) => (numeric[index] ? '---:' : '---'));
  return [header, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
