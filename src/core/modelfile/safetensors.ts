/**
 * Reads a safetensors header: an 8-byte little-endian length N, then N bytes of JSON mapping tensor names to
 * `{ dtype, shape, data_offsets }` plus an optional `__metadata__` object of string -> string. The length is
 * checked against the file size and a bound before anything is read, so a lying length fails with a reason.
 */
import { HeaderError, readSafely, type ByteSource, type HeaderResult } from './byte-source';
import { Cursor } from './cursor';

export const SAFETENSORS_LIMITS = {
  /** The format's own reference implementation refuses headers over 100 MB. */
  maxHeaderBytes: 100_000_000,
  maxMetadataEntries: 256,
  maxMetadataValueLength: 64 * 1024,
};

export interface SafetensorsHeader {
  headerBytes: number;
  tensorCount: number;
  /** Sum of the tensors' element counts, or null when a shape is not a list of integers. */
  parameterCount: number | null;
  /** `__metadata__` string values (others are left out). */
  metadata: Record<string, string>;
}

export function readSafetensorsHeader(source: ByteSource): Promise<HeaderResult<SafetensorsHeader>> {
  return readSafely(() => parse(source));
}

async function parse(source: ByteSource): Promise<SafetensorsHeader> {
  if (source.size < 8) throw new HeaderError('truncated', `a safetensors file starts with an 8-byte header length; this one has ${source.size} bytes`);
  const cursor = new Cursor(source, 8 + SAFETENSORS_LIMITS.maxHeaderBytes, 'the safetensors header');
  const length = await cursor.u64();
  if (length > SAFETENSORS_LIMITS.maxHeaderBytes) {
    throw new HeaderError('too-large', `the safetensors header claims ${describeLength(length)} (at most 100 MB is allowed)`);
  }
  if (length < 2) throw new HeaderError('invalid', 'the safetensors header is empty');
  const bytes = await cursor.bytes(length);
  if (bytes[0] !== 0x7b /* { */) throw new HeaderError('not-this-format', 'not a safetensors file (the header is not a JSON object)');
  const json: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new HeaderError('invalid', 'the safetensors header is not a JSON object');
  let tensorCount = 0;
  let parameterCount: number | null = 0;
  let metadata: Record<string, string> = {};
  for (const [name, value] of Object.entries(json as Record<string, unknown>)) {
    if (name === '__metadata__') {
      metadata = stringEntries(value);
      continue;
    }
    tensorCount++;
    const elements = elementCount(value);
    parameterCount = elements === null || parameterCount === null ? null : parameterCount + elements;
  }
  return { headerBytes: length, tensorCount, parameterCount, metadata };
}

function stringEntries(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return out;
  let kept = 0;
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    if (kept >= SAFETENSORS_LIMITS.maxMetadataEntries) break;
    if (typeof entry !== 'string' || entry.length > SAFETENSORS_LIMITS.maxMetadataValueLength) continue;
    if (key === '__proto__') continue; // a plain object would take it as its prototype
    out[key] = entry;
    kept++;
  }
  return out;
}

function elementCount(tensor: unknown): number | null {
  const shape = tensor !== null && typeof tensor === 'object' ? (tensor as { shape?: unknown }).shape : undefined;
  if (!Array.isArray(shape)) return null;
  let product = 1;
  for (const dimension of shape) {
    if (!Number.isSafeInteger(dimension) || (dimension as number) < 0) return null;
    product *= dimension as number;
  }
  return Number.isFinite(product) ? product : null;
}

function describeLength(length: number): string {
  return Number.isFinite(length) ? `${length.toLocaleString('en-US')} bytes` : 'more than 2^53 bytes';
}
