/**
 * Cohere's API-only models (embedding and rerank). Command R / R+ / R7B / A and Aya have CC-BY-NC weights
 * on the Hub (CohereLabs), so their API names are aliases of those open entries, not models here.
 */
import type { ApiVendor } from '../vendor';

const embed = (id: string, name: string, releaseDate: string) => ({ id, name, family: 'embed', releaseDate, modality: ['embedding'], task: 'feature-extraction' });
const rerank = (id: string, name: string, releaseDate: string) => ({ id, name, family: 'rerank', releaseDate, modality: ['reranking'], task: 'text-ranking' });

export const cohere: ApiVendor = {
  publisher: { id: 'CohereLabs', name: 'Cohere', country: 'CA', url: 'https://cohere.com' },
  apiTerms: 'cohere-api-terms',
  termsUrl: 'https://cohere.com/terms-of-use',
  modelsUrl: 'https://docs.cohere.com/docs/models',
  curated: [
    embed('embed-english-v3.0', 'Embed English v3', '2023-11'),
    embed('embed-multilingual-v3.0', 'Embed Multilingual v3', '2023-11'),
    embed('embed-english-light-v3.0', 'Embed English Light v3', '2023-11'),
    embed('embed-multilingual-light-v3.0', 'Embed Multilingual Light v3', '2023-11'),
    embed('embed-v4.0', 'Embed v4', '2025-04'),
    rerank('rerank-english-v3.0', 'Rerank English v3', '2024-04'),
    rerank('rerank-multilingual-v3.0', 'Rerank Multilingual v3', '2024-04'),
    rerank('rerank-v3.5', 'Rerank 3.5', '2024-12'),
  ],
  reports: [],
};
