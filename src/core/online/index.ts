/**
 * Opt-in lookup of models the bundled dataset does not know, on the Hugging Face Hub (issue 8). The CLI
 * (`--online`) and the editor (`aiLicenseLens.online.enabled`) wire it the same way:
 *   const lookup = createHubLookup({ cacheDir, offline, env: process.env });
 *   const { result } = await enrichWithOnlineLookup(scanResult, engine, lookup);
 */
import { createHubCache } from './cache';
import { createHubClient, tokenFromEnvironment, type HubClientOptions } from './hub-client';
import { createOnlineLookup, type OnlineLookup } from './lookup';

export { defaultCacheDir } from './cache';
export { DEFAULT_HUB_URL } from './hub-client';
export { enrichWithOnlineLookup, unknownHubIds } from './enrich';
export { lookupLiveModels } from './live-models';
export { createLiveEngine, type LiveModels } from './overlay';
export { liveFactsOf } from './live-model';
export type { OnlineLookup } from './lookup';

export interface HubLookupSetup {
  /** Folder of the answer cache (the editor's global storage, the CLI's cache folder). */
  cacheDir: string;
  /** Answer from the cache only: no request leaves the machine. */
  offline?: boolean;
  /**
   * Where HF_TOKEN / HUGGING_FACE_HUB_TOKEN are read from (a token is optional: only gated repos need it), and
   * HF_ENDPOINT, the Hub's address when it is not huggingface.co (a mirror; the tests' local server).
   */
  env?: Record<string, string | undefined>;
  warn?: (message: string) => void;
  client?: Omit<HubClientOptions, 'token'>;
}

export function createHubLookup(setup: HubLookupSetup): OnlineLookup {
  const cache = createHubCache({ dir: setup.cacheDir, warn: setup.warn });
  const client = setup.offline
    ? undefined
    : createHubClient({
        ...(endpoint(setup.env) ? { baseUrl: endpoint(setup.env) } : {}),
        ...setup.client,
        token: setup.env ? tokenFromEnvironment(setup.env) : undefined,
      });
  return createOnlineLookup({ client, cache, offline: setup.offline });
}

/** HF_ENDPOINT when it is an http(s) URL; anything else is ignored rather than sent a token. */
function endpoint(env: Record<string, string | undefined> | undefined): string | undefined {
  const value = env?.HF_ENDPOINT?.trim();
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? value : undefined;
  } catch {
    return undefined;
  }
}
