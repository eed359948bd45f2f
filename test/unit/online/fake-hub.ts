/**
 * A local stand-in for the Hub's model API on 127.0.0.1 (port 0): each route answers with a recorded-shape
 * body, a status, headers, or a delay. Requests are recorded (path and whether a token came with them).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string as is. */
  body?: unknown;
  /** Wait this long before answering (a slow Hub). */
  delayMs?: number;
}

/** A route answers every request alike, or its replies in turn (the last one repeats). */
export type Route = Reply | Reply[];

export interface FakeHub {
  url: string;
  requests: Array<{ path: string; authorization: string | undefined }>;
  /** Most requests in flight at once. */
  maxInFlight: number;
  routes: Map<string, Route>;
  close(): Promise<void>;
}

export function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as Record<string, unknown>;
}

/** The Hub's answer shape for a model, built from the fields a test cares about. */
export function hubModel(id: string, fields: { license?: string; licenseName?: string; baseModel?: string | string[]; relation?: string; gated?: false | 'auto' | 'manual'; pipeline?: string } = {}): Record<string, unknown> {
  const bases = fields.baseModel === undefined ? [] : Array.isArray(fields.baseModel) ? fields.baseModel : [fields.baseModel];
  const tags = ['transformers', 'safetensors', 'text-generation'];
  for (const base of bases) tags.push(`base_model:${base}`, `base_model:${fields.relation ?? 'finetune'}:${base}`);
  if (fields.license) tags.push(`license:${fields.license}`);
  tags.push('region:us');
  const cardData: Record<string, unknown> = { library_name: 'transformers', tags: ['generated_from_trainer'] };
  if (fields.license) cardData.license = fields.license;
  if (fields.licenseName) cardData.license_name = fields.licenseName;
  if (fields.baseModel !== undefined) cardData.base_model = fields.baseModel;
  return {
    _id: '66a0b1c2d3e4f5a6b7c8d9e0',
    id,
    private: false,
    pipeline_tag: fields.pipeline ?? 'text-generation',
    library_name: 'transformers',
    tags,
    downloads: 1234,
    likes: 5,
    modelId: id,
    author: id.split('/')[0],
    sha: '0123456789abcdef0123456789abcdef01234567',
    lastModified: '2025-01-10T08:00:00.000Z',
    createdAt: '2024-12-01T08:00:00.000Z',
    gated: fields.gated ?? false,
    disabled: false,
    cardData,
    siblings: [{ rfilename: 'README.md' }, { rfilename: 'config.json' }, { rfilename: 'model.safetensors' }],
    spaces: [],
    usedStorage: 16060000000,
  };
}

export async function startFakeHub(routes: Record<string, Route> = {}): Promise<FakeHub> {
  const table = new Map(Object.entries(routes));
  const served = new Map<string, number>();
  const requests: FakeHub['requests'] = [];
  let inFlight = 0;
  const hub = { requests, maxInFlight: 0, routes: table } as unknown as FakeHub;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? '';
    requests.push({ path, authorization: request.headers.authorization });
    inFlight++;
    hub.maxInFlight = Math.max(hub.maxInFlight, inFlight);
    const route = table.get(path);
    const count = served.get(path) ?? 0;
    served.set(path, count + 1);
    const reply: Reply = route === undefined
      ? { status: 404, body: { error: 'Repository not found' } }
      : Array.isArray(route) ? route[Math.min(count, route.length - 1)]! : route;
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        inFlight--;
      }
    };
    const send = () => {
      finish();
      if (response.destroyed) return;
      const body = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      response.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
      response.end(body);
    };
    if (reply.delayMs) {
      const timer = setTimeout(send, reply.delayMs);
      // The client gave up (timeout): stop counting it as in flight.
      response.on('close', () => {
        clearTimeout(timer);
        finish();
      });
    } else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  hub.url = `http://127.0.0.1:${port}`;
  hub.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return hub;
}
