/** How long to wait before retrying a request the server refused for now (429, 5xx) or that failed on the way. */

export interface BackoffOptions {
  /** First delay before jitter, in ms (default 300). */
  baseMs?: number;
  /** No single wait is longer than this (default 8 s): a longer Retry-After means "give up for now". */
  maxMs?: number;
  /** 0 <= random() < 1; injectable so tests can pin the jitter. */
  random?: () => number;
}

/** Exponential backoff with full jitter: a random delay in [base*2^attempt / 2, base*2^attempt]. */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const base = options.baseMs ?? 300;
  const max = options.maxMs ?? 8000;
  const ceiling = Math.min(max, base * 2 ** attempt);
  const random = options.random ?? Math.random;
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * The server's own wait, in ms: `Retry-After` (seconds or an HTTP date), else the `t=` (seconds to reset) of
 * the IETF `RateLimit` header the Hub sends (`"api";r=0;t=55`). Undefined when neither says.
 */
export function serverDelay(headers: Headers, now: number = Date.now()): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d{1,7}$/.test(retryAfter)) return Number(retryAfter) * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const rateLimit = headers.get('ratelimit');
  const reset = rateLimit ? /(?:^|[;,\s])t=(\d{1,7})(?:$|[;,\s])/.exec(rateLimit) : null;
  return reset ? Number(reset[1]) * 1000 : undefined;
}
