/**
 * Jupyter notebooks: detection runs on each cell's source as the notebook shows it (JSON escapes decoded),
 * then every range is mapped back to offsets in the raw `.ipynb` text. Outputs are not read.
 */
import { parseTree, type Node } from 'jsonc-parser';
import type { DetectedReference } from './reference';

/** Runs detection on a cell's decoded source, read as the given language. */
export type CellDetector = (source: string, languageId: string) => DetectedReference[];

export function detectInNotebook(raw: string, detect: CellDetector): DetectedReference[] {
  const root = parseTree(raw);
  if (!root || root.type !== 'object') return [];
  const language = notebookLanguage(root);
  const cells = property(root, 'cells');
  if (!cells || cells.type !== 'array') return [];
  const out: DetectedReference[] = [];
  for (const cell of cells.children ?? []) {
    if (cell.type !== 'object') continue;
    const source = property(cell, 'source');
    if (!source) continue;
    const pieces = source.type === 'array' ? source.children ?? [] : [source];
    const decoded = decodePieces(raw, pieces.filter((p) => p.type === 'string'));
    if (decoded.text.length === 0) continue;
    const type = property(cell, 'cell_type')?.value;
    let cellLanguage = type === 'markdown' ? 'markdown' : type === 'code' ? language : 'plaintext';
    if (type === 'code' && /^%%(bash|sh|script bash)\b/.test(decoded.text)) cellLanguage = 'shellscript';
    for (const reference of detect(decoded.text, cellLanguage)) {
      const start = decoded.starts[reference.start]!;
      const end = decoded.ends[reference.end - 1]!;
      const written = raw.slice(start, end);
      out.push({ ...reference, start, end, text: written === reference.text ? written : reference.text });
    }
  }
  return out;
}

function notebookLanguage(root: Node): string {
  const metadata = property(root, 'metadata');
  const kernel = metadata && property(property(metadata, 'kernelspec') ?? metadata, 'language')?.value;
  const info = metadata && property(property(metadata, 'language_info') ?? metadata, 'name')?.value;
  const name = typeof kernel === 'string' ? kernel : typeof info === 'string' ? info : 'python';
  return name.toLowerCase() === 'r' ? 'r' : name.toLowerCase();
}

function property(node: Node, name: string): Node | undefined {
  for (const child of node.children ?? []) {
    if (child.type === 'property' && child.children?.[0]?.value === name) return child.children[1];
  }
  return undefined;
}

/** Decoded text of JSON string nodes, with each decoded character's raw start and end offsets. */
export function decodePieces(raw: string, pieces: Node[]): { text: string; starts: number[]; ends: number[] } {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (const piece of pieces) {
    const stop = piece.offset + piece.length - 1; // the closing quote
    for (let i = piece.offset + 1; i < stop; ) {
      const ch = raw[i]!;
      if (ch !== '\\') {
        text += ch;
        starts.push(i);
        ends.push(i + 1);
        i++;
        continue;
      }
      const escape = raw[i + 1];
      let value: string;
      let width = 2;
      if (escape === 'u') {
        value = String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16) || 0xfffd);
        width = 6;
      } else {
        value = ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[escape ?? ''] ?? escape ?? '';
      }
      text += value;
      starts.push(i);
      ends.push(i + width);
      i += width;
    }
  }
  return { text, starts, ends };
}
