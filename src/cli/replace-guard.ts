/**
 * The CLI writes `--output` and `--write-baseline` files. An existing file there is replaced only when it is one
 * this tool writes (a report in any format, or a baseline), so that re-running CI overwrites its own output, or
 * with `--force`: a typo in a path must not destroy a file the user wrote.
 */
import { promises as fs } from 'node:fs';
import { parseBaseline } from '../core/report/baseline';
import { isGeneratedReport } from '../core/scan/generated-report';

/** Bytes read to recognise a report; a baseline is small and read whole. */
const HEAD_BYTES = 64 * 1024;

/** Why `path` must not be replaced, or undefined when it may be (missing, ours, or forced). */
export async function replaceRefusal(path: string, shownAs: string, force: boolean): Promise<string | undefined> {
  if (force) return undefined;
  const head = await readHead(path);
  if (head === undefined || isOurs(head)) return undefined;
  return `${shownAs} exists and is not a report or baseline written by ai-license-lens; pass --force to replace it`;
}

function isOurs(head: string): boolean {
  if (head.trim() === '' || isGeneratedReport(head)) return true;
  try {
    parseBaseline(head);
    return true;
  } catch {
    return false;
  }
}

/** The file's first bytes as text, or undefined when there is no file (a folder or unreadable path is refused). */
async function readHead(path: string): Promise<string | undefined> {
  let handle;
  try {
    handle = await fs.open(path, 'r');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : '\u0000';
  }
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } catch {
    return '\u0000';
  } finally {
    await handle.close();
  }
}
