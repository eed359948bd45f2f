/**
 * Hosted-provider ids (Bedrock, Vertex, Azure, Groq, Together, Fireworks, OpenRouter) and vendor API names
 * that serve models whose weights are on the Hub, plus older provider ids of API models that models.dev no
 * longer lists. Each id cites the provider's model documentation; when the models.dev snapshot lists the id for
 * that provider too, it cites models.dev instead (a record anyone can re-check).
 * Never an id for a provider's own fine-tune: those are different models.
 * Run on its own: `npx tsx scripts/data/importers/aliases-providers.ts`.
 */
import type { Source } from '../../../src/core/dataset/schema';
import { CHECKED } from './models-dev/vendor';
import { readModelsDev, type ModelsDevSnapshot } from './models-dev/read';
import { buildAliasFile, isMain, writeAliasFile, type AliasTable, type Ecosystem } from './aliases-table';
import { PROVIDER_ENTRIES } from './aliases-providers-table';

const doc = (id: string, url: string, title: string): Source => ({ id, kind: 'vendor-page', url, title, checked: CHECKED });

/** Per table: the ecosystem, where the provider documents these ids, and the models.dev folder that mirrors it. */
export const PROVIDER_DOCS: Record<string, { ecosystem: Ecosystem; source: Source; modelsDev?: string }> = {
  bedrock: { ecosystem: 'bedrock', source: doc('bedrock-models', 'https://docs.aws.amazon.com/bedrock/latest/userguide/models-supported.html', 'Amazon Bedrock supported foundation models'), modelsDev: 'amazon-bedrock' },
  'vertex-claude': { ecosystem: 'vertex', source: doc('vertex-claude', 'https://docs.claude.com/en/api/claude-on-vertex-ai', 'Claude on Vertex AI: API model names'), modelsDev: 'google-vertex-anthropic' },
  'vertex-maas': { ecosystem: 'vertex', source: doc('vertex-models', 'https://cloud.google.com/model-garden', 'Vertex AI Model Garden (managed open models)'), modelsDev: 'google-vertex' },
  azure: { ecosystem: 'azure', source: doc('azure-models', 'https://learn.microsoft.com/azure/ai-foundry/foundry-models/concepts/models', 'Azure AI Foundry models'), modelsDev: 'azure' },
  groq: { ecosystem: 'groq', source: doc('groq-models', 'https://console.groq.com/docs/models', 'GroqCloud supported models'), modelsDev: 'groq' },
  together: { ecosystem: 'together', source: doc('together-models', 'https://docs.together.ai/docs/serverless-models', 'Together AI serverless models'), modelsDev: 'togetherai' },
  fireworks: { ecosystem: 'fireworks', source: doc('fireworks-models', 'https://fireworks.ai/models', 'Fireworks AI model library'), modelsDev: 'fireworks-ai' },
  openrouter: { ecosystem: 'openrouter', source: doc('openrouter-models', 'https://openrouter.ai/models', 'OpenRouter models'), modelsDev: 'openrouter' },
  'api-mistral': { ecosystem: 'api', source: doc('mistral-api-models', 'https://docs.mistral.ai/getting-started/models/', 'Mistral AI models: API endpoints and weights'), modelsDev: 'mistral' },
  'api-cohere': { ecosystem: 'api', source: doc('cohere-api-models', 'https://docs.cohere.com/docs/models', 'Cohere models: API names and Hub weights'), modelsDev: 'cohere' },
};

const MODELS_DEV_SOURCE: Source = { id: 'models-dev', kind: 'reference-dataset', url: 'https://models.dev', title: 'models.dev provider records', checked: CHECKED };

function table(key: string, snapshot: ModelsDevSnapshot): AliasTable {
  const docs = PROVIDER_DOCS[key]!;
  const listed = new Set(docs.modelsDev ? snapshot.provider(docs.modelsDev).map((record) => record.id.toLowerCase()) : []);
  return {
    ecosystem: docs.ecosystem,
    source: docs.source,
    entries: PROVIDER_ENTRIES[key] ?? {},
    sourceOf: (id) => (listed.has(id.toLowerCase()) ? MODELS_DEV_SOURCE : undefined),
  };
}

export function providersAliasFile(snapshot: ModelsDevSnapshot = readModelsDev()) {
  return buildAliasFile(Object.keys(PROVIDER_DOCS).map((key) => table(key, snapshot)));
}

if (isMain(__filename)) writeAliasFile('providers', providersAliasFile());
