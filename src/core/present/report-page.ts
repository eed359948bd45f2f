/**
 * The report webview's HTML: a summary with counts by verdict and openness class (as <meter> bars, which need
 * no inline style under a strict CSP), a sortable table of models with their locations, and export buttons.
 * Every value is escaped; scripts and styles carry the nonce; behaviour lives in media/report.js.
 */
import type { DatasetView } from '../dataset/view';
import type { Finding, ModelSummary, ScanResult } from '../finding';
import { escapeHtml as html } from '../report/escape';
import { COMMERCIAL_USE, OPENNESS_CLASSES, type Severity } from '../vocabulary';
import { VERDICT_LABEL } from '../assess/verdict';
import { countFindings } from './status-text';

export interface ReportPageAssets {
  /** `webview.cspSource`. */
  cspSource: string;
  /** A fresh random nonce per render. */
  nonce: string;
  styleUri: string;
  scriptUri: string;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, none: 0 };
const MAX_LOCATIONS = 20;

export function renderReportPage(results: readonly ScanResult[], dataset: DatasetView, assets: ReportPageAssets): string {
  const findings = results.flatMap((result) => result.findings.map((finding) => ({ result, finding })));
  const models = results.flatMap((result) => result.models.map((model) => ({ result, model })));
  const counts = countFindings(findings.map(({ finding }) => finding));
  const scanned = results.reduce((sum, result) => sum + result.stats.filesScanned, 0);
  const roots = results.map((result) => result.root).join(', ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${html(assets.cspSource)} 'nonce-${html(assets.nonce)}'; script-src 'nonce-${html(assets.nonce)}'; img-src ${html(assets.cspSource)};">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" nonce="${html(assets.nonce)}" href="${html(assets.styleUri)}">
<title>AI dependency report</title>
</head>
<body>
<header>
<h1>Workspace AI dependency report</h1>
<p class="meta">${html(roots)} · ${scanned} files scanned · dataset ${html(dataset.version)}</p>
<div class="actions">
<button type="button" data-export="markdown">Export Markdown</button>
<button type="button" data-export="json">Export JSON</button>
</div>
</header>
<section class="summary" aria-label="Summary">
<div class="cards">
${card('models', counts.models)}
${card('warnings and errors', counts.warnings)}
${card('references', findings.length)}
</div>
<div class="charts">
${chart('Commercial use', COMMERCIAL_USE.map((value) => [VERDICT_LABEL[value], models.filter(({ model }) => model.commercialUse === value).length]), models.length)}
${chart('Openness', OPENNESS_CLASSES.map((value) => [value, models.filter(({ model }) => model.openness === value).length]), models.length)}
</div>
</section>
<section aria-label="Models">
<h2>Models</h2>
${models.length === 0 ? '<p>No AI model references found.</p>' : modelsTable(models, findings, dataset)}
</section>
<script nonce="${html(assets.nonce)}" src="${html(assets.scriptUri)}"></script>
</body>
</html>
`;
}

function card(label: string, value: number): string {
  return `<div class="card"><span class="value">${value}</span><span class="label">${html(label)}</span></div>`;
}

function chart(title: string, rows: Array<[string, number]>, total: number): string {
  const lines = rows
    .filter(([, count]) => count > 0)
    .map(([label, count]) => `<tr><th scope="row">${html(label)}</th><td><meter min="0" max="${Math.max(total, 1)}" value="${count}"></meter></td><td class="count">${count}</td></tr>`);
  return `<table class="chart"><caption>${html(title)}</caption><tbody>${lines.join('')}</tbody></table>`;
}

const COLUMNS = ['Model', 'Publisher', 'License', 'Commercial use', 'Openness', 'Severity', 'Uses', 'Locations'];

function modelsTable(
  models: Array<{ result: ScanResult; model: ModelSummary }>,
  findings: Array<{ result: ScanResult; finding: Finding }>,
  dataset: DatasetView,
): string {
  const head = COLUMNS.map((column, index) =>
    index === COLUMNS.length - 1 ? `<th scope="col">${column}</th>` : `<th scope="col"><button type="button" class="sort" data-column="${index}">${column}</button></th>`,
  ).join('');
  const rows = models.map(({ result, model }) => {
    const key = model.id.toLowerCase();
    const locations = findings
      .filter(({ result: of, finding }) => of === result && (finding.modelId ?? finding.text).toLowerCase() === key)
      .slice(0, MAX_LOCATIONS)
      .map(({ finding }) => location(result, finding))
      .join(' ');
    const cells = [
      cell(model.name ?? model.id, model.name ? `<span class="name">${html(model.name)}</span><br><code>${html(model.id)}</code>` : `<code>${html(model.id)}</code>`),
      cell(model.publisher ? (dataset.getPublisher(model.publisher)?.name ?? model.publisher) : ''),
      cell(model.license ?? 'unknown'),
      cell(model.commercialUse, `<span class="verdict ${html(model.commercialUse)}">${html(VERDICT_LABEL[model.commercialUse])}</span>`),
      cell(model.openness),
      cell(String(SEVERITY_RANK[model.severity]), `<span class="severity ${html(model.severity)}">${html(model.severity)}${model.rule ? ` (${html(model.rule)})` : ''}</span>`),
      cell(String(model.occurrences).padStart(6, '0'), String(model.occurrences)),
    ];
    return `<tr>${cells.join('')}<td class="locations">${locations}</td></tr>`;
  });
  return `<table id="models" class="models"><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

/** A table cell with a sort key; `content` is already escaped HTML (the plain text is escaped here). */
function cell(sortKey: string, content?: string): string {
  return `<td data-sort="${html(sortKey.toLowerCase())}">${content ?? html(sortKey)}</td>`;
}

function location(result: ScanResult, finding: Finding): string {
  const label = `${finding.file}:${finding.line}`;
  return `<a href="#" class="location" data-root="${html(result.root)}" data-file="${html(finding.file)}" data-line="${finding.line}" data-column="${finding.column}">${html(label)}</a>`;
}
