// The report and export commands in plain Node over a stand-in `vscode`: a failure is one error line with the
// details in the output channel, and an export never replaces a file without asking.
import { fake } from './fake-vscode';
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { createFileAnalyzers } from '../../../src/core/analyzers';
import { DEFAULT_POLICY } from '../../../src/core/assess/policy';
import { loadDatasetFile } from '../../../src/core/dataset/load-file';
import { createEngine } from '../../../src/core/engine';
import type { ScanResult } from '../../../src/core/finding';
import { scanFolder } from '../../../src/core/scan/scan';
import { createLog } from '../../../src/vscode/log';
import { showReport, type ReportDependencies } from '../../../src/vscode/report-command';
import { EXPORT_REPORT_COMMAND, registerExportCommand } from '../../../src/vscode/report-export';

const DATASET = join(__dirname, '../../fixtures/datasets/mini.json');

describe('report and export commands: failures and overwrites', () => {
  const folder = mkdtempSync(join(tmpdir(), 'all-report-failures-'));
  const { view } = loadDatasetFile(DATASET);
  let result: ScanResult;
  const exportReport = (...args: unknown[]) => fake.commands.get(EXPORT_REPORT_COMMAND)!(...args) as Promise<string | undefined>;

  before(async () => {
    writeFileSync(join(folder, 'app.py'), 'm = AutoModel.from_pretrained("deepseek-ai/DeepSeek-R1")\n');
    const engine = createEngine({ dataset: view, policy: DEFAULT_POLICY });
    result = await scanFolder(folder, engine, { fileAnalyzers: createFileAnalyzers(engine) });
    registerExportCommand(() => ({ results: [result], dataset: view }), createLog([]));
  });
  beforeEach(() => fake.reset());
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('a failing workspace report shows one error line; the stack goes to the output channel', async () => {
    fake.workspaceFolders = [{ uri: vscode.Uri.file(folder), name: 'ws', index: 0 }];
    const failure = new Error("EACCES: permission denied, scandir '/ws/private'\nmore detail on a second line");
    const dependencies = {
      host: { scopeFor: () => Promise.reject(failure) },
      log: createLog([]),
      statusBar: { showWorkspace: () => assert.fail('no status for a failed report') },
      view: { show: () => assert.fail('no view for a failed report') },
    } as unknown as ReportDependencies;
    assert.equal(await showReport(dependencies), undefined);
    assert.deepEqual(fake.shown, [
      { kind: 'error', message: "AI License Lens: the workspace report failed: EACCES: permission denied, scandir '/ws/private'", modal: false },
    ]);
    assert.ok(fake.channel.some((line) => line.startsWith('the workspace report failed\nError: EACCES') && line.includes('report-failures.test.ts')), 'the stack is in the output channel');
  });

  it('an export to an existing file asks first, and leaves the file alone unless the user says Replace', async () => {
    const target = join(folder, 'notes.md');
    writeFileSync(target, 'my notes\n');
    assert.equal(await exportReport('markdown', target), undefined);
    assert.deepEqual(fake.shown, [{ kind: 'warning', message: 'notes.md already exists. Replace it?', modal: true }]);
    assert.equal(readFileSync(target, 'utf8'), 'my notes\n');

    fake.reset();
    fake.modalAnswer = 'Replace';
    assert.equal(await exportReport('markdown', target), target);
    assert.match(readFileSync(target, 'utf8'), /^# AI License Lens report/);
  });

  it('a new file is written without a question; without a path the save dialog (which asks itself) is used', async () => {
    const target = join(folder, 'new.sarif');
    assert.equal(await exportReport('sarif', target), target);
    assert.ok(!fake.shown.some((shown) => shown.modal));
    assert.equal(fake.saveDialogs, 0);

    fake.reset();
    assert.equal(await exportReport('json'), undefined, 'the dialog was cancelled');
    assert.equal(fake.saveDialogs, 1);
  });

  it('a failed export write shows one error line; the details go to the output channel', async () => {
    const blocker = join(folder, 'a-file');
    writeFileSync(blocker, 'x');
    assert.equal(await exportReport('json', join(blocker, 'report.json')), undefined);
    const errors = fake.shown.filter((shown) => shown.kind === 'error');
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.message, /^AI License Lens: could not save the JSON report to .*report\.json: ENOTDIR[^\n]*$/);
    assert.ok(fake.channel.some((line) => line.includes('\n')), 'the stack is in the output channel');
  });
});
