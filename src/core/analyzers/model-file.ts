/**
 * Local model files (GGUF, safetensors) -> `model-file` findings from their headers: the license the header
 * states (`general.license*`, safetensors `__metadata__`), the model it is (`general.name`, repo URL, the file
 * name) and its base models (`general.base_model.N.*`). Only the header is read.
 */
import { VERDICT_LABEL } from '../assess/verdict';
import type { License, Model } from '../dataset/schema';
import { matchLicenseText } from '../detect/license-text';
import type { Finding } from '../finding';
import type { GgufHeader } from '../modelfile/gguf';
import { modelFileFormat, readModelFileHeader, type ModelFileHeader } from '../modelfile/read-model-file';
import type { SafetensorsHeader } from '../modelfile/safetensors';
import type { FileAnalyzer } from '../scan/scan';
import { baseName, binaryFinding, oneLine } from './build-finding';
import type { AnalyzerContext } from './context';
import { assessDeclaredTerms } from './declared-terms';
import { resolveDeclaredLicense } from './license-lookup';

const MAX_BASE_MODELS = 8;

/** What a header declares, in the terms the assessment needs. */
export interface ModelFileFacts {
  license: string | undefined;
  licenseName: string | undefined;
  licenseLink: string | undefined;
  /** Spellings that may name the model itself, most specific first. */
  selfCandidates: Array<{ raw: string; via: string }>;
  /** Spellings of each base model (repo URL first, then org/name). */
  baseCandidates: string[][];
  /** A short description for the message ("GGUF v3, llama, 8B"). */
  summary: string;
}

export function ggufFacts(header: GgufHeader, fileName: string): ModelFileFacts {
  const g = header.general;
  const text = (key: string): string | undefined => (typeof g[key] === 'string' && (g[key] as string).trim() ? (g[key] as string).trim() : undefined);
  const dashed = (value: string | undefined) => value?.replace(/\s+/g, '-');
  const selfCandidates: ModelFileFacts['selfCandidates'] = [];
  const add = (raw: string | undefined, via: string) => {
    if (raw) selfCandidates.push({ raw, via });
  };
  add(text('general.repo_url'), 'general.repo_url');
  add(text('general.source.huggingface.repository') ?? text('general.source.hugginface.repository'), 'general.source');
  const basename = text('general.basename');
  const size = text('general.size_label');
  const finetune = text('general.finetune');
  if (basename && finetune) add([basename, size, finetune].filter(Boolean).join('-'), 'general.basename');
  add(dashed(text('general.name')), 'general.name');
  add(fileName, 'the file name');
  const count = typeof g['general.base_model.count'] === 'number' ? Math.min(g['general.base_model.count'], MAX_BASE_MODELS) : 0;
  const baseCandidates: string[][] = [];
  for (let i = 0; i < count; i++) {
    const prefix = `general.base_model.${i}.`;
    const name = dashed(text(`${prefix}name`));
    const organization = dashed(text(`${prefix}organization`));
    baseCandidates.push([text(`${prefix}repo_url`), organization && name ? `${organization}/${name}` : undefined, name].filter((v): v is string => !!v));
  }
  const parts = [`GGUF v${header.version}`, text('general.architecture'), size].filter(Boolean);
  return {
    license: text('general.license'),
    licenseName: text('general.license.name'),
    licenseLink: text('general.license.link'),
    selfCandidates,
    baseCandidates,
    summary: parts.join(', '),
  };
}

export function safetensorsFacts(header: SafetensorsHeader, relativePath: string): ModelFileFacts {
  const m = header.metadata;
  const pick = (...keys: string[]) => keys.map((key) => m[key]?.trim()).find((value) => value);
  const selfCandidates: ModelFileFacts['selfCandidates'] = [];
  const add = (raw: string | undefined, via: string) => {
    if (raw) selfCandidates.push({ raw, via });
  };
  add(pick('model_id', 'modelspec.model_id', 'name'), '__metadata__');
  add(baseName(relativePath), 'the file name');
  // Sharded weights are named `model-00001-of-00004.safetensors`: the folder usually carries the model's name.
  const segments = relativePath.replace(/\\/g, '/').split('/');
  if (segments.length > 1) add(segments[segments.length - 2], 'the folder name');
  const base = pick('base_model', 'modelspec.base_model');
  const parameters = header.parameterCount ? `${formatCount(header.parameterCount)} parameters` : undefined;
  return {
    license: pick('license', 'modelspec.license', 'general.license'),
    licenseName: pick('license_name', 'general.license.name'),
    licenseLink: pick('license_link', 'general.license.link'),
    selfCandidates,
    baseCandidates: base ? [[base]] : [],
    summary: ['safetensors', `${header.tensorCount} tensors`, parameters].filter(Boolean).join(', '),
  };
}

export function analyzeModelFileHeader(header: ModelFileHeader, relativePath: string, context: AnalyzerContext): Finding[] {
  const fileName = baseName(relativePath);
  const resolve = (raw: string): Model | undefined => context.resolver.resolve(raw)?.model;
  let facts: ModelFileFacts;
  let failure: string | undefined;
  if (header.result.ok) {
    facts = header.format === 'gguf' ? ggufFacts(header.result.header as GgufHeader, fileName) : safetensorsFacts(header.result.header as SafetensorsHeader, relativePath);
  } else {
    failure = header.result.message;
    facts = { license: undefined, licenseName: undefined, licenseLink: undefined, selfCandidates: [{ raw: fileName, via: 'the file name' }], baseCandidates: [], summary: header.format };
  }
  let self: { model: Model; via: string } | undefined;
  for (const candidate of facts.selfCandidates) {
    const model = resolve(candidate.raw);
    if (model) {
      self = { model, via: candidate.via };
      break;
    }
  }
  const bases = facts.baseCandidates
    .flatMap((spellings) => spellings.map(resolve).find((model) => model !== undefined) ?? [])
    .filter((model, i, all) => all.indexOf(model) === i && model !== self?.model);
  const terms = assessDeclaredTerms(context, {
    declared: facts.license,
    declaredName: facts.licenseName,
    recognised: recogniseLicenseText(facts, context),
    self: self?.model,
    bases,
    ids: [fileName],
  });
  return [
    binaryFinding({
      kind: 'model-file',
      file: relativePath,
      text: fileName,
      modelId: self?.model.id ?? null,
      terms,
      message: describe(fileName, facts, failure, self, bases, terms),
    }),
  ];
}

/**
 * Some converters put the whole license text in `general.license` instead of an id: recognise it by the
 * catalog's fingerprints, as a LICENSE file would be, when the value is not an id the catalog knows.
 */
function recogniseLicenseText(facts: ModelFileFacts, context: AnalyzerContext): License | undefined {
  const value = facts.license;
  if (!value || value.length < 40 || resolveDeclaredLicense(context.dataset, value, facts.licenseName)) return undefined;
  return matchLicenseText(value, context.dataset.licenses())?.license;
}

function describe(
  fileName: string,
  facts: ModelFileFacts,
  failure: string | undefined,
  self: { model: Model; via: string } | undefined,
  bases: readonly Model[],
  terms: ReturnType<typeof assessDeclaredTerms>,
): string {
  const parts: string[] = [];
  if (failure) parts.push(`${oneLine(failure)}`);
  else if (facts.license || facts.licenseName) {
    const stated = [facts.license, facts.licenseName].filter(Boolean).map((value) => `"${oneLine(value!, 60)}"`).join(' / ');
    parts.push(`the ${oneLine(facts.summary, 80)} header states license ${stated}${terms.declaredUnknown ? ', which the catalog does not know' : ''}`);
  } else parts.push(`the ${oneLine(facts.summary, 80)} header states no license`);
  if (self) parts.push(`model ${self.model.id} (from ${self.via})`);
  if (bases.length > 0) parts.push(`base ${bases.map((base) => base.id).join(', ')}`);
  const license = terms.license ? `${terms.license.name}${terms.inherited.length ? ` (inherits ${terms.inherited.join(', ')})` : ''}` : 'license unknown';
  const mismatch = terms.mismatch ? `; license mismatch: ${terms.mismatch}` : '';
  return `${oneLine(fileName, 80)}: ${parts.join('; ')} — ${license}: ${VERDICT_LABEL[terms.commercialUse]}${mismatch}`;
}

function formatCount(count: number): string {
  if (count >= 1e9) return `${Math.round(count / 1e8) / 10}B`;
  if (count >= 1e6) return `${Math.round(count / 1e5) / 10}M`;
  if (count >= 1e3) return `${Math.round(count / 1e2) / 10}K`;
  return String(count);
}

/** A model file on disk -> its finding (the editor's command on a .gguf / .safetensors file uses this too). */
export async function analyzeModelFile(path: string, relativePath: string, context: AnalyzerContext): Promise<Finding[]> {
  const format = modelFileFormat(relativePath);
  if (!format) return [];
  return analyzeModelFileHeader(await readModelFileHeader(path, format), relativePath, context);
}

export function createModelFileAnalyzer(context: AnalyzerContext): FileAnalyzer {
  return {
    wants: (relativePath) => modelFileFormat(relativePath) !== undefined,
    analyze: (file) => analyzeModelFile(file.path, file.relativePath, context),
  };
}
