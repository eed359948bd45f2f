/**
 * Model cards -> `model-card` findings: the license the front matter declares (resolved through the catalog,
 * `other` + `license_name` included), stacked with the terms of its base models, placed on the `license:` value.
 * A card that contradicts the dataset (its own repo's license, or a base model whose terms carry over) raises
 * `license-mismatch`. Broken front matter gives one clear finding, never an exception.
 */
import { VERDICT_LABEL } from '../assess/verdict';
import type { Model } from '../dataset/schema';
import { readModelCard, type CardValue, type ModelCardFields } from '../detect/model-card';
import type { Finding } from '../finding';
import type { FileAnalyzer } from '../scan/scan';
import { oneLine, textFinding } from './build-finding';
import type { AnalyzerContext } from './context';
import { assessDeclaredTerms, type DeclaredTerms } from './declared-terms';
import { resolveDeclaredLicense } from './license-lookup';
import { readTextPrefix } from './read-prefix';

/** Front matter sits at the top: this much of an over-sized Markdown file is enough. */
const CARD_SCAN_BYTES = 128 * 1024;

export function isMarkdownFileName(path: string): boolean {
  const lower = path.toLowerCase();
  return lower.endsWith('.md') || lower.endsWith('.markdown');
}

export function analyzeModelCard(text: string, context: AnalyzerContext, options: { file: string }): Finding[] {
  const card = readModelCard(text);
  if (card.kind === 'none') return [];
  if (card.kind === 'broken') {
    const terms = assessDeclaredTerms(context, { declared: undefined, self: undefined, bases: [], ids: [] });
    return [
      textFinding(text, card.start, card.end, {
        kind: 'model-card',
        file: options.file,
        text: oneLine(text.slice(card.start, card.end)) || '---',
        modelId: null,
        terms,
        message: `model card: ${card.message}; its license cannot be read`,
      }),
    ];
  }
  const { fields } = card;
  const resolve = (value: CardValue | undefined): Model | undefined => (value ? context.resolver.resolve(value.value)?.model : undefined);
  const self = resolve(fields.modelName);
  const bases = fields.baseModels.flatMap((base) => resolve(base) ?? []).filter((model, i, all) => all.indexOf(model) === i);
  const declared = pickDeclared(fields, context);
  const terms = assessDeclaredTerms(context, {
    declared: declared?.value,
    declaredName: fields.licenseName?.value,
    declaredLink: fields.licenseLink?.value,
    self,
    bases,
    sameWeightsAsBases: fields.baseModelRelation === 'quantized',
    ids: [...(fields.modelName ? [fields.modelName.value] : []), ...fields.baseModels.map((base) => base.value)],
  });
  const anchor = declared ?? fields.licenseName ?? fields.baseModels[0];
  const [start, end] = anchor ? [anchor.start, anchor.end] : [fields.openingStart, fields.openingEnd];
  return [
    textFinding(text, start, end, {
      kind: 'model-card',
      file: options.file,
      text: anchor ? oneLine(anchor.value) : '---',
      modelId: self?.id ?? null,
      terms,
      message: describe(fields, declared, terms),
    }),
  ];
}

/** The `license:` entry to judge: the first the catalog knows, else the first written. */
function pickDeclared(fields: ModelCardFields, context: AnalyzerContext): CardValue | undefined {
  const known = fields.licenses.find((entry) => resolveDeclaredLicense(context.dataset, entry.value) !== undefined);
  return known ?? fields.licenses[0];
}

function describe(fields: ModelCardFields, declared: CardValue | undefined, terms: DeclaredTerms): string {
  const verdict = VERDICT_LABEL[terms.commercialUse];
  const raw = declared ? oneLine(declared.value, 60) : undefined;
  let head: string;
  if (terms.declaredUnknown) {
    head = raw?.toLowerCase() === 'other' && !fields.licenseName
      ? 'model card: license "other" without a license_name'
      : `model card: license "${raw ?? oneLine(fields.licenseName?.value ?? '', 60)}" is not in the catalog`;
  } else if (!declared && !fields.licenseName) {
    head = terms.license ? `model card declares no license (the dataset lists ${terms.license.name})` : 'model card declares no license';
  } else {
    head = `model card: ${terms.license?.name ?? 'license unknown'}`;
  }
  const inherited = terms.inherited.length > 0 ? ` (inherits ${terms.inherited.join(', ')})` : '';
  const mismatch = terms.mismatch ? `; license mismatch: the card says ${raw ?? 'other'} but ${terms.mismatch}` : '';
  return `${head}${inherited} — ${verdict}${mismatch}`;
}

export function createModelCardAnalyzer(context: AnalyzerContext): FileAnalyzer {
  return {
    wants: isMarkdownFileName,
    async analyze(file) {
      const text = file.text ?? (await readTextPrefix(file.path, CARD_SCAN_BYTES));
      if (text === undefined || !text.startsWith('---', text.charCodeAt(0) === 0xfeff ? 1 : 0)) return [];
      return analyzeModelCard(text, context, { file: file.relativePath });
    },
  };
}
