import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readModelCard } from '../../../src/core/detect/model-card';
import { analyzeModelCard } from '../../../src/core/analyzers/model-card';
import { testContext } from './context';

const context = testContext();
const card = (frontMatter: string, body = '# Model\n\nSome text.\n') => `---\n${frontMatter}\n---\n${body}`;
const analyze = (text: string) => analyzeModelCard(text, context, { file: 'README.md' });

test('a fine-tune card: license at the license value, verdict stacked with the base model', () => {
  const text = card('license: llama3.1\nbase_model: meta-llama/Llama-3.1-8B-Instruct\npipeline_tag: text-generation\nlibrary_name: transformers');
  const [finding, ...rest] = analyze(text);
  assert.equal(rest.length, 0);
  assert.equal(finding!.kind, 'model-card');
  assert.equal(finding!.license, 'llama3.1');
  assert.equal(finding!.commercialUse, 'conditional');
  assert.equal(text.slice(finding!.start, finding!.end), 'llama3.1');
  assert.deepEqual([finding!.line, finding!.column, finding!.endColumn], [2, 10, 18]);
  assert.ok(!finding!.rules.includes('license-mismatch'));
  assert.equal(finding!.message, 'model card: Llama 3.1 Community License Agreement — commercial use allowed with conditions');
});

test('a card that relicenses a Llama fine-tune as Apache-2.0 raises license-mismatch and keeps the base terms', () => {
  const [finding] = analyze(card('license: apache-2.0\nbase_model:\n  - meta-llama/Llama-3.1-8B-Instruct'));
  assert.equal(finding!.license, 'apache-2.0');
  assert.equal(finding!.rule, 'license-mismatch');
  assert.equal(finding!.severity, 'warning');
  assert.equal(finding!.commercialUse, 'conditional', 'the base model terms carry over');
  assert.match(finding!.message, /inherits Llama 3\.1 Community License Agreement/);
  assert.match(finding!.message, /license mismatch: the card says apache-2\.0 but its base model meta-llama\/Llama-3\.1-8B-Instruct is under Llama 3\.1/);
});

test('a permissive base does not bind a derivative: no mismatch', () => {
  const [finding] = analyze(card('license: mit\nbase_model: Qwen/Qwen2.5-7B-Instruct'));
  assert.equal(finding!.license, 'mit');
  assert.ok(!finding!.rules.includes('license-mismatch'));
  assert.equal(finding!.commercialUse, 'allowed');
});

test('a card naming its own repo id is checked against the dataset', () => {
  const [finding] = analyze(card('license: apache-2.0\nmodel_id: black-forest-labs/FLUX.1-dev'));
  assert.equal(finding!.modelId, 'black-forest-labs/FLUX.1-dev');
  assert.equal(finding!.rules[0], 'license-mismatch');
  assert.match(finding!.message, /the dataset lists FLUX\.1 \[dev\] Non-Commercial License for black-forest-labs\/FLUX\.1-dev/);
});

test('license: other + license_name resolves through the catalog; aliases and lists too', () => {
  const [other] = analyze(card('license: other\nlicense_name: flux-1-dev-non-commercial-license\nlicense_link: LICENSE.md'));
  assert.equal(other!.license, 'flux-1-dev-non-commercial-license');
  assert.equal(other!.commercialUse, 'not-allowed');
  assert.equal(other!.rule, 'non-commercial');
  const [alias] = analyze(card('license: llama3_1'));
  assert.equal(alias!.license, 'llama3.1');
  const [list] = analyze(card('license:\n  - unknown-thing\n  - Apache 2.0'));
  assert.equal(list!.license, 'apache-2.0');
});

test('unknown, missing and bare "other" licenses are unknown-license, said plainly', () => {
  const [unknown] = analyze(card('license: wtfpl-ai\npipeline_tag: text-generation'));
  assert.equal(unknown!.license, null);
  assert.equal(unknown!.rule, 'unknown-license');
  assert.match(unknown!.message, /license "wtfpl-ai" is not in the catalog/);
  const [bare] = analyze(card('license: other'));
  assert.match(bare!.message, /license "other" without a license_name/);
  const [missing] = analyze(card('pipeline_tag: text-generation\nlibrary_name: diffusers'));
  assert.equal(missing!.rule, 'unknown-license');
  assert.match(missing!.message, /model card declares no license/);
  assert.equal(missing!.line, 1);
});

test('front matter without model-card keys, or no front matter: no finding', () => {
  assert.deepEqual(analyze(card('title: My blog post\nlayout: post')), []);
  assert.deepEqual(analyze('# README\n\nlicense: mit\n'), []);
  assert.deepEqual(analyze(''), []);
});

test('broken YAML gives one clear finding, no exception', () => {
  const [finding, ...rest] = analyze(card('license: [mit\nbase_model: x'));
  assert.equal(rest.length, 0);
  assert.equal(finding!.kind, 'model-card');
  assert.equal(finding!.rule, 'unknown-license');
  assert.match(finding!.message, /^model card: the front matter is not valid YAML at line 3: .+; its license cannot be read$/);
  assert.equal(finding!.line, 3);
  const [unclosed] = analyze('---\nlicense: mit\nno closing line\n');
  assert.match(unclosed!.message, /no closing --- line/);
  assert.deepEqual(analyze('---\ntitle: [broken\n---\n'), [], 'broken front matter that is not a model card stays silent');
});

test('alias bombs are not expanded, custom tags are not executed', () => {
  const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 12; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
  const bomb = card(`${levels.join('\n')}\nlicense: *l\nbase_model: *l`);
  const findings = analyze(bomb);
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.license, null);
  const tagged = analyze(card('license: !!js/function "function () { throw 1 }"\nbase_model: !python/object:os.system "rm -rf /"'));
  assert.equal(tagged.length, 1);
  assert.equal(tagged[0]!.license, null);
  const aliased = analyze(card('x: &lic llama3.1\nlicense: *lic'));
  assert.equal(aliased[0]!.license, 'llama3.1');
});

test('front matter over 64 KiB is not parsed', () => {
  const big = card(`license: mit\ndescription: "${'x'.repeat(70 * 1024)}"`);
  const [finding] = analyze(big);
  assert.match(finding!.message, /longer than 64 KiB/);
});

test('CRLF, BOM and a model-index name', () => {
  const text = '\ufeff---\r\nlicense: gemma\r\nmodel-index:\r\n  - name: google/gemma-2-9b-it\r\n---\r\n';
  const [finding] = analyze(text);
  assert.equal(finding!.license, 'gemma');
  assert.equal(finding!.modelId, 'google/gemma-2-9b-it');
  assert.equal(text.slice(finding!.start, finding!.end), 'gemma');
});

test('property: the front-matter reader and the analyser never throw; ranges stay inside the text', () => {
  const line = fc.constantFrom('license: mit', 'license: other', 'license_name: deepseek', 'base_model:', '  - meta-llama/Llama-3.1-8B-Instruct', '- x', 'a: &a [1]', 'b: *a', 'license: *a', '[', '{', '"', "'", '!!binary x', ': :', '\t', '---', '...', '');
  const texts = fc.oneof(
    fc.string({ maxLength: 400 }),
    fc.array(line, { maxLength: 20 }).map((lines) => `---\n${lines.join('\n')}\n---\n`),
    fc.array(line, { maxLength: 20 }).map((lines) => `---\r\n${lines.join('\r\n')}`),
  );
  fc.assert(
    fc.property(texts, (text) => {
      readModelCard(text);
      for (const finding of analyze(text)) {
        assert.ok(finding.start >= 0 && finding.start <= finding.end && finding.end <= text.length, JSON.stringify(text));
        assert.ok(!/[\r\n]/.test(finding.message));
      }
    }),
    { numRuns: 1000 },
  );
});

test('a card without a license still carries its base model terms', () => {
  const [finding] = analyze(card('base_model: black-forest-labs/FLUX.1-dev\nlibrary_name: diffusers'));
  assert.equal(finding!.commercialUse, 'not-allowed');
  assert.deepEqual([...finding!.rules].sort(), ['non-commercial', 'unknown-license']);
  assert.equal(finding!.text, 'black-forest-labs/FLUX.1-dev');
});

test('hostile nesting and anchor floods are refused before the parser sees them', () => {
  const refused: Array<[string, RegExp]> = [
    [`license: ${'['.repeat(60_000)}`, /nests brackets more than 64 deep/],
    [`license: mit\nx: ${'{a: '.repeat(15_000)}`, /nests brackets more than 64 deep/],
    [`license: mit\nx: ${'- '.repeat(30_000)}`, /nests blocks more than 64 deep/],
    [`license: mit\n${': '.repeat(30_000)}`, /nests blocks more than 64 deep/],
    [`license: mit\n${'? '.repeat(30_000)}`, /nests blocks more than 64 deep/],
    [`license: mit\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')}`, /indents more than 256 columns/],
    [`license: mit\n${Array.from({ length: 3000 }, (_, i) => `k${i}: &a${i} v`).join('\n')}`, /more than 200 anchors and aliases/],
  ];
  for (const [frontMatter, reason] of refused) {
    const findings = analyze(card(frontMatter));
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message, reason);
    assert.equal(findings[0]!.rule, 'unknown-license');
  }
  const [fine] = analyze(card(`license: mit\nx: ${'['.repeat(60)}${']'.repeat(60)}\ndescription: "**bold** and *more*"`));
  assert.equal(fine!.license, 'mit');
});

test('a YAML comment in the front matter suppresses a rule on the next line, with its reason', () => {
  const text = card('# ai-license-lens-ignore: license-mismatch -- relicensed with Meta\'s written permission\nlicense: apache-2.0\nbase_model: meta-llama/Llama-3.1-8B-Instruct');
  const [finding] = analyze(text);
  assert.equal(finding!.rule, 'license-mismatch');
  assert.equal(finding!.severity, 'none');
  assert.equal(finding!.suppressed?.reason, "relicensed with Meta's written permission");
});

test('card templates are not judged; a model_name that is a title is not the card own id', () => {
  assert.deepEqual(analyze(card('license: {{ license_label }}\nbase_model: {{ base_model_repo_id }}')), []);
  assert.deepEqual(analyze(card("{% set x = 1 %}\nlicense: mit")), []);
  const [titled] = analyze(card('license: apache-2.0\nmodel_name: gpt2'));
  assert.equal(titled!.modelId, null);
  assert.ok(!titled!.rules.includes('license-mismatch'));
  const [named] = analyze(card('license: apache-2.0\nmodel_name: openai-community/gpt2'));
  assert.equal(named!.modelId, 'openai-community/gpt2');
  assert.equal(named!.rule, 'license-mismatch');
});

test('a quantisation must keep its base license, even a permissive one', () => {
  const [quantised] = analyze(card('license: mit\nbase_model: Qwen/Qwen2.5-7B-Instruct\nbase_model_relation: quantized'));
  assert.equal(quantised!.rule, 'license-mismatch');
  assert.match(quantised!.message, /it is a quantisation of Qwen\/Qwen2\.5-7B-Instruct, which is under Apache License 2\.0/);
  const [same] = analyze(card('license: apache-2.0\nbase_model: Qwen/Qwen2.5-7B-Instruct\nbase_model_relation: quantized'));
  assert.ok(!same!.rules.includes('license-mismatch'));
});
