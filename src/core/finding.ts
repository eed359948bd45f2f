/** Findings and scan results: what every front end renders (see ARCHITECTURE.md, the CLI's JSON contract). */
import type { CommercialUse, FindingKind, OpennessClass, RuleCode, Severity } from './vocabulary';

export interface Finding {
  /** Path relative to the scanned root, POSIX separators; or the document's uri in the editor. */
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  kind: FindingKind;
  /** The id exactly as written. */
  text: string;
  modelId: string | null;
  license: string | null;
  commercialUse: CommercialUse;
  openness: OpennessClass;
  severity: Severity;
  message: string;
  /** The rule that set the severity (the diagnostic code); null when nothing is worth saying. */
  rule: RuleCode | null;
  /** Every rule the finding triggers, strongest first. */
  rules: RuleCode[];
  /** Offsets in the file's text, for editors: [start, end). */
  start: number;
  end: number;
  /** Set when a suppression comment covers this finding. */
  suppressed?: { reason: string };
  /** Set when the model's facts come from a live lookup on the Hugging Face Hub (`--online`), not the bundled dataset. */
  liveLookup?: { checked: string; url: string };
  /** The id the text stands for where it is written (`whisper.load_model("large-v3")`), when not the text itself. */
  idInContext?: string;
}

/** The id a finding names: what it was resolved as, which is the text as written unless the call maps it. */
export function namedId(finding: Pick<Finding, 'text' | 'idInContext'>): string {
  return finding.idInContext ?? finding.text;
}

export interface ModelSummary {
  id: string;
  name: string | null;
  publisher: string | null;
  license: string | null;
  commercialUse: CommercialUse;
  openness: OpennessClass;
  severity: Severity;
  rule: RuleCode | null;
  files: string[];
  occurrences: number;
  /** Set when the model's facts come from a live lookup on the Hugging Face Hub (`--online`), not the bundled dataset. */
  liveLookup?: { checked: string; url: string };
}

export interface ScanStats {
  filesScanned: number;
  filesSkipped: number;
  bytesScanned: number;
  ms: number;
  /** Skipped files counted by reason ("binary", "too-large", "ignored", "symlink-outside-root"...). */
  skippedByReason: Record<string, number>;
}

export interface ScanResult {
  tool: { name: 'ai-license-lens'; version: string };
  root: string;
  findings: Finding[];
  models: ModelSummary[];
  stats: ScanStats;
}
