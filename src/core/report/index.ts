/** Every report format, one function each; the CLI and the VS Code report view pick one by name. */
import type { DatasetView } from '../dataset/view';
import type { ScanResult } from '../finding';
import { renderCycloneDx } from './cyclonedx';
import { renderHtml } from './html';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import type { ReportOptions } from './options';
import { renderSarif } from './sarif';
import { renderSpdx } from './spdx';

export const REPORT_FORMATS = ['json', 'markdown', 'html', 'cyclonedx', 'spdx', 'sarif'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** File extension a save dialog or `--output` default should use for each format. */
export const REPORT_EXTENSIONS: Record<ReportFormat, string> = {
  json: '.json',
  markdown: '.md',
  html: '.html',
  cyclonedx: '.cdx.json',
  spdx: '.spdx.json',
  sarif: '.sarif',
};

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/** The report as text, ending with a newline. `options` fix the timestamp and serial number of SBOM exports. */
export function renderReport(
  format: ReportFormat,
  result: ScanResult,
  dataset: DatasetView,
  options: ReportOptions = {},
): string {
  switch (format) {
    case 'json':
      return renderJson(result);
    case 'markdown':
      return renderMarkdown(result, dataset);
    case 'html':
      return renderHtml(result, dataset);
    case 'cyclonedx':
      return renderCycloneDx(result, dataset, options);
    case 'spdx':
      return renderSpdx(result, dataset, options);
    case 'sarif':
      return renderSarif(result, dataset);
  }
}

export type { ReportOptions } from './options';
