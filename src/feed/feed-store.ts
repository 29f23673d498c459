/**
 * Read feeds kept in IndexedDB between visits, so a returning reader sees the episode before the network answers.
 *
 * Database `podcast-episode`, version 1:
 * - `feeds`: key = the requested URL (proxy included) → `{ validator, data }`, the `FeedData` as it was read;
 *   `validator` is `e:<ETag>` or `m:<Last-Modified>` when the answer let the page read one, else `h:<hash of the
 *   bytes>`.
 * - `meta`: key = the same URL → `{ usedAt, size }`, small, so that eviction never loads a feed. Beyond MAX_FEEDS
 *   entries or MAX_BYTES of answers, the least recently used go.
 * Storage that is missing, blocked, full or throwing only means no copy: every call resolves, never rejects.
 */
import type { FeedData } from './feed-data.js';

const MAX_FEEDS = 12;
const MAX_BYTES = 48 * 1024 * 1024;
/** A database that does not open in this long (blocked by another tab's upgrade, a stuck disk) is passed over. */
const OPEN_TIMEOUT = 3_000;

/** What is kept of one feed. */
export interface StoredFeed {
  validator: string;
  data: FeedData;
}

let opened: Promise<IDBDatabase | undefined> | undefined;

function openDb(): Promise<IDBDatabase | undefined> {
  opened ??= new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), OPEN_TIMEOUT);
    const done = (db: IDBDatabase | undefined) => {
      clearTimeout(timer);
      resolve(db);
    };
    try {
      const request = indexedDB.open('podcast-episode', 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('feeds');
        request.result.createObjectStore('meta');
      };
      request.onsuccess = () => done(request.result);
      request.onerror = () => done(undefined);
      request.onblocked = () => done(undefined);
    } catch {
      done(undefined);
    }
  });
  return opened;
}

/** Runs `work` in one transaction; resolves with what it sets as the result, or undefined on any failure. */
async function inTransaction<T>(
  mode: IDBTransactionMode,
  work: (feeds: IDBObjectStore, meta: IDBObjectStore, result: (value: T) => void) => void,
): Promise<T | undefined> {
  const db = await openDb();
  if (!db) return undefined;
  return new Promise((resolve) => {
    try {
      let value: T | undefined;
      const tx = db.transaction(['feeds', 'meta'], mode);
      work(tx.objectStore('feeds'), tx.objectStore('meta'), (v) => (value = v));
      tx.oncomplete = () => resolve(value);
      tx.onerror = tx.onabort = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
}

/** The kept copy of the feed at `key`, if any (and marks it used). */
export function readStoredFeed(key: string): Promise<StoredFeed | undefined> {
  return inTransaction<StoredFeed>('readwrite', (feeds, meta, result) => {
    const get = feeds.get(key);
    get.onsuccess = () => {
      const stored = get.result as StoredFeed | undefined;
      if (!stored?.data?.feed || typeof stored.validator !== 'string') return;
      result(stored);
      const touch = meta.get(key);
      touch.onsuccess = () => touch.result && meta.put({ ...touch.result, usedAt: Date.now() }, key);
    };
  });
}

/** Keeps `data` for `key` (replacing an older copy), then evicts the least recently used beyond the limits. */
export async function storeFeed(key: string, stored: StoredFeed, size: number): Promise<void> {
  if (size > MAX_BYTES) return;
  const written = await inTransaction<boolean>('readwrite', (feeds, meta, result) => {
    feeds.put(stored, key);
    meta.put({ usedAt: Date.now(), size }, key);
    result(true);
  });
  if (written) await evict();
}

function evict(): Promise<unknown> {
  return inTransaction('readwrite', (feeds, meta) => {
    const entries: { key: string; usedAt: number; size: number }[] = [];
    const cursor = meta.openCursor();
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (at) {
        const value = at.value as { usedAt?: number; size?: number };
        entries.push({ key: String(at.key), usedAt: Number(value.usedAt) || 0, size: Number(value.size) || 0 });
        return at.continue();
      }
      entries.sort((a, b) => b.usedAt - a.usedAt);
      let bytes = 0;
      entries.forEach((entry, i) => {
        bytes += entry.size;
        if (i < MAX_FEEDS && bytes <= MAX_BYTES) return;
        feeds.delete(entry.key);
        meta.delete(entry.key);
      });
    };
  });
}
