/**
 * The engine: one factory that every front end uses. `analyzeText` turns one file's text into findings; the
 * folder scan and the editor call it the same way.
 */
import { assessModel, type Assessment } from './assess/assess';
import { hostingOf } from './assess/hosting';
import type { Policy } from './assess/policy';
import { findSuppressions, SUPPRESSION_MARKER, suppressionFor } from './assess/suppression';
import type { Model } from './dataset/schema';
import type { DatasetView } from './dataset/view';
import { createModelResolver, type ModelResolver, type Resolution } from './dataset/resolve';
import { detectModelReferences, type DetectionMemo, type Prefilter } from './detect';
import { prefilterOfDataset } from './detect/prefilter';
import type { DetectedReference } from './detect/reference';
import { createTextDocument, type Position, type TextDocumentLike } from './document';
import type { Finding } from './finding';
import { languageIdForFile } from './scan/language';

export { DetectionMemo } from './detect';

export interface EngineOptions {
  dataset: DatasetView;
  policy: Policy;
  /** How raw ids find models; built from `dataset` when absent (the online overlay brings its own). */
  resolver?: ModelResolver;
  /**
   * Let detection skip text without a cue or an anchor of `dataset`'s models. On by default when the resolver is
   * built here; a resolver brought in must know no id outside `dataset.models()` for this to be set.
   */
  prefilter?: boolean;
}

export interface AnalyzeOptions {
  /** Path shown in findings (root-relative POSIX in scans, the document uri in the editor). */
  file: string;
  languageId?: string;
  /**
   * Keep detection results between analyses of one document (`new DetectionMemo()`, one per open document): after
   * an edit only the code around it is read again. Same findings with or without it.
   */
  memo?: DetectionMemo;
}

export interface Engine {
  readonly dataset: DatasetView;
  readonly policy: Policy;
  readonly resolver: ModelResolver;
  analyzeText(text: string, options: AnalyzeOptions): Finding[];
  analyzeDocument(document: TextDocumentLike, options: AnalyzeOptions): Finding[];
  /** The assessment behind a raw id (the hover uses it for the details a finding does not carry). */
  assess(raw: string): { resolution: Resolution | undefined; assessment: Assessment };
  withPolicy(policy: Policy): Engine;
}

export function createEngine(options: EngineOptions): Engine {
  const { dataset } = options;
  const resolver = options.resolver ?? dataset.resolver?.() ?? createModelResolver({ models: dataset.models() });
  const usePrefilter = options.prefilter ?? options.resolver === undefined;
  // built on first use, from the anchors the shipped dataset brings (else from every model), shared by engines on the same dataset
  let built = false;
  let cached: Prefilter | undefined;
  const prefilter = (): Prefilter | undefined => {
    if (!built && usePrefilter) cached = prefilterOfDataset(dataset);
    built = true;
    return cached;
  };
  return buildEngine(dataset, options.policy, resolver, prefilter);
}

function buildEngine(dataset: DatasetView, policy: Policy, resolver: ModelResolver, prefilter: () => Prefilter | undefined): Engine {
  const isKnown = (raw: string) => resolver.isKnown(raw);
  // Assessments depend only on (model, raw text, policy): cache them per engine, which is per policy.
  const cache = new Map<string, { resolution: Resolution | undefined; assessment: Assessment }>();

  const publisherName = (id: string) => dataset.getPublisher(id)?.name;
  const assess = (raw: string) => {
    let entry = cache.get(raw);
    if (!entry) {
      const resolution = resolver.resolve(raw);
      entry = { resolution, assessment: assessModel(raw, resolution?.model, dataset, policy, hostingOf(raw, resolution, publisherName)) };
      if (cache.size > 20_000) cache.clear();
      cache.set(raw, entry);
    }
    return entry;
  };

  const analyzeDocument = (document: TextDocumentLike, analyze: AnalyzeOptions): Finding[] => {
    const text = document.getText();
    const languageId = analyze.languageId ?? languageIdForFile(analyze.file);
    const references = detectModelReferences(text, { languageId, fileName: analyze.file, isKnown, prefilter: prefilter(), memo: analyze.memo });
    if (references.length === 0) return [];
    const suppressions = findSuppressions(text, analyze.memo?.occurrencesIn(text, SUPPRESSION_MARKER));
    const findings: Finding[] = [];
    for (const reference of references) {
      const { resolution, assessment } = assess(reference.idInContext ?? reference.text);
      if (!resolution && !reference.contextual) continue;
      findings.push(toFinding(document, text, analyze.file, reference, resolution?.model, assessment, suppressions));
    }
    return findings;
  };

  return {
    dataset,
    policy,
    resolver,
    analyzeDocument,
    analyzeText: (text, analyze) => analyzeDocument(createTextDocument(analyze.file, text), analyze),
    assess,
    withPolicy: (next) => buildEngine(dataset, next, resolver, prefilter),
  };
}

function toFinding(
  document: TextDocumentLike,
  text: string,
  file: string,
  reference: DetectedReference,
  model: Model | undefined,
  assessment: Assessment,
  suppressions: ReturnType<typeof findSuppressions>,
): Finding {
  const start = document.positionAt(reference.start);
  const end = endPosition(document, text, start, reference.start, reference.end);
  const suppression = assessment.rule ? suppressionFor(suppressions, start.line, [assessment.rule]) : undefined;
  return {
    file,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    kind: 'model-reference',
    text: reference.text,
    ...(reference.idInContext ? { idInContext: reference.idInContext } : {}),
    ...verdictFields(model, assessment, suppression),
    start: reference.start,
    end: reference.end,
  };
}

/**
 * A reference's end on its start's line when no line break lies between (ids hold none): one `positionAt` per
 * finding instead of two (in the editor each is a call into VS Code's line index).
 */
function endPosition(document: TextDocumentLike, text: string, start: Position, from: number, to: number): Position {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return document.positionAt(to);
  }
  return { line: start.line, character: start.character + (to - from) };
}

/** The fields of a finding that come from its assessment (shared with the online re-assessment). */
export function verdictFields(
  model: Model | undefined,
  assessment: Assessment,
  suppression: { reason: string } | undefined,
): Pick<Finding, 'modelId' | 'license' | 'commercialUse' | 'openness' | 'severity' | 'message' | 'rule' | 'rules' | 'suppressed'> {
  return {
    modelId: model?.id ?? null,
    license: assessment.license?.id ?? null,
    commercialUse: assessment.commercialUse,
    openness: assessment.openness,
    severity: suppression ? 'none' : assessment.severity,
    message: assessment.message,
    rule: assessment.rule,
    rules: assessment.rules,
    ...(suppression ? { suppressed: { reason: suppression.reason } } : {}),
  };
}
