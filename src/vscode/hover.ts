/** Hover on a model id: the core renders the Markdown, this adapter finds the finding and honours cancellation. */
import * as vscode from 'vscode';
import { renderHover } from '../core/present/hover';
import { renderFileFindingHover } from '../core/present/hover-file';
import { namedId } from '../core/finding';
import { findingAt, rangeOf, type FindingsSource } from './findings';

export function createHoverProvider(findings: FindingsSource): vscode.HoverProvider {
  return {
    async provideHover(document, position, token) {
      const analyzed = await findings.analyze(document);
      if (!analyzed || token.isCancellationRequested || !analyzed.scope.settings['hover.enabled']) return undefined;
      const finding = findingAt(analyzed.findings, document, position);
      if (!finding) return undefined;
      if (finding.kind !== 'model-reference') return hover(renderFileFindingHover(finding, analyzed.engine.dataset), rangeOf(document, finding));
      // a library's own name (`whisper.load_model("large-v3")`) is shown and looked up as the id it stands for
      const { resolution, assessment } = analyzed.engine.assess(namedId(finding));
      const markdown = renderHover({
        raw: namedId(finding),
        resolution,
        assessment,
        dataset: analyzed.engine.dataset,
        suppressed: finding.suppressed,
      });
      if (token.isCancellationRequested) return undefined;
      return hover(markdown, rangeOf(document, finding));
    },
  };
}

/** Text from files is escaped by the renderers; the hover stays untrusted (no command links, no HTML). */
function hover(markdown: string, range: vscode.Range): vscode.Hover {
  const contents = new vscode.MarkdownString(markdown, true);
  contents.isTrusted = false;
  contents.supportHtml = false;
  return new vscode.Hover(contents, range);
}
