/**
 * One lookup = the cache first, the Hub second. Fresh cached answers are used as they are; offline, any cached
 * answer is (stale facts with their date beat none). Concurrent lookups of one id share one request.
 */
import type { HubCache } from './cache';
import type { HubAnswer, HubClient } from './hub-client';

export interface LookupOutcome {
  answer: HubAnswer;
  /** When the facts were read from the Hub (ISO); for a passing trouble, when it happened. */
  fetchedAt: string;
  from: 'cache' | 'hub' | 'none';
  /** A cached answer past its expiry (offline mode, or the Hub could not be reached to renew it). */
  stale?: boolean;
}

export interface OnlineLookup {
  lookup(id: string, signal?: AbortSignal): Promise<LookupOutcome>;
  /** Writes the cache (call once after a batch). */
  flush(): Promise<void>;
}

export interface OnlineLookupOptions {
  /** Absent in offline mode. */
  client?: HubClient;
  cache?: HubCache;
  /** Answer from the cache only; no request is made. */
  offline?: boolean;
  now?: () => Date;
}

export function createOnlineLookup(options: OnlineLookupOptions): OnlineLookup {
  const now = options.now ?? (() => new Date());
  const inFlight = new Map<string, Promise<LookupOutcome>>();

  async function lookupUncached(id: string, signal?: AbortSignal): Promise<LookupOutcome> {
    const cached = await options.cache?.get(id, now()).catch(() => undefined);
    if (cached?.fresh) return { answer: cached.entry.answer, fetchedAt: cached.entry.fetchedAt, from: 'cache' };
    if (options.offline || !options.client) {
      if (cached) return { answer: cached.entry.answer, fetchedAt: cached.entry.fetchedAt, from: 'cache', stale: true };
      return {
        answer: { ok: false, id, failure: 'offline', message: 'not in the Hub cache (offline)' },
        fetchedAt: now().toISOString(),
        from: 'none',
      };
    }
    const answer = await options.client.getModel(id, signal);
    const fetchedAt = now();
    const kept = await options.cache?.put(answer, fetchedAt).catch(() => false);
    // The Hub failing now does not erase what it said last time.
    if (!kept && cached) return { answer: cached.entry.answer, fetchedAt: cached.entry.fetchedAt, from: 'cache', stale: true };
    return { answer, fetchedAt: fetchedAt.toISOString(), from: 'hub' };
  }

  return {
    lookup(id, signal) {
      const key = id.toLowerCase();
      let pending = inFlight.get(key);
      if (!pending) {
        pending = lookupUncached(id, signal).finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      return pending;
    },
    flush: async () => {
      await options.cache?.flush();
    },
  };
}
