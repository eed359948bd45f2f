/**
 * The end model each European Open Source AI Index entry rates, as a model entry: its Hub id (from the entry's
 * link), license (when the index's free-text license maps onto one catalog id), release month and modality.
 * Only entries whose link is the rated model's own Hub repository are used, so a fact never lands on the wrong
 * model (several entries link a sibling or a collection).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REFERENCE_DIR } from '../paths';
import { readEosai, type EosaiRating } from './eosai';

export interface EosaiModel {
  id: string;
  org: string;
  orgName: string;
  orgUrl: string | null;
  license: string | null;
  licenseText: string | null;
  releaseDate: string | null;
  modality: ('text' | 'code' | 'image-generation' | 'video')[] | null;
  rating: EosaiRating;
}

/** Free-text license names of the index -> catalog ids. Names that bundle several licenses are left out. */
const LICENSE_BY_NAME: Record<string, string> = {
  'apache-2.0': 'apache-2.0',
  'apache 2.0': 'apache-2.0',
  'mit license': 'mit',
  'cc-by-nc-4.0': 'cc-by-nc-4.0',
  'cc-by-nc-sa-4.0': 'cc-by-nc-sa-4.0',
  'cc-by-sa-4.0': 'cc-by-sa-4.0',
  'cc-by-4.0': 'cc-by-4.0',
  'bsd 3-clause': 'bsd-3-clause',
  'gemma terms of use': 'gemma',
  'nvidia open model license': 'nvidia-open-model-license',
  'llama 2 community license agreement': 'llama2',
  'llama 3 community license agreement': 'llama3',
  'meta llama 3 community license': 'llama3',
  'llama 3.1 community license agreement': 'llama3.1',
  'llama 3.3 community license agreement': 'llama3.3',
  'llama 4 community license agreement': 'llama4',
  'creativeml open rail++-m license': 'openrail++',
  'creativeml open rail-m': 'creativeml-openrail-m',
  'bigcode openrail-m v1 license agreement': 'bigcode-openrail-m',
  'stability ai community license': 'stabilityai-ai-community',
  'tencent hunyuan community license agreement': 'tencent-hunyuan-community',
  'falcon llm license': 'falcon-llm-license',
  'deepseek license agreement': 'deepseek',
  'xai community license agreement': 'grok2-community',
  'fair noncommercial research license v1': 'fair-noncommercial-research-license',
  'apple sample code license': 'apple-ascl',
};

/**
 * "Modified MIT" names several different texts (Moonshot's, MiniMax's, Mistral's); the catalog's
 * `modified-mit` is Moonshot's, so it maps only for Moonshot's models.
 */
function licenseOf(text: string, org: string): string | null {
  if (/^modified mit( license)?$/i.test(text)) return org.toLowerCase() === 'moonshotai' ? 'modified-mit' : null;
  return LICENSE_BY_NAME[text.toLowerCase()] ?? null;
}

const TYPES: Record<string, 'text' | 'code' | 'image-generation' | 'video'> = {
  text: 'text',
  code: 'code',
  image: 'image-generation',
  video: 'video',
};

const normalise = (name: string) => name.toLowerCase().replace(/[\s_.-]+/g, '');

export function readEosaiModels(dir = join(REFERENCE_DIR, 'eosai')): EosaiModel[] {
  const out: EosaiModel[] = [];
  for (const file of readdirSync(dir).filter((n) => n.endsWith('.yaml') && !n.startsWith('_') && !n.startsWith('a_')).sort()) {
    const entry = file.replace(/\.yaml$/, '');
    const record = parse(readFileSync(join(dir, file), 'utf8')) as Record<string, Record<string, unknown> | undefined>;
    const system = record.system ?? {};
    const link = /^https:\/\/huggingface\.co\/([\w.-]+)\/([\w.-]+)\/?$/.exec(String(system.link ?? '').trim());
    const endName = String(system.endmodelname ?? '').trim();
    if (!link || link[1] === 'collections' || normalise(link[2]!) !== normalise(endName)) continue;
    const rating = readEosai(entry, dir);
    if (!rating) continue;
    const licenseText = typeof system.endmodellicense === 'string' ? system.endmodellicense.trim() : null;
    const date = /^(\d{4}-\d{2})/.exec(String(system.releasedate ?? ''));
    const types = String(system.type ?? '').split(',').map((t) => TYPES[t.trim()]);
    const org = record.org ?? {};
    out.push({
      id: `${link[1]}/${link[2]}`,
      org: link[1]!,
      orgName: String(org.name ?? link[1]).trim(),
      orgUrl: typeof org.link === 'string' && /^https?:\/\//.test(org.link) ? org.link.trim() : null,
      license: licenseText ? licenseOf(licenseText, link[1]!) : null,
      licenseText,
      releaseDate: date ? date[1]! : null,
      modality: types.every((t) => t !== undefined) && types.length > 0 ? (types as EosaiModel['modality']) : null,
      rating,
    });
  }
  return out;
}
