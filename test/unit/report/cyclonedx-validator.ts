/** The official CycloneDX 1.6 schema (vendored in test/fixtures/schemas) compiled with ajv, for the export tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const SCHEMA_DIR = join(__dirname, '..', '..', 'fixtures', 'schemas');
const readSchema = (name: string) => JSON.parse(readFileSync(join(SCHEMA_DIR, name), 'utf8'));

export function cycloneDxValidator() {
  // The official schema uses draft-07 plus the `meta:enum` annotation, so ajv must accept unknown keywords.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // ajv-formats has no IRI or IDN formats; accept any string without whitespace as an IRI, any address as an IDN email.
  ajv.addFormat('iri-reference', /^\S*$/);
  ajv.addFormat('idn-email', /^[^\s@]+@[^\s@]+$/);
  ajv.addSchema(readSchema('cyclonedx-spdx.schema.json'));
  ajv.addSchema(readSchema('cyclonedx-jsf-0.82.schema.json'));
  return ajv.compile(readSchema('cyclonedx-bom-1.6.schema.json'));
}
