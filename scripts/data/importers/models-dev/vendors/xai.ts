/** xAI's Grok API models. Grok-1 and Grok-2 weights on the Hub (xai-org) are open-model entries. */
import type { ApiVendor } from '../vendor';

const text = { modality: ['text', 'vision'], task: 'image-text-to-text' };

export const xai: ApiVendor = {
  publisher: { id: 'xai-org', name: 'xAI', country: 'US', url: 'https://x.ai' },
  apiTerms: 'xai-api-terms',
  termsUrl: 'https://x.ai/legal/terms-of-service-enterprise',
  modelsUrl: 'https://docs.x.ai/docs/models',
  modelsDevProvider: 'xai',
  curated: [
    { id: 'grok-beta', name: 'Grok (beta)', family: 'grok', releaseDate: '2024-11', modality: ['text'], task: 'text-generation' },
    { id: 'grok-2-1212', name: 'Grok 2 (1212)', family: 'grok', releaseDate: '2024-12', modality: ['text'], task: 'text-generation', aliases: ['grok-2', 'grok-2-latest'] },
    { id: 'grok-2-vision-1212', name: 'Grok 2 Vision (1212)', family: 'grok', releaseDate: '2024-12', ...text, aliases: ['grok-2-vision', 'grok-2-vision-latest'] },
    { id: 'grok-3', name: 'Grok 3', family: 'grok', releaseDate: '2025-04', modality: ['text'], task: 'text-generation', aliases: ['grok-3-latest', 'grok-3-beta'] },
    { id: 'grok-3-mini', name: 'Grok 3 Mini', family: 'grok', releaseDate: '2025-04', modality: ['text'], task: 'text-generation', aliases: ['grok-3-mini-latest', 'grok-3-mini-beta'] },
    { id: 'grok-4', name: 'Grok 4', family: 'grok', releaseDate: '2025-07-09', ...text, aliases: ['grok-4-0709', 'grok-4-latest'] },
    { id: 'grok-4-fast-reasoning', name: 'Grok 4 Fast (reasoning)', family: 'grok', releaseDate: '2025-09-19', ...text, aliases: ['grok-4-fast'] },
    { id: 'grok-4-fast-non-reasoning', name: 'Grok 4 Fast (non-reasoning)', family: 'grok', releaseDate: '2025-09-19', ...text },
    { id: 'grok-4-1-fast-reasoning', name: 'Grok 4.1 Fast (reasoning)', family: 'grok', releaseDate: '2025-11', ...text, aliases: ['grok-4-1-fast'] },
    { id: 'grok-4-1-fast-non-reasoning', name: 'Grok 4.1 Fast (non-reasoning)', family: 'grok', releaseDate: '2025-11', ...text },
    {
      id: 'grok-4.5',
      name: 'Grok 4.5',
      family: 'grok',
      releaseDate: '2026-07-08',
      ...text,
      evidence: { kind: 'vendor-page', url: 'https://docs.apiyi.com/en/api-capabilities/grok/overview', title: 'Grok model lineup (API reseller documentation): grok-4.5 released 2026-07-08' },
    },
    { id: 'grok-code-fast-1', name: 'Grok Code Fast 1', family: 'grok-code', releaseDate: '2025-08', modality: ['code'], task: 'text-generation', aliases: ['grok-code-fast-1-0825'] },
  ],
  reports: [],
};
