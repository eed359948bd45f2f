// What a person sees when hovering a model id in the real workbench: the verdict, the license, the openness
// row, local vs API, memory and sources; screenshots for the README.
import assert from 'node:assert/strict';
import { session } from './session.mjs';
import { hoverText, openFile, readUntil, resetWorkbench, screenshot } from './ui.mjs';

describe('e2e hover: a model id in the editor', () => {
  afterEach(() => resetWorkbench(session().page));

  it('shows a non-commercial verdict with its license and openness', async () => {
    const { page } = session();
    await openFile(page, 'image.py');
    const text = await hoverText(page, 'black-forest-labs/FLUX.1-dev', { until: /Commercial use not allowed/ });
    assert.match(text, /FLUX\.1-dev · black-forest-labs\/FLUX\.1-dev — Black Forest Labs \(DE\)/);
    assert.match(text, /License: FLUX\.1 \[dev\] Non-Commercial License/);
    assert.match(text, /Commercial use not allowed/);
    assert.match(text, /Openness: restricted-weight/);
    assert.match(text, /weights \w+ · inference code \w+ · training code \w+ · training data \w+ · paper \w+/);
    assert.match(text, /Memory to run locally \(12B parameters\)/);
    assert.match(text, /Sources.*\(checked \d{4}-\d{2}-\d{2}\)/);
    assert.doesNotMatch(text, /\$\(|\\\[/, 'icons render as icons and escapes as plain characters');
    await screenshot(page, 'hover-non-commercial');
  });

  it('says an API-only model sends prompts away', async () => {
    const { page } = session();
    await openFile(page, 'chat.ts');
    const text = await hoverText(page, 'gpt-4o', { until: /prompts leave your machine/ });
    assert.match(text, /API only: prompts leave your machine \(sent to OpenAI\)/);
    await screenshot(page, 'hover-api-only');
  });

  it('is honest about an unknown model', async () => {
    const { page } = session();
    await openFile(page, 'unknown.py');
    const text = await hoverText(page, 'acme-labs/secret-model-7b', { until: /How to find out/ });
    assert.match(text, /How to find out/);
    await screenshot(page, 'hover-unknown-model');
  });
});

describe('e2e code lens: a model card says what it declares', () => {
  afterEach(() => resetWorkbench(session().page));

  it('shows the license and verdict above the front matter', async () => {
    const { page } = session();
    await openFile(page, 'models/support-bot/MODEL_CARD.md');
    const lens = page.locator('.editor-instance .codelens-decoration');
    const text = await readUntil(async () => (await lens.allInnerTexts()).join(' | '), /Model card:/, { deadlineMs: 30_000 });
    assert.match(text, /Model card: .*Llama 3\.1 Community License Agreement — commercial use allowed with conditions/);
    await hoverText(page, 'llama3.1', { until: /Model card/ });
    await screenshot(page, 'model-card-lens-and-hover');
  });
});
