/**
 * Known ids in free text: comments, Markdown prose, descriptions, string contents. No context vouches for
 * these, so only ids the dataset knows count, and only tokens with the shape of an id (a digit or separator).
 */
import type { Collector } from './collector';
import type { SyntaxKind } from './reference';

/** Token characters: id characters without `@`, so `@scope/pkg` and `x@v4` split before the dataset is asked. */
function isTokenCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ||
    code === 45 || code === 46 || code === 95 || code === 47 || code === 58 || code === 43
  );
}

const TRAILING = new Set(['.', ':', ',', '-', '/', '_', '+']);

export function detectKnownTokens(collector: Collector, from: number, to: number, syntax: SyntaxKind): void {
  const text = collector.text;
  let i = from;
  while (i < to) {
    if (!isTokenCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i;
    while (end < to && isTokenCode(text.charCodeAt(end))) end++;
    if (text[end] === '@' && /^@\d{8}(?![\w@])/.test(text.slice(end, end + 10))) end += 9; // Vertex `name@20241022`
    const inner = text.slice(i, end).indexOf(':-');
    const dflt = inner < 0 ? -1 : i + inner;
    if (dflt >= i) {
      // shell `${VAR:-default}`: the default is the candidate
      offerToken(collector, i, dflt, syntax);
      i = dflt + 2;
      continue;
    }
    const before = i > 0 ? text[i - 1]! : ' ';
    const after = end < text.length ? text[end]! : ' ';
    let tokenEnd = end;
    while (tokenEnd > i && TRAILING.has(text[tokenEnd - 1]!)) tokenEnd--;
    // `@scope/pkg`, `org/name@v4`, `$VAR`, `{placeholder}`: never ids
    if (before !== '@' && before !== '$' && before !== '\\' && after !== '@') offerToken(collector, i, tokenEnd, syntax);
    i = end;
  }
}

/** Offers a token; a Bedrock ARN pattern the dataset cannot read whole (`arn:aws:bedrock:*::foundation-model/x`) offers its model part. */
function offerToken(collector: Collector, start: number, end: number, syntax: SyntaxKind): void {
  if (end - start < 4 || collector.offer(start, end, syntax, 'weak')) return;
  const token = collector.text.slice(start, end);
  for (const marker of ['foundation-model/', 'inference-profile/']) {
    const at = token.lastIndexOf(marker);
    if (at >= 0) {
      collector.offer(start + at + marker.length, end, syntax, 'weak');
      return;
    }
  }
}
