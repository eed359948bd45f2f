/**
 * Qwen models that Alibaba Cloud Model Studio (DashScope) serves only through its API (`qwen-max`,
 * `qwen-plus`, `qwen3-max`...). Qwen models with Hub weights are open-model entries. The license catalog has
 * no entry for Model Studio's terms yet, so `apiTerms` is null and `proprietary` rests on the model list.
 */
import type { ApiVendor } from '../vendor';

export const alibaba: ApiVendor = {
  publisher: { id: 'Qwen', name: 'Qwen (Alibaba Cloud)', country: 'CN', url: 'https://www.alibabacloud.com/en/solutions/generative-ai/qwen' },
  apiTerms: null,
  modelsUrl: 'https://www.alibabacloud.com/help/en/model-studio/models',
  modelsDevProvider: 'alibaba',
  curated: [
    { id: 'qwen-max', aliases: ['qwen-max-latest', 'qwen-max-2025-01-25'] },
    { id: 'qwen-plus', aliases: ['qwen-plus-latest', 'qwen-plus-2025-07-28'] },
    { id: 'qwen-turbo', aliases: ['qwen-turbo-latest'] },
  ],
  reports: [],
};
