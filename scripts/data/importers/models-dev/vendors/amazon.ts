/**
 * Amazon Nova models (API-only, through Amazon Bedrock and the Nova API) and the older Amazon Titan models
 * (Bedrock only). Bedrock ids are aliases.
 */
import type { ApiVendor, CuratedApiModel } from '../vendor';

const nova = (id: string, name: string, family: string, releaseDate: string, modality: string[], task: string) => ({ id, name, family, releaseDate, modality, task });
const understanding = ['text', 'vision', 'video'];
const BEDROCK_ONLY = 'Served only on Amazon Bedrock; code names it by its Bedrock model id (an alias of this entry).';
/** Titan models are listed on their Bedrock user guide pages, not on the Nova one; release dates: none read. */
const titan = (id: string, name: string, family: string, modality: string[], task: string, modelsUrl: string): CuratedApiModel => ({
  id,
  name,
  family,
  modality,
  task,
  modelsUrl,
  notes: [BEDROCK_ONLY],
});
const TITAN_TEXT = 'https://docs.aws.amazon.com/bedrock/latest/userguide/titan-text-models.html';
const TITAN_EMBEDDINGS = 'https://docs.aws.amazon.com/bedrock/latest/userguide/titan-embedding-models.html';

export const amazon: ApiVendor = {
  publisher: { id: 'amazon', name: 'Amazon', country: 'US', url: 'https://aws.amazon.com/ai/generative-ai/nova/' },
  apiTerms: 'amazon-nova-terms',
  termsUrl: 'https://aws.amazon.com/service-terms/',
  modelsUrl: 'https://docs.aws.amazon.com/nova/latest/userguide/what-is-nova.html',
  modelsDevProvider: 'nova',
  curated: [
    nova('nova-micro-v1', 'Amazon Nova Micro', 'nova-micro', '2024-12-03', ['text'], 'text-generation'),
    nova('nova-lite-v1', 'Amazon Nova Lite', 'nova-lite', '2024-12-03', understanding, 'image-text-to-text'),
    nova('nova-pro-v1', 'Amazon Nova Pro', 'nova-pro', '2024-12-03', understanding, 'image-text-to-text'),
    nova('nova-premier-v1', 'Amazon Nova Premier', 'nova-premier', '2025-04-30', understanding, 'image-text-to-text'),
    nova('nova-canvas-v1', 'Amazon Nova Canvas', 'nova-canvas', '2024-12-03', ['image-generation'], 'text-to-image'),
    nova('nova-reel-v1', 'Amazon Nova Reel', 'nova-reel', '2024-12-03', ['video'], 'text-to-video'),
    nova('nova-sonic-v1', 'Amazon Nova Sonic', 'nova-sonic', '2025-04-08', ['audio', 'speech'], 'audio-to-audio'),
    titan('titan-text-express-v1', 'Amazon Titan Text G1 - Express', 'titan-text', ['text'], 'text-generation', TITAN_TEXT),
    titan('titan-text-lite-v1', 'Amazon Titan Text G1 - Lite', 'titan-text', ['text'], 'text-generation', TITAN_TEXT),
    titan('titan-text-premier-v1', 'Amazon Titan Text G1 - Premier', 'titan-text', ['text'], 'text-generation', TITAN_TEXT),
    titan('titan-embed-text-v2', 'Amazon Titan Text Embeddings V2', 'titan-embed', ['embedding'], 'feature-extraction', TITAN_EMBEDDINGS),
  ],
  reports: [
    {
      models: ['nova-micro-v1', 'nova-lite-v1', 'nova-pro-v1', 'nova-canvas-v1', 'nova-reel-v1'],
      url: 'https://www.amazon.science/publications/the-amazon-nova-family-of-models-technical-report-and-model-card',
      title: 'The Amazon Nova Family of Models: Technical Report and Model Card',
    },
  ],
};
