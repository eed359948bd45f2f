// The real workbench loads the fixture workspace, a file opens through Quick Open, and the packaged extension
// is installed and running. Feature specs go next to this file as *.spec.mjs; run-e2e.mjs picks them up.
import assert from 'node:assert/strict';
import { session } from './session.mjs';
import { editorText, installedExtensionsText, openFile, readUntil, resetWorkbench, runCommand, screenshot, webviewText } from './ui.mjs';

describe('e2e smoke: the real workbench with the packaged extension', () => {
  afterEach(() => resetWorkbench(session().page));

  it('opens a fixture file through Quick Open', async () => {
    const { page } = session();
    await openFile(page, 'app.py');
    const text = await readUntil(() => editorText(page), /deepseek-ai\/DeepSeek-R1/);
    assert.match(text, /AutoModel\.from_pretrained\("deepseek-ai\/DeepSeek-R1"\)/);
    await screenshot(page, 'smoke-editor');
  });

  it('has AI License Lens installed', async () => {
    const { page } = session();
    const text = await installedExtensionsText(page, 'AI License Lens', { until: /AI License Lens/ });
    assert.match(text, /AI License Lens/);
    await screenshot(page, 'smoke-installed-extension');
  });

  it('reads the text of a webview (the Markdown preview of the workspace README)', async () => {
    const { page } = session();
    await openFile(page, 'README.md');
    await runCommand(page, 'Markdown: Open Preview');
    const text = await webviewText(page, { until: /Integration test workspace/ });
    assert.match(text, /Integration test workspace/);
  });
});
