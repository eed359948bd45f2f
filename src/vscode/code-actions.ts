/**
 * Quick fixes for our diagnostics, keyed on the diagnostic's code (the rule): open the license, suppress with a
 * reason, allow the license or the model in `.ai-license-lens.json`, replace with a permissive alternative.
 */
import * as vscode from 'vscode';
import { findAlternatives, spellingFor } from '../core/assess/alternatives';
import type { Engine } from '../core/engine';
import type { Finding } from '../core/finding';
import { commentSyntaxFor } from '../core/present/suppression-comment';
import { formatParameters } from '../core/present/memory';
import { safeHttpUrl } from '../core/report/escape';
import { RULE_CODES, type RuleCode } from '../core/vocabulary';
import type { AllowListTarget } from './allow-list-command';
import { ADD_TO_ALLOW_LIST_COMMAND, SUPPRESS_COMMAND } from './command-ids';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { rangeOf, type FindingsSource } from './findings';
import type { SuppressTarget } from './suppress-command';

export function createCodeActionProvider(findings: FindingsSource): vscode.CodeActionProvider {
  return {
    async provideCodeActions(document, _range, context, token) {
      const ours = context.diagnostics.filter(
        (diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && isRule(codeOf(diagnostic)),
      );
      if (ours.length === 0) return [];
      const analyzed = await findings.analyze(document);
      if (!analyzed || token.isCancellationRequested) return [];
      const actions: vscode.CodeAction[] = [];
      for (const diagnostic of ours) {
        const finding = analyzed.findings.find(
          (candidate) => candidate.rule === codeOf(diagnostic) && rangeOf(document, candidate).isEqual(diagnostic.range),
        );
        if (finding) actions.push(...actionsFor(document, diagnostic, finding, analyzed.engine));
      }
      return actions;
    },
  };
}

function actionsFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: Finding, engine: Engine): vscode.CodeAction[] {
  const rule = finding.rule as RuleCode;
  // A LICENSE file or model card declares a license, not a model: no alternatives, no model allow-list.
  const isReference = finding.kind === 'model-reference';
  const { resolution, assessment } = isReference
    ? engine.assess(finding.text)
    : { resolution: undefined, assessment: { model: undefined, license: finding.license ? engine.dataset.getLicense(finding.license) : undefined } };
  const actions: vscode.CodeAction[] = [];
  const quickFix = (title: string, preferred = false) => {
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.isPreferred = preferred;
    actions.push(action);
    return action;
  };

  const model = assessment.model;
  if (model && resolution) {
    for (const alternative of findAlternatives(model, engine.dataset)) {
      const spelling = spellingFor(alternative.model, model, resolution);
      if (!spelling) continue;
      const size = alternative.model.parameters ? `, ${formatParameters(alternative.model.parameters)}` : '';
      const action = quickFix(`Replace with ${spelling} (${alternative.license.name}${size})`);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, rangeOf(document, finding), spelling);
    }
  }

  const license = assessment.license;
  const licenseUrl = safeHttpUrl(license?.url);
  if (license && licenseUrl) {
    quickFix(`Open the license: ${license.name}`).command = {
      title: 'Open the license',
      command: 'vscode.open',
      arguments: [vscode.Uri.parse(licenseUrl)],
    };
  }

  if (commentSyntaxFor(document.languageId)) {
    const target: SuppressTarget = { uri: document.uri.toString(), line: finding.line - 1, rule };
    quickFix(`Suppress "${rule}" here, with a reason...`).command = {
      title: 'Suppress with a reason',
      command: SUPPRESS_COMMAND,
      arguments: [target],
    };
  }

  const folder = vscode.workspace.getWorkspaceFolder(document.uri.scheme === 'vscode-notebook-cell' ? document.uri.with({ scheme: 'file', fragment: '' }) : document.uri) ?? vscode.workspace.workspaceFolders?.[0];
  if (folder && !rule.startsWith('denied-')) {
    if (license && license.id !== 'proprietary') {
      const target: AllowListTarget = { folder: folder.uri.toString(), key: 'allowedLicenses', value: license.id };
      quickFix(`Allow the license "${license.id}" in .ai-license-lens.json`).command = {
        title: 'Allow the license', command: ADD_TO_ALLOW_LIST_COMMAND, arguments: [target],
      };
    }
    const modelId = model?.id ?? (isReference ? finding.text : finding.modelId);
    if (!modelId) return actions;
    const target: AllowListTarget = { folder: folder.uri.toString(), key: 'allowedModels', value: modelId };
    quickFix(`Allow the model "${modelId}" in .ai-license-lens.json`).command = {
      title: 'Allow the model', command: ADD_TO_ALLOW_LIST_COMMAND, arguments: [target],
    };
  }
  return actions;
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

function isRule(code: string | undefined): code is RuleCode {
  return code !== undefined && (RULE_CODES as readonly string[]).includes(code);
}
