import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assessModel } from '../../../src/core/assess/assess';
import { DEFAULT_POLICY } from '../../../src/core/assess/policy';
import type { Finding, ScanResult } from '../../../src/core/finding';
import { renderReportPage } from '../../../src/core/present/report-page';
import { summarizeModels } from '../../../src/core/scan/summarize';
import { dataset, resolver } from './fixture';

function finding(text: string, file: string, line: number): Finding {
  const model = resolver.resolve(text)?.model;
  const assessment = assessModel(text, model, dataset, DEFAULT_POLICY);
  return {
    file, line, column: 5, endLine: line, endColumn: 5 + text.length, kind: 'model-reference', text,
    modelId: model?.id ?? null, license: assessment.license?.id ?? null, commercialUse: assessment.commercialUse,
    openness: assessment.openness, severity: assessment.severity, message: assessment.message, rule: assessment.rule,
    rules: assessment.rules, start: 0, end: text.length,
  };
}

function scan(findings: Finding[]): ScanResult {
  return {
    tool: { name: 'ai-license-lens', version: '0.1.0' }, root: 'workspace', findings,
    models: summarizeModels(findings, dataset),
    stats: { filesScanned: 3, filesSkipped: 0, bytesScanned: 100, ms: 1, skippedByReason: {} },
  };
}

const assets = { cspSource: 'https://webview.test', nonce: 'n0nce', styleUri: 'https://webview.test/report.css', scriptUri: 'https://webview.test/report.js' };

describe('report page', () => {
  const page = renderReportPage(
    [scan([finding('black-forest-labs/FLUX.1-dev', 'image.py', 5), finding('gpt-4o', 'chat.ts', 2), finding('gpt-4o', 'b.ts', 9)])],
    dataset,
    assets,
  );

  it('has a strict CSP and nonces on its only script and stylesheet', () => {
    assert.match(page, /content="default-src 'none'; style-src https:\/\/webview\.test 'nonce-n0nce'; script-src 'nonce-n0nce';/);
    assert.equal(page.match(/<script /g)?.length, 1);
    assert.match(page, /<script nonce="n0nce" src="https:\/\/webview\.test\/report\.js">/);
    assert.match(page, /<link rel="stylesheet" nonce="n0nce"/);
    assert.doesNotMatch(page, /style="/, 'inline styles would need unsafe-inline');
  });

  it('summarises models by verdict and openness with meters', () => {
    assert.match(page, /<span class="value">2<\/span><span class="label">models<\/span>/);
    assert.match(page, /<th scope="row">commercial use not allowed<\/th><td><meter min="0" max="2" value="1">/);
    assert.match(page, /<th scope="row">api-only<\/th><td><meter min="0" max="2" value="1">/);
  });

  it('lists each model once, with sortable columns and every location as a jump link', () => {
    assert.equal(page.match(/<tr><td data-sort=/g)?.length, 2);
    assert.match(page, /<button type="button" class="sort" data-column="0">Model<\/button>/);
    assert.match(page, /data-file="chat\.ts" data-line="2" data-column="5">chat\.ts:2<\/a> <a href="#" class="location" data-root="workspace" data-file="b\.ts"/);
  });

  it('escapes hostile ids and paths', () => {
    const hostile = renderReportPage([scan([finding('<img src=x onerror=alert(1)>', '"><script>x</script>.py', 1)])], dataset, assets);
    assert.doesNotMatch(hostile, /<img src=x/);
    assert.doesNotMatch(hostile, /<script>x/);
    assert.match(hostile, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });

  it('says so when there is nothing', () => {
    assert.match(renderReportPage([scan([])], dataset, assets), /No AI model references found\./);
  });
});

describe('status bar counts', () => {
  it('counts models as the report does and warnings of every kind, suppressed ones aside', async () => {
    const { countFindings, statusText } = await import('../../../src/core/present/status-text');
    const flux = finding('black-forest-labs/FLUX.1-dev', 'a.py', 1);
    const counts = countFindings([
      flux,
      { ...flux, suppressed: { reason: 'evaluation only' }, severity: 'none' },
      finding('gpt-4o', 'b.py', 1),
      { ...flux, kind: 'license-file', modelId: null, text: 'LICENSE', severity: 'warning' },
    ]);
    assert.deepEqual(counts, { models: 2, warnings: 2 });
    assert.equal(statusText(counts), '2 AI models, 2 warnings');
    assert.equal(statusText({ models: 1, warnings: 0 }), '1 AI model');
  });
});
