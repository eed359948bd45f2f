// The Problems panel lists our findings with the rule as code, and the lightbulb offers the quick fixes.
import assert from 'node:assert/strict';
import { session } from './session.mjs';
import { openFile, problemsText, readUntil, resetWorkbench, runCommand, screenshot } from './ui.mjs';

describe('e2e problems: findings and quick fixes', () => {
  afterEach(() => resetWorkbench(session().page));

  it('lists the non-commercial warning with its rule', async () => {
    const { page } = session();
    await openFile(page, 'chat.ts');
    await openFile(page, 'image.py');
    const text = await problemsText(page, { until: /FLUX\.1-dev.*non-commercial/s, deadlineMs: 30_000 });
    assert.match(text, /FLUX\.1-dev — FLUX\.1 \[dev\] Non-Commercial License: commercial use not allowed/);
    assert.match(text, /AI License Lens\s*\(?non-commercial\)?/);
    await screenshot(page, 'problems-panel');
  });

  it('offers the quick fixes in the Quick Fix menu', async () => {
    const { page } = session();
    await openFile(page, 'image.py');
    await problemsText(page, { until: /non-commercial/, deadlineMs: 30_000 });
    // Put the cursor inside the id (line 5, column 45) through Quick Open's ":line:column", then run Quick Fix.
    await page.locator('.editor-instance .view-lines').first().click();
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill(':5:45');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5000 });
    // The widget itself has no size of its own; its rows do.
    const rows = page.locator('.action-widget .monaco-list-row');
    const text = await readUntil(async () => {
      if (!(await rows.first().isVisible())) {
        await runCommand(page, 'Quick Fix...');
        await rows.first().waitFor({ state: 'visible', timeout: 3000 }).catch(() => {});
      }
      return (await rows.allInnerTexts()).join(' | ').replace(/\s+/g, ' ');
    }, /Replace with .*Open the license/s, { deadlineMs: 20_000 });
    await screenshot(page, 'quick-fixes');
    assert.match(text, /Replace with /);
    assert.match(text, /Open the license: FLUX\.1 \[dev\] Non-Commercial License/);
    assert.match(text, /Suppress "non-commercial" here, with a reason/);
    assert.match(text, /Allow the license "flux-1-dev-non-commercial-license" in \.ai-license-lens\.json/);
  });
});
