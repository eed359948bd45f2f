/**
 * Ollama Modelfile `LICENSE` blocks -> `license-file` findings: the block's text is matched against the catalog's
 * fingerprints like a LICENSE file, and stacked with the terms of the `FROM` model, which the new model derives from.
 */
import { VERDICT_LABEL } from '../assess/verdict';
import type { Model } from '../dataset/schema';
import { matchLicenseText } from '../detect/license-text';
import { findModelfileLicenses, isModelfileName } from '../detect/modelfile-license';
import type { Finding } from '../finding';
import type { FileAnalyzer } from '../scan/scan';
import { oneLine, textFinding } from './build-finding';
import type { AnalyzerContext } from './context';
import { assessDeclaredTerms } from './declared-terms';

export function analyzeModelfileLicenses(text: string, context: AnalyzerContext, options: { file: string }): Finding[] {
  const blocks = findModelfileLicenses(text);
  if (blocks.length === 0) return [];
  const from = findFrom(text);
  const base = from ? context.resolver.resolve(from)?.model : undefined;
  const findings: Finding[] = [];
  for (const block of blocks) {
    const match = matchLicenseText(block.text, context.dataset.licenses());
    if (!match) continue;
    const bases: Model[] = base ? [base] : [];
    const terms = assessDeclaredTerms(context, { declared: undefined, recognised: match.license, self: undefined, bases, ids: from ? [from] : [] });
    const inherited = terms.inherited.length > 0 ? ` (inherits ${terms.inherited.join(', ')})` : '';
    const mismatch = terms.mismatch ? `; license mismatch: ${terms.mismatch}` : '';
    findings.push(
      textFinding(text, block.keywordStart, block.keywordEnd, {
        kind: 'license-file',
        file: options.file,
        text: oneLine(text.slice(block.keywordStart, block.keywordEnd)),
        modelId: null,
        terms,
        message: `Modelfile LICENSE: ${match.license.name}${inherited} — ${VERDICT_LABEL[terms.commercialUse]}${mismatch}`,
      }),
    );
  }
  return findings;
}

/** The first `FROM` instruction's argument (Ollama instructions are case-insensitive). */
function findFrom(text: string): string | undefined {
  const match = /^[ \t]*from[ \t]+(\S{1,300})/im.exec(text);
  return match?.[1];
}

export function createModelfileLicenseAnalyzer(context: AnalyzerContext): FileAnalyzer {
  return {
    wants: isModelfileName,
    async analyze(file) {
      return file.text === undefined ? [] : analyzeModelfileLicenses(file.text, context, { file: file.relativePath });
    },
  };
}
