/** Which key, keyword or flag names say that their value is a model. */
import type { Strength } from './ids';
import { boundedMemo } from './bounded-memo';
import { NormalizedEndings, NormalizedWordSet } from './key-words';

/** Normalised (lower case, letters and digits only) key endings whose value is a model id. */
const MODEL_ENDINGS = [
  'model', 'modelid', 'modelname', 'modelnameorpath', 'modelrepo', 'modelrepoid', 'modelarn', 'modelidentifier',
  'modelcheckpoint', 'modelpath', 'modeltag', 'modelhandle', 'modelslug', 'modeluri', 'checkpoint', 'modelsource',
  'modelrepository',
];
/** Keys that often, but not always, hold a model id. */
const MAYBE_MODEL_ENDINGS = [
  'tokenizer', 'tokenizername', 'tokenizernameorpath', 'tokenizerid', 'llm', 'llmid', 'repoid', 'hfrepo', 'hfrepoid',
  'pretrained', 'adapter', 'adapterid', 'loraid', 'inferenceprofileid', 'deploymentmodel',
];
/** Keys that end like a model key but name something else. */
const NOT_MODEL_KEYS = new Set([
  'servedmodelname', 'provisionedmodelname', 'custommodelname', 'finetunedmodelname', 'modeltype', 'modelclass', 'modelprovider', 'modelformat', 'modelfamily', 'modelsize',
  'modelversion', 'modelrevision', 'modeldir', 'modelmaxlength', 'modelkwargs', 'modelconfig', 'modelfile',
  'modelcard', 'modelurl', 'modelcachedir', 'datamodel', 'viewmodel', 'domainmodel', 'dbmodel', 'ormmodel',
  'threatmodel', 'colormodel', 'pricingmodel', 'businessmodel', 'devicemodel', 'phonemodel', 'cpumodel', 'gpumodel',
  'hardwaremodel', 'vehiclemodel', 'carmodel', 'productmodel', 'securitymodel', 'permissionmodel', 'eventmodel',
  'objectmodel', 'documentmodel', 'memorymodel', 'basemodelclass', 'pydanticmodel', 'usermodel', 'costmodel',
  'modelpathtemplate', 'localmodelpath', 'modelsdir', 'modelscachedir', 'cachedir',
]);

export function normalizeKey(key: string): string {
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code >= 65 && code <= 90) out += String.fromCharCode(code + 32);
    else if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) out += key[i];
  }
  return out;
}

/**
 * `key` for model keys, `medium` for maybe-model keys, undefined otherwise. Plural keys (`models`) count. Keys
 * repeat across a file and a workspace, so answers are remembered.
 */
export function keyStrength(key: string): Strength | undefined {
  // most keys end like no model key: settled without a normalised copy or a memo lookup
  return ANY_ENDING.endOrSingularEnds(key) ? rememberedKeyStrength(key) : undefined;
}

/** Every ending that can make a key a model key, plural or not: a key without one is none (computeKeyStrength). */
const ANY_ENDING = new NormalizedEndings([...MODEL_ENDINGS, ...MAYBE_MODEL_ENDINGS, 'llm']);

const rememberedKeyStrength = boundedMemo(computeKeyStrength);

function computeKeyStrength(key: string): Strength | undefined {
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

/** Keys whose values are never model references, even when they look like one (images, actions, datasets). */
const NEVER_KEYS = new NormalizedWordSet([
  'image', 'images', 'uses', 'containername', 'container', 'dataset', 'datasets', 'datasetname', 'datasetid',
  'datasetpath', 'trainfile', 'validationfile', 'repository', 'repo', 'githubrepo', 'branch', 'ref', 'version',
  'contenttype', 'mimetype', 'accept', 'from', 'path', 'file', 'filename', 'url', 'homepage', 'package', 'main',
  'module', 'import', 'extends', 'registry', 'space', 'spaceid', 'date', 'tag', 'sha', 'commit', 'revision',
  'dependson', 'services', 'volumes', 'ports', 'networks', 'workingdir', 'user', 'platform', 'arch',
  'architectures', 'architecture', 'modeltype', 'license', 'licenses', 'licensename', 'family', 'modelfamily',
  'ownedby', 'publisher', 'vendor', 'organization', 'org', 'label', 'title', 'displayname', 'tooltip',
  'placeholder', 'alt', 'caption',
]);

/** Inside a block or section named for a model (`[model]`, `model:`), these keys name it. */
const NESTED_MODEL_KEYS = new NormalizedWordSet(['name', 'id', 'nameorpath', 'path', 'repo', 'repoid', 'hfid', 'hubid', 'uri']);

/** The strength of `key` inside a block or TOML/INI section called `parent`. */
export function nestedKeyStrength(parent: string | undefined, key: string): Strength | undefined {
  if (parent === undefined || !NESTED_MODEL_KEYS.has(key)) return undefined;
  const last = parent.slice(parent.lastIndexOf('.') + 1);
  return keyStrength(last) === 'key' ? 'medium' : undefined;
}

/** LiteLLM's `model_list: [- model_name: alias]`: the alias users call, not a model. */
export function isAliasKey(parent: string | undefined, key: string): boolean {
  return parent !== undefined && MODEL_LIST.has(parent) && MODEL_NAME.has(key);
}

const MODEL_LIST = new NormalizedWordSet(['modellist']);
const MODEL_NAME = new NormalizedWordSet(['modelname']);

export function isNeverKey(key: string): boolean {
  return NEVER_KEYS.has(key);
}
