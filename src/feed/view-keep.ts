/**
 * Keeps the view a widget request showed, for the next visit's first card (read by view-db.ts). In the parse client's
 * chunk, so the script-tag module carries only the read. localStorage is the host page's too: at most MAX_VIEWS
 * views of at most MAX_CHARS each (a few hundred KB in all), the least recently kept evicted first; a view too large
 * is not kept (its feed's IndexedDB copy still serves the revisit, a little later). Full, blocked or missing
 * storage: nothing kept, nothing thrown.
 */
import type { EpisodeView } from './feed-protocol.js';

const INDEX = 'podcast-episode:views';
const MAX_VIEWS = 8;
const MAX_CHARS = 48_000;

/** Keeps `view` at `key` (from viewKey) and evicts beyond MAX_VIEWS. */
export function keepView(key: string, view: EpisodeView): void {
  try {
    const text = JSON.stringify({ ...view, stage: undefined });
    const listed: unknown = JSON.parse(localStorage.getItem(INDEX) ?? '[]');
    const keys = (Array.isArray(listed) ? listed : []).filter((k): k is string => typeof k === 'string' && k !== key);
    if (text.length <= MAX_CHARS) {
      localStorage.setItem(key, text);
      keys.unshift(key);
    } else localStorage.removeItem(key);
    for (const old of keys.splice(MAX_VIEWS)) localStorage.removeItem(old);
    localStorage.setItem(INDEX, JSON.stringify(keys));
  } catch {
    // No kept view: the next visit waits for the feed's IndexedDB copy or the network.
  }
}
