/**
 * SARIF 2.1.0 for code scanning (GitHub and other SARIF viewers). One rule per diagnostic code, results
 * for the findings a reader must see (severity other than "none", not suppressed), locations relative to
 * the scanned root through `%SRCROOT%`, and line-independent `partialFingerprints` so alerts survive edits.
 */
import type { DatasetView } from '../dataset/view';
import type { Finding, ScanResult } from '../finding';
import { RULE_CODES, type RuleCode, type Severity } from '../vocabulary';
import { fingerprintFindings } from './fingerprint';
import { PROJECT_URL, allRules, ruleHelpUri } from './rules';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The partialFingerprints key; versioned so a future change of the recipe does not collide with old alerts. */
export const FINGERPRINT_KEY = 'aiLicenseLens/v1';

const LEVELS: Record<Exclude<Severity, 'none'>, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

export function renderSarif(result: ScanResult, dataset: DatasetView): string {
  const fingerprints = fingerprintFindings(result.findings);
  const results = result.findings
    .map((finding, index) => ({ finding, fingerprint: fingerprints[index]! }))
    .filter(({ finding }) => finding.severity !== 'none' && !finding.suppressed && finding.rule !== null)
    .map(({ finding, fingerprint }) => sarifResult(finding, fingerprint));
  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: result.tool.name,
        version: result.tool.version,
        semanticVersion: result.tool.version,
        informationUri: PROJECT_URL,
        rules: allRules().map((rule) => ({
          id: rule.code,
          name: rule.name,
          shortDescription: { text: rule.short },
          fullDescription: { text: rule.full },
          helpUri: ruleHelpUri(rule.code),
          help: { text: `${rule.full} See ${ruleHelpUri(rule.code)}` },
          properties: { tags: ['ai-license', 'compliance'] },
        })),
      },
    },
    columnKind: 'utf16CodeUnits',
    results,
    properties: { datasetVersion: dataset.version },
  };
  const rootUri = absoluteRootUri(result.root);
  if (rootUri) run.originalUriBaseIds = { '%SRCROOT%': { uri: rootUri } };
  return `${JSON.stringify({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] }, null, 2)}\n`;
}

function sarifResult(finding: Finding, fingerprint: string): Record<string, unknown> {
  const rule = finding.rule as RuleCode;
  return {
    ruleId: rule,
    ruleIndex: RULE_CODES.indexOf(rule),
    level: LEVELS[finding.severity as Exclude<Severity, 'none'>],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: relativeUri(finding.file), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn,
          },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    properties: {
      text: finding.text,
      modelId: finding.modelId,
      license: finding.license,
      commercialUse: finding.commercialUse,
      openness: finding.openness,
      rules: finding.rules,
    },
  };
}

/** A relative URI reference: each path segment percent-encoded, separators kept. */
function relativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/**
 * `%SRCROOT%` is only declared when the root is an absolute path; SARIF wants an absolute URI ending in
 * `/` there. Viewers such as GitHub resolve relative URIs against the checkout either way.
 */
function absoluteRootUri(root: string): string | null {
  const posix = root.replace(/\\/g, '/');
  const withSlash = posix.endsWith('/') ? posix : `${posix}/`;
  if (withSlash.startsWith('/')) return `file://${relativeUri(withSlash)}`;
  if (/^[A-Za-z]:\//.test(withSlash)) return `file:///${withSlash.slice(0, 2)}${relativeUri(withSlash.slice(2))}`;
  return null;
}
