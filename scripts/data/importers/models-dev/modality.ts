/** Maps models.dev input/output modalities onto the dataset's MODALITIES and a Hub-style task. */
import type { ModelsDevRecord } from './read';

const EMBEDDING_FAMILIES = /embed/i;

export function modalityOf(record: ModelsDevRecord): string[] {
  if (EMBEDDING_FAMILIES.test(`${record.family ?? ''} ${record.id}`)) return ['embedding'];
  const out = new Set<string>();
  if (record.output.includes('text')) out.add('text');
  if (record.input.includes('image') && record.output.includes('text')) out.add('vision');
  if (record.input.includes('audio') && record.output.includes('text')) out.add('audio');
  if (record.output.includes('image')) out.add('image-generation');
  if (record.output.includes('audio')) out.add('speech');
  if (record.output.includes('video')) out.add('video');
  return out.size > 0 ? [...out] : ['text'];
}

export function taskOf(record: ModelsDevRecord): string | null {
  const modality = modalityOf(record);
  if (modality.includes('embedding')) return 'feature-extraction';
  if (record.output.includes('video')) return 'text-to-video';
  if (record.output.includes('image')) return 'text-to-image';
  if (record.output.includes('audio') && !record.output.includes('text')) return 'text-to-speech';
  if (record.output.includes('text')) return record.input.includes('image') ? 'image-text-to-text' : 'text-generation';
  return null;
}
