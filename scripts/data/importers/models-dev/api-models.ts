/**
 * Turns a vendor's models.dev records plus its curated table into a PublisherFile of API-only models.
 * Snapshots that the vendor's API serves under a dated id become `api` aliases of one canonical model, so a
 * hover on `claude-3-5-sonnet-20241022` and one on `claude-3-5-sonnet-latest` say the same thing.
 */
import type { PublisherFile } from '../../../../src/core/dataset/schema';
import type { ApiVendor } from './vendor';
import type { ModelsDevRecord, ModelsDevSnapshot } from './read';
import { buildModel, vendorSources, type Group } from './api-model-entry';

function groupRecords(vendor: ApiVendor, snapshot: ModelsDevSnapshot): Map<string, Group> {
  const groups = new Map<string, Group>();
  const canonical = vendor.canonical ?? ((id: string) => id);
  const include = vendor.include ?? ((record: ModelsDevRecord) => record.openWeights === false);
  const records = vendor.modelsDevProvider ? snapshot.provider(vendor.modelsDevProvider) : [];
  for (const record of records.filter(include)) {
    const id = canonical(record.id);
    const group = groups.get(id) ?? { id, records: [] };
    group.records.push(record);
    groups.set(id, group);
  }
  for (const curated of vendor.curated) {
    const group = groups.get(curated.id) ?? { id: curated.id, records: [] };
    group.curated = curated;
    groups.set(curated.id, group);
  }
  return groups;
}

/** One publisher file of API-only models. */
export function buildApiPublisher(vendor: ApiVendor, snapshot: ModelsDevSnapshot): PublisherFile {
  const groups = [...groupRecords(vendor, snapshot).values()].sort((a, b) => a.id.localeCompare(b.id));
  return {
    publisher: { ...vendor.publisher, sources: [vendorSources(vendor).models] },
    models: groups.map((group) => buildModel(vendor, group)),
  };
}
