/** Turns file bytes into text, or says why not: binary content, or a size over the limit. */

export type TextReadResult = { ok: true; text: string; encoding: string } | { ok: false; reason: 'binary' };

const SNIFF_BYTES = 8192;

/**
 * UTF-8 by default, UTF-16 when a BOM says so; invalid sequences become U+FFFD instead of failing.
 * A NUL byte in the first 8 KiB (outside UTF-16) marks the file as binary, as git does.
 */
export function decodeText(bytes: Uint8Array): TextReadResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const sniff = bytes.subarray(0, SNIFF_BYTES);
  if (sniff.indexOf(0) !== -1) return { ok: false, reason: 'binary' };
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(start)), encoding: 'utf-8' };
}

/** Extensions that are never text worth reading (images, archives, media, compiled code, weights). */
export const BINARY_EXTENSIONS = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'bmp', 'ico', 'webp', 'tiff', 'psd', 'svgz',
  'zip', 'gz', 'tgz', 'bz2', 'xz', 'zst', '7z', 'rar', 'tar', 'jar', 'war', 'whl', 'egg',
  'mp3', 'mp4', 'wav', 'flac', 'ogg', 'avi', 'mov', 'mkv', 'webm',
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx',
  'exe', 'dll', 'so', 'dylib', 'a', 'o', 'obj', 'class', 'pyc', 'pyo', 'wasm', 'node',
  'ttf', 'otf', 'woff', 'woff2', 'eot',
  'bin', 'pt', 'pth', 'ckpt', 'safetensors', 'gguf', 'ggml', 'onnx', 'h5', 'pb', 'tflite', 'mlmodel', 'npy', 'npz',
  'pkl', 'pickle', 'parquet', 'arrow', 'feather', 'db', 'sqlite', 'sqlite3',
]);

export function extensionOf(fileName: string): string {
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
