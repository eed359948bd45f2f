import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { encodePathForLink, escapeHtml, escapeMarkdown, markdownLink, safeHttpUrl } from '../../../src/core/report/escape';

test('Markdown escaping defuses links, images, HTML, code and table cells, and folds newlines', () => {
  assert.equal(escapeMarkdown('[x](command:evil)'), '\\[x\\]\\(command:evil\\)');
  assert.equal(escapeMarkdown('![i](http://x)'), '\\!\\[i\\]\\(http://x\\)');
  assert.equal(escapeMarkdown('<img src=x onerror=alert(1)>'), '\\<img src=x onerror=alert\\(1\\)\\>');
  assert.equal(escapeMarkdown('a|b`c`'), 'a\\|b\\`c\\`');
  assert.equal(escapeMarkdown('line1\nline2\r\n\u2028x'), 'line1 line2 x');
  assert.equal(escapeMarkdown('&lt;'), '\\&lt;');
  assert.equal(escapeMarkdown('meta-llama/Llama-3.1-8B'), 'meta-llama/Llama-3.1-8B');
});

test('escaped Markdown never contains an unescaped special character or a line break', () => {
  fc.assert(
    // Strings built from the characters that matter, so every run exercises them.
    fc.property(fc.string({ unit: fc.constantFrom(...'\\`*_{}[]()<>#!|~&$ a-.:/\n\r\u2028\u0000'.split('')), maxLength: 60 }), (value) => {
      const escaped = escapeMarkdown(value);
      assert.doesNotMatch(escaped, /[\n\r\u2028\u2029]/);
      // Remove escape pairs; no special character may remain.
      assert.doesNotMatch(escaped.replace(/\\./g, ''), /[\\`*_{}[\]()<>#!|~&$]/);
    }),
  );
});

test('HTML escaping covers text and both attribute quotes', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  fc.assert(fc.property(fc.string(), (value) => assert.doesNotMatch(escapeHtml(value), /[<>"']|&(?!amp;|lt;|gt;|quot;|#39;)/)));
});

test('only http(s) URLs are linkable', () => {
  assert.equal(safeHttpUrl('https://example.com/a b'), 'https://example.com/a%20b');
  assert.equal(safeHttpUrl('command:workbench.action.quit'), null);
  assert.equal(safeHttpUrl('javascript:alert(1)'), null);
  assert.equal(safeHttpUrl('file:///etc/passwd'), null);
  assert.equal(safeHttpUrl('not a url'), null);
  assert.equal(safeHttpUrl(null), null);
});

test('link targets cannot break out of the Markdown link', () => {
  assert.equal(encodePathForLink("src/a (1)'s.py"), 'src/a%20%281%29%27s.py');
  assert.equal(markdownLink('t]', 'https://e.com/x_(y)'), '[t\\]](https://e.com/x_%28y%29)');
});
