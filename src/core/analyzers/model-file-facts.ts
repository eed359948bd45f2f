/**
 * What a model file's header declares, as spellings the resolver and the license lookup can try: the license
 * keys, the names that may be the model itself (most specific first) and those of its base models.
 */
import type { GgufHeader } from '../modelfile/gguf';
import type { SafetensorsHeader } from '../modelfile/safetensors';
import { baseName } from './build-finding';

const MAX_BASE_MODELS = 8;

/** What a header declares, in the terms the assessment needs. */
export interface ModelFileFacts {
  license: string | undefined;
  licenseName: string | undefined;
  licenseLink: string | undefined;
  /** Spellings that may name the model itself, most specific first. */
  selfCandidates: Array<{ raw: string; via: string }>;
  /** Spellings of each base model (repo URL first, then org/name). */
  baseCandidates: string[][];
  /** A short description for the message ("GGUF v3, llama, 8B"). */
  summary: string;
}

export function ggufFacts(header: GgufHeader, fileName: string): ModelFileFacts {
  const g = header.general;
  const text = (key: string): string | undefined => (typeof g[key] === 'string' && (g[key] as string).trim() ? (g[key] as string).trim() : undefined);
  const dashed = (value: string | undefined) => value?.replace(/\s+/g, '-');
  const selfCandidates: ModelFileFacts['selfCandidates'] = [];
  const add = (raw: string | undefined, via: string) => {
    if (raw) selfCandidates.push({ raw, via });
  };
  add(text('general.repo_url'), 'general.repo_url');
  add(text('general.source.huggingface.repository') ?? text('general.source.hugginface.repository'), 'general.source');
  const basename = text('general.basename');
  const size = text('general.size_label');
  const finetune = text('general.finetune');
  if (basename && finetune) add([basename, size, finetune].filter(Boolean).join('-'), 'general.basename');
  add(dashed(text('general.name')), 'general.name');
  add(fileName, 'the file name');
  const count = typeof g['general.base_model.count'] === 'number' ? Math.min(g['general.base_model.count'], MAX_BASE_MODELS) : 0;
  const baseCandidates: string[][] = [];
  for (let i = 0; i < count; i++) {
    const prefix = `general.base_model.${i}.`;
    const name = dashed(text(`${prefix}name`));
    const organization = dashed(text(`${prefix}organization`));
    baseCandidates.push([text(`${prefix}repo_url`), organization && name ? `${organization}/${name}` : undefined, name].filter((v): v is string => !!v));
  }
  const parameters = typeof g['general.parameter_count'] === 'number' ? `${formatCount(g['general.parameter_count'])} parameters` : undefined;
  const parts = [`GGUF v${header.version}`, text('general.architecture'), size ?? parameters].filter(Boolean);
  return {
    license: text('general.license'),
    licenseName: text('general.license.name'),
    licenseLink: text('general.license.link'),
    selfCandidates,
    baseCandidates,
    summary: parts.join(', '),
  };
}

export function safetensorsFacts(header: SafetensorsHeader, relativePath: string): ModelFileFacts {
  const m = header.metadata;
  const pick = (...keys: string[]) => keys.map((key) => m[key]?.trim()).find((value) => value);
  const selfCandidates: ModelFileFacts['selfCandidates'] = [];
  const add = (raw: string | undefined, via: string) => {
    if (raw) selfCandidates.push({ raw, via });
  };
  add(pick('model_id', 'modelspec.model_id', 'name'), '__metadata__');
  add(baseName(relativePath), 'the file name');
  // Sharded weights are named `model-00001-of-00004.safetensors`: the folder usually carries the model's name.
  const segments = relativePath.replace(/\\/g, '/').split('/');
  if (segments.length > 1) add(segments[segments.length - 2], 'the folder name');
  const base = pick('base_model', 'modelspec.base_model');
  const parameters = header.parameterCount ? `${formatCount(header.parameterCount)} parameters` : undefined;
  return {
    license: pick('license', 'modelspec.license', 'general.license'),
    licenseName: pick('license_name', 'general.license.name'),
    licenseLink: pick('license_link', 'general.license.link'),
    selfCandidates,
    baseCandidates: base ? [[base]] : [],
    summary: ['safetensors', `${header.tensorCount} tensors`, parameters].filter(Boolean).join(', '),
  };
}

function formatCount(count: number): string {
  if (count >= 1e9) return `${Math.round(count / 1e8) / 10}B`;
  if (count >= 1e6) return `${Math.round(count / 1e5) / 10}M`;
  if (count >= 1e3) return `${Math.round(count / 1e2) / 10}K`;
  return String(count);
}

