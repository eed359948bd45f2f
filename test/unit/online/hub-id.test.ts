import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkHubId, hubIdFromText, isHubId } from '../../../src/core/online/hub-id';

test('Hub ids: org/name in the Hub charset pass', () => {
  for (const id of ['meta-llama/Llama-3.1-8B-Instruct', 'a/b', 'Qwen/Qwen2.5-7B-Instruct', 'user_1/model.v2']) {
    assert.ok(isHubId(id), id);
  }
});

test('Hub ids: anything that could change the URL is refused before a request', () => {
  const hostile = [
    '../etc/passwd', 'org/../x', 'org/name?x=1', 'org/name#frag', 'org/name%2F..', 'org%2Fname', 'org/ name', 'org/name ',
    'org/name/extra', 'name', '/name', 'org/', 'org/-name', 'org/name-', 'org/na--me', '.org/name', 'org/na..me',
    `org/${'x'.repeat(97)}`, `${'o'.repeat(43)}/name`, 'org/naïve', 'org/name\n', 'org\\name', 'https://evil.example/x',
  ];
  for (const id of hostile) {
    const checked = checkHubId(id);
    assert.equal(checked.ok, false, id);
  }
});

test('hubIdFromText: plain ids and huggingface.co URLs, nothing else', () => {
  assert.equal(hubIdFromText('acme/bot-8b'), 'acme/bot-8b');
  assert.equal(hubIdFromText('https://huggingface.co/acme/bot-8b/tree/main'), 'acme/bot-8b');
  assert.equal(hubIdFromText('hf.co/acme/bot-8b'), 'acme/bot-8b');
  assert.equal(hubIdFromText('https://huggingface.co/datasets/acme/data'), undefined);
  assert.equal(hubIdFromText('llama3.1:8b'), undefined);
  assert.equal(hubIdFromText('gpt-4o'), undefined);
  assert.equal(hubIdFromText('./models/x'), undefined);
});
