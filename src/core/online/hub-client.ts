/**
 * `GET <baseUrl>/api/models/<id>` on the Hugging Face Hub, politely: ids checked before any request, a short
 * timeout, a small concurrency limit, retries with backoff on 429/5xx that honour Retry-After. Every outcome is
 * a value (`HubAnswer`); nothing throws into the caller. The optional token goes only to the configured host
 * and never into a message, a log line or a file.
 */
import { backoffDelay, serverDelay } from './backoff';
import { checkHubId } from './hub-id';
import { hubModelResponseSchema, toHubModelInfo, type HubModelInfo } from './hub-schema';
import { createLimiter } from './limiter';

export const DEFAULT_HUB_URL = 'https://huggingface.co';

/** Why a lookup gave no facts. `not-found` and `gated` are answers (cached); the others are passing troubles. */
export type HubFailure =
  | 'invalid-id'
  | 'not-found'
  | 'gated'
  | 'rate-limited'
  | 'timeout'
  | 'server'
  | 'network'
  | 'malformed'
  /** Offline mode and the cache has no answer. */
  | 'offline';

export type HubAnswer =
  | { ok: true; id: string; info: HubModelInfo }
  | { ok: false; id: string; failure: HubFailure; message: string };

export interface HubClientOptions {
  /** Default https://huggingface.co; tests pass a server on 127.0.0.1. */
  baseUrl?: string;
  /** Sent as `Authorization: Bearer` to `baseUrl`'s origin only, and only over https (or to this machine). */
  token?: string;
  /** Per attempt (default 8 s). */
  timeoutMs?: number;
  /** Requests in flight at once (default 4). */
  concurrency?: number;
  /** Tries per id, the first included (default 3). */
  attempts?: number;
  /** A server asking to wait longer than this (ms, default 10 s) is answered `rate-limited` at once. */
  maxWaitMs?: number;
  /** Answers larger than this are `malformed` (default 4 MB). */
  maxBytes?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

export interface HubClient {
  /** The origin requests go to. */
  readonly origin: string;
  getModel(id: string, signal?: AbortSignal): Promise<HubAnswer>;
}

const MAX_REDIRECTS = 3;

export function createHubClient(options: HubClientOptions = {}): HubClient {
  const base = new URL(options.baseUrl ?? DEFAULT_HUB_URL);
  const origin = base.origin;
  const basePath = base.pathname.replace(/\/+$/, '');
  const token = options.token;
  const timeoutMs = options.timeoutMs ?? 8000;
  const attempts = Math.max(1, options.attempts ?? 3);
  const maxWaitMs = options.maxWaitMs ?? 10_000;
  const maxBytes = options.maxBytes ?? 4 * 1024 * 1024;
  const doFetch = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? defaultSleep;
  const limit = createLimiter(Math.max(1, options.concurrency ?? 4));

  async function attempt(url: URL, id: string, signal: AbortSignal | undefined): Promise<HubAnswer | { retry: number | undefined; answer: HubAnswer }> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let response: Response;
    let current = url;
    try {
      for (let hop = 0; ; hop++) {
        response = await doFetch(current, {
          headers: headersFor(current),
          redirect: 'manual',
          signal: combined,
        });
        if (response.status < 300 || response.status >= 400 || response.status === 304) break;
        const location = response.headers.get('location');
        await response.body?.cancel().catch(() => undefined);
        const next = location ? new URL(location, current) : undefined;
        // Renamed repos redirect within the Hub; anything leaving the configured host is not followed.
        if (!next || next.origin !== origin || hop >= MAX_REDIRECTS) {
          return fail(id, 'server', `the Hub answered ${response.status} with a redirect that is not followed`);
        }
        current = next;
      }
    } catch (error) {
      if (signal?.aborted) return fail(id, 'timeout', 'the lookup was cancelled');
      if (timeout.aborted) return { retry: undefined, answer: fail(id, 'timeout', `the Hub did not answer within ${timeoutMs} ms`) };
      return { retry: undefined, answer: fail(id, 'network', `the Hub could not be reached (${networkCode(error)})`) };
    }
    const status = response.status;
    if (status === 429 || status >= 500) {
      await response.body?.cancel().catch(() => undefined);
      const failure: HubFailure = status === 429 ? 'rate-limited' : 'server';
      const what = status === 429 ? 'the Hub asked to slow down (429)' : `the Hub answered ${status}`;
      return { retry: serverDelay(response.headers), answer: fail(id, failure, what) };
    }
    if (status === 404) {
      await response.body?.cancel().catch(() => undefined);
      return fail(id, 'not-found', 'not found on the Hub');
    }
    if (status === 401 || status === 403) {
      await response.body?.cancel().catch(() => undefined);
      // Without a token the Hub answers 401 for missing and private repos alike; it says which in X-Error-Code.
      if (response.headers.get('x-error-code') === 'RepoNotFound') return fail(id, 'not-found', 'not found on the Hub (or private)');
      return fail(id, 'gated', token ? 'gated or private: the token has no access to it' : 'gated or private: log in / a token (HF_TOKEN) is needed');
    }
    if (status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      return fail(id, 'server', `the Hub answered ${status}`);
    }
    let text: string;
    try {
      text = await readBounded(response, maxBytes);
    } catch (error) {
      if (timeout.aborted) return { retry: undefined, answer: fail(id, 'timeout', `the Hub did not answer within ${timeoutMs} ms`) };
      return fail(id, 'malformed', (error as Error).message === 'too large' ? `the Hub's answer is larger than ${maxBytes} bytes` : 'the Hub\'s answer was cut short');
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return fail(id, 'malformed', 'the Hub\'s answer is not JSON');
    }
    const parsed = hubModelResponseSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail(id, 'malformed', `the Hub's answer has an unexpected shape (${issue ? `${issue.path.join('.') || 'root'}: ${issue.code}` : 'unknown'})`);
    }
    return { ok: true, id, info: toHubModelInfo(parsed.data) };
  }

  function headersFor(url: URL): Record<string, string> {
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': 'ai-license-lens' };
    // Never in clear text over a network: https, or plain http to this machine only (a local mirror, tests).
    const safeChannel = url.protocol === 'https:' || ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (token && url.origin === origin && safeChannel) headers.authorization = `Bearer ${token}`;
    return headers;
  }

  async function getModel(id: string, signal?: AbortSignal): Promise<HubAnswer> {
    const checked = checkHubId(id);
    if (!checked.ok) return fail(id, 'invalid-id', checked.reason);
    const url = new URL(`${basePath}/api/models/${checked.id}`, origin);
    return limit(async () => {
      let last: HubAnswer | undefined;
      for (let n = 0; n < attempts; n++) {
        if (signal?.aborted) return fail(id, 'timeout', 'the lookup was cancelled');
        const outcome = await attempt(url, id, signal);
        if (!('retry' in outcome)) return outcome;
        last = outcome.answer;
        if (n === attempts - 1) break;
        const wait = outcome.retry ?? backoffDelay(n, { random: options.random });
        if (wait > maxWaitMs) return fail(id, last.ok ? 'server' : last.failure, `${(last as { message: string }).message}; retry in ${Math.ceil(wait / 1000)} s`);
        await sleep(wait, signal).catch(() => undefined);
      }
      return last ?? fail(id, 'network', 'the Hub could not be reached');
    });
  }

  return { origin, getModel };
}

function fail(id: string, failure: HubFailure, message: string): HubAnswer {
  return { ok: false, id, failure, message };
}

/** An error's code (ECONNREFUSED, ENOTFOUND...) without its message, which may echo request details. */
function networkCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  const code = cause && typeof cause.code === 'string' ? cause.code : undefined;
  return code && /^[A-Z0-9_]{2,40}$/.test(code) ? code : 'network error';
}

async function readBounded(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new Error('too large');
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new Error('too large');
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new Error('aborted'));
    }, { once: true });
  });
}

/** The token for gated repos: HF_TOKEN, else HUGGING_FACE_HUB_TOKEN; only printable ASCII without spaces. */
export function tokenFromEnvironment(env: Record<string, string | undefined>): string | undefined {
  for (const name of ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN']) {
    const value = env[name]?.trim();
    if (value && /^[\x21-\x7e]{1,512}$/.test(value)) return value;
  }
  return undefined;
}
