/**
 * DeepSeek's API names. They serve open-weight models, so each entry says which one in a note; the model
 * license of the weights is on the open entry, the API entry carries DeepSeek's platform terms.
 */
import type { ApiVendor } from '../vendor';

export const deepseek: ApiVendor = {
  publisher: { id: 'deepseek-ai', name: 'DeepSeek', country: 'CN', url: 'https://www.deepseek.com' },
  apiTerms: 'deepseek-api-terms',
  termsUrl: 'https://platform.deepseek.com/downloads/DeepSeek%20Open%20Platform%20Terms%20of%20Service.html',
  modelsUrl: 'https://api-docs.deepseek.com/',
  modelsDevProvider: 'deepseek',
  servesOpenWeights: true,
  include: () => true,
  curated: [
    {
      id: 'deepseek-chat',
      notes: [
        'API name, not a weights release; retired on 2026-07-24. It served DeepSeek-V3 and its updates (V3-0324, V3.1, V3.2 in non-thinking mode from 2025-12-01), then DeepSeek-V4-Flash in non-thinking mode from 2026-04-24.',
        'The open weights it served are separate entries (deepseek-ai/DeepSeek-V3, DeepSeek-V3.2...) with their own model license.',
      ],
    },
    {
      id: 'deepseek-reasoner',
      notes: [
        'API name, not a weights release; retired on 2026-07-24. It served DeepSeek-R1 and R1-0528, then the thinking mode of V3.1 / V3.2, then DeepSeek-V4-Flash in thinking mode from 2026-04-24.',
        'The open weights it served are separate entries (deepseek-ai/DeepSeek-R1, DeepSeek-V3.2...) with their own model license.',
      ],
    },
    { id: 'deepseek-v4-flash', notes: ['Legacy API name: DeepSeek now calls the model deepseek-flash and serves these requests with DeepSeek-V4.1-Flash.'] },
    { id: 'deepseek-v4-pro', notes: ['From 2026-09-14 DeepSeek routes deepseek-v4-pro requests to DeepSeek-V4.1-Flash until a V4.1 Pro is released.'] },
    {
      id: 'deepseek-flash',
      name: 'DeepSeek Flash',
      family: 'deepseek-flash',
      modality: ['text'],
      task: 'text-generation',
      weightsUnknown: true,
      notes: ['Current API name of DeepSeek-V4.1-Flash; whether its weights are published was not confirmed when this entry was checked.'],
    },
  ],
  reports: [],
};
