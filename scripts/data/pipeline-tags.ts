/** Hub pipeline tags -> the dataset's modality values. Tags not listed leave the modality unknown. */
import type { MODALITIES } from '../../src/core/dataset/schema';

type Modality = (typeof MODALITIES)[number];

const MODALITY_BY_TAG: Record<string, Modality[]> = {
  'text-generation': ['text'],
  'text2text-generation': ['text'],
  'fill-mask': ['text'],
  'text-classification': ['text'],
  'token-classification': ['text'],
  'zero-shot-classification': ['text'],
  'question-answering': ['text'],
  'table-question-answering': ['text'],
  summarization: ['text'],
  translation: ['text'],
  'feature-extraction': ['embedding'],
  'sentence-similarity': ['embedding'],
  'text-ranking': ['reranking'],
  'text-to-image': ['image-generation'],
  'image-to-image': ['image-generation'],
  'unconditional-image-generation': ['image-generation'],
  'image-text-to-text': ['multimodal'],
  'visual-question-answering': ['multimodal'],
  'document-question-answering': ['multimodal'],
  'image-to-text': ['vision'],
  'image-classification': ['vision'],
  'zero-shot-image-classification': ['vision'],
  'object-detection': ['vision'],
  'zero-shot-object-detection': ['vision'],
  'image-segmentation': ['vision'],
  'mask-generation': ['vision'],
  'depth-estimation': ['vision'],
  'image-feature-extraction': ['vision', 'embedding'],
  'video-classification': ['video'],
  'text-to-video': ['video'],
  'image-to-video': ['video'],
  'automatic-speech-recognition': ['audio'],
  'audio-classification': ['audio'],
  'text-to-speech': ['speech'],
  'text-to-audio': ['speech'],
  'audio-to-audio': ['audio'],
  'any-to-any': ['multimodal'],
};

export function modalityFromTag(tag: string | null | undefined): Modality[] | null {
  return tag ? (MODALITY_BY_TAG[tag] ?? null) : null;
}
