// The real workbench loads the fixture workspace, a file opens through Quick Open, and the packaged extension
// is installed and running. Feature specs go next to this file as *.spec.mjs; run-e2e.mjs picks them up.
import assert from 'node:assert/strict';
import { session } from './session.mjs';
import { editorText, openFile, readUntil, resetWorkbench, runCommand, screenshot, webviewText } from './ui.mjs';

describe('e2e smoke: the real workbench with the packaged extension', () => {
  afterEach(() => resetWorkbench(session().page));

  it('opens a fixture file through Quick Open', async () => {
    const { page } = session();
    await openFile(page, 'app.py');
    const text = await readUntil(() => editorText(page), /deepseek-ai\/DeepSeek-R1/);
    assert.match(text, /AutoModel\.from_pretrained\("deepseek-ai\/DeepSeek-R1"\)/);
    await screenshot(page, 'smoke-editor');
  });

  it('lists AI License Lens among the running extensions', async () => {
    const { page } = session();
    await openFile(page, 'app.py');   // a Python file activates the extension (onLanguage:python)
    await runCommand(page, 'Developer: Show Running Extensions');
    const running = page.locator('.runtime-extensions-editor');
    const text = await readUntil(() => running.innerText(), /AI License Lens/);
    assert.match(text, /AI License Lens/);
    await screenshot(page, 'smoke-running-extensions');
  });

  it('reads the text of a webview (the Markdown preview of the workspace README)', async () => {
    const { page } = session();
    await openFile(page, 'README.md');
    await runCommand(page, 'Markdown: Open Preview');
    const text = await webviewText(page, { until: /Integration test workspace/ });
    assert.match(text, /Integration test workspace/);
  });
});
