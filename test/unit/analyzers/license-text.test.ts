import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { MAX_LICENSE_SCAN_CHARS, matchLicenseText, normalizeWithOffsets } from '../../../src/core/detect/license-text';
import { analyzeLicenseText, isLicenseFileName } from '../../../src/core/analyzers/license-file';
import { createFileAnalyzers } from '../../../src/core/analyzers';
import { testContext } from './context';

const context = testContext();
const licenses = context.dataset.licenses();
const fixture = (name: string) => readFileSync(`test/fixtures/license-files/${name}`, 'utf8');

test('normalises case, whitespace, quotes, dashes and emphasis, remembering original offsets', () => {
  const input = '  **Hello**\n\t“World” \u2014 It\u2019s  ';
  const { text, offsets } = normalizeWithOffsets(input);
  assert.equal(text, 'hello "world" - it\'s');
  assert.equal(input[offsets[text.indexOf('world')]!], 'W');
  assert.equal(offsets.length, text.length + 1);
});

test('recognises a license by its fingerprints and points at the first phrase in the original text', () => {
  const text = fixture('llama3.1-LICENSE.txt');
  const match = matchLicenseText(text, licenses);
  assert.equal(match?.license.id, 'llama3.1');
  assert.equal(match?.matched.length, 2);
  assert.equal(text.slice(match!.start, match!.end), 'LLAMA 3.1 COMMUNITY LICENSE AGREEMENT');
});

test('picks the most specific license when several match (most fingerprints, then longest)', () => {
  const match = matchLicenseText(fixture('NOTICE-mixed.md'), licenses);
  assert.equal(match?.license.id, 'llama3.1');
  // one fingerprint each: the longer phrase wins
  const tie = matchLicenseText('gemma terms of use. licensed under the apache license, version 2.0', licenses);
  assert.equal(tie?.license.id, 'apache-2.0');
});

test('no match for other texts, and none past the first 256 KiB', () => {
  assert.equal(matchLicenseText('BSD 3-Clause License\n\nRedistribution and use in source and binary forms', licenses), undefined);
  const late = `${'x '.repeat(MAX_LICENSE_SCAN_CHARS)}llama 3.1 community license agreement`;
  assert.equal(matchLicenseText(late, licenses), undefined);
});

test('license file: finding on the title line with the license verdict and rules', () => {
  const text = fixture('llama3.1-LICENSE.txt');
  const [finding, ...rest] = analyzeLicenseText(text, context, { file: 'models/LICENSE' });
  assert.equal(rest.length, 0);
  assert.equal(finding!.kind, 'license-file');
  assert.equal(finding!.license, 'llama3.1');
  assert.equal(finding!.commercialUse, 'conditional');
  assert.equal(finding!.message, 'LICENSE: Llama 3.1 Community License Agreement — commercial use allowed with conditions');
  assert.deepEqual([finding!.line, finding!.column, finding!.endLine, finding!.endColumn], [1, 1, 1, 38]);
  assert.equal(finding!.text, 'LLAMA 3.1 COMMUNITY LICENSE AGREEMENT');
  assert.ok(finding!.rules.includes('threshold'));
  assert.equal(finding!.severity, 'info');
  const strict = analyzeLicenseText(text, testContext({ commercialProduct: true }), { file: 'LICENSE' });
  assert.equal(strict[0]!.severity, 'warning');
  const allowed = analyzeLicenseText(text, testContext({ allowedLicenses: ['llama3.1'] }), { file: 'LICENSE' });
  assert.equal(allowed[0]!.severity, 'none');
});

test('license file: an unrecognised text gives no finding; the range falls back to the phrase without a title', () => {
  assert.deepEqual(analyzeLicenseText('Copyright (c) 2024 Example\nAll rights reserved.', context, { file: 'LICENSE' }), []);
  const text = 'Some preamble here.\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software';
  const [finding] = analyzeLicenseText(text, context, { file: 'COPYING' });
  assert.equal(finding!.license, 'mit');
  assert.equal(finding!.severity, 'none');
  assert.equal(finding!.line, 2);
  assert.equal(text.slice(finding!.start, finding!.end), 'Permission is hereby granted, free of charge, to any person obtaining a copy');
});

test('license file names', () => {
  for (const name of ['LICENSE', 'LICENCE', 'license.md', 'LICENSE.txt', 'LICENSE-MODEL', 'COPYING', 'NOTICE', 'models/llama/USE_POLICY.md', 'LICENSE.llama3', 'photo.jpg.license', 'LICENSES/Apache-2.0.txt', 'LICENSE_MODEL.rst']) {
    assert.ok(isLicenseFileName(name), name);
  }
  for (const name of ['license.ts', 'src/license.py', 'licenses.md', 'noticeboard.txt', 'LICENSE.json', 'README.md', 'copyright.txt']) {
    assert.ok(!isLicenseFileName(name), name);
  }
});

test('a 30 MB license file over the scan limit: only its first 256 KiB is read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'all-license-'));
  try {
    const path = join(dir, 'LICENSE');
    const head = fixture('llama3.1-LICENSE.txt');
    writeFileSync(path, head + 'filler line of the license text\n'.repeat(1_000_000));
    const analyzer = createFileAnalyzers(context).find((candidate) => candidate.wants('LICENSE'))!;
    const findings = await analyzer.analyze({ path, relativePath: 'LICENSE', size: 32_000_000, text: undefined });
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.license, 'llama3.1');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('property: no exception, ranges inside the text', () => {
  const pieces = fc.constantFrom('llama 3.1 ', 'community ', 'license ', 'agreement', '\n', '  ', '“', '*', '\u0130', 'Apache License Version 2.0, January 2004', '\ud800', 'x');
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join(''))), (text) => {
      for (const finding of analyzeLicenseText(text, context, { file: 'LICENSE' })) {
        assert.ok(finding.start >= 0 && finding.start <= finding.end && finding.end <= text.length);
        assert.ok(!finding.message.includes('\n'));
      }
    }),
    { numRuns: 500 },
  );
});
