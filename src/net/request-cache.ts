/**
 * The page-wide memory of requests: feeds, transcripts and chapters files are each fetched once however many
 * widgets show them, and a failure is forgotten so that "Try again" (or another widget, or a page that fixed its
 * `proxy`) fetches again.
 */

/** How a {@link RequestCache} keeps its promises. */
export interface RequestCacheOptions<T> {
  /** Most requests kept; the one asked for least recently is dropped first. No limit when left out. */
  max?: number;
  /** Whether a value the request resolved with is a failure, to forget as a rejection is (loaders that never reject). */
  failed?: (value: T) => boolean;
}

/**
 * Promises of requests by key (the URL actually requested). Callers asking for the same key while its request is
 * under way or done get the same promise; a promise that rejects, or resolves with a value `failed` calls a
 * failure, is forgotten, so the next call requests again.
 */
export class RequestCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly options: RequestCacheOptions<T> = {}) {}

  /** The promise for `key`: the one already made, else `request()`'s (a synchronous throw becomes a rejection). */
  get(key: string, request: () => Promise<T>): Promise<T> {
    const known = this.entries.get(key);
    if (known) {
      // Map order is insertion order: moving the entry to the end keeps the least recently used first.
      if (this.options.max !== undefined) {
        this.entries.delete(key);
        this.entries.set(key, known);
      }
      return known;
    }
    let promise: Promise<T>;
    try {
      promise = request();
    } catch (error) {
      promise = Promise.reject(error);
    }
    this.entries.set(key, promise);
    const { max, failed } = this.options;
    if (max !== undefined) {
      for (const oldest of this.entries.keys()) {
        if (this.entries.size <= Math.max(1, max)) break;
        this.entries.delete(oldest);
      }
    }
    // Only this promise is forgotten: after a clear() the key may already hold a newer request.
    const forget = () => {
      if (this.entries.get(key) === promise) this.entries.delete(key);
    };
    promise.then((value) => {
      if (failed?.(value)) forget();
    }, forget);
    return promise;
  }

  /** Forgets `key`, so the next call requests again. */
  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Forgets everything. */
  clear(): void {
    this.entries.clear();
  }

  /** How many requests are remembered (under way or done). */
  get size(): number {
    return this.entries.size;
  }
}
