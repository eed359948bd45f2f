/** A local model file (by path) -> what its header says. Only the header is read, through one file handle. */
import { HeaderError, readSafely, withFileSource, type HeaderResult } from './byte-source';
import { readGgufHeader, type GgufHeader } from './gguf';
import { readSafetensorsHeader, type SafetensorsHeader } from './safetensors';

export type ModelFileFormat = 'gguf' | 'safetensors';

export type ModelFileHeader =
  | { format: 'gguf'; result: HeaderResult<GgufHeader> }
  | { format: 'safetensors'; result: HeaderResult<SafetensorsHeader> };

/** The format a file name implies, or undefined for files this reader does not handle. */
export function modelFileFormat(fileName: string): ModelFileFormat | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.gguf')) return 'gguf';
  if (lower.endsWith('.safetensors')) return 'safetensors';
  return undefined;
}

export async function readModelFileHeader(path: string, format: ModelFileFormat): Promise<ModelFileHeader> {
  if (format === 'gguf') {
    const result = await readSafely(() => withFileSource(path, (source) => unwrap(readGgufHeader(source))));
    return { format, result };
  }
  const result = await readSafely(() => withFileSource(path, (source) => unwrap(readSafetensorsHeader(source))));
  return { format, result };
}

/** Re-throws a failed result inside `readSafely`, so open errors and parse errors come out the same way. */
async function unwrap<T>(pending: Promise<HeaderResult<T>>): Promise<T> {
  const result = await pending;
  if (result.ok) return result.header;
  throw new HeaderError(result.reason, result.message);
}
