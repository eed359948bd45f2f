/**
 * Table-driven detection checks. A case is a snippet with every expected reference wrapped in ⟦ ⟧; the
 * markers are removed, detection runs on the clean text, and the found spans must equal the marked ones
 * exactly (same offsets, same text, nothing more).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { datasetSchema } from '../../../src/core/dataset/schema';
import { createModelResolver } from '../../../src/core/dataset/resolve';
import { detectModelReferences } from '../../../src/core/detect';
import type { DetectedReference } from '../../../src/core/detect/reference';

export const mini = datasetSchema.parse(JSON.parse(readFileSync('test/fixtures/datasets/mini.json', 'utf8')));
export const resolver = createModelResolver(mini);

export function unmark(marked: string): { text: string; spans: Array<{ start: number; end: number; text: string }> } {
  let text = '';
  const spans: Array<{ start: number; end: number; text: string }> = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === '⟦') open = text.length;
    else if (ch === '⟧') {
      spans.push({ start: open, end: text.length, text: text.slice(open, text.length) });
      open = -1;
    } else text += ch;
  }
  return { text, spans };
}

export function detect(text: string, languageId: string, fileName?: string): DetectedReference[] {
  return detectModelReferences(text, { languageId, fileName, isKnown: resolver.isKnown });
}

/** Asserts that detection finds exactly the marked spans. */
export function expectMarked(languageId: string, marked: string, fileName?: string): DetectedReference[] {
  const { text, spans } = unmark(marked);
  const found = detect(text, languageId, fileName);
  const show = (list: Array<{ start: number; text: string }>) => list.map((s) => `${s.start}:${s.text}`);
  assert.deepEqual(show(found), show(spans), `in:\n${text}`);
  for (const reference of found) assert.equal(text.slice(reference.start, reference.end), reference.text);
  return found;
}

/** Every found reference that the dataset does not know must be one the syntax vouches for. */
export function assertUnknownsAreContextual(found: DetectedReference[]): void {
  for (const reference of found) {
    if (!resolver.isKnown(reference.text)) assert.equal(reference.contextual, true, `${reference.text} is unknown and weak`);
  }
}
