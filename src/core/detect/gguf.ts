/** `.gguf` file names anywhere in a file: the extension itself says "model weights". */
import type { Collector } from './collector';
import { stripQuantSuffix } from '../dataset/normalize';

/** Stems that name a file slot, not a model (`model.gguf`, `ggml-model-f16.gguf`, `mmproj-*.gguf`). */
const GENERIC_STEMS = new Set([
  'model', 'models', 'ggml-model', 'output', 'out', 'merged', 'converted', 'quantized', 'weights', 'test', 'tmp',
  'temp', 'my-model', 'your-model', 'mymodel', 'file', 'name', 'example', 'local', 'base', 'draft', 'adapter', 'lora',
  'model-00001-of-00002', 'ggml-model-00001-of-00002',
]);

const MAX_NAME = 200;

export function detectGgufNames(collector: Collector, from = 0, to = collector.text.length): void {
  const text = collector.text;
  const lower = text.slice(from, to).toLowerCase();
  let at = lower.indexOf('.gguf');
  while (at >= 0) {
    const extEnd = from + at + 5;
    const after = extEnd < text.length ? text.charCodeAt(extEnd) : 32;
    if (!isNameCode(after) || after === 46 /* . */) {
      let start = from + at;
      while (start > from && start > from + at - MAX_NAME && isNameCode(text.charCodeAt(start - 1))) start--;
      const stem = text.slice(start, from + at);
      const before = start > 0 ? text[start - 1]! : ' ';
      if (stem.length > 0 && /^[A-Za-z0-9]/.test(stem) && !'*{$%<'.includes(before) && !isGeneric(stem)) {
        collector.push({ start, end: extEnd, text: text.slice(start, extEnd), syntax: 'file-name', contextual: true });
      }
    }
    at = lower.indexOf('.gguf', at + 5);
  }
}

function isNameCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ||
    code === 45 || code === 46 || code === 95 || code === 43
  );
}

function isGeneric(stem: string): boolean {
  const lower = stem.toLowerCase();
  return GENERIC_STEMS.has(lower) || GENERIC_STEMS.has(stripQuantSuffix(lower)) || lower.startsWith('mmproj');
}
