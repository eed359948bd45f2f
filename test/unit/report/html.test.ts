import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderHtml } from '../../../src/core/report/html';
import { FIXTURE_DIR, loadDataset, loadScanResult } from './fixture';

const render = () => renderHtml(loadScanResult(), loadDataset());

const ALLOWED_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'main', 'section', 'article', 'h1', 'h2', 'h3', 'p',
  'div', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'dl', 'dt', 'dd', 'ul', 'li', 'code', 'span', 'em',
  'br', 'a',
]);
const ALLOWED_ATTRIBUTES = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'scope', 'href', 'rel', 'id']);

test('the CSP allows exactly the inline stylesheet, by its SHA-256', () => {
  const html = render();
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replaceAll('&#39;', "'");
  assert.ok(csp, 'a CSP meta tag');
  assert.match(csp, /^default-src 'none'; /);
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
  assert.equal(styles.length, 1);
  const hash = createHash('sha256').update(styles[0]!, 'utf8').digest('base64');
  assert.ok(csp.includes(`style-src 'sha256-${hash}'`), csp);
  assert.doesNotMatch(styles[0]!, /url\(|@import/);
});

test('no scripts, no external resources, only known tags and attributes', () => {
  const html = render();
  const body = html.replace(/<style>[\s\S]*?<\/style>/, '');
  for (const [, tag] of body.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)) assert.ok(ALLOWED_TAGS.has(tag!.toLowerCase()), `tag ${tag}`);
  for (const [, tagBody] of body.matchAll(/<[a-zA-Z][a-zA-Z0-9-]*((?:\s+[^>]*)?)>/g)) {
    // Every attribute is name="value"; anything else left over would be an injected attribute.
    assert.equal(tagBody!.replace(/\s[a-zA-Z-]+="[^"<>]*"/g, '').trim(), '', tagBody);
    for (const [, attribute] of tagBody!.matchAll(/\s([a-zA-Z-]+)="/g)) {
      assert.ok(ALLOWED_ATTRIBUTES.has(attribute!.toLowerCase()), `attribute ${attribute}`);
    }
  }
  for (const [, href] of body.matchAll(/href="([^"]*)"/g)) assert.match(href!, /^https?:\/\//);
});

test('hostile ids and messages are shown as text', () => {
  const html = render();
  assert.ok(!html.includes('<img src=x'));
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(html.includes('src/we|ird (1).py:2:9'));
});

test('light and dark themes through prefers-color-scheme', () => {
  assert.match(render(), /@media \(prefers-color-scheme: dark\)/);
});

test('the HTML report matches the golden file (UPDATE_GOLDEN=1 rewrites it)', () => {
  const golden = join(FIXTURE_DIR, 'report.html');
  const actual = render();
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, actual);
  assert.equal(actual, readFileSync(golden, 'utf8'));
});
