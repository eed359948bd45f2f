/**
 * A text's UTF-16 code units as a typed array, for the passes that read every character of a file (prefilter,
 * lexer, clean points). V8 reads a `Uint16Array` in a loop two to three times faster than `charCodeAt` on a
 * string, and filling one is a native copy (about 0.03 ms for 300 KB), so every whole-text pass reads this view.
 *
 * The array lives in a scratch buffer shared by all callers on this thread: it is valid until the next call with
 * another text. Read it inside one pass, never keep it. Offsets are the string's offsets (one entry per code unit).
 */

/** Larger buffers are not reused for other texts (a 30 MB file must not pin 60 MB for the editor's life). */
const KEEP_BYTES = 8 * 2 ** 20;

/** `utf16le` bytes are the array's code units only on a little-endian machine (every platform VS Code ships for). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

let scratch: Buffer | undefined;
let lastText: string | undefined;
let lastUnits: Uint16Array | undefined;

export function codeUnitsOf(text: string): Uint16Array {
  if (lastText === text && lastUnits !== undefined) return lastUnits;
  const bytes = text.length * 2;
  let buffer = scratch;
  if (!buffer || buffer.length < bytes) {
    buffer = Buffer.allocUnsafe(Math.max(bytes, 64 * 1024));
    if (buffer.length <= KEEP_BYTES) scratch = buffer;
  }
  const units = new Uint16Array(buffer.buffer, buffer.byteOffset, text.length);
  if (LITTLE_ENDIAN) buffer.write(text, 0, bytes, 'utf16le');
  else for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  // A large text's own buffer is kept only while it is the last text: its passes read it once, not once each.
  lastText = text;
  lastUnits = units;
  return units;
}
