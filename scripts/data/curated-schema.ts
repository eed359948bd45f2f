/**
 * The format of data-src/models/<publisher>.yaml: the publisher, the sources its facts cite, which Hub
 * organisations to import from the card snapshot, family rules applied to every matching model, and curated
 * model entries (ids may use brace expansion: `Qwen/Qwen3-{8B,14B}`). Every fact names a source id.
 */
import { z } from 'zod';
import {
  ALIAS_ECOSYSTEMS,
  BASE_RELATIONS,
  MODALITIES,
  conflictSchema,
  publisherSchema,
  sourceSchema,
} from '../../src/core/dataset/schema';
import { COMPONENT_LEVELS } from '../../src/core/vocabulary';

const level = z.enum(COMPONENT_LEVELS);
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

const factsSchema = {
  family: z.string().optional(),
  releaseDate: partialDate.optional(),
  license: z.string().optional(),
  /** Required when `license` replaces a different value of the card snapshot: why the curated value wins. */
  licenseReason: z.string().max(500).optional(),
  modality: z.array(z.enum(MODALITIES)).optional(),
  task: z.string().optional(),
  gated: z.boolean().optional(),
  openness: z
    .object({ weights: level, inferenceCode: level, trainingCode: level, trainingData: level, paper: level })
    .partial()
    .strict()
    .optional(),
  notes: z.array(z.string().max(300)).optional(),
  /** Source id for the facts of this rule or entry. */
  source: z.string(),
  /** Per-field source ids where a fact comes from another source than `source`. */
  sourceFor: z.record(z.string(), z.string()).optional(),
  /** EOSAI family entry (file stem in reference/eosai) whose rating applies. */
  eosai: z.string().optional(),
  /** Disagreements between sources, with the winner and why (source ids of this file). */
  conflicts: z.array(conflictSchema).optional(),
};

export const familyRuleSchema = z
  .object({
    /** Regular expression (case-insensitive) on the full model id. */
    match: z.string(),
    ...factsSchema,
    family: z.string(),
  })
  .strict();
export type FamilyRule = z.infer<typeof familyRuleSchema>;

export const curatedModelSchema = z
  .object({
    id: z.string(),
    name: z.string().optional(),
    ...factsSchema,
    parameters: z.number().positive().optional(),
    activeParameters: z.number().positive().optional(),
    base: z.array(z.object({ id: z.string(), relation: z.enum(BASE_RELATIONS) }).strict()).optional(),
    aliases: z.array(z.object({ id: z.string(), ecosystem: z.enum(ALIAS_ECOSYSTEMS) }).strict()).optional(),
    links: z.object({ card: z.url().optional(), repository: z.url().optional(), paper: z.url().optional() }).strict().optional(),
    /** Model Openness Tool record (file stem in reference/mot/models). */
    mot: z.string().optional(),
  })
  .strict();
export type CuratedModel = z.infer<typeof curatedModelSchema>;

export const curatedFileSchema = z
  .object({
    publisher: publisherSchema.omit({ sources: true }),
    sources: z.array(sourceSchema).min(1),
    /** Source id backing the publisher entry (name, country, url). */
    publisherSource: z.string(),
    /** Hub organisations whose cards in the snapshot belong to this publisher. */
    orgs: z.array(z.string()).default([]),
    /** Card ids (regular expressions) not to import: tooling repos, logs, adapters that are not models. */
    exclude: z.array(z.string()).default([]),
    families: z.array(familyRuleSchema).default([]),
    models: z.array(curatedModelSchema).default([]),
  })
  .strict();
export type CuratedFile = z.infer<typeof curatedFileSchema>;

/** `a-{1,2}-{x,}` -> a-1-x, a-1-, a-2-x, a-2- (no nesting). */
export function expandBraces(pattern: string): string[] {
  const match = /\{([^{}]*)\}/.exec(pattern);
  if (!match) return [pattern];
  const head = pattern.slice(0, match.index);
  const tail = pattern.slice(match.index + match[0].length);
  return match[1]!.split(',').flatMap((option) => expandBraces(`${head}${option}${tail}`));
}
