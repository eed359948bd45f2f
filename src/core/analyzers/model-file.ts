/**
 * Local model files (GGUF, safetensors) -> `model-file` findings from their headers: the license the header
 * states (`general.license*`, safetensors `__metadata__`), the model it is (`general.name`, repo URL, the file
 * name) and its base models (`general.base_model.N.*`). Only the header is read.
 */
import { VERDICT_LABEL } from '../assess/verdict';
import type { License, Model } from '../dataset/schema';
import { matchLicenseText } from '../detect/license-text';
import type { Finding } from '../finding';
import { modelFileFormat, readModelFileHeader, type ModelFileHeader } from '../modelfile/read-model-file';
import type { FileAnalyzer } from '../scan/scan';
import { baseName, binaryFinding, oneLine } from './build-finding';
import type { AnalyzerContext } from './context';
import { assessDeclaredTerms } from './declared-terms';
import { createFolderLicenseReader, type FolderLicense, type FolderLicenseReader } from './folder-license';
import { resolveDeclaredLicense } from './license-lookup';
import { ggufFacts, safetensorsFacts, type ModelFileFacts } from './model-file-facts';

/**
 * The finding for a model file's header. `folder` is what the file's folder declares (its card or LICENSE);
 * it applies only when the header itself states no license.
 */
export function analyzeModelFileHeader(header: ModelFileHeader, relativePath: string, context: AnalyzerContext, folder?: FolderLicense): Finding[] {
  const fileName = baseName(relativePath);
  const resolve = (raw: string): Model | undefined => context.resolver.resolve(raw)?.model;
  const { facts: headerFacts, failure } = factsOf(header, relativePath);
  const fromFolder = folder && !statesLicense(headerFacts) ? folder : undefined;
  const facts: ModelFileFacts = fromFolder
    ? {
        ...headerFacts,
        license: fromFolder.declared,
        licenseName: fromFolder.declaredName,
        licenseLink: fromFolder.declaredLink,
        baseCandidates: [...headerFacts.baseCandidates, ...fromFolder.baseModels.map((base) => [base])],
      }
    : headerFacts;
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
    declaredLink: facts.licenseLink,
    recognised: fromFolder?.recognised ?? recogniseLicenseText(facts, context),
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
      message: describe(fileName, headerFacts, failure, self, bases, terms, fromFolder),
    }),
  ];
}

function statesLicense(facts: ModelFileFacts): boolean {
  return Boolean(facts.license || facts.licenseName || facts.licenseLink);
}

function factsOf(header: ModelFileHeader, relativePath: string): { facts: ModelFileFacts; failure?: string } {
  const fileName = baseName(relativePath);
  if (header.format === 'gguf' && header.result.ok) return { facts: ggufFacts(header.result.header, fileName) };
  if (header.format === 'safetensors' && header.result.ok) return { facts: safetensorsFacts(header.result.header, relativePath) };
  // An unreadable header still has a file name, which may name a model the dataset knows.
  return {
    failure: header.result.ok ? undefined : header.result.message,
    facts: { license: undefined, licenseName: undefined, licenseLink: undefined, selfCandidates: [{ raw: fileName, via: 'the file name' }], baseCandidates: [], summary: header.format },
  };
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
  folder: FolderLicense | undefined,
): string {
  const parts: string[] = [];
  const quoted = (values: Array<string | undefined>) => values.filter(Boolean).map((value) => `"${oneLine(value!, 60)}"`).join(' / ');
  const unknown = terms.declaredUnknown ? ', which the catalog does not know' : '';
  if (failure) parts.push(`${oneLine(failure)}`);
  else if (statesLicense(facts)) {
    parts.push(`the ${oneLine(facts.summary, 80)} header states license ${quoted([facts.license, facts.licenseName]) || quoted([facts.licenseLink])}${unknown}`);
  } else parts.push(`the ${oneLine(facts.summary, 80)} header states no license`);
  if (folder) {
    const source = oneLine(folder.source, 40);
    parts.push(folder.recognised ? `${source} beside it is the ${folder.recognised.name}` : `${source} beside it declares ${quoted([folder.declared, folder.declaredName])}${unknown}`);
  }
  if (self) parts.push(`model ${self.model.id} (from ${self.via})`);
  if (bases.length > 0) parts.push(`base ${bases.map((base) => base.id).join(', ')}`);
  const license = terms.license ? `${terms.license.name}${terms.inherited.length ? ` (inherits ${terms.inherited.join(', ')})` : ''}` : 'license unknown';
  const mismatch = terms.mismatch ? `; license mismatch: ${terms.mismatch}` : '';
  return `${oneLine(fileName, 80)}: ${parts.join('; ')} — ${license}: ${VERDICT_LABEL[terms.commercialUse]}${mismatch}`;
}

/** A model file on disk -> its finding (the editor's command on a .gguf / .safetensors file uses this too). */
export async function analyzeModelFile(
  path: string,
  relativePath: string,
  context: AnalyzerContext,
  readFolder: FolderLicenseReader = createFolderLicenseReader(context),
): Promise<Finding[]> {
  const format = modelFileFormat(relativePath);
  if (!format) return [];
  const header = await readModelFileHeader(path, format);
  const facts = factsOf(header, relativePath).facts;
  const folder = statesLicense(facts) ? undefined : await readFolder(path);
  return analyzeModelFileHeader(header, relativePath, context, folder);
}

export function createModelFileAnalyzer(context: AnalyzerContext): FileAnalyzer {
  // One folder reader per analyser (per scan): the shards of one model share their folder's lookup.
  const readFolder = createFolderLicenseReader(context);
  return {
    wants: (relativePath) => modelFileFormat(relativePath) !== undefined,
    analyze: (file) => analyzeModelFile(file.path, file.relativePath, context, readFolder),
  };
}
