// The workspace report from the Command Palette: a webview with the summary and the models table, and the
// status bar item that counts the workspace afterwards.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { session } from './session.mjs';
import { readUntil, resetWorkbench, runCommand, screenshot, webviewText } from './ui.mjs';

describe('e2e report: Workspace AI Dependency Report', () => {
  afterEach(() => resetWorkbench(session().page));

  it('opens the report view with the summary and a table of the models', async () => {
    const { page } = session();
    await runCommand(page, 'AI License Lens: Workspace AI Dependency Report');
    // The export buttons come before the table; media/report.js adds those the page does not render.
    const text = await webviewText(page, { until: /Export SARIF[\s\S]*FLUX\.1-dev/, deadlineMs: 30_000 });
    assert.match(text, /Workspace AI dependency report/);
    assert.match(text, /\d+\s+models/);
    assert.match(text, /Commercial use/);
    assert.match(text, /Openness/);
    assert.match(text, /black-forest-labs\/FLUX\.1-dev/);
    assert.match(text, /image\.py:5/);
    for (const label of ['Markdown', 'JSON', 'HTML', 'CycloneDX', 'SPDX', 'SARIF']) assert.match(text, new RegExp(`Export ${label}\\b`));
    const frame = page.frameLocator('iframe.webview.ready >> visible=true').first().frameLocator('iframe#active-frame');
    assert.equal(await frame.locator('button[data-export]').count(), 6, 'one export button per report format');
    const status = await readUntil(async () => page.locator('.statusbar-item', { hasText: 'AI model' }).first().innerText(), /\d+ AI models?, \d+ warnings?/);
    assert.match(status, /\d+ AI models, \d+ warnings?/);
    await screenshot(page, 'report-view');
  });

  it('sorts the table and jumps to a location', async () => {
    const { page } = session();
    await runCommand(page, 'AI License Lens: Workspace AI Dependency Report');
    await webviewText(page, { until: /image\.py:5/, deadlineMs: 30_000 });
    const frame = page.frameLocator('iframe.webview.ready >> visible=true').first().frameLocator('iframe#active-frame');
    const firstModel = () => frame.locator('#models tbody tr').first().locator('td').first().innerText();
    await frame.locator('button.sort', { hasText: 'Model' }).click();
    const ascending = await readUntil(firstModel, /\S/);
    await frame.locator('button.sort', { hasText: 'Model' }).click();
    const descending = await readUntil(firstModel, (text) => text !== ascending);
    assert.notEqual(descending, ascending, 'a second click reverses the order');
    await frame.locator('a.location', { hasText: 'image.py:5' }).click();
    const tab = page.locator('.tabs-container .tab.active', { hasText: 'image.py' });
    await tab.waitFor({ state: 'visible', timeout: 15_000 });
    const cursor = await readUntil(async () => page.locator('.statusbar-item', { hasText: /^Ln \d+, Col \d+/ }).first().innerText(), /Ln 5, Col 38/);
    assert.match(cursor, /Ln 5, Col 38/);
  });
});

describe('e2e report export: a save dialog that asks before replacing', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-license-lens-export-'));
  const target = path.join(folder, 'report.md');
  afterEach(() => resetWorkbench(session().page));
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  /** Clicks an export button and types the target into the save dialog (the workbench's own file dialog). */
  async function exportTo(page, file) {
    const frame = page.frameLocator('iframe.webview.ready >> visible=true').first().frameLocator('iframe#active-frame');
    await frame.locator('button[data-export="markdown"]').click();
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    // The dialog fills in its default path after it opens; type ours once it has.
    await readUntil(() => input.inputValue(), /ai-license-lens-report\.md$/);
    await input.fill(file);
    await readUntil(() => input.inputValue(), (value) => value === file);
    // The dialog first lists the typed folder; OK then accepts the file name, or the dialog asks before
    // replacing an existing file. Press OK (only on the path page) until one of the two happens.
    const widget = page.locator('.quick-input-widget');
    return readUntil(async () => {
      if (!(await widget.isVisible())) return 'closed';
      const text = await widget.innerText();
      if (/already exists/i.test(text)) return text;
      if ((await input.inputValue()) === file) await widget.getByRole('button', { name: 'OK' }).click({ timeout: 2000 }).catch(() => {});
      return '';
    }, /closed|already exists/i);
  }

  it('writes the Markdown report, and a second export asks before replacing it', async () => {
    const { page } = session();
    await runCommand(page, 'AI License Lens: Workspace AI Dependency Report');
    await webviewText(page, { until: /Export Markdown/, deadlineMs: 30_000 });
    assert.equal(await exportTo(page, target), 'closed');
    const written = await readUntil(async () => (fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : ''), /# AI License Lens report/);
    assert.match(written, /FLUX\.1-dev/);
    fs.writeFileSync(target, 'kept\n');
    const question = await exportTo(page, target);
    assert.match(question, /report\.md already exists\. Are you sure you want to overwrite it\?/);
    await screenshot(page, 'report-export-asks-before-replacing');
    const widget = page.locator('.quick-input-widget');
    await readUntil(async () => {
      if (await widget.isVisible()) await widget.getByRole('button', { name: 'Cancel' }).click({ timeout: 2000 }).catch(() => {});
      return (await widget.isVisible()) ? '' : 'closed';
    }, /closed/);
    assert.equal(fs.readFileSync(target, 'utf8'), 'kept\n', 'nothing was overwritten');
  });
});
