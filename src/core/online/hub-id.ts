/**
 * Hub repo ids (`org/name`) are checked before any request is made: the id becomes part of a URL path, so only
 * the Hub's own charset passes (no `..`, `?`, `#`, `%`, spaces or extra slashes can reach the request).
 */

/** The Hub's limit on a repo name; an org is shorter still. */
const MAX_NAME = 96;
const MAX_ORG = 42;
const SEGMENT = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;

/** The id itself when it is a valid `org/name`, else a reason (one line, safe to show). */
export function checkHubId(id: string): { ok: true; id: string } | { ok: false; reason: string } {
  if (id.length > MAX_ORG + 1 + MAX_NAME) return { ok: false, reason: 'too long for a Hub model id' };
  const parts = id.split('/');
  if (parts.length !== 2) return { ok: false, reason: 'a Hub model id has the form org/name' };
  const [org, name] = parts as [string, string];
  if (org.length > MAX_ORG || name.length > MAX_NAME) return { ok: false, reason: 'too long for a Hub model id' };
  for (const part of parts) {
    if (!SEGMENT.test(part) || part.includes('..') || part.includes('--')) {
      return { ok: false, reason: 'not a Hub model id (letters, digits, ".", "_" and "-" only)' };
    }
  }
  return { ok: true, id };
}

export function isHubId(id: string): boolean {
  return checkHubId(id).ok;
}

/**
 * The Hub id a reference names, when it is written as one: `org/name`, or a huggingface.co / hf.co URL of the
 * repo. Anything else (an Ollama tag, an API model name, a path) is not looked up.
 */
export function hubIdFromText(text: string): string | undefined {
  let candidate = text.trim();
  const url = /^(?:https?:\/\/)?(?:www\.)?(?:huggingface\.co|hf\.co)\/([^?#\s]+)$/i.exec(candidate);
  if (url) {
    const segments = url[1]!.split('/');
    if (segments[0] === 'models' || segments[0] === 'api' || segments[0] === 'datasets' || segments[0] === 'spaces') return undefined;
    candidate = segments.slice(0, 2).join('/');
  }
  return isHubId(candidate) ? candidate : undefined;
}
