/** Reads the start of a text file the scan did not decode (over its size limit): license texts and cards sit there. */
import { promises as fs } from 'node:fs';
import { openRegularFile } from '../modelfile/byte-source';
import { decodeText } from '../scan/read-text';

/** The text of the first `maxBytes` bytes, or undefined when the file is unreadable or binary. */
export async function readTextPrefix(path: string, maxBytes: number): Promise<string | undefined> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await openRegularFile(path);
    const buffer = new Uint8Array(maxBytes);
    const { bytesRead } = await handle.read(buffer, 0, maxBytes, 0);
    const decoded = decodeText(buffer.subarray(0, bytesRead));
    return decoded.ok ? decoded.text : undefined;
  } catch {
    return undefined;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
