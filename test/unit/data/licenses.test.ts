/** The license catalog (data/licenses.json): shape, uniqueness, real SPDX ids, and the verdicts users rely on most. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import spdxIds from 'spdx-license-ids/index.json';
import spdxDeprecated from 'spdx-license-ids/deprecated.json';
import { licenseCatalogSchema, type License } from '../../../src/core/dataset/schema';
import { buildCatalog, serialise, CATALOG_FILE } from '../../../scripts/data/licenses/build-catalog';
import { normaliseLicenseText } from '../../../scripts/data/licenses/derive';
import { identify } from '../../../scripts/data/licenses/verify-fingerprints';
import { looseLicenseKey } from '../../../src/core/analyzers/license-lookup';

const raw = readFileSync(CATALOG_FILE, 'utf8');
const catalog = licenseCatalogSchema.parse(JSON.parse(raw));
const byId = new Map(catalog.licenses.map((license) => [license.id, license]));

function license(id: string): License {
  const found = byId.get(id);
  assert.ok(found, `${id} is in the catalog`);
  return found;
}

/** The 83 `license:` ids the Hub accepts (hub-docs repositories-licenses.md), as listed in the shared reference. */
const HUB_IDS = `apache-2.0 mit openrail bigscience-openrail-m creativeml-openrail-m bigscience-bloom-rail-1.0 bigcode-openrail-m
afl-3.0 artistic-2.0 bsl-1.0 bsd bsd-2-clause bsd-3-clause bsd-3-clause-clear c-uda cc cc0-1.0 cc-by-2.0 cc-by-2.5 cc-by-3.0
cc-by-4.0 cc-by-sa-3.0 cc-by-sa-4.0 cc-by-nc-2.0 cc-by-nc-3.0 cc-by-nc-4.0 cc-by-nd-4.0 cc-by-nc-nd-3.0 cc-by-nc-nd-4.0
cc-by-nc-sa-2.0 cc-by-nc-sa-3.0 cc-by-nc-sa-4.0 cdla-sharing-1.0 cdla-permissive-1.0 cdla-permissive-2.0 wtfpl ecl-2.0
epl-1.0 epl-2.0 etalab-2.0 eupl-1.1 eupl-1.2 agpl-3.0 gfdl gpl gpl-2.0 gpl-3.0 lgpl lgpl-2.1 lgpl-3.0 isc h-research
intel-research lppl-1.3c ms-pl apple-ascl apple-amlr mpl-2.0 odc-by odbl openmdw-1.0 openmdw-1.1 openrail++ osl-3.0
postgresql ofl-1.1 ncsa unlicense zlib pddl lgpl-lr deepfloyd-if-license fair-noncommercial-research-license llama2
llama3 llama3.1 llama3.2 llama3.3 llama4 grok2-community gemma unknown other`.split(/\s+/);

test('the committed catalog is what the generator builds from data-src/licenses', () => {
  assert.equal(raw, serialise(buildCatalog()));
});

test('every Hugging Face license id has an entry keyed by it', () => {
  assert.equal(HUB_IDS.length, 83);
  for (const id of HUB_IDS) assert.equal(license(id).hfId, id, `${id} keeps its Hub id`);
});

test('custom licenses the Hub files under "other" say so', () => {
  for (const id of ['deepseek', 'qwen', 'qwen-research', 'tongyi-qianwen', 'mrl', 'mnpl', 'flux-1-dev-non-commercial-license']) {
    assert.equal(license(id).hfId, 'other', id);
  }
});

test('ids and aliases are unique, case-insensitively, across the whole catalog', () => {
  const seen = new Map<string, string>();
  for (const entry of catalog.licenses) {
    for (const name of [entry.id, ...entry.aliases]) {
      const key = name.toLowerCase();
      const owner = seen.get(key);
      assert.ok(owner === undefined || owner === entry.id && name !== entry.id, `"${name}" of ${entry.id} also names ${owner}`);
      seen.set(key, entry.id);
    }
  }
});

test('every SPDX id is a real SPDX license id (current or deprecated)', () => {
  const known = new Set<string>([...spdxIds, ...spdxDeprecated]);
  for (const entry of catalog.licenses) {
    if (entry.spdx !== null) assert.ok(known.has(entry.spdx), `${entry.id}: ${entry.spdx}`);
  }
});

test('the export expression follows SPDX id, then ScanCode LicenseRef, then our own LicenseRef', () => {
  for (const entry of catalog.licenses) {
    const expected = entry.spdx ?? (entry.scancodeKey ? `LicenseRef-scancode-${entry.scancodeKey}` : `LicenseRef-ai-license-lens-${entry.id.replace(/\+/g, "-plus")}`);
    assert.equal(entry.expression, expected, entry.id);
    assert.match(entry.expression, /^(LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9.+-]+)$/, `${entry.id}: a valid SPDX id or LicenseRef`);
  }
});

test('fingerprints are normalised, long enough, and never shared or nested between two licenses', () => {
  const all = catalog.licenses.flatMap((entry) => entry.fingerprints.map((print) => ({ id: entry.id, print })));
  for (const { id, print } of all) {
    assert.equal(print, normaliseLicenseText(print), `${id}: "${print}" is lower case with collapsed whitespace`);
    assert.ok(print.length >= 12, `${id}: "${print}"`);
    for (const other of all) {
      if (other.id === id) continue;
      assert.ok(!other.print.includes(print), `${id}'s "${print}" is inside ${other.id}'s "${other.print}"`);
    }
  }
});

test('every fact carries provenance that points at a source of its entry', () => {
  for (const entry of catalog.licenses) {
    const ids = new Set(entry.sources.map((source) => source.id));
    assert.equal(ids.size, entry.sources.length, `${entry.id}: source ids are unique`);
    for (const [field, sources] of Object.entries(entry.provenance)) {
      for (const id of sources) assert.ok(ids.has(id), `${entry.id}: provenance ${field} -> ${id}`);
    }
    for (const condition of entry.conditions) {
      if (condition.source) assert.ok(ids.has(condition.source), `${entry.id}: condition source ${condition.source}`);
    }
    for (const field of ['commercialUse', 'kind']) assert.ok(entry.provenance[field], `${entry.id}: ${field} has a source`);
  }
});

test('Llama 3.1: conditional, 700M monthly-active-user threshold, "Llama" naming duty', () => {
  const llama = license('llama3.1');
  assert.equal(llama.commercialUse, 'conditional');
  const threshold = llama.conditions.find((condition) => condition.kind === 'user-threshold');
  assert.equal(threshold?.threshold, 700_000_000);
  assert.ok(llama.conditions.some((condition) => condition.kind === 'naming' && condition.text.includes('Llama')));
  assert.ok(llama.aliases.includes('llama3_1'));
});

test('Llama versions are told apart by their fingerprints', () => {
  const prints = ['llama3', 'llama3.1', 'llama3.2', 'llama3.3', 'llama4'].map((id) => new Set(license(id).fingerprints));
  for (const [index, set] of prints.entries()) {
    for (const other of prints.slice(index + 1)) for (const print of set) assert.ok(!other.has(print));
  }
});

test('permissive licenses allow commercial use', () => {
  for (const id of ['mit', 'apache-2.0', 'bsd-3-clause', 'cc-by-4.0']) assert.equal(license(id).commercialUse, 'allowed', id);
});

test('non-commercial and research licenses do not', () => {
  for (const id of ['cc-by-nc-4.0', 'cc-by-nc-sa-4.0', 'mrl', 'mnpl', 'qwen-research', 'flux-1-dev-non-commercial-license', 'apple-amlr']) {
    assert.equal(license(id).commercialUse, 'not-allowed', id);
  }
  assert.ok(license('cc-by-nc-4.0').conditions.some((condition) => condition.kind === 'non-commercial'));
});

test('DeepSeek License: conditional, with use restrictions that must be passed on', () => {
  const deepseek = license('deepseek');
  assert.equal(deepseek.commercialUse, 'conditional');
  const kinds = new Set(deepseek.conditions.map((condition) => condition.kind));
  assert.ok(kinds.has('acceptable-use') && kinds.has('pass-through'));
  assert.ok(deepseek.aliases.includes('deepseek-license'));
});

test('Gemma terms: conditional, with pass-through of the use restrictions', () => {
  const gemma = license('gemma');
  assert.equal(gemma.commercialUse, 'conditional');
  assert.ok(gemma.conditions.some((condition) => condition.kind === 'pass-through'));
});

test('Qwen: 100M monthly active users; Stability Community: USD 1M revenue', () => {
  assert.equal(license('qwen').conditions.find((condition) => condition.kind === 'user-threshold')?.threshold, 100_000_000);
  const stability = license('stabilityai-ai-community');
  assert.equal(stability.conditions.find((condition) => condition.kind === 'revenue-threshold')?.threshold, 1_000_000);
});

test('API terms: api-terms verdict, proprietary kind, and data leaves the machine', () => {
  for (const id of ['openai-api-terms', 'anthropic-api-terms', 'google-gemini-api-terms', 'mistral-api-terms', 'cohere-api-terms', 'xai-api-terms', 'deepseek-api-terms']) {
    const terms = license(id);
    assert.equal(terms.commercialUse, 'api-terms', id);
    assert.equal(terms.kind, 'proprietary-api', id);
    assert.equal(terms.hfId, null, id);
    assert.ok(terms.conditions.some((condition) => condition.kind === 'data-leaves-machine'), id);
  }
  assert.equal(license('proprietary').commercialUse, 'api-terms');
});

test('"other" and "unknown" never guess a verdict', () => {
  for (const id of ['other', 'unknown']) {
    assert.equal(license(id).commercialUse, 'unknown');
    assert.equal(license(id).kind, 'unknown');
  }
});

test('fingerprints identify near relatives by the most phrases found', () => {
  // Short phrases only (the catalog's own fingerprints), never whole license texts.
  const join = (...ids: string[]) => ids.flatMap((id) => license(id).fingerprints).join(' ... ');
  assert.equal(identify(join('mit'), catalog.licenses), 'mit');
  assert.equal(identify(join('mit', 'modified-mit'), catalog.licenses), 'modified-mit', 'Kimi K2 text contains all of MIT');
  assert.equal(identify(join('gpl-3.0', 'lgpl-3.0'), catalog.licenses), 'lgpl-3.0', 'the LGPL-3.0 text embeds the GPL-3.0');
  for (const id of ['llama3', 'llama3.1', 'llama3.2', 'llama3.3', 'llama4', 'openrail++', 'creativeml-openrail-m', 'cc-by-4.0', 'cc-by-nc-4.0', 'cc-by-sa-4.0', 'cc-by-nc-sa-4.0']) {
    assert.equal(identify(join(id), catalog.licenses), id);
  }
  assert.equal(identify('no license words here at all', catalog.licenses), null);
});

test('ids and aliases stay unique under the lookup\'s loose key (no punctuation), so no name answers nothing', () => {
  const owners = new Map<string, string>();
  for (const entry of catalog.licenses) {
    for (const name of new Set([entry.id, ...entry.aliases].map(looseLicenseKey))) {
      const owner = owners.get(name);
      assert.ok(owner === undefined, `"${name}" names both ${owner} and ${entry.id}`);
      owners.set(name, entry.id);
    }
  }
});
