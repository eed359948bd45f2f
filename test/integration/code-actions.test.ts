// Quick fixes through VS Code's code-action command, applied with workspace.applyEdit or their command. Edits
// go to untitled copies; the allow-list fix writes .ai-license-lens.json and the suite removes it again.
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, codesOf, fixtureUri, openUntitled, waitForDiagnostics } from './support/editor';

const FLUX_LINE = 'pipe = FluxPipeline.from_pretrained("black-forest-labs/FLUX.1-dev")';

/**
 * Our quick fixes for the first diagnostic with `code`. VS Code's getCodeActions cancels a request, and hands back
 * no actions, when the model's content or the registered code-action providers change meanwhile (an extension
 * activating): the lightbulb asks again, and so does this, until the deadline. Seen once in ~25 runs in CI.
 */
async function quickFixesFor(document: vscode.TextDocument, code: string, timeoutMs = 10_000): Promise<vscode.CodeAction[]> {
  const [diagnostic] = await waitForDiagnostics(document.uri, (d) => codesOf(d).includes(code), code);
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', document.uri, diagnostic!.range, vscode.CodeActionKind.QuickFix.value,
    );
    const forCode = actions.filter((action) => action.diagnostics?.some((d) => d.code === code) ?? true);
    if (forCode.length > 0 || Date.now() > deadline) return forCode;
    await new Promise((resolve) => setTimeout(resolve, Math.min(50 * 2 ** attempt, 1_000)));
  }
}

function titled(actions: vscode.CodeAction[], pattern: RegExp): vscode.CodeAction {
  const action = actions.find((candidate) => pattern.test(candidate.title));
  assert.ok(action, `no quick fix ${pattern} among ${JSON.stringify(actions.map((a) => a.title))}`);
  return action;
}

describe('quick fixes', () => {
  before(activateExtension);

  it('offers to open the license, suppress, allow, and replace with a permissive alternative', async () => {
    const document = await openUntitled('python', `${FLUX_LINE}\n`);
    const actions = await quickFixesFor(document, 'non-commercial');
    const open = titled(actions, /^Open the license: FLUX\.1 \[dev\] Non-Commercial License$/);
    // VS Code hands `vscode.open` back under its internal alias.
    assert.match(String(open.command?.command), /^(vscode|_workbench)\.open$/);
    assert.match(String(open.command?.arguments?.[0]), /^https:/);
    titled(actions, /^Suppress "non-commercial" here, with a reason/);
    titled(actions, /^Allow the license "flux-1-dev-non-commercial-license" in \.ai-license-lens\.json$/);
    titled(actions, /^Allow the model "black-forest-labs\/FLUX\.1-dev" in \.ai-license-lens\.json$/);
    titled(actions, /^Replace with /);
  });

  it('offers the Hub model card for an unknown model, and no replacement', async () => {
    const document = await openUntitled('python', 'AutoModel.from_pretrained("acme-labs/secret-model-7b")\n');
    const actions = await quickFixesFor(document, 'unknown-model');
    const open = titled(actions, /^Open the model card on the Hub: acme-labs\/secret-model-7b$/);
    assert.equal(String(open.command?.arguments?.[0]), 'https://huggingface.co/acme-labs/secret-model-7b');
    assert.ok(!actions.some((action) => action.title.startsWith('Replace with')));
  });

  it('replace: swaps in an alternative whose terms allow commercial use', async () => {
    const document = await openUntitled('python', `${FLUX_LINE}\n`);
    const replace = titled(await quickFixesFor(document, 'non-commercial'), /^Replace with /);
    assert.ok(replace.edit, 'the replace fix carries an edit');
    assert.ok(await vscode.workspace.applyEdit(replace.edit));
    assert.doesNotMatch(document.getText(), /FLUX\.1-dev/);
    await waitForDiagnostics(document.uri, (d) => !codesOf(d).includes('non-commercial'), 'the warning gone');
  });

  it('suppress: inserts a comment with the reason, and the warning goes', async () => {
    const document = await openUntitled('python', `import torch\n    ${FLUX_LINE}\n`);
    const suppress = titled(await quickFixesFor(document, 'non-commercial'), /^Suppress/);
    const command = suppress.command!;
    // The reason is passed as the second argument instead of typed into the input box.
    assert.equal(await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []), 'evaluation only'), true);
    assert.equal(document.lineAt(1).text, '    # ai-license-lens-ignore: non-commercial -- evaluation only');
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'no diagnostics once suppressed');
  });

  it('suppress in Go uses // comments', async () => {
    // Go, not TypeScript: the code-action command would also wait for the TypeScript server to start.
    const document = await openUntitled('go', 'package main\n\nvar model = "gpt-4o"\n');
    const suppress = titled(await quickFixesFor(document, 'api-only'), /^Suppress/);
    await vscode.commands.executeCommand(suppress.command!.command, ...(suppress.command!.arguments ?? []), 'approved vendor');
    assert.equal(document.lineAt(2).text, '// ai-license-lens-ignore: api-only -- approved vendor');
  });

  describe('allow-list in .ai-license-lens.json', () => {
    const policyFile = () => fixtureUri('.ai-license-lens.json');
    const remove = async () => {
      await vscode.workspace.fs.delete(policyFile()).then(undefined, () => undefined);
    };
    before(remove);
    after(remove);

    it('creates the file, and the policy reloads', async () => {
      const document = await openUntitled('python', `${FLUX_LINE}\n`);
      const allow = titled(await quickFixesFor(document, 'non-commercial'), /^Allow the license/);
      assert.equal(await vscode.commands.executeCommand(allow.command!.command, ...(allow.command!.arguments ?? [])), true);
      const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(policyFile())));
      assert.deepEqual(written, { allowedLicenses: ['flux-1-dev-non-commercial-license'] });
      await waitForDiagnostics(document.uri, (d) => d.length === 0, 'no diagnostics once the license is allowed');
    });

    it('edits an existing file in place, keeping its comments', async () => {
      const before = '{\n  // reviewed by legal, 2026-11\n  "allowedLicenses": ["mit"]\n}\n';
      await vscode.workspace.fs.writeFile(policyFile(), new TextEncoder().encode(before));
      const folder = vscode.workspace.workspaceFolders![0]!.uri.toString();
      const target = { folder, key: 'allowedModels', value: 'black-forest-labs/FLUX.1-dev' };
      assert.equal(await vscode.commands.executeCommand('aiLicenseLens.addToAllowList', target), true);
      const after = new TextDecoder().decode(await vscode.workspace.fs.readFile(policyFile()));
      assert.match(after, /\/\/ reviewed by legal, 2026-11/);
      assert.match(after, /"allowedLicenses": \[\s*"mit"\s*\]/);
      assert.match(after, /"allowedModels": \[\s*"black-forest-labs\/FLUX\.1-dev"\s*\]/);
    });
  });
});
