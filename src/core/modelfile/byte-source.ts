/**
 * Positional reads over a file or a buffer. Model files are gigabytes: readers ask for the few bytes they
 * need at an offset and never load the whole file.
 */
import { constants as fsConstants, promises as fs } from 'node:fs';

export interface ByteSource {
  /** Total size in bytes (what the file system says, not what the file claims). */
  readonly size: number;
  /** Up to `length` bytes from `position`; fewer only at the end of the source. */
  read(position: number, length: number): Promise<Uint8Array>;
}

/** Why a header could not be read; every reader failure carries one of these and a one-line message. */
export type HeaderFailureReason = 'not-this-format' | 'truncated' | 'too-large' | 'invalid' | 'unsupported-version' | 'unreadable';

export class HeaderError extends Error {
  constructor(
    readonly reason: HeaderFailureReason,
    message: string,
  ) {
    super(message);
  }
}

export type HeaderResult<T> = { ok: true; header: T } | { ok: false; reason: HeaderFailureReason; message: string };

/** Runs a reader and turns every failure into a result: hostile files must never throw out of a scan. */
export async function readSafely<T>(read: () => Promise<T>): Promise<HeaderResult<T>> {
  try {
    return { ok: true, header: await read() };
  } catch (error) {
    if (error instanceof HeaderError) return { ok: false, reason: error.reason, message: error.message };
    // RangeError from a typed array or a JSON/UTF-8 decoding failure: the bytes are not what they claim.
    return { ok: false, reason: 'invalid', message: `the header is malformed (${oneLine(error)})` };
  }
}

export function bufferSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: async (position, length) => bytes.subarray(Math.max(0, position), Math.max(0, Math.min(bytes.length, position + length))),
  };
}

/** Opens `path`, hands a positional source to `use`, and always closes the handle. */
export async function withFileSource<T>(path: string, use: (source: ByteSource) => Promise<T>): Promise<T> {
  let handle: fs.FileHandle;
  try {
    handle = await openRegularFile(path);
  } catch (error) {
    throw new HeaderError('unreadable', `the file cannot be opened (${oneLine(error)})`);
  }
  try {
    const { size } = await handle.stat();
    const source: ByteSource = {
      size,
      async read(position, length) {
        const wanted = Math.max(0, Math.min(length, size - position));
        const buffer = new Uint8Array(wanted);
        let filled = 0;
        while (filled < wanted) {
          const { bytesRead } = await handle.read(buffer, filled, wanted - filled, position + filled);
          if (bytesRead === 0) break; // the file shrank under us
          filled += bytesRead;
        }
        return buffer.subarray(0, filled);
      },
    };
    return await use(source);
  } finally {
    await handle.close();
  }
}

/**
 * Opens a file for reading, refusing anything but a regular file. Non-blocking, so a named pipe that someone
 * named `model.gguf` cannot hang the scan in `open` waiting for a writer.
 */
export async function openRegularFile(path: string): Promise<fs.FileHandle> {
  const handle = await fs.open(path, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  try {
    if (!(await handle.stat()).isFile()) throw new Error('not a regular file');
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
}
