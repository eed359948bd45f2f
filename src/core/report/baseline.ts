/**
 * Baselines let a team adopt the CI gate on an existing codebase: `--write-baseline` records today's
 * findings by fingerprint, `--baseline` then reports (and fails on) only findings that are not in it.
 * The inventory (`models`) is left whole: a baseline silences alerts, it does not hide what is used.
 */
import { z } from 'zod';
import type { ScanResult } from '../finding';
import { fingerprintFindings } from './fingerprint';

export const BASELINE_VERSION = 1;

export const baselineSchema = z
  .object({
    version: z.literal(BASELINE_VERSION),
    /** Tool version that wrote the file; informational. */
    tool: z.string().optional(),
    fingerprints: z.array(z.string().regex(/^[0-9a-f]{16}$/, 'expected a 16-digit hex fingerprint')),
  })
  .strict();
export type Baseline = z.infer<typeof baselineSchema>;

/** The baseline of a scan: every finding worth reporting (severity other than "none"), sorted, without duplicates. */
export function createBaseline(result: ScanResult): Baseline {
  const fingerprints = fingerprintFindings(result.findings).filter(
    (_, index) => result.findings[index]!.severity !== 'none',
  );
  return { version: BASELINE_VERSION, tool: result.tool.version, fingerprints: [...new Set(fingerprints)].sort() };
}

export function serializeBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Parses and validates a baseline file; throws an Error naming the problem when it is not one. */
export function parseBaseline(text: string): Baseline {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`baseline is not JSON: ${(error as Error).message}`);
  }
  const parsed = baselineSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`baseline is not valid: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unknown'}`);
  }
  return parsed.data;
}

/** The scan result without the findings the baseline already knows. */
export function filterByBaseline(result: ScanResult, baseline: Baseline): ScanResult {
  const known = new Set(baseline.fingerprints);
  const fingerprints = fingerprintFindings(result.findings);
  return { ...result, findings: result.findings.filter((_, index) => !known.has(fingerprints[index]!)) };
}
