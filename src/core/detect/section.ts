/**
 * Section headers (`[model]`, `[[models]]`), read in one pass. These replace `/\].*$/` and `/^\[+|\].*$/g`, which
 * are quadratic on a long run of `]` before a `\r` or `\u2028` (`.` stops there), with the same results.
 */

/** `text.replace(/\].*$/, '')`: cut at the first `]` after the last line terminator. */
export function cutAtClosingBracket(text: string): string {
  let from = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) {
      from = i + 1;
      break;
    }
  }
  const close = text.indexOf(']', from);
  return close < 0 ? text : text.slice(0, close);
}

/** `text.replace(/^\[+|\].*$/g, '').trim()`: a TOML section's name. */
export function tomlSectionName(text: string): string {
  let start = 0;
  while (text[start] === '[') start++;
  return cutAtClosingBracket(text.slice(start)).trim();
}
