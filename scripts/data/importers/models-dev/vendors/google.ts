/** Google's Gemini API models (Gemma has open weights and lives with the open models). */
import type { ApiVendor } from '../vendor';

export const google: ApiVendor = {
  publisher: { id: 'google', name: 'Google', country: 'US', url: 'https://ai.google.dev' },
  apiTerms: 'google-gemini-api-terms',
  termsUrl: 'https://ai.google.dev/gemini-api/terms',
  modelsUrl: 'https://ai.google.dev/gemini-api/docs/models',
  modelsDevProvider: 'google',
  include: (record) => record.openWeights === false && !record.id.startsWith('gemma'),
  curated: [
    { id: 'gemini-1.0-pro', name: 'Gemini 1.0 Pro', family: 'gemini-pro', releaseDate: '2023-12-13', modality: ['text'], task: 'text-generation', aliases: ['gemini-pro', 'gemini-1.0-pro-001'] },
    { id: 'gemini-1.5-pro', name: 'Gemini 1.5 Pro', family: 'gemini-pro', releaseDate: '2024-02-15', modality: ['text', 'vision', 'audio'], task: 'image-text-to-text', aliases: ['gemini-1.5-pro-001', 'gemini-1.5-pro-002', 'gemini-1.5-pro-latest'] },
    { id: 'gemini-1.5-flash', name: 'Gemini 1.5 Flash', family: 'gemini-flash', releaseDate: '2024-05-14', modality: ['text', 'vision', 'audio'], task: 'image-text-to-text', aliases: ['gemini-1.5-flash-001', 'gemini-1.5-flash-002', 'gemini-1.5-flash-latest'] },
    { id: 'gemini-1.5-flash-8b', name: 'Gemini 1.5 Flash-8B', family: 'gemini-flash', releaseDate: '2024-10-03', modality: ['text', 'vision', 'audio'], task: 'image-text-to-text', aliases: ['gemini-1.5-flash-8b-001', 'gemini-1.5-flash-8b-latest'] },
    { id: 'gemini-2.0-flash', aliases: ['gemini-2.0-flash-001', 'gemini-2.0-flash-exp'] },
    { id: 'gemini-2.0-flash-lite', aliases: ['gemini-2.0-flash-lite-001'] },
    { id: 'gemini-2.5-pro', aliases: ['gemini-2.5-pro-preview-03-25', 'gemini-2.5-pro-preview-05-06', 'gemini-2.5-pro-preview-06-05', 'gemini-2.5-pro-exp-03-25'] },
    { id: 'gemini-2.5-flash', aliases: ['gemini-2.5-flash-preview-04-17', 'gemini-2.5-flash-preview-05-20'] },
    { id: 'text-embedding-004', name: 'Text Embedding 004', family: 'gemini-embedding', releaseDate: '2024', modality: ['embedding'], task: 'feature-extraction' },
    { id: 'imagen-3.0-generate-002', name: 'Imagen 3', family: 'imagen', releaseDate: '2025-02', modality: ['image-generation'], task: 'text-to-image' },
    { id: 'imagen-4.0-generate-001', name: 'Imagen 4', family: 'imagen', modality: ['image-generation'], task: 'text-to-image' },
    { id: 'veo-3.0-generate-001', name: 'Veo 3', family: 'veo', modality: ['video'], task: 'text-to-video' },
    { id: 'veo-2.0-generate-001', name: 'Veo 2', family: 'veo', releaseDate: '2025-04', modality: ['video'], task: 'text-to-video' },
  ],
  reports: [
    { models: ['gemini-1.0-pro'], url: 'https://arxiv.org/abs/2312.11805', title: 'Gemini: A Family of Highly Capable Multimodal Models' },
    { models: ['gemini-1.5-pro', 'gemini-1.5-flash', 'gemini-1.5-flash-8b'], url: 'https://arxiv.org/abs/2403.05530', title: 'Gemini 1.5: Unlocking multimodal understanding across millions of tokens of context' },
    { models: ['gemini-2.5-pro', 'gemini-2.5-flash', 'gemini-2.5-flash-lite'], url: 'https://arxiv.org/abs/2507.06261', title: 'Gemini 2.5 technical report' },
  ],
};
