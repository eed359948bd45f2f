/**
 * The CLI's JSON (ARCHITECTURE.md, "Contract: the CLI's JSON"). Other tools read it, so the keys come out
 * in a fixed order and fields are only ever added. Editor-only offsets (`start`/`end`) are dropped.
 */
import type { Finding, ModelSummary, ScanResult, ScanStats } from '../finding';

export function renderJson(result: ScanResult): string {
  const document = {
    tool: { name: result.tool.name, version: result.tool.version },
    root: result.root,
    findings: result.findings.map(findingToJson),
    models: result.models.map(modelToJson),
    stats: statsToJson(result.stats),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function findingToJson(finding: Finding): Record<string, unknown> {
  const json: Record<string, unknown> = {
    file: finding.file,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    kind: finding.kind,
    text: finding.text,
    modelId: finding.modelId,
    license: finding.license,
    commercialUse: finding.commercialUse,
    openness: finding.openness,
    severity: finding.severity,
    message: finding.message,
  };
  if (finding.rule !== null) json.rule = finding.rule;
  if (finding.rules.length > 0) json.rules = [...finding.rules];
  if (finding.suppressed) json.suppressed = { reason: finding.suppressed.reason };
  if (finding.liveLookup) json.liveLookup = { checked: finding.liveLookup.checked, url: finding.liveLookup.url };
  if (finding.idInContext) json.idInContext = finding.idInContext;
  return json;
}

function modelToJson(model: ModelSummary): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: model.id,
    name: model.name,
    publisher: model.publisher,
    license: model.license,
    commercialUse: model.commercialUse,
    openness: model.openness,
    severity: model.severity,
    rule: model.rule,
    files: [...model.files],
    occurrences: model.occurrences,
  };
  // Facts from `--online`: the day and the card they were read from, so a reader can tell them from bundled ones.
  if (model.liveLookup) json.liveLookup = { checked: model.liveLookup.checked, url: model.liveLookup.url };
  return json;
}

function statsToJson(stats: ScanStats): Record<string, unknown> {
  const reasons = Object.keys(stats.skippedByReason ?? {}).sort();
  return {
    filesScanned: stats.filesScanned,
    filesSkipped: stats.filesSkipped,
    bytesScanned: stats.bytesScanned,
    ms: stats.ms,
    skippedByReason: Object.fromEntries(reasons.map((reason) => [reason, stats.skippedByReason[reason]])),
  };
}
