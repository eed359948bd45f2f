/**
 * Mistral AI's API-only ("premier") models: the ones its model page lists without weights. Models whose
 * weights Mistral publishes (Apache-2.0, MRL, MNPL) belong to the open-model files; their API names are
 * aliases there, not entries here.
 */
import type { ApiVendor } from '../vendor';

export const mistral: ApiVendor = {
  publisher: { id: 'mistralai', name: 'Mistral AI', country: 'FR', url: 'https://mistral.ai' },
  apiTerms: 'mistral-api-terms',
  termsUrl: 'https://mistral.ai/terms',
  modelsUrl: 'https://docs.mistral.ai/getting-started/models/',
  modelsDevProvider: 'mistral',
  /** `-latest` names are moving pointers that have moved onto open-weight models; they are not listed. */
  include: (record) => record.openWeights === false && !record.id.endsWith('-latest'),
  curated: [
    // the first-generation API models: Mistral never released their weights (Large 2 and Small 2 came later, under MRL)
    { id: 'mistral-medium-2312', name: 'Mistral Medium (1)', family: 'mistral-medium', releaseDate: '2023-12-11', modality: ['text'], task: 'text-generation' },
    { id: 'mistral-large-2402', name: 'Mistral Large (1)', family: 'mistral-large', releaseDate: '2024-02-26', modality: ['text'], task: 'text-generation' },
    { id: 'mistral-small-2402', name: 'Mistral Small (1)', family: 'mistral-small', releaseDate: '2024-02-26', modality: ['text'], task: 'text-generation' },
    { id: 'mistral-medium-2505', name: 'Mistral Medium 3' },
    { id: 'mistral-medium-2508', name: 'Mistral Medium 3.1' },
    { id: 'magistral-medium-2506', name: 'Magistral Medium 1.0', family: 'magistral-medium', releaseDate: '2025-06', modality: ['text'], task: 'text-generation' },
    { id: 'magistral-medium-2507', name: 'Magistral Medium 1.1', family: 'magistral-medium', releaseDate: '2025-07', modality: ['text'], task: 'text-generation' },
    { id: 'magistral-medium-2509', name: 'Magistral Medium 1.2', family: 'magistral-medium', releaseDate: '2025-09', modality: ['text', 'vision'], task: 'image-text-to-text' },
    { id: 'codestral-2501', name: 'Codestral 25.01', family: 'codestral', releaseDate: '2025-01', modality: ['code'], task: 'text-generation' },
    { id: 'codestral-2508', name: 'Codestral 25.08', family: 'codestral', releaseDate: '2025-07', modality: ['code'], task: 'text-generation' },
    {
      id: 'devstral-medium-2507',
      name: 'Devstral Medium',
      family: 'devstral',
      releaseDate: '2025-07-10',
      modality: ['code'],
      task: 'text-generation',
      notes: ["models.dev marks it open_weights = true; Mistral's model page lists it without weights, which this entry follows."],
    },
    { id: 'mistral-saba-2502', name: 'Mistral Saba', family: 'mistral-saba', releaseDate: '2025-02-17', modality: ['text'], task: 'text-generation', aliases: ['mistral-saba-latest'] },
    { id: 'mistral-ocr-2505', name: 'Mistral OCR 25.05', family: 'mistral-ocr', releaseDate: '2025-05', modality: ['vision'], task: 'image-to-text' },
  ],
  reports: [],
};
