// Diagnostics in the Problems panel: codes are the rules, severities follow the policy, suppressions and
// notebooks included. Policies are set in user settings (never in the fixture folder) and restored.
import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import {
  activateExtension,
  codesOf,
  fixtureUri,
  openFixture,
  openUntitled,
  ours,
  waitForDiagnostics,
  withSettings,
} from './support/editor';

const { Error: ERROR, Warning: WARNING, Information: INFO } = vscode.DiagnosticSeverity;

describe('diagnostics: the default policy', () => {
  before(activateExtension);

  it('warns on a non-commercial model, with the rule as code and our source', async () => {
    const document = await openFixture('image.py');
    const [diagnostic, ...rest] = await waitForDiagnostics(document.uri, (d) => d.length > 0, 'the FLUX.1 [dev] warning');
    assert.equal(rest.length, 0);
    assert.equal(diagnostic!.code, 'non-commercial');
    assert.equal(diagnostic!.severity, WARNING);
    assert.equal(diagnostic!.source, 'AI License Lens');
    assert.equal(document.getText(diagnostic!.range), 'black-forest-labs/FLUX.1-dev');
  });

  it('informs on conditional and API-only terms', async () => {
    const document = await openFixture('chat.ts');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length === 2, 'two infos');
    assert.deepEqual(codesOf(diagnostics), ['api-only', 'threshold']);
    assert.ok(diagnostics.every((diagnostic) => diagnostic.severity === INFO));
  });

  it('says nothing about permissive models', async () => {
    const document = await openFixture('config.yaml');
    // Wait until the extension has checked the file (its findings are known), then expect no diagnostic.
    const api = await activateExtension();
    await api.refresh(document);
    assert.ok(api.findings(document.uri)?.some((finding) => finding.modelId === 'mistralai/Mistral-7B-Instruct-v0.3'));
    assert.deepEqual(ours(document.uri), []);
  });

  it('omits suppressed findings', async () => {
    const document = await openFixture('suppressed.py');
    const api = await activateExtension();
    await api.refresh(document);
    assert.ok(api.findings(document.uri)?.some((finding) => finding.suppressed?.reason === 'internal evaluation only, never shipped'));
    assert.deepEqual(ours(document.uri), []);
  });

  it('reports unknown models as information', async () => {
    const document = await openFixture('unknown.py');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length === 1, 'the unknown-model info');
    assert.equal(diagnostics[0]!.code, 'unknown-model');
    assert.equal(diagnostics[0]!.severity, INFO);
  });

  it('checks notebook cells', async () => {
    const notebook = await vscode.workspace.openNotebookDocument(fixtureUri('research.ipynb'));
    await vscode.window.showNotebookDocument(notebook);
    const cell = notebook.getCells().find((candidate) => candidate.kind === vscode.NotebookCellKind.Code)!;
    const diagnostics = await waitForDiagnostics(cell.document.uri, (d) => d.length === 1, 'the notebook cell warning');
    assert.equal(diagnostics[0]!.code, 'non-commercial');
  });

  it('follows edits (debounced) and clears on close', async () => {
    const document = await openUntitled('python', 'x = 1\n');
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), 'pipe = FluxPipeline.from_pretrained("black-forest-labs/FLUX.1-dev")\n'));
    await waitForDiagnostics(document.uri, (d) => codesOf(d).includes('non-commercial'), 'a warning after typing');
    await editor.edit((edit) => edit.delete(document.lineAt(1).rangeIncludingLineBreak));
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'no warning after deleting the line');
  });

  it('deletes a document\'s diagnostics when it closes', async () => {
    const document = await openUntitled('python', 'pipe = FluxPipeline.from_pretrained("black-forest-labs/FLUX.1-dev")\n');
    await waitForDiagnostics(document.uri, (d) => d.length === 1, 'the warning');
    const closed = new Promise<void>((resolve) => {
      const listener = vscode.workspace.onDidCloseTextDocument((gone) => {
        if (gone.uri.toString() !== document.uri.toString()) return;
        listener.dispose();
        resolve();
      });
    });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closed;
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'no diagnostics after closing');
  });
});

describe('diagnostics: other policies (user settings)', () => {
  before(activateExtension);

  it('commercialProduct: non-commercial becomes an error, conditional terms warnings', async () => {
    const image = await openFixture('image.py');
    const chat = await openFixture('chat.ts');
    await withSettings({ commercialProduct: true }, async () => {
      await waitForDiagnostics(image.uri, (d) => d.length === 1 && d[0]!.severity === ERROR, 'an error');
      await waitForDiagnostics(chat.uri, (d) => d.some((x) => x.code === 'threshold' && x.severity === WARNING), 'a threshold warning');
    });
    await waitForDiagnostics(image.uri, (d) => d.length === 1 && d[0]!.severity === WARNING, 'the warning back');
  });

  it('severity per rule: api-only set to none disappears', async () => {
    const chat = await openFixture('chat.ts');
    await withSettings({ severity: { 'api-only': 'none' } }, async () => {
      const diagnostics = await waitForDiagnostics(chat.uri, (d) => d.length > 0 && !codesOf(d).includes('api-only'), 'no api-only');
      // GPT-4o's next rule (its terms limit the use of outputs) now speaks for it.
      assert.ok(codesOf(diagnostics).includes('threshold'));
    });
  });

  it('deniedModels makes a model an error', async () => {
    const chat = await openFixture('chat.ts');
    await withSettings({ deniedModels: ['gpt-4o'] }, async () => {
      await waitForDiagnostics(chat.uri, (d) => d.some((x) => x.code === 'denied-model' && x.severity === ERROR), 'denied-model');
    });
  });

  it('allowedLicenses silences a license', async () => {
    const image = await openFixture('image.py');
    await withSettings({ allowedLicenses: ['flux-1-dev-non-commercial-license'] }, async () => {
      await waitForDiagnostics(image.uri, (d) => d.length === 0, 'no diagnostics for an allowed license');
    });
  });

  it('exclude globs leave files out of the editor too', async () => {
    const image = await openFixture('image.py');
    await waitForDiagnostics(image.uri, (d) => d.length === 1, 'the warning');
    await withSettings({ exclude: ['*.py'] }, async () => {
      await waitForDiagnostics(image.uri, (d) => d.length === 0, 'no diagnostics for an excluded file');
    });
  });

  it('diagnostics.enabled false clears them', async () => {
    const image = await openFixture('image.py');
    await waitForDiagnostics(image.uri, (d) => d.length === 1, 'the warning');
    await withSettings({ 'diagnostics.enabled': false }, async () => {
      await waitForDiagnostics(image.uri, (d) => d.length === 0, 'no diagnostics');
    });
  });
});
