/**
 * Moonshot AI's moonshot-v1 API models (Kimi platform), served only through Moonshot's API. The Kimi K2 open
 * weights on the Hub (moonshotai/Kimi-K2-...) are open-model entries with their own license, and models.dev's
 * moonshotai folder is not read here: it lists those. No release dates were read.
 */
import type { ApiVendor, CuratedApiModel } from '../vendor';

/** Where the ids were read: LobeChat's copy of Moonshot's pricing table. */
const PRICING_TABLE: CuratedApiModel['evidence'] = {
  kind: 'repository',
  url: 'https://unpkg.com/@lobehub/chat@1.94.11/src/config/aiModels/moonshot.ts',
  title: "LobeChat's Moonshot model table (taken from platform.moonshot.cn/docs/pricing/chat)",
  note: "Lists moonshot-v1-8k, moonshot-v1-32k and moonshot-v1-128k (8,192, 32,768 and 131,072-token context) as Moonshot chat models; Moonshot's own introduction page calls the family moonshot-v1, its text generation model.",
};
const v1 = (id: string): CuratedApiModel => ({
  id,
  name: id,
  family: 'moonshot-v1',
  modality: ['text'],
  task: 'text-generation',
  notes: ["moonshot-v1 is served only through Moonshot's API; the Kimi K2 open weights are separate entries (moonshotai/Kimi-K2-...) with their own license."],
  evidence: PRICING_TABLE,
});

export const moonshot: ApiVendor = {
  publisher: { id: 'moonshotai', name: 'Moonshot AI', country: 'CN', url: 'https://www.moonshot.ai/' },
  apiTerms: 'moonshot-api-terms',
  termsUrl: 'https://platform.kimi.ai/docs/agreement/modeluse',
  modelsUrl: 'https://platform.kimi.ai/docs/introduction',
  curated: [v1('moonshot-v1-8k'), v1('moonshot-v1-32k'), v1('moonshot-v1-128k')],
  reports: [],
};
