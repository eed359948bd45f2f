/**
 * The part of the Hub's `GET /api/models/<id>` answer this extension reads, validated with zod. Unknown keys
 * are ignored (the Hub adds fields); a field of the wrong type makes the whole answer `malformed`, never a guess.
 */
import { z } from 'zod';

const stringOrList = z.union([z.string(), z.array(z.string())]);

const cardDataSchema = z
  .object({
    license: stringOrList.nullish(),
    license_name: z.string().nullish(),
    license_link: z.string().nullish(),
    base_model: stringOrList.nullish(),
    base_model_relation: z.string().nullish(),
    pipeline_tag: z.string().nullish(),
  })
  .loose();

export const hubModelResponseSchema = z
  .object({
    id: z.string().min(3),
    author: z.string().nullish(),
    /** `false`, `"auto"` or `"manual"` on the Hub; any other word is read as gated (a new gating mode). */
    gated: z.union([z.boolean(), z.string().max(40)]).nullish(),
    private: z.boolean().nullish(),
    disabled: z.boolean().nullish(),
    pipeline_tag: z.string().nullish(),
    library_name: z.string().nullish(),
    tags: z.array(z.string()).nullish(),
    cardData: cardDataSchema.nullish(),
    createdAt: z.string().nullish(),
    lastModified: z.string().nullish(),
  })
  .loose();

/** What the rest of the code uses: one shape, lists normalised, absent values null. */
export interface HubModelInfo {
  id: string;
  author: string | null;
  /** The license the card declares (`cardData.license`, else the `license:` tag); `other` stays `other`. */
  license: string | null;
  licenseName: string | null;
  licenseLink: string | null;
  /** Base models with the relation the card or the tags state (`finetune`, `quantized`, `adapter`, `merge`). */
  baseModels: Array<{ id: string; relation: string | null }>;
  gated: boolean | null;
  pipelineTag: string | null;
  libraryName: string | null;
  tags: string[];
  createdAt: string | null;
  lastModified: string | null;
}

const MAX_TAGS = 300;
const MAX_BASES = 20;

export function toHubModelInfo(response: z.infer<typeof hubModelResponseSchema>): HubModelInfo {
  const tags = (response.tags ?? []).slice(0, MAX_TAGS);
  const card = response.cardData ?? {};
  const cardLicense = Array.isArray(card.license) ? card.license[0] : card.license;
  const tagLicense = tags.find((tag) => tag.startsWith('license:'))?.slice('license:'.length);
  return {
    id: response.id,
    author: response.author ?? null,
    license: cardLicense?.trim() || tagLicense || null,
    licenseName: card.license_name?.trim() || null,
    licenseLink: card.license_link?.trim() || null,
    baseModels: baseModelsOf(card.base_model, card.base_model_relation ?? null, tags),
    gated: response.gated === undefined || response.gated === null ? null : response.gated !== false,
    pipelineTag: response.pipeline_tag ?? card.pipeline_tag ?? null,
    libraryName: response.library_name ?? null,
    tags,
    createdAt: response.createdAt ?? null,
    lastModified: response.lastModified ?? null,
  };
}

/**
 * The card's `base_model` (a string or a list) with its `base_model_relation`; the Hub also writes each base as
 * a tag, `base_model:<id>` and `base_model:<relation>:<id>`, which names the relation when the card does not.
 */
function baseModelsOf(declared: string | string[] | null | undefined, relation: string | null, tags: readonly string[]): HubModelInfo['baseModels'] {
  const relationByTag = new Map<string, string>();
  const fromTags: string[] = [];
  for (const tag of tags) {
    if (!tag.startsWith('base_model:')) continue;
    const rest = tag.slice('base_model:'.length);
    const colon = rest.indexOf(':');
    if (colon > 0 && !rest.slice(0, colon).includes('/')) relationByTag.set(rest.slice(colon + 1).toLowerCase(), rest.slice(0, colon));
    else fromTags.push(rest);
  }
  const ids = declared === undefined || declared === null ? fromTags : Array.isArray(declared) ? declared : [declared];
  const seen = new Set<string>();
  const bases: HubModelInfo['baseModels'] = [];
  for (const raw of ids) {
    const id = raw.trim();
    if (!id || seen.has(id.toLowerCase())) continue;
    seen.add(id.toLowerCase());
    bases.push({ id, relation: relation ?? relationByTag.get(id.toLowerCase()) ?? null });
    if (bases.length >= MAX_BASES) break;
  }
  return bases;
}
