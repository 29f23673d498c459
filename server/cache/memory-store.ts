/**
 * The Node store: lru-cache with a byte budget. Each entry weighs its body plus a fixed allowance for its key
 * and headers, so the budget bounds the memory the cache holds, whatever mix of feed sizes it sees.
 */
import { LRUCache } from 'lru-cache';
import type { CachedText, TextStore } from './store.js';

/** Bytes counted per entry beyond its body: key, headers, object overhead. */
const ENTRY_OVERHEAD = 512;

export class MemoryStore implements TextStore {
  private readonly lru: LRUCache<string, CachedText>;

  constructor(maxBytes: number) {
    this.lru = new LRUCache<string, CachedText>({
      maxSize: Math.max(1, maxBytes),
      // An entry larger than the budget is simply not kept.
      maxEntrySize: Math.max(1, maxBytes),
      sizeCalculation: (entry, key) => entry.body.byteLength + key.length * 2 + ENTRY_OVERHEAD,
    });
  }

  async get(key: string): Promise<CachedText | undefined> {
    return this.lru.get(key);
  }

  peek(key: string): CachedText | undefined {
    return this.lru.get(key);
  }

  async put(key: string, entry: CachedText, keepSeconds: number): Promise<void> {
    this.lru.set(key, entry, { ttl: Math.max(1, keepSeconds) * 1000 });
  }

  /** Bytes held now, as the budget counts them. */
  get size(): number {
    return this.lru.calculatedSize;
  }

  get count(): number {
    return this.lru.size;
  }
}
