import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, closeSync, rmSync, writeFileSync, writeSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { createFileAnalyzers } from '../../../src/core/analyzers';
import { analyzeModelFileHeader } from '../../../src/core/analyzers/model-file';
import { bufferSource } from '../../../src/core/modelfile/byte-source';
import { readGgufHeader } from '../../../src/core/modelfile/gguf';
import { readSafetensorsHeader } from '../../../src/core/modelfile/safetensors';
import { llamaGguf, str, u32, writeGguf, writeSafetensors } from '../modelfile/writers';
import { testContext } from './context';

const context = testContext();
const analyzer = createFileAnalyzers(context).find((candidate) => candidate.wants('x.gguf'))!;

async function withFiles(files: Record<string, Uint8Array>, run: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'all-model-file-'));
  try {
    for (const [name, bytes] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    await run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const analyze = (dir: string, relativePath: string) =>
  analyzer.analyze({ path: join(dir, relativePath), relativePath, size: 0, text: undefined });

test('wants GGUF and safetensors files only', () => {
  assert.ok(analyzer.wants('models/a.GGUF'));
  assert.ok(analyzer.wants('w/model-00001-of-00002.safetensors'));
  assert.ok(!analyzer.wants('model.bin'));
  assert.ok(!analyzer.wants('gguf.py'));
});

test('a GGUF header: license, the model itself from general.name, its base, at line 1 column 1', async () => {
  await withFiles({ 'models/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf': llamaGguf() }, async (dir) => {
    const [finding, ...rest] = await analyze(dir, 'models/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf');
    assert.equal(rest.length, 0);
    assert.equal(finding!.kind, 'model-file');
    assert.equal(finding!.text, 'Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf');
    assert.equal(finding!.modelId, 'meta-llama/Llama-3.1-8B-Instruct');
    assert.equal(finding!.license, 'llama3.1');
    assert.equal(finding!.commercialUse, 'conditional');
    assert.equal(finding!.openness, 'restricted-weight');
    assert.deepEqual([finding!.line, finding!.column, finding!.endLine, finding!.endColumn, finding!.start, finding!.end], [1, 1, 1, 1, 0, 0]);
    assert.ok(!finding!.rules.includes('license-mismatch'));
    assert.match(finding!.message, /the GGUF v3, llama, 8B header states license "llama3\.1"/);
    assert.match(finding!.message, /model meta-llama\/Llama-3\.1-8B-Instruct \(from general\.basename\)/);
  });
});

test('a GGUF that relabels a Llama model as MIT raises license-mismatch', async () => {
  const bytes = writeGguf([
    ['general.name', str('Llama 3.1 8B Instruct')],
    ['general.license', str('mit')],
  ]);
  await withFiles({ 'llama.gguf': bytes }, async (dir) => {
    const [finding] = await analyze(dir, 'llama.gguf');
    assert.equal(finding!.modelId, 'meta-llama/Llama-3.1-8B-Instruct');
    assert.equal(finding!.license, 'mit');
    assert.equal(finding!.rule, 'license-mismatch');
    assert.match(finding!.message, /license mismatch: the dataset lists Llama 3\.1 Community License Agreement/);
  });
});

test('a GGUF of an unknown fine-tune: its declared license, its base model resolved from the repo URL', async () => {
  const bytes = writeGguf([
    ['general.name', str('Acme Chat 7B')],
    ['general.license', str('other')],
    ['general.license.name', str('DeepSeek License')],
    ['general.base_model.count', u32(1)],
    ['general.base_model.0.repo_url', str('https://huggingface.co/deepseek-ai/DeepSeek-V3')],
  ]);
  await withFiles({ 'acme-chat-7b.Q8_0.gguf': bytes }, async (dir) => {
    const [finding] = await analyze(dir, 'acme-chat-7b.Q8_0.gguf');
    assert.equal(finding!.modelId, null);
    assert.equal(finding!.license, 'deepseek');
    assert.match(finding!.message, /base deepseek-ai\/DeepSeek-V3/);
    assert.ok(finding!.rules.includes('use-restricted'));
  });
});

test('a truncated GGUF still gives a finding that says why, with the model from the file name', async () => {
  const bytes = llamaGguf().subarray(0, 40);
  await withFiles({ 'Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf': bytes, 'junk.gguf': new TextEncoder().encode('not a model at all') }, async (dir) => {
    const [finding] = await analyze(dir, 'Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf');
    assert.match(finding!.message, /truncated/);
    assert.equal(finding!.modelId, 'meta-llama/Llama-3.1-8B-Instruct');
    assert.equal(finding!.license, 'llama3.1', 'the dataset license of the model the name resolves to');
    const [junk] = await analyze(dir, 'junk.gguf');
    assert.match(junk!.message, /^junk\.gguf: not a GGUF file \(no GGUF magic\) — license unknown: commercial use unknown$/);
    assert.equal(junk!.rule, 'unknown-license');
  });
});

test('a file that claims to be gigabytes long is read from its header only', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'all-sparse-'));
  try {
    const path = join(dir, 'big.gguf');
    const fd = openSync(path, 'w');
    writeSync(fd, llamaGguf());
    ftruncateSync(fd, 6 * 1024 ** 3); // sparse: no disk used
    closeSync(fd);
    const [finding] = await analyzer.analyze({ path, relativePath: 'big.gguf', size: 6 * 1024 ** 3, text: undefined });
    assert.equal(finding!.license, 'llama3.1');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('safetensors: metadata license, the model from its folder name, parameter count', async () => {
  const header = {
    __metadata__: { format: 'pt', license: 'apache-2.0' },
    'lm_head.weight': { dtype: 'BF16', shape: [32000, 4096], data_offsets: [0, 0] },
  };
  await withFiles({ 'weights/Mistral-7B-Instruct-v0.3/model-00001-of-00003.safetensors': writeSafetensors(header) }, async (dir) => {
    const [finding] = await analyze(dir, 'weights/Mistral-7B-Instruct-v0.3/model-00001-of-00003.safetensors');
    assert.equal(finding!.modelId, 'mistralai/Mistral-7B-Instruct-v0.3');
    assert.equal(finding!.license, 'apache-2.0');
    assert.equal(finding!.severity, 'none');
    assert.match(finding!.message, /safetensors, 1 tensors, 131\.1M parameters header states license "apache-2\.0"; model mistralai\/Mistral-7B-Instruct-v0\.3 \(from the folder name\)/);
  });
});

test('safetensors with a lying header length fails with a reason inside the finding', async () => {
  await withFiles({ 'x.safetensors': writeSafetensors({}, { statedLength: 1n << 40n }) }, async (dir) => {
    const [finding] = await analyze(dir, 'x.safetensors');
    assert.match(finding!.message, /claims .* \(at most 100 MB is allowed\)/);
    assert.equal(finding!.license, null);
  });
});

test('an unreadable path gives a finding, not an exception', async () => {
  const [finding] = await analyzer.analyze({ path: '/nonexistent/dir/model.gguf', relativePath: 'model.gguf', size: 0, text: undefined });
  assert.match(finding!.message, /cannot be opened/);
});

test('the reference GGUF written by gguf-py becomes a finding on Llama 3.1 8B Instruct', async () => {
  const [finding] = await analyzer.analyze({ path: 'test/fixtures/model-files/reference-llama.gguf', relativePath: 'test/fixtures/model-files/reference-llama.gguf', size: 2272, text: undefined });
  assert.equal(finding!.modelId, 'meta-llama/Llama-3.1-8B-Instruct');
  assert.equal(finding!.license, 'llama3.1');
  assert.equal(finding!.text, 'reference-llama.gguf');
});

test('property: any general.* values and any safetensors metadata give one finding with a one-line message', async () => {
  const key = fc.constantFrom(
    'general.name', 'general.license', 'general.license.name', 'general.basename', 'general.size_label', 'general.finetune',
    'general.repo_url', 'general.base_model.count', 'general.base_model.0.name', 'general.base_model.0.organization',
    'general.base_model.0.repo_url', 'general.base_model.7.name', 'general.architecture',
  );
  const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('llama3.1', 'other', 'Meta Llama', 'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct', '<img src=x onerror=alert(1)>', 'a\nb\r\nc'));
  const value = fc.oneof(text.map(str), fc.nat().map(u32), fc.boolean().map((b) => ({ type: 'bool' as const, value: b })));
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(key, value), { maxLength: 12 }), async (entries) => {
      const result = await readGgufHeader(bufferSource(writeGguf(entries)));
      const findings = analyzeModelFileHeader({ format: 'gguf', result }, 'dir/m.gguf', context);
      assert.equal(findings.length, 1);
      assert.ok(!/[\r\n]/.test(findings[0]!.message));
    }),
    { numRuns: 300 },
  );
  await fc.assert(
    fc.asyncProperty(fc.dictionary(fc.constantFrom('license', 'modelspec.license', 'base_model', 'model_id', 'name', '__proto__', 'x'), fc.oneof(text, fc.integer())), async (metadata) => {
      const result = await readSafetensorsHeader(bufferSource(writeSafetensors({ __metadata__: metadata })));
      const findings = analyzeModelFileHeader({ format: 'safetensors', result }, 'a/b/model.safetensors', context);
      assert.equal(findings.length, 1);
      assert.ok(!/[\r\n]/.test(findings[0]!.message));
    }),
    { numRuns: 300 },
  );
});

test('a GGUF whose general.license holds the license text is recognised by fingerprints', async () => {
  const licenseText = 'LLAMA 3.1 COMMUNITY LICENSE AGREEMENT\nLlama 3.1 Version Release Date: July 23, 2024\n\n"Agreement" means ...';
  const result = await readGgufHeader(bufferSource(writeGguf([['general.name', str('Some Model')], ['general.license', str(licenseText)]])));
  const [finding] = analyzeModelFileHeader({ format: 'gguf', result }, 'some.gguf', context);
  assert.equal(finding!.license, 'llama3.1');
  assert.ok(!finding!.rules.includes('unknown-license'));
  assert.match(finding!.message, /states license "LLAMA 3\.1 COMMUNITY LICENSE AGREEMENT Llama 3\.1 Version R\.\.\." — Llama 3\.1 Community License Agreement/);
});

test('a GGUF without a size label shows its parameter count when the header has one', async () => {
  const result = await readGgufHeader(bufferSource(writeGguf([['general.architecture', str('qwen2')], ['general.parameter_count', { type: 'u64', value: 7_615_616_512n }]])));
  const [finding] = analyzeModelFileHeader({ format: 'gguf', result }, 'x.gguf', context);
  assert.match(finding!.message, /^x\.gguf: the GGUF v3, qwen2, 7\.6B parameters header states no license — license unknown: commercial use unknown$/);
});

test('a named pipe called model.gguf is refused without blocking', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'all-fifo-'));
  try {
    const path = join(dir, 'model.gguf');
    execFileSync('mkfifo', [path]);
    const [finding] = await analyzer.analyze({ path, relativePath: 'model.gguf', size: 0, text: undefined });
    assert.match(finding!.message, /cannot be opened \(not a regular file\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a header without a license takes the license its folder declares: the card, else a LICENSE in a model folder', async () => {
  const shard = writeSafetensors({ __metadata__: { format: 'pt' }, w: { dtype: 'F16', shape: [2], data_offsets: [0, 4] } });
  const files = {
    'snap/model-00001-of-00002.safetensors': shard,
    'snap/model-00002-of-00002.safetensors': shard,
    'snap/README.md': new TextEncoder().encode('---\nlicense: llama3.1\nbase_model: meta-llama/Llama-3.1-8B-Instruct\n---\n# Fine-tune\n'),
    'snap/config.json': new TextEncoder().encode('{}'),
    'gemma/model.safetensors': shard,
    'gemma/LICENSE': new TextEncoder().encode('Gemma Terms of Use\n\nLast modified: ...\n'),
    'gemma/tokenizer_config.json': new TextEncoder().encode('{}'),
    'weights.gguf': writeGguf([['general.name', str('Something')]]),
    'LICENSE': new TextEncoder().encode('Permission is hereby granted, free of charge, to any person obtaining a copy of this software'),
  };
  await withFiles(files, async (dir) => {
    for (const shardName of ['snap/model-00001-of-00002.safetensors', 'snap/model-00002-of-00002.safetensors']) {
      const [finding] = await analyze(dir, shardName);
      assert.equal(finding!.license, 'llama3.1');
      assert.match(finding!.message, /header states no license; README\.md beside it declares "llama3\.1"; base meta-llama\/Llama-3\.1-8B-Instruct — Llama 3\.1/);
    }
    const [gemma] = await analyze(dir, 'gemma/model.safetensors');
    assert.equal(gemma!.license, 'gemma');
    assert.match(gemma!.message, /LICENSE beside it is the Gemma Terms of Use/);
    // a project's own LICENSE at its root does not speak for a model file dropped there
    const [root] = await analyze(dir, 'weights.gguf');
    assert.equal(root!.license, null);
    assert.equal(root!.rule, 'unknown-license');
  });
});
