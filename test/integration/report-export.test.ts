// The report view's export buttons run the internal command aiLicenseLens.exportReport(format). Given a target
// path (as here) it skips the save dialog, so each format is written to a temp folder and its content checked.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension } from './support/editor';

const EXPORT = 'aiLicenseLens.exportReport';

/** The default file name of each format (REPORT_EXTENSIONS) and what its content must show. */
const FORMATS: Record<string, { file: string; check: (text: string) => void }> = {
  markdown: { file: 'ai-license-lens-report.md', check: (text) => assert.match(text, /^# AI License Lens report/m) },
  json: { file: 'ai-license-lens-report.json', check: (text) => assert.ok(Array.isArray(JSON.parse(text).findings), 'findings array') },
  html: { file: 'ai-license-lens-report.html', check: (text) => assert.match(text, /^<!doctype html>/i) },
  cyclonedx: { file: 'ai-license-lens-report.cdx.json', check: (text) => assert.equal(JSON.parse(text).bomFormat, 'CycloneDX') },
  spdx: { file: 'ai-license-lens-report.spdx.json', check: (text) => assert.ok('@context' in JSON.parse(text), 'SPDX 3 @context') },
  sarif: { file: 'ai-license-lens-report.sarif', check: (text) => assert.equal(JSON.parse(text).version, '2.1.0') },
};

describe('report export: every format through the export command', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-license-lens-report-export-'));

  before(async () => {
    await activateExtension();
    const results = await vscode.commands.executeCommand<unknown[]>('aiLicenseLens.showReport');
    assert.ok(Array.isArray(results) && results.length === 1, 'the workspace report ran');
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  for (const [format, { file, check }] of Object.entries(FORMATS)) {
    it(`writes the ${format} report`, async () => {
      const target = path.join(folder, file);
      const written = await vscode.commands.executeCommand<string | undefined>(EXPORT, format, target);
      assert.equal(written, target);
      const text = fs.readFileSync(target, 'utf8');
      check(text);
      assert.match(text, /FLUX\.1-dev/, 'the report names the fixture models');
    });
  }

  it('refuses a format it does not know, and writes nothing', async () => {
    const target = path.join(folder, 'unknown.txt');
    assert.equal(await vscode.commands.executeCommand(EXPORT, 'pdf', target), undefined);
    assert.equal(await vscode.commands.executeCommand(EXPORT, { format: 'json' }, target), undefined);
    assert.equal(fs.existsSync(target), false);
  });

  it('reports a failed write and returns nothing', async () => {
    const blocker = path.join(folder, 'a-file');
    fs.writeFileSync(blocker, 'not a folder\n');
    const target = path.join(blocker, 'report.sarif');
    assert.equal(await vscode.commands.executeCommand(EXPORT, 'sarif', target), undefined);
    assert.equal(fs.readFileSync(blocker, 'utf8'), 'not a folder\n');
  });
});
