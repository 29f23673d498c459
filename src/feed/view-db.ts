/**
 * Reading the views kept for returning readers (see view-store.ts). In the script-tag module, so that a page reads
 * the card it shows first while the parse client's and the sanitiser's chunks still load.
 */
import type { EpisodeView, ViewRequest } from './feed-protocol.js';

let opened: Promise<IDBDatabase | undefined> | undefined;

/** The database, once per page; undefined when storage is missing, blocked or throws. */
export function openViewDb(): Promise<IDBDatabase | undefined> {
  return (opened ??= new Promise((resolve) => {
    try {
      const request = indexedDB.open('podcast-episode-views', 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('views');
        request.result.createObjectStore('used');
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = request.onblocked = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  }));
}

/** The key of the view `request` asks for, of the feed kept at `feedKey` (its URL, proxy included). */
export function viewKey(feedKey: string, request: ViewRequest): string {
  return JSON.stringify([feedKey, request.spec, request.picked ?? '', request.count]);
}

/** Reads started before the parse client loaded, each taken once by it. */
const peeked = new Map<string, Promise<EpisodeView | undefined>>();

/** The view kept at `key`, as a `stored` one: the read {@link peekView} started, if any, else a new one. */
export function readKeptView(key: string): Promise<EpisodeView | undefined> {
  const early = peeked.get(key);
  peeked.delete(key);
  return (
    early ??
    openViewDb().then(
      (db) =>
        new Promise((resolve) => {
          try {
            const get = db!.transaction('views').objectStore('views').get(key);
            get.onsuccess = () => {
              const view = get.result as EpisodeView | undefined;
              resolve(
                view?.episode?.id && view.podcast && Array.isArray(view.related)
                  ? { ...view, stage: 'stored' }
                  : undefined,
              );
            };
            get.onerror = () => resolve(undefined);
          } catch {
            resolve(undefined);
          }
        }),
    )
  );
}

/** Starts reading the view kept at `key` now; the parse client, once loaded, takes the same read. */
export function peekView(key: string): Promise<EpisodeView | undefined> {
  const read = readKeptView(key);
  peeked.set(key, read);
  return read;
}
