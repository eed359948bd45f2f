// Checks that rendered output carries injected markup only as inert text. Shared by the hostile unit tests.
import assert from 'node:assert/strict';

/** Tags the page may hold: ours only, so no img/svg/iframe/object, no on* handler, no javascript: or command: link. */
export function assertNoLiveHtml(html: string): void {
  // Attribute values are quoted with `"` and escaped, so blanking them leaves only our own tag and attribute names.
  for (const [raw] of html.matchAll(/<[a-z](?:"[^"]*"|'[^']*'|[^>"'])*>/gi)) {
    const tag = raw.replace(/=\s*("[^"]*"|'[^']*')/g, '=""');
    assert.ok(!/^<(img|svg|iframe|object|embed|math)\b/i.test(tag), `live tag ${tag.slice(0, 120)}`);
    assert.ok(!/\son[a-z]+\s*=/i.test(tag), `event handler in ${tag.slice(0, 120)}`);
    assert.ok(!/(href|src)\s*=\s*["']?\s*(javascript|command|data):/i.test(raw), `live link in ${raw.slice(0, 120)}`);
  }
}

/** No raw HTML tag and no live Markdown link or autolink to a command: or javascript: URI. */
export function assertNoLiveMarkdown(markdown: string): void {
  assert.ok(!/(?<!\\)<(img|svg|a|iframe|script)\b/i.test(markdown), 'raw HTML in Markdown');
  assert.ok(!/(?<!\\)\]\(\s*<?(command|javascript):/i.test(markdown), 'a live command: or javascript: link');
  assert.ok(!/(?<!\\)<(command|javascript):/i.test(markdown), 'an autolink to command: or javascript:');
}
