import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ScanResult } from '../../../src/core/finding';
import { isReportFormat, renderReport, REPORT_FORMATS } from '../../../src/core/report/index';
import { FIXED_OPTIONS, loadDataset, loadScanResult } from './fixture';

const EMPTY: ScanResult = {
  tool: { name: 'ai-license-lens', version: '0.1.0' },
  root: '.',
  findings: [],
  models: [],
  stats: { filesScanned: 0, filesSkipped: 0, bytesScanned: 0, ms: 0, skippedByReason: {} },
};
const JSON_FORMATS = new Set(['json', 'cyclonedx', 'spdx', 'sarif']);

test('every format renders the fixture and an empty scan, ending with one newline', () => {
  for (const result of [loadScanResult(), EMPTY]) {
    for (const format of REPORT_FORMATS) {
      const text = renderReport(format, result, loadDataset(), FIXED_OPTIONS);
      assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'), format);
      if (JSON_FORMATS.has(format)) assert.doesNotThrow(() => JSON.parse(text), format);
    }
  }
});

test('with fixed options every format is reproducible byte for byte', () => {
  for (const format of REPORT_FORMATS) {
    assert.equal(
      renderReport(format, loadScanResult(), loadDataset(), FIXED_OPTIONS),
      renderReport(format, loadScanResult(), loadDataset(), FIXED_OPTIONS),
      format,
    );
  }
});

test('without options, SBOM exports get a fresh serial number and the current time', () => {
  const first = JSON.parse(renderReport('cyclonedx', EMPTY, loadDataset()));
  const second = JSON.parse(renderReport('cyclonedx', EMPTY, loadDataset()));
  assert.match(first.serialNumber, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  assert.notEqual(first.serialNumber, second.serialNumber);
  assert.ok(Math.abs(Date.parse(first.metadata.timestamp) - Date.now()) < 60_000);
});

test('isReportFormat accepts exactly the listed formats', () => {
  for (const format of REPORT_FORMATS) assert.ok(isReportFormat(format));
  assert.equal(isReportFormat('xml'), false);
});
