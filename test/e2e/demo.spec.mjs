// The README's pictures, taken from the demo workspace `npm start` opens (examples/demo-workspace): the hover on
// a model id, the Problems panel and the workspace report. Runs last (run-e2e.mjs sorts demo*.spec.mjs after the
// others) in the same workbench, reloaded on the demo folder, and goes back to the fixture workspace afterwards.
// Each test saves a full-window screenshot and a cropped `readme-*.png`, the one copied into docs/images/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURE_WORKSPACE, REPO_ROOT } from '../harness/config.mjs';
import { openWorkspace, session } from './session.mjs';
import { hoverText, openFile, problemsText, readUntil, resetWorkbench, runCommand, SCREENSHOT_DIR, screenshot, webviewText } from './ui.mjs';

const DEMO_WORKSPACE = path.join(REPO_ROOT, 'examples', 'demo-workspace');

/** Saves the part of the window inside `box` (grown by `margin`, kept on screen) as <SCREENSHOT_DIR>/<name>.png. */
async function screenshotOf(page, name, box, margin = 12) {
  const size = page.viewportSize();
  const x = Math.max(0, Math.floor(box.x - margin));
  const y = Math.max(0, Math.floor(box.y - margin));
  const clip = { x, y, width: Math.min(size.width, Math.ceil(box.x + box.width + margin)) - x, height: Math.min(size.height, Math.ceil(box.y + box.height + margin)) - y };
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, clip });
  return file;
}

/** The smallest box around all the given boxes. */
function union(...boxes) {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
}

describe('e2e demo workspace: the README screenshots', () => {
  let viewport;
  // A taller window for these pictures: a hover may be at most about a quarter of the editor tall.
  before(async () => {
    viewport = session().page.viewportSize();
    await session().page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, 1300) });
    await openWorkspace(DEMO_WORKSPACE);
  });
  after(async () => {
    await session().page.setViewportSize(viewport);
    await openWorkspace(FIXTURE_WORKSPACE);
  });
  afterEach(() => resetWorkbench(session().page));

  it('hovers a conditional model id in services/chat/app.py', async () => {
    const { page } = session();
    await openFile(page, 'services/chat/app.py');
    const text = await hoverText(page, 'llama3.1:8b', { until: /Llama 3\.1 Community License/, deadlineMs: 40_000 });
    assert.match(text, /Llama-3\.1-8B-Instruct/);
    assert.match(text, /License: Llama 3\.1 Community License Agreement/);
    assert.match(text, /Openness: restricted-weight/);
    assert.match(text, /Sources.*\(checked \d{4}-\d{2}-\d{2}\)/);
    const hover = await page.locator('.monaco-hover:visible').first().boundingBox();
    const editor = await page.locator('.part.editor').boundingBox();
    await screenshot(page, 'demo-hover');
    // The editor's left edge to the hover's right edge, the hover and the line under it.
    await screenshotOf(page, 'readme-hover', union(hover, { x: editor.x, y: hover.y, width: 1, height: hover.height + 60 }));
  });

  it('hovers the DeepSeek distill and names its terms', async () => {
    const { page } = session();
    await openFile(page, 'services/chat/app.py');
    const text = await hoverText(page, 'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', { until: /MIT License/, deadlineMs: 40_000 });
    assert.match(text, /DeepSeek-R1-Distill-Qwen-7B/);
    assert.match(text, /License: MIT License/);
    const hover = await page.locator('.monaco-hover:visible').first().boundingBox();
    const editor = await page.locator('.part.editor').boundingBox();
    await screenshot(page, 'demo-hover-deepseek');
    await screenshotOf(page, 'readme-hover-deepseek', union(hover, { x: editor.x, y: hover.y - 60, width: 1, height: 1 }));
  });

  it('lists the findings of the chat service in the Problems panel', async () => {
    const { page } = session();
    await openFile(page, 'services/chat/app.py');
    const text = await problemsText(page, { until: /Qwen2\.5-3B-Instruct.*Llama-3\.1-8B-Instruct|Llama-3\.1-8B-Instruct.*Qwen2\.5-3B-Instruct/s, deadlineMs: 40_000 });
    assert.match(text, /Qwen2\.5-3B-Instruct — Qwen Research License Agreement: commercial use not allowed/);
    assert.match(text, /Llama-3\.1-8B-Instruct — Llama 3\.1 Community License Agreement: commercial use allowed with conditions/);
    assert.match(text, /GPT-4o — OpenAI Services Agreement and Terms of Use/);
    assert.match(text, /AI License Lens\s*\(?research-only\)?/);
    await screenshot(page, 'demo-problems');
    const panel = await page.locator('.part.panel').boundingBox();
    const editor = await page.locator('.part.editor').boundingBox();
    const lastRow = await page.locator('.markers-panel .monaco-list-row').last().boundingBox();
    // The rows of the panel and the bottom of the editor above it, where the squiggles are.
    const top = Math.max(editor.y, panel.y - 240);
    await screenshotOf(page, 'readme-problems', { x: panel.x, y: top, width: panel.width, height: lastRow.y + lastRow.height + 12 - top }, 0);
  });

  it('opens the workspace report on the demo', async () => {
    const { page } = session();
    await runCommand(page, 'AI License Lens: Workspace AI Dependency Report');
    const text = await webviewText(page, { until: /DeepSeek-R1-Distill-Qwen-7B/, deadlineMs: 40_000 });
    assert.match(text, /Workspace AI dependency report/);
    assert.match(text, /1\d\s+models/);
    assert.match(text, /black-forest-labs\/FLUX\.1-dev/);
    assert.match(text, /Qwen\/Qwen2\.5-3B-Instruct .*qwen-research/);
    assert.match(text, /app\.py:37/);
    await readUntil(async () => page.locator('.statusbar-item', { hasText: 'AI model' }).first().innerText(), /\d+ AI models?/);
    await screenshot(page, 'demo-report');
    // The summary and the first rows of the table (the whole report is too big for the README).
    const editor = await page.locator('.part.editor').boundingBox();
    await screenshotOf(page, 'readme-report', { ...editor, height: Math.min(editor.height, 760) }, 0);
  });
});
