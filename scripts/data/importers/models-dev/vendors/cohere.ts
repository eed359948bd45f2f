/**
 * Cohere's API-only models (embedding and rerank, and the legacy Command models). Command R / R+ / R7B / A and
 * Aya have CC-BY-NC weights on the Hub (CohereLabs), so their API names are aliases of those open entries, not
 * models here. Bare `command` is left out: it is in scripts/data/common-strings.txt.
 */
import type { ApiVendor, CuratedApiModel } from '../vendor';

const embed = (id: string, name: string, releaseDate: string) => ({ id, name, family: 'embed', releaseDate, modality: ['embedding'], task: 'feature-extraction' });
const rerank = (id: string, name: string, releaseDate: string) => ({ id, name, family: 'rerank', releaseDate, modality: ['reranking'], task: 'text-ranking' });

/** The legacy Command page, which lists command-light (and once listed the nightly ids). */
const COMMAND_PAGE = 'https://docs.cohere.com/docs/command-beta';
/** The nightly ids the current Command page no longer lists: read from the page's earlier source. */
const COMMAND_PAGE_SOURCE: CuratedApiModel['evidence'] = {
  kind: 'repository',
  url: 'https://github.com/cohere-ai/cohere-developer-experience/blob/cf971a61a3db7e7d810c52df6a7858088a57d49c/fern/pages/models/the-command-family-of-models/command-beta.mdx',
  title: "Cohere docs source, 'Command and Command Light' page (version updated 2024-06-04)",
  note: 'Lists command-nightly and command-light-nightly as the weekly-updated experimental versions of command and command-light, text in and out; the current page (docs.cohere.com/docs/command-beta) no longer lists the nightly ids.',
};
const command = (id: string, name: string, notes: string[], evidence?: CuratedApiModel['evidence']): CuratedApiModel => ({
  id,
  name,
  family: 'command',
  modality: ['text'],
  task: 'text-generation',
  modelsUrl: COMMAND_PAGE,
  notes,
  ...(evidence ? { evidence } : {}),
});
const nightly = (of: string) =>
  `Cohere's nightly build of ${of}: experimental, updated without notice and not meant for production. The current Command page no longer lists it; ${of} itself was deprecated on 2025-09-15.`;

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
    command('command-light', 'Command Light', [
      'Deprecated by Cohere on 2025-09-15 (https://docs.cohere.com/changelog/2025-09-15-major-command-deprecations): closed to new customers, with command-r-08-2024, command-r-plus-08-2024 or command-a-03-2025 named as replacements.',
    ]),
    command('command-nightly', 'Command Nightly', [nightly('command')], COMMAND_PAGE_SOURCE),
    command('command-light-nightly', 'Command Light Nightly', [nightly('command-light')], COMMAND_PAGE_SOURCE),
  ],
  reports: [],
};
