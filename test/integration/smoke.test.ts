// The extension loads in a real VS Code extension host, with the fixture workspace open, and hands back its
// API. Feature suites live next to this file as *.test.ts (describe/it imported from 'mocha') and are picked
// up by index.ts without registration.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { AiLicenseLensApi } from '../../src/vscode/extension';

const EXTENSION_ID = 'ai-license-lens.ai-license-lens';

describe('smoke: the extension in a real VS Code', () => {
  it('opens the fixture workspace', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1);
    assert.equal(path.basename(folders[0]!.uri.path), 'workspace');
  });

  it('activates and returns its API', async () => {
    const extension = vscode.extensions.getExtension<AiLicenseLensApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    const api = await extension.activate();
    assert.equal(extension.isActive, true);
    assert.equal(api.version, extension.packageJSON.version);
  });

  it('activates on a Python file of the workspace', async () => {
    const [file] = await vscode.workspace.findFiles('app.py');
    assert.ok(file, 'app.py is missing from the fixture workspace');
    const document = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'python');
    assert.match(document.getText(), /deepseek-ai\/DeepSeek-R1/);
  });
});
