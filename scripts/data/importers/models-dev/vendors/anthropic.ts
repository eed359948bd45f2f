/**
 * Anthropic's Claude models. The canonical id is Anthropic's undated name (`claude-sonnet-4-5`,
 * `claude-opus-4-0`); the dated snapshot ids and `-latest` pointers are `api` aliases. Claude 3.x has no
 * undated API name, so its canonical id is the snapshot name without the date (`claude-3-5-sonnet`).
 */
import type { ApiVendor } from '../vendor';

/** Names Anthropic gives the undated Claude 4 models, where stripping the date would not give them. */
const UNDATED: Record<string, string> = { 'claude-opus-4': 'claude-opus-4-0', 'claude-sonnet-4': 'claude-sonnet-4-0' };

export const anthropic: ApiVendor = {
  publisher: { id: 'anthropic', name: 'Anthropic', country: 'US', url: 'https://www.anthropic.com' },
  apiTerms: 'anthropic-api-terms',
  termsUrl: 'https://www.anthropic.com/legal/commercial-terms',
  modelsUrl: 'https://docs.claude.com/en/docs/about-claude/models/overview',
  modelsDevProvider: 'anthropic',
  canonical: (id) => {
    const undated = id.replace(/-\d{8}$/, '');
    return UNDATED[undated] ?? undated;
  },
  curated: [
    { id: 'claude-3-opus', name: 'Claude 3 Opus', aliases: ['claude-3-opus-latest'] },
    { id: 'claude-3-sonnet', name: 'Claude 3 Sonnet' },
    { id: 'claude-3-haiku', name: 'Claude 3 Haiku' },
    {
      id: 'claude-3-5-sonnet',
      name: 'Claude 3.5 Sonnet',
      aliases: ['claude-3-5-sonnet-latest'],
      notes: ['Two snapshots share this name: claude-3-5-sonnet-20240620 and the upgraded claude-3-5-sonnet-20241022 ("v2").'],
    },
    {
      id: 'claude-3-5-haiku',
      name: 'Claude 3.5 Haiku',
      family: 'claude-haiku',
      releaseDate: '2024-10-22',
      modality: ['text', 'vision'],
      task: 'image-text-to-text',
      aliases: ['claude-3-5-haiku-20241022', 'claude-3-5-haiku-latest'],
    },
    { id: 'claude-3-7-sonnet', name: 'Claude 3.7 Sonnet', aliases: ['claude-3-7-sonnet-latest'] },
    { id: 'claude-opus-4-0', name: 'Claude Opus 4' },
    { id: 'claude-sonnet-4-0', name: 'Claude Sonnet 4' },
    // released after the models.dev snapshot
    {
      id: 'claude-opus-5',
      name: 'Claude Opus 5',
      family: 'claude-opus',
      releaseDate: '2026-07-24',
      modality: ['text', 'vision'],
      task: 'image-text-to-text',
      evidence: { kind: 'repository', url: 'https://github.com/Supervertaler/Supervertaler-Workbench/releases/tag/v1.10.364', title: 'Release notes: Anthropic released Claude Opus 5 on 24 July 2026', note: 'Id claude-opus-5 as added to the models.dev catalogue (docker/docker-agent pull request 3830).' },
    },
    {
      id: 'claude-sonnet-5-5',
      name: 'Claude Sonnet 5.5',
      family: 'claude-sonnet',
      modality: ['text', 'vision'],
      task: 'image-text-to-text',
      evidence: { kind: 'repository', url: 'https://github.com/vercel/ai/releases/tag/@ai-sdk%2Famazon-bedrock@4.0.186', title: 'AI SDK release adding the claude-sonnet-5-5 model id (Anthropic, Vertex, Bedrock)' },
    },
    {
      id: 'claude-opus-5-5',
      name: 'Claude Opus 5.5',
      family: 'claude-opus',
      modality: ['text', 'vision'],
      task: 'image-text-to-text',
      evidence: { kind: 'repository', url: 'https://github.com/multidotdev/cli/releases/tag/v0.0.135', title: 'Release notes (2026-09-24) adding Claude Opus 5.5 and Claude Fable 5.1', note: 'Ids claude-opus-5-5 and claude-fable-5-1 as used in public code.' },
    },
    {
      id: 'claude-fable-5-1',
      name: 'Claude Fable 5.1',
      family: 'claude-fable',
      modality: ['text', 'vision'],
      task: 'image-text-to-text',
      evidence: { kind: 'repository', url: 'https://github.com/multidotdev/cli/releases/tag/v0.0.135', title: 'Release notes (2026-09-24) adding Claude Opus 5.5 and Claude Fable 5.1', note: 'Ids claude-opus-5-5 and claude-fable-5-1 as used in public code.' },
    },
    { id: 'claude-2.1', name: 'Claude 2.1', family: 'claude-2', releaseDate: '2023-11-21', modality: ['text'], task: 'text-generation' },
    { id: 'claude-2.0', name: 'Claude 2', family: 'claude-2', releaseDate: '2023-07-11', modality: ['text'], task: 'text-generation' },
    { id: 'claude-instant-1.2', name: 'Claude Instant 1.2', family: 'claude-instant', releaseDate: '2023-08-09', modality: ['text'], task: 'text-generation' },
  ],
  reports: [
    { models: ['claude-3-7-sonnet'], url: 'https://www.anthropic.com/claude-3-7-sonnet-system-card', title: 'Claude 3.7 Sonnet System Card' },
    {
      models: ['claude-opus-4-0', 'claude-sonnet-4-0'],
      url: 'https://www-cdn.anthropic.com/6be99a52cb68eb70eb9572b4cafad13df32ed995.pdf',
      title: 'System Card: Claude Opus 4 & Claude Sonnet 4',
    },
    {
      models: ['claude-3-opus', 'claude-3-sonnet', 'claude-3-haiku', 'claude-3-5-sonnet', 'claude-3-5-haiku'],
      url: 'https://www.anthropic.com/claude-3-model-card',
      title: 'The Claude 3 Model Family: Opus, Sonnet, Haiku (model card and addenda)',
    },
  ],
};
