/**
 * "Suppress with a reason": asks for the reason and inserts `ai-license-lens-ignore: <rule> -- <reason>` above
 * the finding, in the file's comment syntax. A reason passed as the second argument skips the question
 * (keybindings, tests).
 */
import * as vscode from 'vscode';
import { suppressionComment } from '../core/present/suppression-comment';
import type { RuleCode } from '../core/vocabulary';


export interface SuppressTarget {
  uri: string;
  /** 0-based line of the finding. */
  line: number;
  rule: RuleCode;
}

export async function suppressFinding(target: SuppressTarget, givenReason?: string): Promise<boolean> {
  const uri = vscode.Uri.parse(target.uri);
  const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === target.uri) ??
    (await vscode.workspace.openTextDocument(uri));
  const reason = givenReason ?? (await vscode.window.showInputBox({
    title: `Suppress "${target.rule}"`,
    prompt: 'Why is this acceptable here? Reviewers read it in the comment.',
    placeHolder: 'evaluation only, not shipped',
    validateInput: (value) => (value.trim().length < 3 ? 'A reason of at least 3 characters is required' : undefined),
  }));
  if (reason === undefined) return false;
  const insertion = suppressionComment({
    languageId: document.languageId,
    line: target.line,
    lineText: document.lineAt(Math.min(target.line, document.lineCount - 1)).text,
    rule: target.rule,
    reason,
    eol: document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n',
  });
  if (!insertion) {
    void vscode.window.showWarningMessage(`AI License Lens: cannot add a comment to a ${document.languageId} file`);
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(insertion.line, 0), insertion.text);
  return vscode.workspace.applyEdit(edit);
}
