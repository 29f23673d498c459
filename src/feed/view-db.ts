/**
 * The views kept for returning readers: the episode view each widget request last showed of a feed, in
 * localStorage. A synchronous read of a few KB, where IndexedDB's first open in a page costs 30–50 ms (measured on a
 * revisit): the card a returning reader sees first comes from here, in the script-tag module, before any chunk or
 * worker has loaded. Written by the parse client (view-keep.ts); the whole feed is kept in IndexedDB (feed-store.ts),
 * whose views then replace this one in place. Storage that is missing, blocked or throws only means no view.
 */
import type { EpisodeView, ViewRequest } from './feed-protocol.js';

/** The storage key of the view `request` asks for, of the feed kept at `feedKey` (its URL, proxy included). */
export function viewKey(feedKey: string, request: ViewRequest): string {
  return 'podcast-episode:view:' + JSON.stringify([feedKey, request.spec, request.picked ?? '', request.count]);
}

/** The view kept at `key`, as a `stored` one (dates revived), or undefined. */
export function readKeptView(key: string): EpisodeView | undefined {
  try {
    const view = JSON.parse(localStorage.getItem(key) ?? 'null', (name, value: unknown) =>
      name === 'published' ? new Date(value as string) : value,
    ) as EpisodeView | null;
    return view?.episode?.id && view.podcast && Array.isArray(view.related) ? { ...view, stage: 'stored' } : undefined;
  } catch {
    return undefined;
  }
}
