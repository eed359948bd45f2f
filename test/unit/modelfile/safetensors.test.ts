import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bufferSource } from '../../../src/core/modelfile/byte-source';
import { readSafetensorsHeader } from '../../../src/core/modelfile/safetensors';
import { writeSafetensors } from './writers';

const header = {
  __metadata__: { format: 'pt', 'modelspec.license': 'openrail++', 'modelspec.title': 'SDXL', nested: { no: 1 } },
  'model.embed.weight': { dtype: 'F16', shape: [1000, 64], data_offsets: [0, 128000] },
  'model.norm.weight': { dtype: 'F16', shape: [64], data_offsets: [128000, 128128] },
};

test('reads __metadata__ strings, counts tensors and parameters', async () => {
  const result = await readSafetensorsHeader(bufferSource(writeSafetensors(header)));
  assert.ok(result.ok, result.ok ? '' : result.message);
  assert.deepEqual(result.header.metadata, { format: 'pt', 'modelspec.license': 'openrail++', 'modelspec.title': 'SDXL' });
  assert.equal(result.header.tensorCount, 2);
  assert.equal(result.header.parameterCount, 64_064);
});

test('a file without __metadata__ has empty metadata', async () => {
  const result = await readSafetensorsHeader(bufferSource(writeSafetensors({ w: { dtype: 'F32', shape: [2, 2], data_offsets: [0, 16] } })));
  assert.ok(result.ok);
  assert.deepEqual(result.header.metadata, {});
  assert.equal(result.header.parameterCount, 4);
});

test('lying and huge header lengths fail with a reason', async () => {
  const huge = await readSafetensorsHeader(bufferSource(writeSafetensors(header, { statedLength: 1n << 60n })));
  assert.equal(huge.ok ? null : huge.reason, 'too-large');
  const over = await readSafetensorsHeader(bufferSource(writeSafetensors(header, { statedLength: 200_000_000n })));
  assert.equal(over.ok ? null : over.reason, 'too-large');
  const longer = await readSafetensorsHeader(bufferSource(writeSafetensors(header, { statedLength: 50_000_000n })));
  assert.equal(longer.ok ? null : longer.reason, 'truncated');
  const short = await readSafetensorsHeader(bufferSource(new Uint8Array(5)));
  assert.equal(short.ok ? null : short.reason, 'truncated');
});

test('headers that are not JSON objects are rejected', async () => {
  for (const body of ['[1,2]', '{"a":', 'null', '{"a": 1}\u0000garbage']) {
    const bytes = new TextEncoder().encode(body);
    const file = new Uint8Array(8 + bytes.length);
    new DataView(file.buffer).setBigUint64(0, BigInt(bytes.length), true);
    file.set(bytes, 8);
    const result = await readSafetensorsHeader(bufferSource(file));
    assert.equal(result.ok, false, body);
  }
});

test('property: no exception on any bytes', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 256 }), async (junk) => {
      const result = await readSafetensorsHeader(bufferSource(junk));
      assert.ok(result.ok || result.message.length > 0);
    }),
    { numRuns: 300 },
  );
  await fc.assert(
    fc.asyncProperty(fc.json(), async (json) => {
      const bytes = new TextEncoder().encode(json);
      const file = new Uint8Array(8 + bytes.length);
      new DataView(file.buffer).setBigUint64(0, BigInt(bytes.length), true);
      file.set(bytes, 8);
      await readSafetensorsHeader(bufferSource(file));
    }),
    { numRuns: 300 },
  );
});
