/**
 * Quick fixes for our diagnostics, keyed on the diagnostic's code (the rule): open the license, suppress with a
 * reason, allow the license or the model in `.ai-license-lens.json`, replace with a permissive alternative.
 */
import * as vscode from 'vscode';
import { findAlternatives, spellingFor } from '../core/assess/alternatives';
import type { Resolution } from '../core/dataset/resolve';
import type { License, Model } from '../core/dataset/schema';
import type { Engine } from '../core/engine';
import { namedId, type Finding } from '../core/finding';
import { hubCardUrl } from '../core/present/hover-unknown';
import { commentSyntaxFor } from '../core/present/suppression-comment';
import { formatParameters } from '../core/present/memory';
import { safeHttpUrl } from '../core/report/escape';
import { RULE_CODES, type RuleCode } from '../core/vocabulary';
import type { AllowListTarget } from './allow-list-command';
import { ADD_TO_ALLOW_LIST_COMMAND, SUPPRESS_COMMAND } from './command-ids';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { folderOf } from './engine-host';
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

/** The dataset facts a finding's fixes need: the model (references only) and the license it rests on. */
interface Subject {
  finding: Finding;
  rule: RuleCode;
  model: Model | undefined;
  resolution: Resolution | undefined;
  license: License | undefined;
}

function actionsFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: Finding, engine: Engine): vscode.CodeAction[] {
  // A LICENSE file or model card declares a license, not a model: no alternatives, no model allow-list.
  const subject: Subject =
    finding.kind === 'model-reference'
      ? { finding, rule: finding.rule as RuleCode, ...modelFacts(engine, namedId(finding)) }
      : { finding, rule: finding.rule as RuleCode, model: undefined, resolution: undefined, license: finding.license ? engine.dataset.getLicense(finding.license) : undefined };
  const actions = [
    ...replaceActions(document, subject, engine),
    ...openLicenseAction(subject),
    ...suppressAction(document, subject),
    ...allowListActions(document, subject),
  ];
  for (const action of actions) action.diagnostics = [diagnostic];
  return actions;
}

function modelFacts(engine: Engine, raw: string): Pick<Subject, 'model' | 'resolution' | 'license'> {
  const { resolution, assessment } = engine.assess(raw);
  return { model: assessment.model, resolution, license: assessment.license };
}

function quickFix(title: string): vscode.CodeAction {
  return new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
}

function replaceActions(document: vscode.TextDocument, { finding, model, resolution }: Subject, engine: Engine): vscode.CodeAction[] {
  // a library's own model name takes that library's names, not a repo id
  if (!model || !resolution || finding.idInContext) return [];
  return findAlternatives(model, engine.dataset).flatMap((alternative) => {
    const spelling = spellingFor(alternative.model, model, resolution);
    if (!spelling) return [];
    const size = alternative.model.parameters ? `, ${formatParameters(alternative.model.parameters)}` : '';
    const action = quickFix(`Replace with ${spelling} (${alternative.license.name}${size})`);
    action.edit = new vscode.WorkspaceEdit();
    action.edit.replace(document.uri, rangeOf(document, finding), spelling);
    return [action];
  });
}

function openLicenseAction({ finding, model, license }: Subject): vscode.CodeAction[] {
  // An unknown model: its Hub page is where its card states the license.
  const card = !model && !license && finding.kind === 'model-reference' ? hubCardUrl(namedId(finding)) : null;
  if (card) {
    const action = quickFix(`Open the model card on the Hub: ${namedId(finding)}`);
    action.command = { title: 'Open the model card', command: 'vscode.open', arguments: [vscode.Uri.parse(card)] };
    return [action];
  }
  const url = safeHttpUrl(license?.url);
  if (!license || !url) return [];
  const action = quickFix(`Open the license: ${license.name}`);
  action.command = { title: 'Open the license', command: 'vscode.open', arguments: [vscode.Uri.parse(url)] };
  return [action];
}

function suppressAction(document: vscode.TextDocument, { finding, rule }: Subject): vscode.CodeAction[] {
  if (!commentSyntaxFor(document.languageId)) return [];
  const target: SuppressTarget = { uri: document.uri.toString(), line: finding.line - 1, rule };
  const action = quickFix(`Suppress "${rule}" here, with a reason...`);
  action.command = { title: 'Suppress with a reason', command: SUPPRESS_COMMAND, arguments: [target] };
  return [action];
}

/** Denials are the policy's own word: allowing what it denies would contradict the same file. */
function allowListActions(document: vscode.TextDocument, { finding, rule, model, license }: Subject): vscode.CodeAction[] {
  const folder = folderOf(document.uri);
  if (!folder || rule.startsWith('denied-')) return [];
  const allow = (key: AllowListTarget['key'], value: string, what: string) => {
    const target: AllowListTarget = { folder: folder.uri.toString(), key, value };
    const action = quickFix(`Allow the ${what} "${value}" in .ai-license-lens.json`);
    action.command = { title: `Allow the ${what}`, command: ADD_TO_ALLOW_LIST_COMMAND, arguments: [target] };
    return action;
  };
  const actions: vscode.CodeAction[] = [];
  if (license && license.id !== 'proprietary') actions.push(allow('allowedLicenses', license.id, 'license'));
  const modelId = model?.id ?? (finding.kind === 'model-reference' ? namedId(finding) : finding.modelId);
  if (modelId) actions.push(allow('allowedModels', modelId, 'model'));
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
