// The status bar counts models and warnings of the open files, then of the workspace once the report command
// has scanned it; the command returns its scan results.
import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { ScanResult } from '../../src/core/finding';
import { activateExtension, openFixture, waitForDiagnostics } from './support/editor';

describe('status bar and workspace report', () => {
  before(activateExtension);

  it('activates quickly: the features and the dataset load after activate returns', async () => {
    const api = await activateExtension();
    assert.equal(typeof api.activationMs, 'number');
    // A figure for the log, not an assertion: timings belong in benchmarks.
    console.log(`      activate() took ${api.activationMs.toFixed(2)} ms`);
  });

  it('counts the models and warnings of the open files', async () => {
    const api = await activateExtension();
    const document = await openFixture('image.py');
    await waitForDiagnostics(document.uri, (d) => d.length === 1, 'the FLUX.1 [dev] warning');
    assert.match(api.statusText(), /^\$\(law\) \d+ AI models?, \d+ warnings?$/);
  });

  it('scans the workspace, and the status bar then counts the workspace', async () => {
    const api = await activateExtension();
    const results = await vscode.commands.executeCommand<ScanResult[]>('aiLicenseLens.showReport');
    assert.ok(Array.isArray(results) && results.length === 1);
    const [result] = results;
    const files = new Set(result!.findings.map((finding) => finding.file));
    for (const file of ['image.py', 'chat.ts', 'config.yaml', 'main.go', 'research.ipynb']) assert.ok(files.has(file), `${file} not in the report`);
    assert.ok(
      result!.findings.some((finding) => finding.kind === 'model-card' && finding.file === 'models/support-bot/MODEL_CARD.md'),
      'the model card is in the report',
    );
    const distinct = result!.models.length;
    assert.match(api.statusText(), new RegExp(`^\\$\\(law\\) ${distinct} AI models, \\d+ warnings$`));
  });
});
