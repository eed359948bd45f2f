/**
 * Hub answers on disk, so a workspace is looked up once and works offline afterwards. One JSON file keyed by
 * lower-case id; each entry has the day it was fetched and when it expires (negative answers sooner). Writes go
 * to a temporary file renamed over the old one, so a crash never leaves half a file; a corrupt file is set aside
 * with a warning. The file holds answers only: no request headers, so never a token.
 */
import { promises as fs } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { z } from 'zod';
import type { HubAnswer } from './hub-client';
import type { HubModelInfo } from './hub-schema';

export const CACHE_FILE_NAME = 'hub-models.json';
const CACHE_VERSION = 1;

/** What is worth remembering: facts, or a definite "not there" / "gated". Passing troubles are not cached. */
export type CachedAnswer =
  | { ok: true; id: string; info: HubModelInfo }
  | { ok: false; id: string; failure: 'not-found' | 'gated'; message: string };

export interface CacheEntry {
  answer: CachedAnswer;
  /** ISO timestamp of the fetch. */
  fetchedAt: string;
  expiresAt: string;
}

const infoSchema = z.object({
  id: z.string(),
  author: z.string().nullable(),
  license: z.string().nullable(),
  licenseName: z.string().nullable(),
  licenseLink: z.string().nullable(),
  baseModels: z.array(z.object({ id: z.string(), relation: z.string().nullable() })),
  gated: z.boolean().nullable(),
  pipelineTag: z.string().nullable(),
  libraryName: z.string().nullable(),
  tags: z.array(z.string()),
  createdAt: z.string().nullable(),
  lastModified: z.string().nullable(),
});
const entrySchema = z.object({
  answer: z.union([
    z.object({ ok: z.literal(true), id: z.string(), info: infoSchema }),
    z.object({ ok: z.literal(false), id: z.string(), failure: z.enum(['not-found', 'gated']), message: z.string() }),
  ]),
  fetchedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
const fileSchema = z.object({ version: z.literal(CACHE_VERSION), entries: z.record(z.string(), z.unknown()) });

export interface HubCacheOptions {
  /** The folder the cache file lives in (created on first write). */
  dir: string;
  /** Facts expire after this (default 7 days). */
  ttlMs?: number;
  /** "Not found" and "gated" expire sooner (default 1 day): a repo may be created or opened. */
  negativeTtlMs?: number;
  /** At most this many entries; the oldest fetches go first (default 5000). */
  maxEntries?: number;
  /** Told about a corrupt file or entry (one line). */
  warn?: (message: string) => void;
}

export interface HubCache {
  readonly file: string;
  /** The entry for an id, expired or not (`fresh` says which): offline mode uses stale facts rather than none. */
  get(id: string, now?: Date): Promise<{ entry: CacheEntry; fresh: boolean } | undefined>;
  /** Remembers an answer worth caching; returns false for passing troubles, which are not kept. */
  put(answer: HubAnswer, now?: Date): Promise<boolean>;
  /** Writes pending changes (atomically). */
  flush(): Promise<void>;
}

export function isCacheable(answer: HubAnswer): answer is CachedAnswer {
  return answer.ok || answer.failure === 'not-found' || answer.failure === 'gated';
}

export function createHubCache(options: HubCacheOptions): HubCache {
  const file = join(options.dir, CACHE_FILE_NAME);
  const ttl = options.ttlMs ?? 7 * 24 * 3600_000;
  const negativeTtl = options.negativeTtlMs ?? 24 * 3600_000;
  const maxEntries = options.maxEntries ?? 5000;
  const warn = options.warn ?? (() => undefined);
  let entries: Promise<Map<string, CacheEntry>> | undefined;
  let dirty = false;
  let writing: Promise<void> = Promise.resolve();

  const load = () => (entries ??= readEntries(file, warn));

  return {
    file,
    async get(id, now = new Date()) {
      const entry = (await load()).get(id.toLowerCase());
      if (!entry) return undefined;
      return { entry, fresh: Date.parse(entry.expiresAt) > now.getTime() };
    },
    async put(answer, now = new Date()) {
      if (!isCacheable(answer)) return false;
      const map = await load();
      const life = answer.ok ? ttl : negativeTtl;
      const stored: CachedAnswer = answer.ok
        ? { ok: true, id: answer.id, info: answer.info }
        : { ok: false, id: answer.id, failure: answer.failure, message: answer.message };
      map.delete(answer.id.toLowerCase());
      map.set(answer.id.toLowerCase(), {
        answer: stored,
        fetchedAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + life).toISOString(),
      });
      // Insertion order is fetch order: the first keys are the oldest fetches.
      while (map.size > maxEntries) map.delete(map.keys().next().value!);
      dirty = true;
      return true;
    },
    flush() {
      writing = writing.catch(() => undefined).then(async () => {
        if (!dirty || !entries) return;
        dirty = false;
        const map = await entries;
        const json = JSON.stringify({ version: CACHE_VERSION, entries: Object.fromEntries(map) });
        await writeAtomically(file, json);
      });
      return writing;
    },
  };
}

async function readEntries(file: string, warn: (message: string) => void): Promise<Map<string, CacheEntry>> {
  const map = new Map<string, CacheEntry>();
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warn(`the Hub cache ${file} could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); starting empty`);
    return map;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    warn(`the Hub cache ${file} is corrupt (not JSON); ignoring it`);
    return map;
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    warn(`the Hub cache ${file} has an unknown layout; ignoring it`);
    return map;
  }
  const sorted: Array<[string, CacheEntry]> = [];
  let dropped = 0;
  for (const [key, value] of Object.entries(parsed.data.entries)) {
    const entry = entrySchema.safeParse(value);
    if (entry.success && entry.data.answer.id.toLowerCase() === key) sorted.push([key, entry.data]);
    else dropped++;
  }
  if (dropped > 0) warn(`the Hub cache ${file}: ${dropped} corrupt entr${dropped === 1 ? 'y' : 'ies'} ignored`);
  sorted.sort((a, b) => a[1].fetchedAt.localeCompare(b[1].fetchedAt));
  for (const [key, entry] of sorted) map.set(key, entry);
  return map;
}

async function writeAtomically(file: string, text: string): Promise<void> {
  await fs.mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
  try {
    await fs.writeFile(temp, text, { mode: 0o600 });
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** The CLI's default cache folder: $XDG_CACHE_HOME/ai-license-lens/hub, else ~/.cache/ai-license-lens/hub. */
export function defaultCacheDir(env: Record<string, string | undefined>, home: string): string {
  const xdg = env.XDG_CACHE_HOME?.trim();
  return join(xdg && isAbsolute(xdg) ? xdg : join(home, '.cache'), 'ai-license-lens', 'hub');
}
