/**
 * Finds the `LICENSE` instructions of an Ollama Modelfile: `LICENSE """ ... """` blocks and one-line
 * `LICENSE text`. Instructions are case-insensitive; a block that never closes runs to the end of the file.
 * One pass over the lines plus one `indexOf` per block: linear.
 */

export interface ModelfileLicenseBlock {
  /** The license text inside the block. */
  text: string;
  /** Offsets of the text in the document: [start, end). */
  start: number;
  end: number;
  /** Offsets of the `LICENSE` keyword, where a finding is placed. */
  keywordStart: number;
  keywordEnd: number;
}

const MAX_BLOCKS = 16;

export function isModelfileName(fileName: string): boolean {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).toLowerCase();
  return base === 'modelfile' || base.startsWith('modelfile.') || base.endsWith('.modelfile');
}

export function findModelfileLicenses(text: string): ModelfileLicenseBlock[] {
  const blocks: ModelfileLicenseBlock[] = [];
  let at = 0;
  while (at < text.length && blocks.length < MAX_BLOCKS) {
    const newline = text.indexOf('\n', at);
    const lineEnd = newline < 0 ? text.length : newline;
    let start = at;
    while (start < lineEnd && (text[start] === ' ' || text[start] === '\t')) start++;
    const keywordEnd = start + 'license'.length;
    const isLicense = text.slice(start, keywordEnd).toLowerCase() === 'license' && (text[keywordEnd] === ' ' || text[keywordEnd] === '\t');
    if (!isLicense) {
      at = lineEnd + 1;
      continue;
    }
    let valueStart = keywordEnd;
    while (valueStart < lineEnd && (text[valueStart] === ' ' || text[valueStart] === '\t')) valueStart++;
    if (text.startsWith('"""', valueStart)) {
      const bodyStart = valueStart + 3;
      const close = text.indexOf('"""', bodyStart);
      const bodyEnd = close < 0 ? text.length : close;
      blocks.push({ text: text.slice(bodyStart, bodyEnd), start: bodyStart, end: bodyEnd, keywordStart: start, keywordEnd });
      const after = close < 0 ? text.length : text.indexOf('\n', close + 3);
      at = after < 0 ? text.length : after + 1;
    } else {
      const value = text.slice(valueStart, lineEnd).replace(/\r$/, '');
      if (value.trim().length > 0) blocks.push({ text: value, start: valueStart, end: valueStart + value.length, keywordStart: start, keywordEnd });
      at = lineEnd + 1;
    }
  }
  return blocks;
}
