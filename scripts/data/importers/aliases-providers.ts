/**
 * Hosted-provider ids (Bedrock, Vertex, Azure, Groq, Together, Fireworks, OpenRouter, Cerebras) and vendor API names
 * that serve models whose weights are on the Hub, plus older provider ids of API models that models.dev no
 * longer lists. Each id cites the provider's model documentation; when the models.dev snapshot lists the id for
 * that provider too, it cites models.dev instead (a record anyone can re-check). An id the provider documents on a
 * page of its own (Titan on Bedrock) names that page in its row, and cites it whatever models.dev lists.
 * Never an id for a provider's own fine-tune: those are different models.
 * Run on its own: `npx tsx scripts/data/importers/aliases-providers.ts`.
 */
import type { Source } from '../../../src/core/dataset/schema';
import { CHECKED } from './models-dev/vendor';
import { readModelsDev, type ModelsDevSnapshot } from './models-dev/read';
import { buildAliasFile, isMain, writeAliasFile, type AliasTable, type Ecosystem } from './aliases-table';
import { PROVIDER_ENTRIES } from './aliases-providers-table';

const doc = (id: string, url: string, title: string, note?: string): Source => ({ id, kind: 'vendor-page', url, title, checked: CHECKED, ...(note ? { note } : {}) });

/** Per table: the ecosystem, where the provider documents these ids, and the models.dev folder that mirrors it. */
export const PROVIDER_DOCS: Record<string, { ecosystem: Ecosystem; source: Source; modelsDev?: string }> = {
  cerebras: {
    ecosystem: 'cerebras',
    source: doc(
      'cerebras-models',
      'https://inference-docs.cerebras.ai/models/overview',
      'Cerebras Inference: supported models and their API ids',
      "llama3.1-8b (Llama 3.1 8B) and llama-3.3-70b (Llama 3.3 70B), as also listed by the AI SDK's Cerebras provider; both since retired by Cerebras, still written in code.",
    ),
    modelsDev: 'cerebras',
  },
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

/**
 * Pages that document single ids of a table, beside the table's own source. A `{ id, source }` row names one of
 * these or a table's source id (to cite the provider's page even where models.dev lists the id).
 */
export const ENTRY_SOURCES: Record<string, Source> = Object.fromEntries(
  [
    doc('bedrock-titan-text', 'https://docs.aws.amazon.com/bedrock/latest/userguide/titan-text-models.html', 'Amazon Bedrock: Amazon Titan Text models and their model ids'),
    doc('bedrock-titan-embeddings', 'https://docs.aws.amazon.com/bedrock/latest/userguide/titan-embedding-models.html', 'Amazon Bedrock: Amazon Titan Text Embeddings models and their model ids'),
    doc(
      'bedrock-cohere-command',
      'https://docs.aws.amazon.com/bedrock/latest/userguide/bedrock-runtime_example_bedrock-runtime_InvokeModel_CohereCommand_section.html',
      'Amazon Bedrock code example: invoke Cohere Command (model id of Command Light)',
    ),
  ].map((source) => [source.id, source]),
);

const MODELS_DEV_SOURCE: Source = { id: 'models-dev', kind: 'reference-dataset', url: 'https://models.dev', title: 'models.dev provider records', checked: CHECKED };

function table(key: string, snapshot: ModelsDevSnapshot): AliasTable {
  const docs = PROVIDER_DOCS[key]!;
  const listed = new Set(docs.modelsDev ? snapshot.provider(docs.modelsDev).map((record) => record.id.toLowerCase()) : []);
  return {
    ecosystem: docs.ecosystem,
    source: docs.source,
    entries: Object.fromEntries(
      Object.entries(PROVIDER_ENTRIES[key] ?? {}).map(([model, ids]) => [
        model,
        ids.map((entry) => {
          if (typeof entry === 'string') return entry;
          const source = ENTRY_SOURCES[entry.source] ?? Object.values(PROVIDER_DOCS).find((docs) => docs.source.id === entry.source)?.source;
          if (!source) throw new Error(`aliases-providers-table: ${entry.id} names unknown source ${entry.source}`);
          return { id: entry.id, source };
        }),
      ]),
    ),
    sourceOf: (id) => (listed.has(id.toLowerCase()) ? MODELS_DEV_SOURCE : undefined),
  };
}

export function providersAliasFile(snapshot: ModelsDevSnapshot = readModelsDev()) {
  return buildAliasFile(Object.keys(PROVIDER_DOCS).map((key) => table(key, snapshot)));
}

if (isMain(__filename)) writeAliasFile('providers', providersAliasFile());
