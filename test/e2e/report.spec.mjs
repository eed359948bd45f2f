// The workspace report from the Command Palette: a webview with the summary and the models table, and the
// status bar item that counts the workspace afterwards.
import assert from 'node:assert/strict';
import { session } from './session.mjs';
import { readUntil, resetWorkbench, runCommand, screenshot, webviewText } from './ui.mjs';

describe('e2e report: Workspace AI Dependency Report', () => {
  afterEach(() => resetWorkbench(session().page));

  it('opens the report view with the summary and a table of the models', async () => {
    const { page } = session();
    await runCommand(page, 'AI License Lens: Workspace AI Dependency Report');
    const text = await webviewText(page, { until: /FLUX\.1-dev/, deadlineMs: 30_000 });
    assert.match(text, /Workspace AI dependency report/);
    assert.match(text, /\d+\s+models/);
    assert.match(text, /Commercial use/);
    assert.match(text, /Openness/);
    assert.match(text, /black-forest-labs\/FLUX\.1-dev/);
    assert.match(text, /image\.py:5/);
    assert.match(text, /Export Markdown/);
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
