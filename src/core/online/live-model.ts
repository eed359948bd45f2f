/**
 * A Hub answer -> a `Model` of the dataset's shape, so the engine assesses it unchanged. Only what the Hub
 * states is filled in; everything else is unknown. The one source says where and when the facts were read and
 * that they come from a live lookup, not from the reviewed dataset.
 */
import { resolveDeclaredLicense } from '../analyzers/license-lookup';
import { isLazyFieldPending } from '../dataset/lazy-fields';
import type { License, Model } from '../dataset/schema';
import { BASE_RELATIONS } from '../dataset/schema';
import type { DatasetView } from '../dataset/view';
import type { CommercialUse, OpennessClass } from '../vocabulary';
import type { HubModelInfo } from './hub-schema';

/** The id of the one source a live model carries; hovers and reports recognise live facts by it. */
export const LIVE_SOURCE_ID = 'hub-live';
export const LIVE_SOURCE_TITLE = 'Hugging Face Hub (live lookup)';

export interface LiveFacts {
  /** YYYY-MM-DD of the fetch. */
  checked: string;
  url: string;
}

/** The live-lookup marker of a model, or undefined for a model of the bundled dataset. */
export function liveFactsOf(model: Model | undefined): LiveFacts | undefined {
  // A live model carries its sources; a bundled one whose details are not read yet is not live, and asking
  // must not read the dataset's details file (a scan asks this of every model).
  if (!model || isLazyFieldPending(model, 'sources')) return undefined;
  const source = model.sources.find((candidate) => candidate.id === LIVE_SOURCE_ID);
  return source && source.url ? { checked: source.checked, url: source.url } : undefined;
}

export function hubUrl(id: string): string {
  return `https://huggingface.co/${id}`;
}

/** The catalog license a Hub card declares (`other` defers to `license_name`), or undefined. */
export function catalogLicenseFor(info: HubModelInfo, dataset: DatasetView): License | undefined {
  return info.license ? resolveDeclaredLicense(dataset, info.license, info.licenseName ?? undefined) : undefined;
}

/**
 * `baseIds` maps a base id as the card writes it to the id the overlay knows it by (a bundled model's canonical
 * id, when the card used an old repo name); ids not in it are kept as written.
 */
export function liveModelFromHub(
  info: HubModelInfo,
  fetchedAt: string,
  dataset: DatasetView,
  baseIds: ReadonlyMap<string, string> = new Map(),
): Model {
  const license = catalogLicenseFor(info, dataset);
  const checked = fetchedAt.slice(0, 10);
  const [org, name] = splitId(info.id);
  const downloadable = info.gated === null ? null : !info.gated;
  const provenance: Record<string, string[]> = { gated: [LIVE_SOURCE_ID] };
  if (license) provenance.license = [LIVE_SOURCE_ID];
  if (info.pipelineTag) provenance.task = [LIVE_SOURCE_ID];
  if (info.baseModels.length > 0) provenance.baseModels = [LIVE_SOURCE_ID];
  const declared = info.license ? `${info.license}${info.licenseName ? ` (${info.licenseName})` : ''}` : 'no license';
  const notes = [`Live lookup on the Hugging Face Hub on ${checked}: not reviewed for the bundled dataset.`];
  if (!license && info.license) notes.push(`The card declares "${oneLine(declared)}", which the license catalog does not know.`);
  const opennessClass = opennessFor(license?.commercialUse ?? 'unknown', downloadable);
  return {
    id: info.id,
    name,
    publisher: org,
    family: null,
    parameters: null,
    modality: null,
    task: info.pipelineTag,
    releaseDate: info.createdAt && /^\d{4}-\d{2}-\d{2}/.test(info.createdAt) ? info.createdAt.slice(0, 10) : null,
    license: license?.id ?? null,
    availability: downloadable === null ? 'unknown' : downloadable ? 'open-weights' : 'gated-weights',
    gated: info.gated,
    baseModels: info.baseModels.map((base) => ({ id: baseIds.get(base.id) ?? base.id, relation: relationOf(base.relation) })),
    openness: {
      weights: weightsLevel(opennessClass),
      inferenceCode: 'unknown',
      trainingCode: 'unknown',
      trainingData: 'unknown',
      paper: 'unknown',
    },
    opennessClass,
    mofClass: null,
    aliases: [],
    links: { card: hubUrl(info.id) },
    sources: [
      {
        id: LIVE_SOURCE_ID,
        kind: 'model-card',
        url: hubUrl(info.id),
        title: LIVE_SOURCE_TITLE,
        checked,
        note: `live lookup: license ${oneLine(declared)}${info.licenseLink ? ` (${oneLine(info.licenseLink)})` : ''}`.slice(0, 500),
      },
    ],
    provenance,
    notes,
  };
}

/**
 * Openness from the commercial verdict of the terms (the model's own, or the stacked chain once its bases are
 * known): downloadable and unrestricted -> open-weight, restricted -> restricted-weight, unknown -> unknown.
 */
export function opennessFor(verdict: CommercialUse, downloadable: boolean | null): OpennessClass {
  if (downloadable === null) return 'unknown';
  switch (verdict) {
    case 'allowed':
      return 'open-weight';
    case 'conditional':
    case 'not-allowed':
      return 'restricted-weight';
    default:
      return 'unknown';
  }
}

/** DOMAIN.md: the weights level follows the license. */
export function weightsLevel(openness: OpennessClass): Model['openness']['weights'] {
  return openness === 'open-weight' ? 'open' : openness === 'restricted-weight' ? 'partial' : 'unknown';
}

function relationOf(relation: string | null): Model['baseModels'][number]['relation'] {
  const lower = relation?.toLowerCase() ?? 'finetune';
  return (BASE_RELATIONS as readonly string[]).includes(lower) ? (lower as Model['baseModels'][number]['relation']) : 'finetune';
}

function splitId(id: string): [string, string] {
  const slash = id.indexOf('/');
  return slash < 0 ? [id, id] : [id.slice(0, slash), id.slice(slash + 1)];
}

function oneLine(text: string): string {
  const flat = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}
