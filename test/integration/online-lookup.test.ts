// The online lookup in a real extension host: off by default; on through the user's setting, an unknown Hub id
// of an open document is looked up on a local fake Hub (HF_ENDPOINT, 127.0.0.1) and the hover shows live facts.
import * as assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, hoverText, openUntitled, positionOf, withSettings } from './support/editor';

const ID = 'acme-labs/support-bot-8b';
const ANSWER = {
  id: ID, author: 'acme-labs', gated: false, private: false, pipeline_tag: 'text-generation', library_name: 'transformers',
  tags: ['transformers', 'base_model:meta-llama/Llama-3.1-8B-Instruct', 'base_model:finetune:meta-llama/Llama-3.1-8B-Instruct', 'license:apache-2.0'],
  cardData: { license: 'apache-2.0', base_model: 'meta-llama/Llama-3.1-8B-Instruct' },
  createdAt: '2025-02-27T17:02:11.000Z', lastModified: '2025-03-14T09:26:53.000Z',
};

/** Polls a condition with a deadline (the lookup runs in the background; no event tells a test it ended). */
async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('online lookup (aiLicenseLens.online.enabled)', () => {
  let server: Server;
  const requests: string[] = [];
  before(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      const found = request.url === `/api/models/${ID}`;
      response.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
      response.end(JSON.stringify(found ? ANSWER : { error: 'Repository not found' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env.HF_ENDPOINT = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await activateExtension();
  });
  after(() => {
    delete process.env.HF_ENDPOINT;
    server.closeAllConnections();
    server.close();
  });

  it('is off by default: an unknown id stays unknown and nothing is requested', async () => {
    const api = await activateExtension();
    const document = await openUntitled('python', `m = AutoModel.from_pretrained("${ID}")\n`);
    await api.refresh(document);
    assert.equal(api.findings(document.uri)?.find((f) => f.text === ID)?.modelId, null);
    assert.deepEqual(requests, []);
  });

  it('when the user turns it on, the id is looked up and the hover shows the live facts and the inherited terms', async () => {
    const api = await activateExtension();
    const document = await openUntitled('python', `bot = AutoModel.from_pretrained("${ID}")\n`);
    await api.refresh(document);
    await withSettings({ 'online.enabled': true }, async () => {
      const finding = await until('the live finding', async () => {
        const found = api.findings(document.uri)?.find((f) => f.text === ID);
        return found?.modelId === ID ? found : undefined;
      });
      assert.equal(finding.commercialUse, 'conditional');
      assert.match(finding.message, /live lookup on the Hugging Face Hub, \d{4}-\d{2}-\d{2}/);
      // Every open document's unknown ids are looked up (other suites leave files open), each once.
      assert.ok(requests.includes(`/api/models/${ID}`), JSON.stringify(requests));
      assert.equal(new Set(requests).size, requests.length, 'an id is asked once');
      const hover = await hoverText(document, positionOf(document, ID));
      assert.match(hover, /live lookup/i);
      assert.match(hover, /Llama 3\.1/);
    });
    // Turned off again: the live facts are withdrawn.
    await until('the live facts withdrawn', async () => {
      await api.refresh(document);
      return api.findings(document.uri)?.find((f) => f.text === ID)?.modelId === null ? true : undefined;
    });
  });
});
