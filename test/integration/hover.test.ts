// Hovers through VS Code's own hover command, on fixtures of several languages and a notebook cell.
import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri, hoverText, openFixture, positionOf, withSettings } from './support/editor';

describe('hover: what a developer sees on a model id', () => {
  before(activateExtension);

  const cases: Array<{ file: string; id: string; expect: RegExp[] }> = [
    {
      file: 'image.py',
      id: 'black-forest-labs/FLUX.1-dev',
      expect: [/FLUX\.1/, /License: \[FLUX\.1 \\\[dev\\\] Non-Commercial License\]\(https:/, /Commercial use not allowed/, /Openness: \*\*/, /Memory to run locally \(12B parameters\)/, /Sources.*\(checked \d{4}-\d{2}-\d{2}\)/],
    },
    {
      file: 'chat.ts',
      id: 'meta-llama/Llama-3.1-8B-Instruct',
      expect: [/Meta.*\(US\)/, /Llama 3\.1 Community License/, /Commercial use allowed with conditions/, /700/, /weights \w+ · inference code \w+ · training code \w+ · training data \w+ · paper \w+/],
    },
    { file: 'chat.ts', id: 'gpt-4o', expect: [/API only: prompts leave your machine \(sent to OpenAI\)/] },
    { file: 'config.yaml', id: 'mistralai/Mistral-7B-Instruct-v0.3', expect: [/Apache License 2\.0/, /Commercial use allowed\*\*/] },
    { file: 'main.go', id: 'claude-sonnet-4-20250514', expect: [/Anthropic/, /prompts leave your machine/] },
    { file: 'Modelfile', id: 'llama3.1:8b', expect: [/written as llama3\.1:8b/, /Llama 3\.1 Community License/] },
    { file: 'models/support-bot/MODEL_CARD.md', id: 'llama3.1', expect: [/\*\*Model card\*\*/, /License: \[Llama 3\.1 Community License Agreement\]/, /Commercial use allowed with conditions/] },
    { file: 'unknown.py', id: 'acme-labs/secret-model-7b', expect: [/not in the AI License Lens dataset/, /model card/, /LICENSE file/] },
    { file: 'suppressed.py', id: 'black-forest-labs/FLUX.1-dev', expect: [/suppressed in this file: internal evaluation only, never shipped/] },
  ];
  for (const { file, id, expect } of cases) {
    it(`${file}: ${id}`, async () => {
      const document = await openFixture(file);
      const text = await hoverText(document, positionOf(document, id));
      for (const pattern of expect) assert.match(text, pattern);
    });
  }

  it('hover.enabled false turns the hover off', async () => {
    const document = await openFixture('image.py');
    await withSettings({ 'hover.enabled': false }, async () => {
      assert.doesNotMatch(await hoverText(document, positionOf(document, 'black-forest-labs/FLUX.1-dev')), /Commercial use/);
    });
    assert.match(await hoverText(document, positionOf(document, 'black-forest-labs/FLUX.1-dev')), /Commercial use not allowed/);
  });

  it('shows nothing away from a model id', async () => {
    const document = await openFixture('image.py');
    assert.equal(await hoverText(document, positionOf(document, 'torch_dtype')), '');
  });

  it('works in a notebook cell', async () => {
    const notebook = await vscode.workspace.openNotebookDocument(fixtureUri('research.ipynb'));
    const cell = notebook.getCells().find((candidate) => candidate.kind === vscode.NotebookCellKind.Code);
    assert.ok(cell, 'the fixture notebook has a code cell');
    const text = await hoverText(cell.document, positionOf(cell.document, 'black-forest-labs/FLUX.1-dev'));
    assert.match(text, /Commercial use not allowed/);
  });

  it('a library name, a hosted API id and a publisher API id, in an unsaved buffer', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'python',
      content: [
        'asr = whisper.load_model("large-v3")',
        'bedrock.invoke_model(modelId="meta.llama3-1-70b-instruct-v1:0", body=body)',
        'co.chat(model="command-r-08-2024", message="hi")',
        '',
      ].join('\n'),
    });
    const whisperHover = await hoverText(document, positionOf(document, 'large-v3'));
    assert.match(whisperHover, /openai\/whisper-large-v3/);
    assert.match(whisperHover, /Commercial use allowed\*\*/);
    const bedrockHover = await hoverText(document, positionOf(document, 'meta.llama3'));
    assert.match(bedrockHover, /Llama 3\.1 Community License/);
    assert.match(bedrockHover, /Hosted API id \(Amazon Bedrock\): prompts leave your machine/);
    const cohereHover = await hoverText(document, positionOf(document, 'command-r-08-2024'));
    assert.match(cohereHover, /Cohere SaaS Agreement/);
    assert.match(cohereHover, /the API's terms apply, not the weights' license/);
  });

  it('keeps a hostile id as text in an untrusted hover', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'python',
      content: 'from transformers import AutoModel\nAutoModel.from_pretrained("evil/x](command:workbench.action.quit)")\n',
    });
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider', document.uri, positionOf(document, 'evil/x'),
    );
    for (const hover of hovers) {
      for (const content of hover.contents) {
        if (typeof content === 'string' || !('isTrusted' in content)) continue;
        assert.ok(!content.isTrusted, 'a hover with file text must not be trusted');
        assert.doesNotMatch(content.value, /\]\(command:/);
      }
    }
  });
});

describe('code lens: what a file declares, at its top', () => {
  before(activateExtension);

  it('a model card shows its license and verdict on line 1', async () => {
    const document = await openFixture('models/support-bot/MODEL_CARD.md');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
    const titles = lenses.map((lens) => lens.command?.title ?? '');
    assert.ok(
      titles.some((title) => /^\$\(law\) Model card: .*Llama 3\.1 Community License Agreement — commercial use allowed with conditions$/.test(title)),
      JSON.stringify(titles),
    );
    assert.ok(lenses.every((lens) => lens.range.start.line === 0));
  });

  it('an ordinary source file gets none', async () => {
    const document = await openFixture('image.py');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
    assert.deepEqual(lenses.filter((lens) => lens.command?.title.startsWith('$(law)')), []);
  });
});
