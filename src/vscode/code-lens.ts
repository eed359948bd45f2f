/**
 * A line at the top of files that declare a license themselves (LICENSE texts, model cards, Modelfiles with a
 * LICENSE block): what they declare and what that allows, before anyone scrolls.
 */
import * as vscode from 'vscode';
import { SHOW_REPORT_COMMAND } from './command-ids';
import type { FindingsSource } from './findings';

const KIND_LABEL: Record<string, string> = {
  'license-file': 'License file',
  'model-card': 'Model card',
  'model-file': 'Model file',
};

export function createCodeLensProvider(findings: FindingsSource): vscode.CodeLensProvider {
  return {
    async provideCodeLenses(document, token) {
      const analyzed = await findings.analyze(document);
      if (!analyzed || token.isCancellationRequested) return [];
      const top = new vscode.Range(0, 0, 0, 0);
      return analyzed.findings
        .filter((finding) => finding.kind !== 'model-reference')
        .slice(0, 3)
        .map((finding) => {
          const suppressed = finding.suppressed ? ' (suppressed)' : '';
          const title = `$(law) ${KIND_LABEL[finding.kind] ?? 'File'}: ${finding.message.replace(/^[^:]*:\s*/, '')}${suppressed}`;
          return new vscode.CodeLens(top, {
            title,
            tooltip: 'AI License Lens: open the workspace AI dependency report',
            command: SHOW_REPORT_COMMAND,
          });
        });
    },
  };
}
