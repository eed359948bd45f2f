/**
 * LF AI & Data Model Openness Tool (MIT): one YAML per model listing the Model Openness Framework components
 * released and their licenses. A component counts as open when its license (or, when it names none, the
 * release's distribution license) is an open license; the MOF class follows from which components are open.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Source } from '../../../src/core/dataset/schema';
import type { ComponentLevel, OpennessComponent } from '../../../src/core/vocabulary';
import { CHECKED, REFERENCE_DIR } from '../paths';

export interface MotRecord {
  entry: string;
  openComponents: Set<string>;
  components: Partial<Record<OpennessComponent, ComponentLevel>>;
  mofClass: 'I' | 'II' | 'III' | null;
  source: Source;
}

/** Licenses the MOF accepts as open for code, data, documentation or parameters (normalised spelling). */
const OPEN_LICENSES = new Set([
  'apache-2.0', 'apache-2', 'mit', 'bsd-3', 'bsd-3-clause', 'bsd-2-clause', 'cc-by-4.0', 'cc-by-sa-4.0', 'cc0-1.0',
  'cdla-permissive-2.0', 'cdla-permissive-1.0', 'odc-by', 'odc-by-1.0', 'isc', 'unlicense', 'mpl-2.0',
]);

export function normaliseLicenseName(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/\blicen[cs]e\b/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/^apache-(2\.0|2)$/, 'apache-2.0')
    .replace(/^cc-by-sa-4\.0$/, 'cc-by-sa-4.0')
    .replace(/^cc-by-4\.0$/, 'cc-by-4.0');
}

export function isOpenLicense(raw: string | undefined): boolean {
  return raw !== undefined && OPEN_LICENSES.has(normaliseLicenseName(raw));
}

const CLASS_III = ['Model architecture', 'Model parameters (Final)', 'Technical report', 'Evaluation results', 'Model card', 'Data card'];
const CLASS_II = [...CLASS_III, 'Training code', 'Inference code', 'Evaluation code', 'Evaluation data', 'Supporting libraries and tools'];
const CLASS_I = [...CLASS_II, 'Research paper', 'Datasets', 'Model parameters (Intermediate)', 'Model metadata', 'Data preprocessing code'];

export function mofClassOf(open: Set<string>): MotRecord['mofClass'] {
  const all = (names: string[]) => names.every((name) => open.has(name));
  if (all(CLASS_I)) return 'I';
  if (all(CLASS_II)) return 'II';
  if (all(CLASS_III)) return 'III';
  return null;
}

interface MotComponent {
  name?: string;
  license?: unknown;
}

export function readMot(entry: string, dir = join(REFERENCE_DIR, 'mot', 'models')): MotRecord | null {
  const file = join(dir, `${entry}.yml`);
  if (!existsSync(file)) return null;
  const release = ((parse(readFileSync(file, 'utf8')) as Record<string, unknown>).release ?? {}) as Record<string, unknown>;
  const distribution = ((release.license as Record<string, unknown> | undefined)?.distribution ?? {}) as {
    name?: string;
  };
  const listed = new Map<string, string | undefined>();
  for (const component of (release.components ?? []) as MotComponent[]) {
    if (!component?.name) continue;
    const own = typeof component.license === 'string' ? component.license : undefined;
    listed.set(component.name, own ?? distribution.name);
  }
  const openComponents = new Set([...listed].filter(([, license]) => isOpenLicense(license)).map(([name]) => name));
  const components: MotRecord['components'] = {};
  /** `every`: all listed parts must be open; `some`: one open part suffices (a paper or a technical report). */
  const rate = (component: OpennessComponent, names: string[], mode: 'every' | 'some' = 'every') => {
    const present = names.filter((name) => listed.has(name));
    if (present.length === 0) return;
    const open = mode === 'every' ? present.every((n) => openComponents.has(n)) : present.some((n) => openComponents.has(n));
    components[component] = open ? 'open' : 'partial';
  };
  rate('weights', ['Model parameters (Final)']);
  rate('inferenceCode', ['Inference code']);
  rate('trainingCode', ['Training code']);
  rate('trainingData', ['Datasets']);
  rate('paper', ['Research paper', 'Technical report'], 'some');
  return {
    entry,
    openComponents,
    components,
    mofClass: mofClassOf(openComponents),
    source: {
      id: 'mot',
      kind: 'reference-dataset',
      url: 'https://mot.isitopen.ai/',
      title: `Model Openness Tool: ${String(release.name ?? entry)}`,
      checked: CHECKED,
      note: `mot/models/${entry}.yml`,
    },
  };
}
