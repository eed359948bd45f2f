/** Where the data pipeline reads and writes. Paths are relative to the repository root (npm runs scripts there). */
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const REFERENCE_DIR = process.env.AI_LICENSE_LENS_REFERENCE ?? '/work/shared/reference';
export const DATA_DIR = resolve(ROOT, 'data');
export const MODELS_OUT_DIR = resolve(DATA_DIR, 'models');
export const LICENSES_FILE = resolve(DATA_DIR, 'licenses.json');
export const CURATED_MODELS_DIR = resolve(ROOT, 'data-src', 'models');
export const API_MODELS_DIR = resolve(ROOT, 'data-src', 'api-models');
export const ALIASES_DIR = resolve(ROOT, 'data-src', 'aliases');
export const COMMON_STRINGS_FILE = resolve(ROOT, 'scripts', 'data', 'common-strings.txt');
export const EXTERNAL_BASES_FILE = resolve(CURATED_MODELS_DIR, '_external-base-models.txt');

/** The day this project read the primary sources it cites (model cards, LICENSE files, vendor pages). */
export const CHECKED = '2026-11-23';
