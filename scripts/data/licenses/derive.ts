/**
 * Turns the curated license inputs (data-src/licenses/*.yaml) into catalog entries. The curated files hold the
 * judgements (kind, verdict, conditions, fingerprints); this module fills what follows mechanically from them,
 * so the same rule is applied to all 150-odd entries instead of being typed by hand each time:
 * the export expression, the default Hub id, and the reference-dataset sources of SPDX and ScanCode records.
 */
import { licenseSchema, type License, type Source } from '../../../src/core/dataset/schema';

/** The day every fact of this catalog was last read from its source. */
export const CHECKED = '2026-11-23';

/** What a curated entry may leave out; everything else is written as in the catalog. */
export interface CuratedLicense extends Partial<Omit<License, 'id' | 'name' | 'kind' | 'commercialUse'>> {
  id: string;
  name: string;
  kind: License['kind'];
  commercialUse: License['commercialUse'];
}

/** SPDX id, else the ScanCode LicenseRef, else our own LicenseRef (SPDX allows `LicenseRef-[idstring]`). */
export function exportExpression(entry: { id: string; spdx: string | null; scancodeKey: string | null }): string {
  if (entry.spdx) return entry.spdx;
  if (entry.scancodeKey) return `LicenseRef-scancode-${entry.scancodeKey}`;
  return `LicenseRef-ai-license-lens-${toIdstring(entry.id)}`;
}

/** An SPDX idstring allows only letters, digits, `.` and `-`: `openrail++` becomes `openrail-plus-plus`. */
function toIdstring(id: string): string {
  return id.replace(/\+/g, '-plus').replace(/[^A-Za-z0-9.-]/g, '-');
}

/** Lower case, runs of whitespace collapsed to one space: the form fingerprints are written in. */
export function normaliseLicenseText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function spdxSource(spdx: string): Source {
  return {
    id: 'spdx',
    kind: 'reference-dataset',
    url: `https://spdx.org/licenses/${spdx}.html`,
    title: `SPDX License List: ${spdx}`,
    checked: CHECKED,
    note: 'SPDX record: identifier, full name, OSI approval.',
  };
}

function scancodeSource(key: string): Source {
  return {
    id: 'scancode',
    kind: 'reference-dataset',
    url: `https://scancode-licensedb.aboutcode.org/${key}.html`,
    title: `ScanCode LicenseDB: ${key}`,
    checked: CHECKED,
    note: 'ScanCode LicenseDB record: license key, category, SPDX mapping.',
  };
}

/** The Hub's list of `license:` ids (hub-docs); it vouches for the id and the name of the Hub's own entries. */
function hubSource(): Source {
  return {
    id: 'hf',
    kind: 'reference-dataset',
    url: 'https://huggingface.co/docs/hub/repositories-licenses',
    title: 'Hugging Face Hub: licenses',
    checked: CHECKED,
    note: 'Hub license identifier and full name (huggingface/hub-docs repositories-licenses.md).',
  };
}

/** Licenses absent from the OSI's list: the list itself is the source of `osiApproved: false`. */
function osiSource(): Source {
  return {
    id: 'osi',
    kind: 'reference-dataset',
    url: 'https://opensource.org/licenses',
    title: 'OSI Approved Licenses',
    checked: CHECKED,
    note: 'Not on the list of OSI-approved licenses.',
  };
}

/** Fields the license's own text (or terms page) states, when the curated entry does not map them itself. */
const TEXT_FIELDS = ['name', 'url', 'kind', 'commercialUse', 'conditions', 'fingerprints'] as const;

/** Fields a reference record can vouch for when the curated entry names no other source for them. */
const REFERENCE_FIELDS = ['spdx', 'name', 'osiApproved', 'kind', 'commercialUse', 'conditions'] as const;

/**
 * Completes one curated entry: reference sources are appended (never replacing curated ones), provenance gets a
 * default for each non-null field a reference record states, and the result is validated by the shared schema.
 */
export function deriveLicense(curated: CuratedLicense): License {
  const spdx = curated.spdx ?? null;
  const scancodeKey = curated.scancodeKey ?? null;
  const sources: Source[] = [...(curated.sources ?? [])];
  const has = (id: string) => sources.some((source) => source.id === id);
  if (spdx && !has('spdx')) sources.push(spdxSource(spdx));
  if (scancodeKey && !has('scancode')) sources.push(scancodeSource(scancodeKey));
  const hfId = curated.hfId === undefined ? curated.id : curated.hfId;
  const onHub = hfId === curated.id;
  if (onHub && !has('hf')) sources.push(hubSource());

  if (curated.osiApproved === false && !spdx && !has('osi')) sources.push(osiSource());

  const provenance: Record<string, string[]> = { ...(curated.provenance ?? {}) };
  const primary = (curated.sources ?? []).find((source) => ['license-text', 'vendor-page', 'model-card'].includes(source.kind));
  if (primary) {
    for (const field of TEXT_FIELDS) {
      const value = curated[field];
      const stated = Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined;
      if (stated && !provenance[field]) provenance[field] = [primary.id];
    }
  }
  if (has('cards') && (curated.aliases ?? []).length && !provenance.aliases) provenance.aliases = ['cards'];
  if (has('osi') && !provenance.osiApproved) provenance.osiApproved = ['osi'];
  const reference = spdx ? 'spdx' : scancodeKey ? 'scancode' : null;
  if (spdx && !provenance.spdx) provenance.spdx = ['spdx'];
  if (scancodeKey && !provenance.scancodeKey) provenance.scancodeKey = ['scancode'];
  if (reference) {
    for (const field of REFERENCE_FIELDS) {
      const value = field === 'conditions' ? (curated.conditions ?? []).length || null : curated[field];
      if (value !== null && value !== undefined && !provenance[field]) provenance[field] = [reference];
    }
  }
  if (onHub && !provenance.hfId) provenance.hfId = ['hf'];
  if (onHub && !provenance.name) provenance.name = ['hf'];

  return licenseSchema.parse({
    id: curated.id,
    hfId,
    spdx,
    scancodeKey,
    expression: curated.expression ?? exportExpression({ id: curated.id, spdx, scancodeKey }),
    name: curated.name,
    url: curated.url ?? null,
    kind: curated.kind,
    osiApproved: curated.osiApproved ?? null,
    commercialUse: curated.commercialUse,
    conditions: curated.conditions ?? [],
    fingerprints: (curated.fingerprints ?? []).map(normaliseLicenseText),
    aliases: curated.aliases ?? [],
    sources,
    provenance,
    ...(curated.conflicts ? { conflicts: curated.conflicts } : {}),
  });
}
