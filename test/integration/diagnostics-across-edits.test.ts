// Re-checks after edits reuse the diagnostics of unchanged findings (src/vscode/diagnostic-reuse.ts) and stay
// exact: an edit that was undone leaves the diagnostics as they were, a finding moved by an edit gets its new
// range, and an edit on another line leaves it where it is.
import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, openUntitled, ours, waitForDiagnostics, withSettings } from './support/editor';

const TEXT = 'from diffusers import FluxPipeline\nsteps = 1\npipe = FluxPipeline.from_pretrained("black-forest-labs/FLUX.1-dev")\n';

async function replace(document: vscode.TextDocument, range: vscode.Range, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, range, text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
}

describe('diagnostics across edits', () => {
  before(activateExtension);

  it('keeps diagnostics exact through an undone edit, a move and an edit elsewhere', async () => {
    const api = await activateExtension();
    // A long debounce: only the explicit refreshes below check the document.
    await withSettings({ 'diagnostics.debounceMs': 5000 }, async () => {
      const document = await openUntitled('python', TEXT);
      await api.refresh(document);
      const [flux] = await waitForDiagnostics(document.uri, (d) => d.length === 1, 'the FLUX.1 [dev] warning');
      assert.equal(flux!.range.start.line, 2);

      const value = new vscode.Range(1, 8, 1, 9);
      await replace(document, value, '2');
      await replace(document, value, '1');
      await api.refresh(document);
      assert.deepEqual(ours(document.uri).map((d) => [d.range, d.message, d.code]), [[flux!.range, flux!.message, flux!.code]]);

      await replace(document, new vscode.Range(0, 0, 0, 0), '\n\n');
      await api.refresh(document);
      await waitForDiagnostics(document.uri, (d) => d.length === 1 && d[0]!.range.start.line === 4, 'the warning two lines down');

      await replace(document, new vscode.Range(3, 8, 3, 9), '3');
      await api.refresh(document);
      const [unchanged] = ours(document.uri);
      assert.equal(unchanged!.range.start.line, 4);
      assert.equal(unchanged!.code, flux!.code);
      assert.equal(unchanged!.message, flux!.message);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  });
});
