/**
 * The views last shown of kept feeds, small enough to read on the page in a few milliseconds: a returning reader's
 * card comes from here while the parser worker starts and reads the whole kept feed (feed-store.ts), whose views
 * then replace it in place.
 *
 * Database `podcast-episode-views`, version 1 (its own, so the feeds' database keeps its schema):
 * - `views`: key = the feed's key (URL, proxy included) + the view request → the {@link EpisodeView} as last sent;
 * - `used`: the same key → when it was last written, so that eviction never loads a view. Beyond MAX_VIEWS, the
 *   least recently written go.
 * Written by the feed host (in the worker), read by the page. Storage that is missing, blocked, full or throwing
 * only means no view: every call resolves, never rejects.
 */
import type { EpisodeView, ViewRequest } from './feed-protocol.js';
import { openViewDb as openDb, readKeptView, viewKey } from './view-db.js';

const MAX_VIEWS = 64;

/** Runs `work` in one transaction over both stores; resolves with what it passes to `result`, else undefined. */
async function inTransaction<T>(
  mode: IDBTransactionMode,
  work: (views: IDBObjectStore, used: IDBObjectStore, result: (value: T) => void) => void,
): Promise<T | undefined> {
  const db = await openDb();
  if (!db) return undefined;
  return new Promise((resolve) => {
    try {
      let value: T | undefined;
      const tx = db.transaction(['views', 'used'], mode);
      work(tx.objectStore('views'), tx.objectStore('used'), (v) => (value = v));
      tx.oncomplete = () => resolve(value);
      tx.onerror = tx.onabort = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
}

/** The view of `request` last kept for the feed at `feedKey`, as a `stored` one. */
export function readStoredView(feedKey: string, request: ViewRequest): Promise<EpisodeView | undefined> {
  return readKeptView(viewKey(feedKey, request));
}

/** Keeps `view` as the one `request` shows of the feed at `feedKey`, then evicts beyond MAX_VIEWS. */
export async function storeView(feedKey: string, request: ViewRequest, view: EpisodeView): Promise<void> {
  const key = viewKey(feedKey, request);
  const written = await inTransaction<boolean>('readwrite', (views, used, result) => {
    views.put(view, key);
    used.put(Date.now(), key);
    result(true);
  });
  if (!written) return;
  await inTransaction('readwrite', (views, used) => {
    const entries: { key: IDBValidKey; at: number }[] = [];
    const cursor = used.openCursor();
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (at) {
        entries.push({ key: at.key, at: Number(at.value) || 0 });
        return at.continue();
      }
      entries.sort((a, b) => b.at - a.at);
      for (const { key } of entries.slice(MAX_VIEWS)) {
        views.delete(key);
        used.delete(key);
      }
    };
  });
}
