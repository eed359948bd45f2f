/**
 * A scan result + online lookup -> the same result with its unknown Hub ids re-assessed. Only findings the
 * bundled dataset could not place are touched: their Hub ids are looked up (bounded), and each is assessed
 * again by an engine over the overlay (bundled + live), so policy, stacked terms and suppressions apply as for
 * any other model. Findings and model rows from a live lookup carry `liveLookup` and say so in their message.
 */
import { findSuppressions, suppressionFor } from '../assess/suppression';
import { verdictFields, type Engine } from '../engine';
import { namedId, type Finding, type ScanResult } from '../finding';
import { summarizeModels } from '../scan/summarize';
import { hubIdFromText } from './hub-id';
import { liveFactsOf } from './live-model';
import { lookupLiveModels, type LiveLookupResult, type LiveModelOptions } from './live-models';
import type { OnlineLookup } from './lookup';
import { createLiveEngine, markLiveFinding } from './overlay';

export interface EnrichOptions extends LiveModelOptions {
  /** Distinct unknown ids looked up at most (default 100); bases count against `maxLookups`. */
  maxIds?: number;
  /** The text of a finding's file, to re-check suppression comments against the new rule. */
  readText?: (file: string) => Promise<string | undefined>;
}

export interface EnrichResult {
  result: ScanResult;
  /** The engine over bundled + live models (the input engine when nothing was found). */
  engine: Engine;
  live: LiveLookupResult;
  /** How many distinct unknown ids were looked up. */
  looked: number;
}

/** The distinct Hub ids (as written) of findings the bundled dataset could not place. */
export function unknownHubIds(findings: readonly Finding[], limit = Infinity): string[] {
  const ids = new Map<string, string>();
  for (const finding of findings) {
    if (ids.size >= limit) break;
    if (finding.kind !== 'model-reference' || finding.modelId) continue;
    const id = hubIdFromText(namedId(finding));
    if (id && !ids.has(id.toLowerCase())) ids.set(id.toLowerCase(), id);
  }
  return [...ids.values()];
}

export async function enrichWithOnlineLookup(
  result: ScanResult,
  engine: Engine,
  lookup: OnlineLookup,
  options: EnrichOptions = {},
): Promise<EnrichResult> {
  const maxIds = options.maxIds ?? 100;
  const ids = unknownHubIds(result.findings, maxIds);
  // Room for every id and one base each by default; deeper chains share what is left.
  const live = await lookupLiveModels(ids, engine, lookup, { ...options, maxLookups: options.maxLookups ?? maxIds * 2 });
  const liveEngine = createLiveEngine(engine, live.models);
  const texts = new Map<string, Promise<string | undefined>>();
  const textOf = (file: string) => {
    let text = texts.get(file);
    if (!text) {
      text = options.readText ? options.readText(file).catch(() => undefined) : Promise.resolve(undefined);
      texts.set(file, text);
    }
    return text;
  };

  const findings: Finding[] = [];
  for (const finding of result.findings) {
    const id = finding.kind === 'model-reference' && !finding.modelId ? hubIdFromText(namedId(finding)) : undefined;
    if (!id) {
      findings.push(finding);
      continue;
    }
    if (!live.models.has(id.toLowerCase())) {
      const outcome = live.outcomes.get(id.toLowerCase());
      findings.push(outcome && !outcome.answer.ok ? { ...finding, message: `${finding.message}; Hugging Face Hub: ${outcome.answer.message}` } : finding);
      continue;
    }
    findings.push(await reassess(finding, liveEngine, textOf));
  }
  const models = summarizeModels(findings, liveEngine.dataset).map((row) => {
    const facts = liveFactsOf(liveEngine.dataset.getModel(row.id));
    return facts && !engine.dataset.getModel(row.id) ? { ...row, liveLookup: facts } : row;
  });
  return { result: { ...result, findings, models }, engine: liveEngine, live, looked: ids.length };
}

async function reassess(finding: Finding, engine: Engine, textOf: (file: string) => Promise<string | undefined>): Promise<Finding> {
  const { resolution, assessment } = engine.assess(namedId(finding));
  const model = resolution?.model;
  const text = await textOf(finding.file);
  // A comment that silenced "unknown model" does not silence what the lookup found, unless it covers that rule.
  const suppression = text === undefined
    ? finding.suppressed
    : assessment.rule
      ? suppressionFor(findSuppressions(text), finding.line - 1, [assessment.rule])
      : undefined;
  const { suppressed: _old, ...rest } = finding;
  return markLiveFinding(
    { ...rest, ...verdictFields(model, assessment, suppression) },
    engine.dataset,
  );
}
