import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bufferSource, type ByteSource } from '../../../src/core/modelfile/byte-source';
import { GGUF_LIMITS, readGgufHeader } from '../../../src/core/modelfile/gguf';
import { llamaGguf, str, u32, writeGguf } from './writers';

test('reads the general.* metadata of a GGUF header and stops at the tokenizer section', async () => {
  const result = await readGgufHeader(bufferSource(llamaGguf()));
  assert.ok(result.ok, result.ok ? '' : result.message);
  const { header } = result;
  assert.equal(header.version, 3);
  assert.equal(header.tensorCount, 292);
  assert.equal(header.general['general.license'], 'llama3.1');
  assert.equal(header.general['general.name'], 'Meta Llama 3.1 8B Instruct');
  assert.equal(header.general['general.base_model.count'], 1);
  assert.equal(header.general['general.base_model.0.repo_url'], 'https://huggingface.co/meta-llama/Meta-Llama-3.1-8B');
  assert.equal(header.general['llama.block_count'], undefined, 'only general.* keys are kept');
  assert.equal(header.complete, false, 'the tokenizer section is not walked');
});

test('reads version 1 files, whose lengths are uint32', async () => {
  const bytes = writeGguf([['general.name', str('old')], ['general.license', str('mit')]], { version: 1 });
  const result = await readGgufHeader(bufferSource(bytes));
  assert.ok(result.ok);
  assert.deepEqual(result.header.general, { 'general.name': 'old', 'general.license': 'mit' });
  assert.equal(result.header.complete, true);
});

test('skips arrays, non-general strings and over-long strings by size', async () => {
  const long = 'x'.repeat(GGUF_LIMITS.maxStringBytes + 1);
  const bytes = writeGguf([
    ['general.tags', { type: 'string[]', value: ['a', 'b'] }],
    ['general.description', str(long)],
    ['llama.vocab', { type: 'string[]', value: ['x', 'y', 'z'] }],
    ['general.license', str('apache-2.0')],
    ['general.parameter_count', { type: 'u64', value: 8_030_261_248n }],
    ['general.flag', { type: 'bool', value: true }],
  ]);
  const result = await readGgufHeader(bufferSource(bytes));
  assert.ok(result.ok);
  assert.deepEqual(result.header.general, {
    'general.license': 'apache-2.0',
    'general.parameter_count': 8_030_261_248,
    'general.flag': true,
  });
});

test('rejects files that are not GGUF, and unknown versions', async () => {
  const notGguf = await readGgufHeader(bufferSource(new TextEncoder().encode('PK\x03\x04 zip file')));
  assert.deepEqual(notGguf.ok ? null : notGguf.reason, 'not-this-format');
  const future = writeGguf([], { version: 99 });
  const result = await readGgufHeader(bufferSource(future));
  assert.equal(result.ok ? null : result.reason, 'unsupported-version');
});

test('fails cleanly on every truncation of a valid header', async () => {
  const bytes = writeGguf([['general.name', str('x')], ['general.license', str('mit')]]);
  for (let cut = 0; cut < bytes.length; cut++) {
    const result = await readGgufHeader(bufferSource(bytes.subarray(0, cut)));
    assert.equal(result.ok, false, `cut at ${cut}`);
    if (!result.ok) assert.ok(['truncated', 'not-this-format'].includes(result.reason), `${cut}: ${result.reason} ${result.message}`);
  }
});

test('lying lengths fail with a reason before anything is allocated', async () => {
  const tooManyKeys = writeGguf([], { statedCount: 1n << 40n });
  const many = await readGgufHeader(bufferSource(tooManyKeys));
  assert.equal(many.ok ? null : many.reason, 'too-large');

  // a key whose stated length is 2^62 bytes
  const hugeKey = writeGguf([['general.name', str('x')]]);
  new DataView(hugeKey.buffer).setBigUint64(24, 1n << 62n, true);
  const key = await readGgufHeader(bufferSource(hugeKey));
  assert.equal(key.ok, false);

  // a string value claiming 1 TiB in a file of a few bytes
  const hugeValue = writeGguf([['general.license', str('mit')]]);
  new DataView(hugeValue.buffer).setBigUint64(24 + 8 + 'general.license'.length + 4, 1n << 40n, true);
  const value = await readGgufHeader(bufferSource(hugeValue));
  assert.equal(value.ok ? null : value.reason, 'truncated');

  // an array claiming 2^50 strings
  const hugeArray = writeGguf([['general.tags', { type: 'string[]', value: [] }]]);
  new DataView(hugeArray.buffer).setBigUint64(hugeArray.length - 8, 1n << 50n, true);
  const array = await readGgufHeader(bufferSource(hugeArray));
  assert.equal(array.ok, false);
});

test('reads only the header of a file that claims to be gigabytes long', async () => {
  const header = llamaGguf();
  let bytesRead = 0;
  const huge: ByteSource = {
    size: 8 * 1024 ** 3,
    async read(position, length) {
      const out = new Uint8Array(Math.min(length, this.size - position));
      if (position < header.length) out.set(header.subarray(position, position + out.length));
      bytesRead += out.length;
      return out;
    },
  };
  const result = await readGgufHeader(huge);
  assert.ok(result.ok);
  assert.ok(bytesRead <= 128 * 1024, `read ${bytesRead} bytes`);
});

test('a header larger than the budget fails as too large', async () => {
  const filler = Array.from({ length: 300 }, (_, i): [string, ReturnType<typeof str>] => [`x.${i}`, str('y'.repeat(60_000))]);
  const bytes = writeGguf([...filler, ['general.license', str('mit')]]);
  assert.ok(bytes.length > GGUF_LIMITS.maxHeaderBytes);
  const result = await readGgufHeader(bufferSource(bytes));
  assert.equal(result.ok ? null : result.reason, 'too-large');
});

test('property: no exception and a reason on any bytes, mutated headers included', async () => {
  const valid = llamaGguf([['general.extra', u32(7)]]);
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), async (junk) => {
      const result = await readGgufHeader(bufferSource(junk));
      assert.ok(result.ok || typeof result.message === 'string');
    }),
    { numRuns: 300 },
  );
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
      fc.nat(valid.length),
      async (edits, cut) => {
        const bytes = valid.slice(0, cut);
        for (const [at, byte] of edits) if (at < bytes.length) bytes[at] = byte;
        const result = await readGgufHeader(bufferSource(bytes));
        if (!result.ok) assert.ok(result.message.length > 0 && result.message.length < 300);
      },
    ),
    { numRuns: 500 },
  );
});

test('a vocabulary placed before the general.* keys is skipped, not decoded', async () => {
  const vocab = Array.from({ length: 150_000 }, (_, i) => `token${i}`);
  const bytes = writeGguf([['tokenizer.ggml.tokens', { type: 'string[]', value: vocab }], ['general.license', str('mit')]]);
  const result = await readGgufHeader(bufferSource(bytes));
  assert.ok(result.ok);
  assert.deepEqual(result.header.general, { 'general.license': 'mit' });
  assert.equal(result.header.complete, true);
});

test('arrays of arrays are read up to a bound', async () => {
  const small = await readGgufHeader(bufferSource(writeGguf([['x.nested', { type: 'nested', count: 3 }], ['general.license', str('mit')]])));
  assert.ok(small.ok);
  assert.deepEqual(small.header.general, { 'general.license': 'mit' });
  const large = await readGgufHeader(bufferSource(writeGguf([['x.nested', { type: 'nested', count: GGUF_LIMITS.maxNestedArrays + 1 }]])));
  assert.equal(large.ok ? null : large.reason, 'invalid');
});
