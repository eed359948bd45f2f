/**
 * Turns the inputs into one PublisherFile per publisher: card snapshot -> curated family rules and model
 * entries -> reference openness ratings -> aliases -> API models of the other data engineer. Pure apart from
 * reading inputs, so a test can run it on fixtures.
 */
import type { Model, Publisher, PublisherFile, Source } from '../../src/core/dataset/schema';
import { ALIASES_DIR, CHECKED } from './paths';
import { addSource, claim, newDraft, RANK, type ModelDraft } from './draft';
import { loadCurated, type LoadedCurated } from './curated';
import { expandBraces } from './curated-schema';
import { readCards, type CardRow } from './importers/hf-cards';
import { readEosaiModels } from './importers/eosai-models';
import { loadLicenseCatalog, type LicenseCatalogIndex } from './licenses';
import { activeParametersFromName, parametersFromName } from './name-facts';
import { finalizeDraft } from './finalize';
import { attachAliases, type AliasReport } from './aliases';
import { applyCurated, applyFamilyRule } from './apply-curated';
import { importCard } from './card-facts';
import { attachReuploads, canonicaliseBaseIds, linkQuantizedCopies } from './reuploads';
import { loadApiModels } from './api-models';

export interface BuildReport {
  files: PublisherFile[];
  unattachedAliases: AliasReport['unattached'];
  warnings: string[];
}

const NAME_SOURCE: Source = {
  id: 'repo-name',
  kind: 'curated',
  url: null,
  checked: CHECKED,
  note: 'Parameter count read from the repo name ("-8B" = 8 billion).',
};

export function runPipeline(options: { cards?: CardRow[]; curated?: LoadedCurated[]; catalog?: LicenseCatalogIndex } = {}): BuildReport {
  const catalog = options.catalog ?? loadLicenseCatalog();
  const curated = options.curated ?? loadCurated();
  const cards = options.cards ?? readCards();
  const warnings: string[] = [];
  const drafts = new Map<string, ModelDraft>();
  const key = (id: string) => id.toLowerCase();

  const publisherOfOrg = new Map<string, string>();
  for (const file of curated) for (const org of file.orgs) publisherOfOrg.set(org.toLowerCase(), file.publisher.id);
  const excludes = curated.flatMap((file) => file.exclude.map((pattern) => new RegExp(pattern, 'i')));

  // 1. The card snapshot, for the publishers' own organisations.
  for (const row of cards) {
    const publisher = publisherOfOrg.get(row.id.split('/')[0]!.toLowerCase());
    if (!publisher || excludes.some((re) => re.test(row.id))) continue;
    const draft = newDraft(row.id, publisher);
    drafts.set(key(row.id), draft);
    importCard(draft, row, catalog);
  }

  // 2. Curated model entries (create what the snapshot lacks, override what changed since).
  for (const file of curated) {
    for (const entry of file.models) {
      for (const id of expandBraces(entry.id)) {
        let draft = drafts.get(key(id));
        if (!draft) {
          draft = newDraft(id, file.publisher.id);
          drafts.set(key(id), draft);
        } else if (draft.publisher !== file.publisher.id) {
          draft.publisher = file.publisher.id;
        }
        applyCurated(draft, entry, file, warnings);
      }
    }
  }

  // 2b. The end models the openness index rates: adds recent releases the snapshot lacks, with the index's
  // license where it maps onto the catalog. Organisations without a publisher file get a minimal publisher.
  const eosaiPublishers = new Map<string, Publisher>();
  for (const entry of readEosaiModels()) {
    const publisher = publisherOfOrg.get(entry.org.toLowerCase()) ?? entry.org;
    if (!publisherOfOrg.has(entry.org.toLowerCase()) && !eosaiPublishers.has(publisher)) {
      eosaiPublishers.set(publisher, { id: publisher, name: entry.orgName, country: null, url: entry.orgUrl, sources: [entry.rating.source] });
    }
    let draft = drafts.get(key(entry.id));
    if (!draft) {
      draft = newDraft(entry.id, publisher);
      drafts.set(key(entry.id), draft);
      draft.links.card = `https://huggingface.co/${entry.id}`;
    }
    addSource(draft, entry.rating.source);
    claim(draft, 'license', entry.license, entry.rating.source, RANK.reference);
    if (entry.license === null && entry.licenseText && !draft.claims.has('license')) {
      draft.notes.push(`The openness index names the license "${entry.licenseText}", which the license catalog does not describe.`);
    }
    claim(draft, 'modality', entry.modality, entry.rating.source, RANK.reference);
    for (const [component, level] of Object.entries(entry.rating.components)) {
      claim(draft, `openness.${component}` as never, level, entry.rating.source, RANK.reference);
    }
  }

  // 3. Family rules, name facts, reference openness ratings.
  const rules = curated.flatMap((file) => file.families.map((rule) => ({ rule, file, re: new RegExp(rule.match, 'i') })));
  for (const draft of drafts.values()) {
    const match = rules.find(({ re }) => re.test(draft.id));
    if (match) applyFamilyRule(draft, match.rule, match.file, warnings);
    claim(draft, 'parameters', parametersFromName(draft.id), NAME_SOURCE, RANK.derived);
    claim(draft, 'activeParameters', activeParametersFromName(draft.id), NAME_SOURCE, RANK.derived);
  }

  // 4. Quantised re-uploads and mirrors in the snapshot become aliases of the model they copy; a publisher's
  // own quantised repos (Qwen's -AWQ, -GGUF...) stay models, linked to the model they quantise.
  attachReuploads(cards, drafts);
  linkQuantizedCopies(drafts);

  // 5. Finalise, then merge in the API models and attach the alias files.
  const publishers = new Map<string, Publisher>();
  for (const file of curated) {
    const apiTermsSource = file.publisher.apiTerms ? file.sourceById.get(file.publisher.apiTerms.source) : undefined;
    if (file.publisher.apiTerms && !apiTermsSource) warnings.push(`${file.publisher.id}: apiTerms source ${file.publisher.apiTerms.source} is not a source of the file`);
    const sources = [file.sourceById.get(file.publisherSource)!, ...(apiTermsSource && apiTermsSource.id !== file.publisherSource ? [apiTermsSource] : [])];
    publishers.set(file.publisher.id, { ...file.publisher, sources });
  }
  for (const [id, publisher] of eosaiPublishers) if (!publishers.has(id)) publishers.set(id, publisher);
  const models: Model[] = [...drafts.values()].map((draft) => finalizeDraft(draft, catalog));
  for (const apiFile of loadApiModels(warnings)) {
    if (!publishers.has(apiFile.publisher.id)) publishers.set(apiFile.publisher.id, apiFile.publisher);
    for (const model of apiFile.models) {
      if (models.some((m) => key(m.id) === key(model.id))) {
        warnings.push(`api model ${model.id} duplicates an open model id; the open model entry is kept`);
        continue;
      }
      models.push({ ...model, publisher: apiFile.publisher.id });
    }
  }
  const aliasReport = attachAliases(models, ALIASES_DIR);
  warnings.push(...aliasReport.warnings);
  canonicaliseBaseIds(models);

  const files: PublisherFile[] = [];
  for (const publisher of [...publishers.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const own = models.filter((m) => m.publisher === publisher.id).sort((a, b) => a.id.localeCompare(b.id));
    if (own.length > 0) files.push({ publisher, models: own });
  }
  const orphans = models.filter((m) => !publishers.has(m.publisher));
  for (const orphan of orphans) warnings.push(`${orphan.id}: publisher ${orphan.publisher} has no publisher entry`);
  return { files, unattachedAliases: aliasReport.unattached, warnings };
}
