/**
 * Reads the metadata of a GGUF file (ggml's format for llama.cpp, Ollama, LM Studio) from its header only:
 * magic `GGUF`, version, tensor count, key/value count, then the key/values. Only `general.*` scalars are
 * kept; other values are skipped by computing their size. Every stated length is bounded (GGUF_LIMITS), so
 * truncated files and files claiming huge sizes fail with a reason and never allocate what they claim.
 */
import { HeaderError, readSafely, type ByteSource, type HeaderResult } from './byte-source';
import { Cursor } from './cursor';

export const GGUF_LIMITS = {
  /** The reader never reads past this offset. Tokenizer vocabularies make headers a few MiB. */
  maxHeaderBytes: 16 * 1024 * 1024,
  maxKeyValues: 10_000,
  /** GGUF keys are at most 65,535 bytes by the spec. */
  maxKeyBytes: 65_535,
  /** Longer string values are skipped, not decoded. */
  maxStringBytes: 64 * 1024,
  maxArrayDepth: 4,
  /** Elements of an array of arrays. */
  maxNestedArrays: 4096,
  /** `general.*` entries kept. */
  maxKeptKeys: 256,
};

export type GgufScalar = string | number | boolean;

export interface GgufHeader {
  version: number;
  tensorCount: number;
  keyValueCount: number;
  /** `general.*` scalar values by key (arrays and over-long strings are left out). */
  general: Record<string, GgufScalar>;
  /** False when reading stopped at the tokenizer section (which follows the model metadata by convention). */
  complete: boolean;
}

const MAGIC = [0x47, 0x47, 0x55, 0x46]; // "GGUF"

enum ValueType {
  Uint8 = 0, Int8 = 1, Uint16 = 2, Int16 = 3, Uint32 = 4, Int32 = 5, Float32 = 6, Bool = 7,
  String = 8, Array = 9, Uint64 = 10, Int64 = 11, Float64 = 12,
}

const FIXED_SIZE: Partial<Record<ValueType, number>> = {
  [ValueType.Uint8]: 1, [ValueType.Int8]: 1, [ValueType.Bool]: 1,
  [ValueType.Uint16]: 2, [ValueType.Int16]: 2,
  [ValueType.Uint32]: 4, [ValueType.Int32]: 4, [ValueType.Float32]: 4,
  [ValueType.Uint64]: 8, [ValueType.Int64]: 8, [ValueType.Float64]: 8,
};

const utf8 = new TextDecoder('utf-8');

export function readGgufHeader(source: ByteSource): Promise<HeaderResult<GgufHeader>> {
  return readSafely(() => parse(source));
}

/** True when the first bytes are the GGUF magic (cheap check before reading). */
export function hasGgufMagic(bytes: Uint8Array): boolean {
  return MAGIC.every((byte, i) => bytes[i] === byte);
}

async function parse(source: ByteSource): Promise<GgufHeader> {
  const cursor = new Cursor(source, GGUF_LIMITS.maxHeaderBytes, 'the GGUF header');
  if (source.size < 4 || !hasGgufMagic(await cursor.bytes(4))) throw new HeaderError('not-this-format', 'not a GGUF file (no GGUF magic)');
  const version = await cursor.u32();
  if (version < 1 || version > 3) throw new HeaderError('unsupported-version', `GGUF version ${version} is not supported (1 to 3 are)`);
  // Version 1 wrote counts and string lengths as uint32; later versions as uint64.
  const count = version === 1 ? () => cursor.u32() : () => cursor.u64();
  const tensorCount = await count();
  const keyValueCount = await count();
  if (keyValueCount > GGUF_LIMITS.maxKeyValues) {
    throw new HeaderError('too-large', `the GGUF header claims ${keyValueCount} metadata entries (at most ${GGUF_LIMITS.maxKeyValues} are read)`);
  }
  const general: Record<string, GgufScalar> = {};
  let kept = 0;
  let seenGeneral = false;
  for (let i = 0; i < keyValueCount; i++) {
    const keyLength = await count();
    if (keyLength > GGUF_LIMITS.maxKeyBytes) throw new HeaderError('invalid', `GGUF key ${i} is ${keyLength} bytes long (the spec allows 65,535)`);
    const key = utf8.decode(await cursor.bytes(keyLength));
    // The tokenizer section follows the model metadata in files written by gguf-py and llama.cpp: stop there
    // instead of walking a vocabulary of 100k+ strings that holds nothing we need.
    if (seenGeneral && key.startsWith('tokenizer.')) return { version, tensorCount, keyValueCount, general, complete: false };
    const type = (await cursor.u32()) as ValueType;
    const wanted = key.startsWith('general.') && kept < GGUF_LIMITS.maxKeptKeys;
    if (key.startsWith('general.')) seenGeneral = true;
    if (wanted && type !== ValueType.Array) {
      const value = await readScalar(cursor, type, count);
      if (value !== undefined) {
        general[key] = value;
        kept++;
      }
    } else {
      await skipValue(cursor, type, count, 0, version === 1 ? 4 : 8);
    }
  }
  return { version, tensorCount, keyValueCount, general, complete: true };
}

async function readScalar(cursor: Cursor, type: ValueType, count: () => Promise<number>): Promise<GgufScalar | undefined> {
  if (type === ValueType.String) {
    const length = await count();
    if (length > GGUF_LIMITS.maxStringBytes) {
      cursor.skip(length);
      return undefined;
    }
    return utf8.decode(await cursor.bytes(length));
  }
  const size = FIXED_SIZE[type];
  if (size === undefined) throw new HeaderError('invalid', `unknown GGUF value type ${type as number}`);
  const view = await cursor.view(size);
  switch (type) {
    case ValueType.Uint8: return view.getUint8(0);
    case ValueType.Int8: return view.getInt8(0);
    case ValueType.Bool: return view.getUint8(0) !== 0;
    case ValueType.Uint16: return view.getUint16(0, true);
    case ValueType.Int16: return view.getInt16(0, true);
    case ValueType.Uint32: return view.getUint32(0, true);
    case ValueType.Int32: return view.getInt32(0, true);
    case ValueType.Float32: return view.getFloat32(0, true);
    case ValueType.Float64: return view.getFloat64(0, true);
    case ValueType.Uint64: return Number(view.getBigUint64(0, true));
    case ValueType.Int64: return Number(view.getBigInt64(0, true));
    default: return undefined;
  }
}

/** Moves past a value without decoding it; array sizes are computed, strings walked one length at a time. */
async function skipValue(cursor: Cursor, type: ValueType, count: () => Promise<number>, depth: number, lengthWidth: 4 | 8): Promise<void> {
  const size = FIXED_SIZE[type];
  if (size !== undefined) return cursor.skip(size);
  if (type === ValueType.String) return cursor.skip(await count());
  if (type !== ValueType.Array) throw new HeaderError('invalid', `unknown GGUF value type ${type as number}`);
  if (depth >= GGUF_LIMITS.maxArrayDepth) throw new HeaderError('invalid', 'GGUF arrays are nested too deeply');
  const elementType = (await cursor.u32()) as ValueType;
  const length = await count();
  const elementSize = FIXED_SIZE[elementType];
  if (elementSize !== undefined) return cursor.skip(length * elementSize);
  if (elementType === ValueType.String) {
    cursor.check(length * lengthWidth); // each string has at least its length field
    return cursor.skipLengthPrefixed(length, lengthWidth);
  }
  // Arrays of arrays are legal but unused by real files; each inner array costs an await, so bound them.
  if (length > GGUF_LIMITS.maxNestedArrays) throw new HeaderError('invalid', `a GGUF array holds ${length} arrays (at most ${GGUF_LIMITS.maxNestedArrays} are read)`);
  cursor.check(length * 12); // each inner array has at least its type and length fields
  for (let i = 0; i < length; i++) await skipValue(cursor, elementType, count, depth + 1, lengthWidth);
}
