// Helpers that drive the real VS Code web workbench like a person does, for the e2e specs. They lean on VS
// Code's internal DOM classes (.monaco-hover, .markers-panel, .quick-input-widget ...), which is why the
// harness pins one VS Code version (test/harness/config.mjs). Every wait has a deadline; none is a fixed sleep.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../harness/config.mjs';

const DEFAULT_DEADLINE_MS = 15_000;

/** Where screenshots go: $E2E_SCREENSHOT_DIR, or test-results/screenshots in the repository. */
export const SCREENSHOT_DIR = path.resolve(REPO_ROOT, process.env.E2E_SCREENSHOT_DIR || 'test-results/screenshots');

const collapse = (text) => text.replace(/\u00a0/g, ' ').replace(/[ \t]+/g, ' ').trim();

/**
 * Reads `read()` until its text matches `until` (a RegExp or a predicate) or the deadline passes, and returns
 * the last text either way: the caller's assertion then shows what was on screen.
 */
export async function readUntil(read, until = /\S/, { deadlineMs = DEFAULT_DEADLINE_MS, everyMs = 200 } = {}) {
  const matches = typeof until === 'function' ? until : (text) => until.test(text);
  const end = Date.now() + deadlineMs;
  let text = '';
  for (;;) {
    text = await read().catch(() => '');
    if (matches(text) || Date.now() > end) return text;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** Waits until the workbench has rendered and the extension host has connected (the status bar shows). */
export async function waitForWorkbench(page, { deadlineMs = 60_000 } = {}) {
  await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: deadlineMs });
  await page.waitForSelector('.explorer-folders-view, .explorer-viewlet', { timeout: deadlineMs });
}

/** Saves a full-window screenshot as <SCREENSHOT_DIR>/<name>.png and returns its path. */
export async function screenshot(page, name) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Closes whatever quick input, hover or menu is open. */
export async function dismiss(page) {
  // Focus inside a webview's iframe would swallow the next shortcut (F1): hand it back to the workbench.
  await page.evaluate(() => { if (document.activeElement instanceof HTMLIFrameElement) document.activeElement.blur(); });
  await page.mouse.move(2, 2);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
}

/**
 * Opens a quick input with `shortcut`, types `text`, waits for a row whose label contains `rowText`, and
 * accepts it. Retries while the workbench is still settling (keys pressed during startup can get lost).
 */
async function pickFromQuickInput(page, shortcut, text, rowText, { deadlineMs = DEFAULT_DEADLINE_MS } = {}) {
  const widget = page.locator('.quick-input-widget');
  const row = widget.locator('.quick-input-list .monaco-list-row', { hasText: rowText }).first();
  const end = Date.now() + deadlineMs;
  for (let attempt = 1; ; attempt++) {
    try {
      await dismiss(page);
      await page.keyboard.press(shortcut);
      await widget.locator('input').waitFor({ state: 'visible', timeout: 3000 });
      await widget.locator('input').fill(text);
      await row.waitFor({ state: 'visible', timeout: 5000 });
      await row.click();
      await widget.waitFor({ state: 'hidden', timeout: 3000 });
      return;
    } catch (error) {
      if (Date.now() > end) throw new Error(`quick input: no "${rowText}" for "${text}" after ${attempt} attempts (${error.message.split('\n')[0]})`);
    }
  }
}

/** Opens a workspace file through Quick Open (Ctrl+P) and waits until its editor is active. */
export async function openFile(page, relativePath) {
  const name = path.posix.basename(relativePath);
  await pickFromQuickInput(page, 'Control+P', relativePath, name);
  await page.locator(`.tabs-container .tab.active[data-resource-name="${name}"], .tabs-container .tab.active:has-text("${name}")`)
    .first().waitFor({ state: 'visible', timeout: DEFAULT_DEADLINE_MS });
  await page.locator('.editor-instance .view-lines').first().waitFor({ state: 'visible', timeout: DEFAULT_DEADLINE_MS });
}

/** Runs a command by its title from the Command Palette (F1), e.g. 'Developer: Show Running Extensions'. */
export async function runCommand(page, title) {
  await pickFromQuickInput(page, 'F1', `>${title}`, title);   // the '>' keeps the palette in command mode
}

/**
 * Searches the Extensions view for installed extensions matching `query` and returns the list's text (name,
 * version, description of each match). Works offline: `@installed` never asks the marketplace.
 */
export async function installedExtensionsText(page, query, { until = /\S/, deadlineMs = DEFAULT_DEADLINE_MS } = {}) {
  await runCommand(page, 'Extensions: Show Installed Extensions');
  const search = page.locator('.extensions-viewlet .suggest-input-container .monaco-editor').first();
  await search.waitFor({ state: 'visible', timeout: deadlineMs });
  await search.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(`@installed ${query}`);
  const list = page.locator('.extensions-viewlet .extensions-list');
  return readUntil(async () => (await list.innerText()).trim(), until, { deadlineMs });
}

/** The text of the editor's visible lines (Monaco renders only what is on screen). */
export async function editorText(page) {
  const lines = await page.locator('.editor-instance .view-lines .view-line').allInnerTexts();
  return lines.map((line) => line.replace(/\u00a0/g, ' ')).join('\n');
}

/** Centre of the first visible occurrence of `text` in the editor; Monaco splits a line into token spans. */
function locateText(text) {
  for (const line of document.querySelectorAll('.editor-instance .view-line')) {
    const index = line.textContent.replace(/\u00a0/g, ' ').indexOf(text);
    if (index < 0) continue;
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let node;
    let offset = 0;
    while ((node = walker.nextNode())) {
      const length = node.textContent.length;
      if (offset <= index && index < offset + length) range.setStart(node, index - offset);
      if (offset < index + text.length && index + text.length <= offset + length) { range.setEnd(node, index + text.length - offset); break; }
      offset += length;
    }
    const box = range.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
  return null;
}

/**
 * Hovers the first visible occurrence of `text` in the active editor and returns the `.monaco-hover` text once
 * it matches `until` (default: any text). Hovers again while it does not: the extension may still be activating.
 */
export async function hoverText(page, text, { until = /\S/, deadlineMs = 20_000 } = {}) {
  const hover = page.locator('.monaco-hover:visible');
  const wanted = typeof until === 'function' ? until : (value) => until.test(value);
  // Providers answer one by one; wait until none of them is still "(loading...)".
  const matches = (value) => wanted(value) && !/loading\.\.\./i.test(value);
  const end = Date.now() + deadlineMs;
  let content = '';
  while (Date.now() < end) {
    const at = await page.evaluate(locateText, text);
    if (!at) throw new Error(`"${text}" is not visible in the editor`);
    await dismiss(page);
    await page.mouse.move(at.x, at.y, { steps: 4 });
    try {
      await hover.first().waitFor({ state: 'visible', timeout: 3000 });
    } catch {
      continue;   // no hover yet: move away and hover again
    }
    content = await readUntil(async () => collapse((await hover.allInnerTexts()).join('\n')), matches,
      { deadlineMs: Math.min(3000, Math.max(0, end - Date.now())) });
    if (matches(content)) return content;
  }
  return content;
}

/** Opens the Problems panel (if it is not open) and returns its text once it matches `until`. */
export async function problemsText(page, { until = /\S/, deadlineMs = DEFAULT_DEADLINE_MS } = {}) {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) {
    await dismiss(page);
    await runCommand(page, 'View: Focus Problems');
  }
  await panel.waitFor({ state: 'visible', timeout: deadlineMs });
  return readUntil(async () => collapse(await panel.innerText()), until, { deadlineMs });
}

/**
 * Returns the text of the visible webview (the report view, a Markdown preview ...). A webview is an iframe
 * (`iframe.webview`) that hosts the content in a second iframe (`#active-frame`).
 */
export async function webviewText(page, { until = /\S/, deadlineMs = DEFAULT_DEADLINE_MS } = {}) {
  const body = page.frameLocator('iframe.webview.ready >> visible=true').first()
    .frameLocator('iframe#active-frame').locator('body');
  return readUntil(async () => collapse(await body.innerText({ timeout: 1000 })), until, { deadlineMs });
}

/**
 * Returns the text of the notifications: the toasts on screen, or else the notification centre, where VS Code
 * puts notifications that arrived silently.
 */
export async function notificationsText(page, { until = /\S/, deadlineMs = DEFAULT_DEADLINE_MS } = {}) {
  const read = async () => {
    const toasts = collapse((await page.locator('.notifications-toasts').allInnerTexts()).join('\n'));
    if (toasts) return toasts;
    const center = page.locator('.notifications-center');
    if (!(await center.isVisible())) await runCommand(page, 'Notifications: Show Notifications');
    return collapse(await center.innerText());
  };
  return readUntil(read, until, { deadlineMs });
}

/** Back to the workbench as it opened: the Explorer, no open editors, panel, quick inputs or hovers. */
export async function resetWorkbench(page) {
  await dismiss(page);
  await runCommand(page, 'View: Close All Editors');
  if (await page.locator('.part.panel').isVisible()) await runCommand(page, 'View: Hide Panel');
  if (!(await page.locator('.explorer-folders-view').isVisible())) await runCommand(page, 'View: Show Explorer');
}
