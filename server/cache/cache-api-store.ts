/**
 * The Workers store: the Cache API (`caches.default`), which is the data centre's CDN cache. Entries are kept as
 * responses under a synthetic URL; our own fields ride in headers.
 */
import type { CachedText, TextStore } from './store.js';

const KEY_ORIGIN = 'https://podcast-episode-cache.invalid/';

/** The parts of the Workers Cache API used here (the DOM lib has no `caches.default`). */
interface WorkersCache {
  match(request: Request | string): Promise<Response | undefined>;
  put(request: Request | string, response: Response): Promise<void>;
}

export class CacheApiStore implements TextStore {
  constructor(private readonly cache: WorkersCache) {}

  private keyOf(key: string): string {
    return `${KEY_ORIGIN}?k=${encodeURIComponent(key)}`;
  }

  async get(key: string): Promise<CachedText | undefined> {
    const response = await this.cache.match(this.keyOf(key));
    if (!response) return undefined;
    const h = response.headers;
    const entry: CachedText = {
      body: new Uint8Array(await response.arrayBuffer()),
      contentType: h.get('content-type') ?? 'text/plain',
      finalUrl: h.get('x-final-url') ?? '',
      storedAt: Number(h.get('x-stored-at') ?? 0),
    };
    const etag = h.get('x-upstream-etag');
    const lastModified = h.get('x-upstream-last-modified');
    if (etag) entry.etag = etag;
    if (lastModified) entry.lastModified = lastModified;
    return entry;
  }

  async put(key: string, entry: CachedText, keepSeconds: number): Promise<void> {
    const headers = new Headers({
      'content-type': entry.contentType,
      'cache-control': `public, max-age=${Math.max(1, Math.round(keepSeconds))}`,
      'x-final-url': entry.finalUrl,
      'x-stored-at': String(entry.storedAt),
    });
    if (entry.etag) headers.set('x-upstream-etag', entry.etag);
    if (entry.lastModified) headers.set('x-upstream-last-modified', entry.lastModified);
    await this.cache.put(this.keyOf(key), new Response(entry.body as Uint8Array<ArrayBuffer>, { headers }));
  }
}
