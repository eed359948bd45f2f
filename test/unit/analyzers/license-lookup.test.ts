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
