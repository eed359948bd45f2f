/**
 * A forward cursor over a `ByteSource` that reads in chunks and refuses to go past a byte budget. Every length
 * a file states is checked against the budget and the real size *before* anything is allocated or read, so a
 * file that claims huge sizes fails with a reason instead of exhausting memory.
 */
import { HeaderError, type ByteSource } from './byte-source';

const CHUNK_BYTES = 64 * 1024;

export class Cursor {
  private buffer: Uint8Array = new Uint8Array(0);
  private dataView: DataView = new DataView(new ArrayBuffer(0));
  private bufferStart = 0;
  /** Absolute offset of the next byte to read. */
  position = 0;

  constructor(
    private readonly source: ByteSource,
    /** The cursor never reads or skips past this offset. */
    private readonly budget: number,
    /** Names the format in messages ("GGUF header"). */
    private readonly what: string,
  ) {}

  /** Fails unless `length` more bytes exist in the file and fit in the budget. */
  check(length: number): void {
    if (!Number.isSafeInteger(length) || length < 0) throw new HeaderError('invalid', `${this.what} states an impossible length`);
    const end = this.position + length;
    if (end > this.source.size) {
      throw new HeaderError('truncated', `${this.what} is truncated: it needs ${end} bytes but the file has ${this.source.size}`);
    }
    if (end > this.budget) {
      throw new HeaderError('too-large', `${this.what} is larger than the ${formatBytes(this.budget)} this reader accepts`);
    }
  }

  skip(length: number): void {
    this.check(length);
    this.position += length;
  }

  async bytes(length: number): Promise<Uint8Array> {
    this.check(length);
    if (!this.buffered(length)) await this.fill(length);
    const start = this.position - this.bufferStart;
    this.position += length;
    return this.buffer.subarray(start, start + length);
  }

  async view(length: number): Promise<DataView> {
    const bytes = await this.bytes(length);
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  async u32(): Promise<number> {
    return (await this.view(4)).getUint32(0, true);
  }

  /** A uint64 as a number; values beyond 2^53 are reported as `Infinity` so length checks reject them. */
  async u64(): Promise<number> {
    const view = await this.view(8);
    return uint64(view, 0);
  }

  /**
   * Skips `count` length-prefixed items (GGUF strings: a uint32/uint64 length, then that many bytes) without an
   * await per item: a vocabulary of 2 million entries costs one pass over buffered bytes, not 2 million promises.
   */
  async skipLengthPrefixed(count: number, width: 4 | 8): Promise<void> {
    for (let i = 0; i < count; i++) {
      this.check(width);
      if (!this.buffered(width)) await this.fill(width);
      const at = this.position - this.bufferStart;
      const length = width === 4 ? this.dataView.getUint32(at, true) : uint64(this.dataView, at);
      this.position += width;
      this.skip(length);
    }
  }

  private buffered(length: number): boolean {
    const offset = this.position - this.bufferStart;
    return offset >= 0 && offset + length <= this.buffer.length;
  }

  private async fill(length: number): Promise<void> {
    const wanted = Math.min(Math.max(length, CHUNK_BYTES), this.budget - this.position, this.source.size - this.position);
    this.buffer = await this.source.read(this.position, wanted);
    this.bufferStart = this.position;
    this.dataView = new DataView(this.buffer.buffer, this.buffer.byteOffset, this.buffer.byteLength);
    if (this.buffer.length < length) throw new HeaderError('truncated', `${this.what} is truncated at byte ${this.position + this.buffer.length}`);
  }
}

function uint64(view: DataView, at: number): number {
  const low = view.getUint32(at, true);
  const high = view.getUint32(at + 4, true);
  // 2^53 - 1 is the largest exact number: anything above is no real length
  return high >= 0x200000 ? Number.POSITIVE_INFINITY : high * 0x100000000 + low;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KiB`;
  return `${bytes} bytes`;
}
