/** One cached upstream answer, with what revalidating it needs. */
export interface CachedText {
  body: Uint8Array;
  contentType: string;
  etag?: string;
  lastModified?: string;
  finalUrl: string;
  /** When it was fetched or last confirmed unchanged (ms since 1970). */
  storedAt: number;
}

/** Where cached answers live: an in-memory LRU on Node, the Cache API on Workers. */
export interface TextStore {
  get(key: string): Promise<CachedText | undefined>;
  /** The entry now, without waiting, where the store can (memory); lets the Node fast path answer synchronously. */
  peek?(key: string): CachedText | undefined;
  /** `keepSeconds`: how long the entry may be kept at most (fresh + stale-while-revalidate). */
  put(key: string, entry: CachedText, keepSeconds: number): Promise<void>;
}
