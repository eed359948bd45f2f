import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveDeclaredLicense } from '../../../src/core/analyzers/license-lookup';
import { testContext } from './context';

const { dataset } = testContext();
const id = (declared: string | undefined, name?: string) => resolveDeclaredLicense(dataset, declared, name)?.id ?? null;

test('catalog ids, Hub ids, aliases and loose spellings', () => {
  assert.equal(id('llama3.1'), 'llama3.1');
  assert.equal(id('LLAMA3.1'), 'llama3.1');
  assert.equal(id('LicenseRef-Llama3.1'), 'llama3.1');
  assert.equal(id('llama3_1'), 'llama3.1');
  assert.equal(id('Llama 3.1'), 'llama3.1', 'loose: punctuation and spaces do not matter');
  assert.equal(id('Apache License, Version 2.0'), 'apache-2.0');
  assert.equal(id('MIT'), 'mit', 'SPDX id');
});

test('`other` and unknown values defer to the license name; nothing is guessed', () => {
  assert.equal(id('other', 'DeepSeek License'), 'deepseek');
  assert.equal(id('other'), null);
  assert.equal(id('something-else', 'deepseek'), 'deepseek');
  assert.equal(id('  '), null);
  assert.equal(id('x'.repeat(1000)), null);
  assert.equal(id(undefined, undefined), null);
  // `other` is the Hub id of several custom licenses: it must never pick one of them
  assert.equal(id('OTHER'), null);
});

test('a link to the license canonical URL names it when the id and name do not', () => {
  const { dataset: view } = testContext();
  const byLink = (link: string) => resolveDeclaredLicense(view, 'other', undefined, link)?.id ?? null;
  assert.equal(byLink('https://ai.google.dev/gemma/terms'), 'gemma');
  assert.equal(byLink('http://www.ai.google.dev/gemma/terms/#section'), 'gemma');
  assert.equal(byLink('https://huggingface.co/black-forest-labs/FLUX.1-dev/blob/main/LICENSE.md'), 'flux-1-dev-non-commercial-license');
  assert.equal(byLink('LICENSE'), null);
  assert.equal(byLink('https://example.com/our-terms'), null);
  assert.equal(resolveDeclaredLicense(view, 'mit', undefined, 'https://ai.google.dev/gemma/terms')?.id, 'mit', 'the id wins');
});
