/**
 * The human report as one self-contained HTML file: inline CSS allowed by its hash in a strict CSP, no
 * scripts, no external resources, light and dark through `prefers-color-scheme`. Every interpolated value
 * goes through `escapeHtml`; links only to checked http(s) URLs.
 */
import type { DatasetView } from '../dataset/view';
import { namedId, type Finding, type ScanResult } from '../finding';
import { COMMERCIAL_USE, OPENNESS_CLASSES } from '../vocabulary';
import { escapeHtml as h, safeHttpUrl } from './escape';
import { workspaceName } from './identity';
import { collectInventory, countBy, type InventoryEntry } from './inventory';
import {
  opennessComponentsText,
  publisherText,
  reportableFindings,
  severityCounts,
  sourcesOf,
  suppressedFindings,
} from './labels';
import { REPORT_CSS } from './html-style';
import { sha256, toBase64 } from './sha256';

/** The Content-Security-Policy: nothing but the one inline stylesheet, identified by its hash. */
export function reportCsp(css: string = REPORT_CSS): string {
  return [
    "default-src 'none'",
    `style-src 'sha256-${toBase64(sha256(css))}'`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function renderHtml(result: ScanResult, dataset: DatasetView): string {
  const inventory = collectInventory(result, dataset);
  const title = `AI License Lens report: ${workspaceName(result.root)}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${h(reportCsp())}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<title>${h(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${h(title)}</h1>
<p class="meta">${h(result.root)} · ${h(result.tool.name)} ${h(result.tool.version)} · dataset ${h(dataset.version)}</p>
</header>
<main>
${summarySection(result, inventory)}
${modelsSection(inventory)}
${detailSection(inventory)}
${findingsSection(result.findings)}
</main>
</body>
</html>
`;
}

function summarySection(result: ScanResult, inventory: InventoryEntry[]): string {
  const counts = severityCounts(result.findings);
  const suppressed = suppressedFindings(result.findings).length;
  const countTable = (caption: string, rows: Array<[string, number]>) =>
    `<table class="counts"><caption>${h(caption)}</caption><tbody>${rows
      .map(([value, n]) => `<tr><th scope="row">${badge(value)}</th><td>${n}</td></tr>`)
      .join('')}</tbody></table>`;
  return `<section id="summary">
<h2>Summary</h2>
<p>${inventory.length} models in ${result.stats.filesScanned} files scanned (${result.stats.filesSkipped} skipped).
Findings: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} info, ${suppressed} suppressed.</p>
<div class="columns">
${countTable('Commercial use', countBy(COMMERCIAL_USE, inventory.map((entry) => entry.summary.commercialUse)))}
${countTable('Openness', countBy(OPENNESS_CLASSES, inventory.map((entry) => entry.summary.openness)))}
</div>
</section>`;
}

function modelsSection(inventory: InventoryEntry[]): string {
  if (inventory.length === 0) return '<section id="models"><h2>Models</h2><p>No models found.</p></section>';
  const rows = inventory
    .map(
      (entry) => `<tr>
<td><span class="name">${h(entry.label)}</span><br><code>${h(entry.id ?? entry.summary.id)}</code>${entry.id === null ? ' <em>(unknown)</em>' : ''}</td>
<td>${h(entry.publisherName ?? '—')}</td>
<td>${h(entry.license?.name ?? entry.summary.license ?? 'unknown')}</td>
<td>${badge(entry.summary.commercialUse)}</td>
<td>${badge(entry.summary.openness)}</td>
<td class="num">${entry.summary.files.length}</td>
<td class="num">${entry.summary.occurrences}</td>
</tr>`,
    )
    .join('\n');
  return `<section id="models">
<h2>Models</h2>
<table>
<thead><tr><th>Model</th><th>Publisher</th><th>License</th><th>Commercial use</th><th>Openness</th><th class="num">Files</th><th class="num">Occurrences</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}

function detailSection(inventory: InventoryEntry[]): string {
  if (inventory.length === 0) return '';
  return `<section id="details">
<h2>Model details</h2>
${inventory.map(modelDetail).join('\n')}
</section>`;
}

function modelDetail(entry: InventoryEntry): string {
  const rows: Array<[string, string]> = [];
  if (entry.id === null) {
    rows.push(['As written', `<code>${h(entry.summary.id)}</code>`]);
    rows.push(['Dataset', 'Not in the dataset: no license or openness facts. Check the model card, or declare its license in <code>.ai-license-lens.json</code>.']);
  } else {
    rows.push(['Id', `<code>${h(entry.id)}</code>`]);
    const publisher = publisherText(entry);
    if (publisher) rows.push(['Publisher', h(publisher)]);
  }
  rows.push(['License', licenseHtml(entry)]);
  rows.push(['Commercial use', badge(entry.summary.commercialUse)]);
  const conditions = [...(entry.license?.conditions ?? []), ...(entry.apiTerms?.conditions ?? [])];
  if (conditions.length > 0) {
    rows.push(['Conditions', list(conditions.map((c) => `<span class="kind">${h(c.kind)}</span> ${h(c.text)}`))]);
  }
  const components = opennessComponentsText(entry);
  rows.push(['Openness', `${badge(entry.summary.openness)}${components ? ` ${h(components)}` : ''}`]);
  if (entry.model) rows.push(['Availability', h(entry.model.availability)]);
  if (entry.baseChain.length > 0) {
    rows.push([
      'Base models (their terms pass on)',
      list(
        entry.baseChain.map(
          (link) =>
            `<code>${h(link.childId)}</code> is a ${h(link.relation)} of <code>${h(link.id)}</code>: license ${h(link.license?.name ?? link.model?.license ?? 'unknown')}, commercial use ${badge(link.license?.commercialUse ?? 'unknown')}`,
        ),
      ),
    ]);
  }
  const sources = sourcesOf(entry);
  if (sources.length > 0) {
    rows.push([
      'Sources',
      list(sources.map((source) => `${link(source.title ?? source.id, source.url)} (${h(source.kind)}, checked ${h(source.checked)})`)),
    ]);
  }
  rows.push(['Used in', entry.findings.length === 0 ? 'no occurrence in this scan' : entry.findings.map(location).join(', ')]);
  return `<article>
<h3>${h(entry.label)}</h3>
<dl>
${rows.map(([term, value]) => `<dt>${h(term)}</dt><dd>${value}</dd>`).join('\n')}
</dl>
</article>`;
}

function licenseHtml(entry: InventoryEntry): string {
  const license = entry.license;
  if (!license) return entry.summary.license ? `${h(entry.summary.license)} (not in the catalog)` : 'unknown';
  const terms = entry.apiTerms ? `; provider terms: ${link(entry.apiTerms.name, entry.apiTerms.url)}` : '';
  return `${link(license.name, license.url)} (id <code>${h(license.id)}</code>, SPDX <code>${h(license.expression)}</code>)${terms}`;
}

function findingsSection(findings: readonly Finding[]): string {
  const reportable = reportableFindings(findings);
  const body =
    reportable.length === 0
      ? '<p>Nothing to report.</p>'
      : `<table>
<thead><tr><th>Severity</th><th>Location</th><th>Model</th><th>Rule</th><th>Message</th></tr></thead>
<tbody>
${reportable
  .map(
    (finding) =>
      `<tr><td>${badge(finding.severity)}</td><td>${location(finding)}</td><td><code>${h(finding.modelId ?? namedId(finding))}</code></td><td>${h(finding.rule ?? '—')}</td><td>${h(finding.message)}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>`;
  const suppressed = suppressedFindings(findings);
  const suppressedHtml =
    suppressed.length === 0
      ? ''
      : `\n<h3>Suppressed</h3>\n${list(
          suppressed.map((f) => `${location(f)} <code>${h(f.modelId ?? namedId(f))}</code>: ${h(f.suppressed!.reason)}`),
        )}`;
  return `<section id="findings">
<h2>Findings</h2>
${body}${suppressedHtml}
</section>`;
}

/** A verdict or severity as a coloured label; the class is built from the escaped vocabulary value. */
function badge(value: string): string {
  return `<span class="badge badge-${h(value)}">${h(value)}</span>`;
}

/** Paths are shown, not linked: the file may be opened from anywhere, where relative links would break. */
function location(finding: Finding): string {
  return `<code>${h(`${finding.file}:${finding.line}:${finding.column}`)}</code>`;
}

function link(text: string, url: string | null | undefined): string {
  const safe = safeHttpUrl(url);
  return safe ? `<a href="${h(safe)}" rel="noopener noreferrer">${h(text)}</a>` : h(text);
}

function list(items: string[]): string {
  return `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}
