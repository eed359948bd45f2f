/**
 * Whatever a scanned file contains, every format stays well-formed: random ids, paths and messages
 * (control characters, markup, quotes, non-BMP text) go into a scan result, and each export is checked.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Finding, ScanResult } from '../../../src/core/finding';
import { renderReport } from '../../../src/core/report/index';
import { cycloneDxValidator } from './cyclonedx-validator';
import { FIXED_OPTIONS, loadDataset, loadScanResult } from './fixture';

const nasty = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
  fc.constantFrom('<script>alert(1)</script>', '[x](command:evil)', '"><img src=x>', '|a|b|', '`` ` ``', '\u2028\r\n', '&amp;'),
);

const hostileResult = fc
  .array(fc.record({ text: nasty, file: nasty, message: nasty }), { minLength: 1, maxLength: 4 })
  .map((parts): ScanResult => {
    const base = loadScanResult();
    const template = base.findings.find((f) => f.modelId === null)!;
    const extra: Finding[] = parts.map((part, index) => ({ ...template, ...part, line: index + 1, endLine: index + 1 }));
    return { ...base, findings: [...base.findings, ...extra] };
  });

test('CycloneDX stays valid against the official schema for any ids and paths', () => {
  const validate = cycloneDxValidator();
  const dataset = loadDataset();
  fc.assert(
    fc.property(hostileResult, (result) => {
      const bom: any = JSON.parse(renderReport('cyclonedx', result, dataset, FIXED_OPTIONS));
      const refs = bom.components.map((c: any) => c['bom-ref']); // before validate(), whose type guard narrows `bom`
      assert.ok(validate(bom), JSON.stringify(validate.errors));
      assert.equal(new Set(refs).size, refs.length);
    }),
    { numRuns: 40 },
  );
});

test('HTML shows hostile values only as text; Markdown tables keep their columns', () => {
  const dataset = loadDataset();
  fc.assert(
    fc.property(hostileResult, (result) => {
      const html = renderReport('html', result, dataset);
      const tags = [...html.replace(/<style>[\s\S]*?<\/style>/, '').matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]);
      assert.ok(!tags.includes('script') && !tags.includes('img'), tags.join(','));
      const markdown = renderReport('markdown', result, dataset);
      for (const block of markdown.split('\n\n').filter((part) => part.startsWith('| '))) {
        const rows = block.split('\n');
        const cells = (row: string) => row.replace(/\\\\/g, '').split(/(?<!\\)\|/).length;
        for (const row of rows) assert.equal(cells(row), cells(rows[0]!), row);
      }
    }),
    { numRuns: 60 },
  );
});

test('SPDX and SARIF stay parseable with unique ids', () => {
  const dataset = loadDataset();
  fc.assert(
    fc.property(hostileResult, (result) => {
      const spdx = JSON.parse(renderReport('spdx', result, dataset, FIXED_OPTIONS));
      const ids = spdx['@graph'].filter((e: any) => e.spdxId).map((e: any) => e.spdxId);
      assert.equal(new Set(ids).size, ids.length);
      for (const id of ids) assert.match(id, /^https:\/\/spdx\.org\/spdxdocs\/[\w-]+#[\w.-]+$/);
      const sarif = JSON.parse(renderReport('sarif', result, dataset));
      for (const r of sarif.runs[0].results) assert.doesNotMatch(r.locations[0].physicalLocation.artifactLocation.uri, /[\s#?]/);
    }),
    { numRuns: 40 },
  );
});
