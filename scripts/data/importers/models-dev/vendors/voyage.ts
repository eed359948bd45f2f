/**
 * Voyage AI's embedding models, served only through Voyage's API (no weights published). voyage-3-large and
 * voyage-code-3 are read from Voyage's model list (both Legacy); voyage-3 and voyage-3-lite from Anthropic's
 * embeddings guide listing Voyage's models. No release dates were read.
 */
import type { ApiVendor, CuratedApiModel } from '../vendor';

/** Voyage's embeddings page is the card of voyage-3 and voyage-3-lite; Anthropic's guide is where they were read. */
const EMBEDDINGS_PAGE = 'https://docs.voyageai.com/docs/embeddings';
const ANTHROPIC_GUIDE: CuratedApiModel['evidence'] = {
  kind: 'vendor-page',
  url: 'https://docs.anthropic.com/en/docs/build-with-claude/embeddings',
  title: "Anthropic's embeddings guide: Voyage AI's models",
  note: 'Lists voyage-3 and voyage-3-lite (32,000-token context; 1024 and 512 dimensions) among the Voyage AI text embedding models.',
};
const embedding = { modality: ['embedding'], task: 'feature-extraction' };
const legacy = (replacement: string) => `Voyage AI's model lifecycle table lists it as Legacy, with ${replacement} as the recommended replacement.`;

export const voyage: ApiVendor = {
  publisher: { id: 'voyageai', name: 'Voyage AI', country: 'US', url: 'https://www.voyageai.com' },
  apiTerms: 'voyage-api-terms',
  termsUrl: 'https://www.voyageai.com/tos',
  modelsUrl: 'https://docs.voyageai.com/docs/choose-a-model',
  curated: [
    { id: 'voyage-3-large', name: 'voyage-3-large', family: 'voyage-3', ...embedding, notes: [legacy('voyage-4-large')] },
    { id: 'voyage-code-3', name: 'voyage-code-3', family: 'voyage-code', ...embedding, notes: [legacy('voyage-code-4')] },
    { id: 'voyage-3', name: 'voyage-3', family: 'voyage-3', ...embedding, modelsUrl: EMBEDDINGS_PAGE, evidence: ANTHROPIC_GUIDE },
    { id: 'voyage-3-lite', name: 'voyage-3-lite', family: 'voyage-3', ...embedding, modelsUrl: EMBEDDINGS_PAGE, evidence: ANTHROPIC_GUIDE },
  ],
  reports: [],
};
