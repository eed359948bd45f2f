/** The facts a card's front matter states, claimed at the card's rank with the card as their source. */
import { addSource, claim, RANK, type ModelDraft } from './draft';
import { baseModelsOf, cardSource, isGated, type CardRow } from './importers/hf-cards';
import type { LicenseCatalogIndex } from './licenses';
import { isQuantizedName } from './name-facts';
import { modalityFromTag } from './pipeline-tags';

export function importCard(draft: ModelDraft, row: CardRow, catalog: LicenseCatalogIndex): void {
  const source = cardSource(row.id);
  addSource(draft, source);
  draft.links.card = `https://huggingface.co/${row.id}`;
  const license = catalog.resolveCard(row.license, row.license_name);
  claim(draft, 'license', license, source, RANK.card);
  if (license === null && row.license !== undefined) {
    const named = row.license_name ? `${String(row.license)} (${row.license_name})` : JSON.stringify(row.license);
    draft.notes.push(`The card's license ${named} is not in the license catalog.`);
  }
  claim(draft, 'gated', isGated(row), source, RANK.card);
  claim(draft, 'task', row.pipeline_tag ?? null, source, RANK.card);
  claim(draft, 'modality', modalityFromTag(row.pipeline_tag), source, RANK.card);
  const bases = baseModelsOf(row).filter((id) => id.toLowerCase() !== row.id.toLowerCase());
  if (bases.length > 0) {
    claim(draft, 'baseModels', bases.map((id) => ({ id, relation: relationFromName(row.id) })), source, RANK.card);
  }
}

/** The card says "base_model"; the kind of derivation is read from the name (a convention, noted as such). */
function relationFromName(id: string): 'distill' | 'quantized' | 'finetune' {
  if (/distill/i.test(id)) return 'distill';
  if (isQuantizedName(id)) return 'quantized';
  return 'finetune';
}
