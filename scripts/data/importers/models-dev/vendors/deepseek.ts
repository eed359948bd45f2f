/**
 * DeepSeek's API names. They serve open-weight models, so each entry says which one in a note; the model
 * license of the weights is on the open entry, the API entry carries DeepSeek's platform terms.
 */
import type { ApiVendor } from '../vendor';

export const deepseek: ApiVendor = {
  publisher: { id: 'deepseek-ai', name: 'DeepSeek', country: 'CN', url: 'https://www.deepseek.com' },
  apiTerms: 'deepseek-api-terms',
  termsUrl: 'https://platform.deepseek.com/downloads/DeepSeek%20Open%20Platform%20Terms%20of%20Service.html',
  modelsUrl: 'https://api-docs.deepseek.com/quick_start/pricing',
  modelsDevProvider: 'deepseek',
  servesOpenWeights: true,
  include: () => true,
  curated: [
    {
      id: 'deepseek-chat',
      notes: [
        'API name, not a weights release. Since 2025-12-01 it serves DeepSeek-V3.2 in non-thinking mode (open weights: deepseek-ai/DeepSeek-V3.2); earlier it served DeepSeek-V3, V3-0324 and V3.1.',
      ],
    },
    {
      id: 'deepseek-reasoner',
      notes: [
        'API name, not a weights release. Since 2025-12-01 it serves DeepSeek-V3.2 in thinking mode (open weights: deepseek-ai/DeepSeek-V3.2); earlier it served DeepSeek-R1 and R1-0528.',
      ],
    },
    { id: 'deepseek-v4-flash', notes: ['API name of the open-weight DeepSeek V4 Flash model (models.dev: open_weights = true).'] },
    { id: 'deepseek-v4-pro', notes: ['API name of the open-weight DeepSeek V4 Pro model (models.dev: open_weights = true).'] },
  ],
  reports: [],
};
