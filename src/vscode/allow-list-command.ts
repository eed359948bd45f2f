/**
 * "Allow in .ai-license-lens.json": adds a license or model id to the workspace policy's allow-list, creating
 * the file or editing it in place (comments kept), then saves it so the policy reloads.
 */
import * as vscode from 'vscode';
import { POLICY_FILE_NAME } from '../core/assess/policy-file';
import { addToAllowList, type AllowListKey } from '../core/present/policy-allow-edit';


export interface AllowListTarget {
  /** The workspace folder's uri. */
  folder: string;
  key: AllowListKey;
  value: string;
}

export async function addToPolicyAllowList(target: AllowListTarget): Promise<boolean> {
  const uri = vscode.Uri.joinPath(vscode.Uri.parse(target.folder), POLICY_FILE_NAME);
  const document = await openIfExists(uri);
  const change = addToAllowList(document?.getText(), target.key, target.value);
  const edit = new vscode.WorkspaceEdit();
  switch (change.kind) {
    case 'unchanged':
      void vscode.window.showInformationMessage(`AI License Lens: ${target.value} is already in ${target.key}`);
      return true;
    case 'error':
      void vscode.window.showWarningMessage(`AI License Lens: ${POLICY_FILE_NAME}: ${change.message}`);
      return false;
    case 'create':
      edit.createFile(uri, { contents: new TextEncoder().encode(change.text), ignoreIfExists: false });
      return vscode.workspace.applyEdit(edit);
    case 'edit': {
      const open = document!;
      for (const { offset, length, content } of change.edits) {
        edit.replace(uri, new vscode.Range(open.positionAt(offset), open.positionAt(offset + length)), content);
      }
      return (await vscode.workspace.applyEdit(edit)) && (await open.save());
    }
  }
}

async function openIfExists(uri: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    return undefined;
  }
  return vscode.workspace.openTextDocument(uri);
}
