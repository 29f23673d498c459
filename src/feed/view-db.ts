/**
 * Opens the database of kept views (see view-store.ts). In the script-tag module, so that a page starts opening it
 * with the feed's request, while the parse client's chunk loads: the first open in a page is what takes time.
 */
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
