import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Finding } from '../../../src/core/finding';
import {
  createBaseline,
  filterByBaseline,
  parseBaseline,
  serializeBaseline,
} from '../../../src/core/report/baseline';
import { fingerprintFindings, fnv1a64 } from '../../../src/core/report/fingerprint';
import { loadScanResult } from './fixture';

test('FNV-1a 64 matches the published test vectors', () => {
  assert.equal(fnv1a64(''), 'cbf29ce484222325');
  assert.equal(fnv1a64('a'), 'af63dc4c8601ec8c');
  assert.equal(fnv1a64('foobar'), '85944171f73967e8');
});

test('fingerprints do not depend on lines, columns or the order findings are listed in', () => {
  const findings = loadScanResult().findings;
  const base = fingerprintFindings(findings);
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 40 }), (shift, column) => {
      const moved = findings.map((f) => ({ ...f, line: f.line + shift, endLine: f.endLine + shift, column: f.column + column }));
      assert.deepEqual(fingerprintFindings(moved), base);
      const reversed = [...moved].reverse();
      assert.deepEqual(fingerprintFindings(reversed), [...base].reverse());
    }),
  );
});

test('the same id twice in one file gets two fingerprints; moving the file changes them', () => {
  const findings = loadScanResult().findings.filter((f) => f.file === 'src/chat.py');
  const [first, second] = fingerprintFindings(findings);
  assert.notEqual(first, second);
  const renamed: Finding[] = findings.map((f) => ({ ...f, file: 'src/chat2.py' }));
  assert.notEqual(fingerprintFindings(renamed)[0], first);
});

test('a baseline round-trips and filters out known findings only', () => {
  const result = loadScanResult();
  const baseline = parseBaseline(serializeBaseline(createBaseline(result)));
  assert.equal(baseline.version, 1);
  assert.equal(filterByBaseline(result, baseline).findings.length, 2); // the severity "none" findings are not baselined
  const added = structuredClone(result);
  added.findings.push({ ...added.findings[0]!, line: 99, endLine: 99 }); // a third use of the id in src/chat.py
  const fresh = filterByBaseline(added, baseline).findings.filter((f) => f.severity !== 'none');
  assert.equal(fresh.length, 1);
  assert.equal(fresh[0]!.line, 99);
  assert.equal(filterByBaseline(added, baseline).models.length, result.models.length);
});

test('a malformed baseline is rejected with a reason', () => {
  assert.throws(() => parseBaseline('nope'), /not JSON/);
  assert.throws(() => parseBaseline('{"version":2,"fingerprints":[]}'), /version/);
  assert.throws(() => parseBaseline('{"version":1,"fingerprints":["xyz"]}'), /fingerprints\.0/);
  assert.throws(() => parseBaseline('{"version":1,"fingerprints":[],"extra":true}'), /not valid/);
});
