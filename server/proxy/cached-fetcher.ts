/**
 * Upstream text through the cache: fresh entries are served as they are; stale ones are served at once while one
 * background request revalidates them (ETag / Last-Modified); missing ones are fetched, and all simultaneous
 * requests for one URL wait on that one fetch.
 */
import type { ServerConfig } from '../config.js';
import type { CachedText, TextStore } from '../cache/store.js';
import { fetchText } from '../upstream/fetch-text.js';
import type { HopFetch } from '../upstream/hop.js';

/** `HIT` fresh from cache, `STALE` served stale while revalidating, `MISS` fetched for this request. */
export type CacheState = 'HIT' | 'STALE' | 'MISS';

export interface CachedResult {
  entry: CachedText;
  state: CacheState;
}

export class CachedFetcher {
  private readonly inflight = new Map<string, Promise<CachedText>>();
  /** Upstream requests made (first hops), for the bench and tests. */
  upstreamFetches = 0;

  constructor(
    private readonly config: ServerConfig,
    private readonly store: TextStore,
    private readonly hop: HopFetch,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The text at `url`. `defer` receives background work (revalidation) the platform must let finish: Workers'
   * `waitUntil`; on Node it may simply be dropped, since the process lives on.
   */
  async get(url: string, defer: (work: Promise<unknown>) => void): Promise<CachedResult> {
    const cached = await this.store.get(url);
    if (cached) {
      const age = (this.now() - cached.storedAt) / 1000;
      if (age < this.config.maxAge) return { entry: cached, state: 'HIT' };
      if (age < this.config.maxAge + this.config.staleWhileRevalidate) {
        defer(this.refresh(url, cached).catch(() => {}));
        return { entry: cached, state: 'STALE' };
      }
    }
    return { entry: await this.refresh(url, cached), state: 'MISS' };
  }

  /**
   * The fresh cached entry for `url`, synchronously, when the store can say at once (memory); `undefined` when it is
   * missing, stale or the store is asynchronous, and then `get` decides. Same freshness rule as `get`.
   */
  freshNow(url: string): CachedText | undefined {
    const cached = this.store.peek?.(url);
    return cached && (this.now() - cached.storedAt) / 1000 < this.config.maxAge ? cached : undefined;
  }

  /** One upstream fetch per URL at a time; everyone asking meanwhile gets the same promise. */
  private refresh(url: string, previous: CachedText | undefined): Promise<CachedText> {
    let pending = this.inflight.get(url);
    if (!pending) {
      pending = this.fetchAndStore(url, previous).finally(() => this.inflight.delete(url));
      this.inflight.set(url, pending);
    }
    return pending;
  }

  private async fetchAndStore(url: string, previous: CachedText | undefined): Promise<CachedText> {
    this.upstreamFetches++;
    const conditional = previous && { etag: previous.etag, lastModified: previous.lastModified };
    const result = await fetchText(url, this.config, this.hop, conditional);
    const entry: CachedText =
      result === 'not-modified' ? { ...previous!, storedAt: this.now() } : { ...result, storedAt: this.now() };
    await this.store.put(url, entry, this.config.maxAge + this.config.staleWhileRevalidate);
    return entry;
  }
}
