/**
 * Escaping for every value that came from a scanned file (ids as written, paths, messages) or from the
 * dataset. Reports, hovers and the webview share these helpers, so a hostile id such as
 * `[x](command:evil)` or `<img onerror=...>` is shown as text everywhere and never becomes a link or markup.
 */

/** Line breaks and other control characters would end a table row or a list item early: fold them to spaces. */
export function toSingleLine(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ');
}

/**
 * Markdown inline text, safe in paragraphs, list items and GFM table cells. Backslash-escapes the
 * punctuation that starts links, images, emphasis, code, HTML, autolinks, entities, math and table cells.
 * Line-start constructs (`#`, `-`, `1.`) cannot occur because the value is folded to one line and always
 * follows other text in our reports.
 */
export function escapeMarkdown(value: string): string {
  return toSingleLine(value).replace(/[\\`*_{}[\]()<>#!|~&$]/g, (char) => `\\${char}`);
}

/** HTML text and attribute values (double- or single-quoted). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!);
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * A URL a report may link to: http(s) only, so `command:`, `javascript:` and `file:` links from the data
 * can never be rendered as clickable. Returns null for anything else.
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A Markdown link whose target is safe for Markdown: parentheses, spaces and angle brackets percent-encoded. */
export function markdownLink(text: string, url: string): string {
  const target = url.replace(/[()<> ]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${escapeMarkdown(text)}](${target})`;
}

/**
 * A relative path as a link target: each segment percent-encoded (including `()` and `'`, which
 * `encodeURIComponent` leaves alone), so a file named `a (1).py` or `x)](command:y` stays one link.
 */
export function encodePathForLink(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(/[!'()*~]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/');
}
