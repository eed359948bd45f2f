/**
 * The dataset's schema. Every fact carries a source: each model and license lists its `sources`, and
 * `provenance` maps each non-null fact (a field path) to the ids of the sources that state it.
 * An unknown fact is `null` (or `"unknown"` for enumerations), never a guess.
 */
import { z } from 'zod';
import {
  COMMERCIAL_USE,
  COMPONENT_LEVELS,
  CONDITION_KINDS,
  LICENSE_KINDS,
  OPENNESS_CLASSES,
} from '../vocabulary';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const SOURCE_KINDS = [
  'model-card', // a Hub model card (front matter or text)
  'license-text', // a LICENSE file or the license's canonical text
  'vendor-page', // the publisher's documentation, blog or model list
  'repository', // a code repository (GitHub...)
  'paper', // a technical report or paper
  'reference-dataset', // EOSAI, Model Openness Tool, models.dev, ScanCode, SPDX...
  'curated', // a judgement of this project, with the reasoning in `note`
] as const;

export const sourceSchema = z
  .object({
    /** Local id, unique within its entry (e.g. "card", "eosai", "license-file"). */
    id: z.string().min(1).max(40),
    kind: z.enum(SOURCE_KINDS),
    /** Where a person can check the fact. */
    url: z.url().nullable(),
    title: z.string().max(200).optional(),
    /** The day the fact was read from the source. */
    checked: isoDate,
    /** For `curated`: why; for reference datasets: the record used. Facts, not copied prose. */
    note: z.string().max(500).optional(),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

/** Where two sources disagree: both values, which one the dataset uses and why. */
export const conflictSchema = z
  .object({
    field: z.string(),
    values: z.array(z.object({ value: z.unknown(), source: z.string() }).strict()).min(2),
    winner: z.string(),
    reason: z.string().max(500),
  })
  .strict();
export type Conflict = z.infer<typeof conflictSchema>;

/** Field path -> ids of the sources that state it, e.g. `{ "license": ["card"], "openness.trainingData": ["eosai"] }`. */
const provenanceSchema = z.record(z.string(), z.array(z.string()).min(1));

export const conditionSchema = z
  .object({
    kind: z.enum(CONDITION_KINDS),
    /** One short factual line, in our own words ("Over 700M monthly active users needs a separate license from Meta"). */
    text: z.string().min(1).max(300),
    /** Numeric threshold where the condition has one (users, USD revenue). */
    threshold: z.number().positive().optional(),
    source: z.string().optional(),
  })
  .strict();
export type Condition = z.infer<typeof conditionSchema>;

export const licenseSchema = z
  .object({
    /** Hugging Face license id where one exists, otherwise our own stable lowercase id (DOMAIN.md). */
    id: z.string().regex(/^[a-z0-9][a-z0-9.+_-]*$/),
    /** The id the Hub uses in `license:` front matter: the same as `id`, or "other" for custom licenses, or null. */
    hfId: z.string().nullable(),
    /** SPDX license id (checked against spdx-license-ids), or null when SPDX has none. */
    spdx: z.string().nullable(),
    /** ScanCode LicenseDB key, when known. */
    scancodeKey: z.string().nullable(),
    /** What exports write: the SPDX id, or `LicenseRef-scancode-<key>`, or `LicenseRef-ai-license-lens-<id>`. */
    expression: z.string(),
    name: z.string().min(1),
    /** Canonical text or terms page. */
    url: z.url().nullable(),
    kind: z.enum(LICENSE_KINDS),
    osiApproved: z.boolean().nullable(),
    commercialUse: z.enum(COMMERCIAL_USE),
    conditions: z.array(conditionSchema),
    /** Distinctive phrases (lower case, whitespace collapsed) that identify the text in a LICENSE file. */
    fingerprints: z.array(z.string().min(12)).default([]),
    /** Other names this license goes by in front matter or SPDX-like strings (`llama3_1`, `LicenseRef-Llama3.1`). */
    aliases: z.array(z.string()).default([]),
    sources: z.array(sourceSchema).min(1),
    provenance: provenanceSchema.default({}),
    conflicts: z.array(conflictSchema).optional(),
  })
  .strict();
export type License = z.infer<typeof licenseSchema>;

export const licenseCatalogSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.string(),
    licenses: z.array(licenseSchema),
  })
  .strict();
export type LicenseCatalog = z.infer<typeof licenseCatalogSchema>;

export const ALIAS_ECOSYSTEMS = [
  'hf', // another Hub repo id for the same weights (renamed repo, mirror)
  'hf-reupload', // GGUF / MLX / AWQ / GPTQ re-upload by a third party, declaring this base
  'ollama',
  'bedrock',
  'vertex',
  'azure',
  'openrouter',
  'litellm',
  'groq',
  'together',
  'fireworks',
  'cerebras',
  'docker', // Docker Model Runner (ai/...)
  'api', // another name at the vendor's own API (dated snapshot, "-latest" pointer)
  'other',
] as const;

export const aliasSchema = z
  .object({
    id: z.string().min(2),
    ecosystem: z.enum(ALIAS_ECOSYSTEMS),
    source: z.string().optional(),
  })
  .strict();
export type Alias = z.infer<typeof aliasSchema>;

export const MODALITIES = [
  'text',
  'code',
  'vision', // image understanding
  'image-generation',
  'video',
  'audio', // audio understanding / speech recognition
  'speech', // speech synthesis
  'embedding',
  'reranking',
  'multimodal',
] as const;

export const BASE_RELATIONS = ['finetune', 'distill', 'quantized', 'merge', 'adapter', 'continued-pretraining'] as const;

const levelSchema = z.enum(COMPONENT_LEVELS);

export const modelSchema = z
  .object({
    /** Canonical id: the Hub repo id (`org/name`) for downloadable models, the vendor's API name otherwise. */
    id: z.string().min(2),
    name: z.string().min(1),
    /** Publisher id: the file `data/models/<publisher>.json` this entry lives in. */
    publisher: z.string(),
    family: z.string().nullable(),
    /** Total parameters. */
    parameters: z.number().positive().nullable(),
    /** Active parameters per token for mixture-of-experts models. */
    activeParameters: z.number().positive().nullable().optional(),
    modality: z.array(z.enum(MODALITIES)).nullable(),
    /** Hub pipeline tag where known (text-generation, feature-extraction...). */
    task: z.string().nullable(),
    releaseDate: partialDate.nullable(),
    /** License id in data/licenses.json (`proprietary` for API-only models), or null when unknown. */
    license: z.string().nullable(),
    /** API-only models: the id of the provider's terms in data/licenses.json (`openai-api-terms`...). */
    apiTerms: z.string().nullable().optional(),
    availability: z.enum(['open-weights', 'gated-weights', 'api-only', 'unknown']),
    gated: z.boolean().nullable(),
    baseModels: z
      .array(z.object({ id: z.string(), relation: z.enum(BASE_RELATIONS) }).strict())
      .default([]),
    openness: z
      .object({
        weights: levelSchema,
        inferenceCode: levelSchema,
        trainingCode: levelSchema,
        trainingData: levelSchema,
        paper: levelSchema,
      })
      .strict(),
    opennessClass: z.enum(OPENNESS_CLASSES),
    /** Model Openness Framework class where the component facts allow it. */
    mofClass: z.enum(['I', 'II', 'III']).nullable().default(null),
    aliases: z.array(aliasSchema).default([]),
    /** Links a user may want: the model card, the repository, the paper. */
    links: z
      .object({ card: z.url().optional(), repository: z.url().optional(), paper: z.url().optional() })
      .strict()
      .default({}),
    sources: z.array(sourceSchema).min(1),
    provenance: provenanceSchema,
    conflicts: z.array(conflictSchema).optional(),
    /** Short factual notes a user should know (a license changed between releases...). */
    notes: z.array(z.string().max(300)).optional(),
  })
  .strict();
export type Model = z.infer<typeof modelSchema>;

export const publisherSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    /** ISO 3166-1 alpha-2, or null when unknown. */
    country: z.string().length(2).nullable(),
    url: z.url().nullable(),
    /**
     * The terms of the publisher's own API (a catalog entry whose verdict is `api-terms`), which govern its
     * downloadable models when code names them by their API id (`command-r-08-2024`, `codestral-2405`): the
     * prompts go to the publisher, and the weights' license is not what the code uses. `source` is one of `sources`.
     */
    apiTerms: z.object({ license: z.string(), source: z.string() }).strict().optional(),
    sources: z.array(sourceSchema).min(1),
  })
  .strict();
export type Publisher = z.infer<typeof publisherSchema>;

/** One file `data/models/<publisher>.json`. */
export const publisherFileSchema = z
  .object({
    $schema: z.string().optional(),
    publisher: publisherSchema,
    models: z.array(modelSchema),
  })
  .strict();
export type PublisherFile = z.infer<typeof publisherFileSchema>;

/** The merged dataset the build ships (`dist/dataset.json`) and the engine loads. */
export const datasetSchema = z
  .object({
    version: z.string(),
    generated: isoDate,
    licenses: z.array(licenseSchema),
    publishers: z.array(publisherSchema),
    models: z.array(modelSchema),
  })
  .strict();
export type Dataset = z.infer<typeof datasetSchema>;
