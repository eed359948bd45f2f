/**
 * keys.ts reads keys through tries instead of building their normalised copy: the answers must stay those of the
 * plain definitions kept here (normalise, then compare with the word lists).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isAliasKey, isNeverKey, keyStrength, nestedKeyStrength, normalizeKey } from '../../../src/core/detect/keys';
import { strongestKey } from '../../../src/core/detect/code-frame';
import type { Strength } from '../../../src/core/detect/ids';

const MODEL_ENDINGS = [
  'model', 'modelid', 'modelname', 'modelnameorpath', 'modelrepo', 'modelrepoid', 'modelarn', 'modelidentifier',
  'modelcheckpoint', 'modelpath', 'modeltag', 'modelhandle', 'modelslug', 'modeluri', 'checkpoint', 'modelsource',
  'modelrepository',
];
const MAYBE_MODEL_ENDINGS = [
  'tokenizer', 'tokenizername', 'tokenizernameorpath', 'tokenizerid', 'llm', 'llmid', 'repoid', 'hfrepo', 'hfrepoid',
  'pretrained', 'adapter', 'adapterid', 'loraid', 'inferenceprofileid', 'deploymentmodel',
];
const NOT_MODEL_KEYS = new Set([
  'servedmodelname', 'provisionedmodelname', 'custommodelname', 'finetunedmodelname', 'modeltype', 'modelclass', 'modelprovider', 'modelformat', 'modelfamily', 'modelsize',
  'modelversion', 'modelrevision', 'modeldir', 'modelmaxlength', 'modelkwargs', 'modelconfig', 'modelfile',
  'modelcard', 'modelurl', 'modelcachedir', 'datamodel', 'viewmodel', 'domainmodel', 'dbmodel', 'ormmodel',
  'threatmodel', 'colormodel', 'pricingmodel', 'businessmodel', 'devicemodel', 'phonemodel', 'cpumodel', 'gpumodel',
  'hardwaremodel', 'vehiclemodel', 'carmodel', 'productmodel', 'securitymodel', 'permissionmodel', 'eventmodel',
  'objectmodel', 'documentmodel', 'memorymodel', 'basemodelclass', 'pydanticmodel', 'usermodel', 'costmodel',
  'modelpathtemplate', 'localmodelpath', 'modelsdir', 'modelscachedir', 'cachedir',
]);
const NEVER_KEYS = new Set([
  'image', 'images', 'uses', 'containername', 'container', 'dataset', 'datasets', 'datasetname', 'datasetid',
  'datasetpath', 'trainfile', 'validationfile', 'repository', 'repo', 'githubrepo', 'branch', 'ref', 'version',
  'contenttype', 'mimetype', 'accept', 'from', 'path', 'file', 'filename', 'url', 'homepage', 'package', 'main',
  'module', 'import', 'extends', 'registry', 'space', 'spaceid', 'date', 'tag', 'sha', 'commit', 'revision',
  'dependson', 'services', 'volumes', 'ports', 'networks', 'workingdir', 'user', 'platform', 'arch',
  'architectures', 'architecture', 'modeltype', 'license', 'licenses', 'licensename', 'family', 'modelfamily',
  'ownedby', 'publisher', 'vendor', 'organization', 'org', 'label', 'title', 'displayname', 'tooltip',
  'placeholder', 'alt', 'caption',
]);
const NESTED_MODEL_KEYS = new Set(['name', 'id', 'nameorpath', 'path', 'repo', 'repoid', 'hfid', 'hubid', 'uri']);

function plainKeyStrength(key: string): Strength | undefined {
  let norm = normalizeKey(key);
  if (norm.length === 0 || norm.length > 60 || NOT_MODEL_KEYS.has(norm)) return undefined;
  if (norm.endsWith('s') && !norm.endsWith('ss')) {
    const singular = norm.slice(0, -1);
    if (NOT_MODEL_KEYS.has(singular)) return undefined;
    if (MODEL_ENDINGS.some((e) => singular.endsWith(e)) || singular.endsWith('llm')) norm = singular;
  }
  if (MODEL_ENDINGS.some((ending) => norm.endsWith(ending))) return 'key';
  if (MAYBE_MODEL_ENDINGS.some((ending) => norm.endsWith(ending))) return 'medium';
  return undefined;
}

function plainNestedKeyStrength(parent: string | undefined, key: string): Strength | undefined {
  if (parent === undefined || !NESTED_MODEL_KEYS.has(normalizeKey(key))) return undefined;
  return plainKeyStrength(parent.slice(parent.lastIndexOf('.') + 1)) === 'key' ? 'medium' : undefined;
}

function plainStrongestKey(keys: string[]): Strength | undefined {
  let best: Strength | undefined;
  for (const key of keys) {
    const strength = plainKeyStrength(key);
    if (strength === 'key') return 'key';
    if (strength) best = strength;
  }
  return best;
}

/** Pieces of real key words, split at random and joined by the characters normalisation drops or keeps. */
const allWords = ['modellist', 'model_list', 'modelname', 'Model-Name', ...MODEL_ENDINGS, ...MAYBE_MODEL_ENDINGS, ...NOT_MODEL_KEYS, ...NEVER_KEYS, ...NESTED_MODEL_KEYS];
const piece = fc.oneof(
  fc.constantFrom(...allWords),
  fc.constantFrom(...allWords).chain((w) => fc.nat(w.length).map((n) => w.slice(n))),
  fc.constantFrom(...allWords).chain((w) => fc.nat(w.length).map((n) => w.slice(0, n))),
  fc.constantFrom('_', '-', '.', ' ', '$', '"', 's', 'S', 'ss', 'x', '2', 'é', 'İ', '\u212a', 'MODEL', 'Model', 'ID', 'Id'),
);
const key = fc.oneof(
  fc.array(piece, { maxLength: 6 }).map((parts) => parts.join('')),
  fc.array(piece, { maxLength: 4 }).map((parts) => parts.join('').toUpperCase()),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('a'.repeat(58) + 'model', 'x'.repeat(56) + 'model', 'x'.repeat(55) + 'models', 'x'.repeat(60) + 'llm'),
);

test('keyStrength answers as normalising and comparing with the ending lists does', () => {
  fc.assert(fc.property(key, (k) => assert.equal(keyStrength(k), plainKeyStrength(k), k)), { numRuns: 20_000 });
});

test('isNeverKey, nestedKeyStrength and isAliasKey answer as the normalised word sets do', () => {
  fc.assert(
    fc.property(key, key, (k, parent) => {
      assert.equal(isAliasKey(parent, k), normalizeKey(parent) === 'modellist' && normalizeKey(k) === 'modelname', `${parent} ${k}`);
      assert.equal(isAliasKey(undefined, k), false);
      assert.equal(isNeverKey(k), NEVER_KEYS.has(normalizeKey(k)), k);
      assert.equal(nestedKeyStrength(parent, k), plainNestedKeyStrength(parent, k), `${parent} ${k}`);
      assert.equal(nestedKeyStrength(undefined, k), undefined);
    }),
    { numRuns: 20_000 },
  );
});

test('every listed word answers as its list says, in any case and with separators', () => {
  for (const word of allWords) {
    for (const k of [word, word.toUpperCase(), `${word}s`, `${word[0]}_${word.slice(1)}`, `x-${word}`, `${word}_`]) {
      assert.equal(keyStrength(k), plainKeyStrength(k), k);
      assert.equal(isNeverKey(k), NEVER_KEYS.has(normalizeKey(k)), k);
    }
  }
});

test('strongestKey answers as reading every key does, also as a list grows', () => {
  fc.assert(
    fc.property(fc.array(key, { maxLength: 12 }), (keys) => {
      const growing: string[] = [];
      for (const k of keys) {
        growing.push(k);
        assert.equal(strongestKey(growing), plainStrongestKey(growing));
      }
      assert.equal(strongestKey([...keys]), plainStrongestKey(keys));
    }),
    { numRuns: 5_000 },
  );
});
