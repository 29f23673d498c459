/**
 * One episode plays at a time, like in a podcast app: on the page, and across the page's other tabs and frames of
 * the same origin. On the page it is a DOM event on `document` rather than a module-level registry, so two copies
 * of the script on one page (a CDN copy and a bundled one) still pause each other. Other tabs hear it through a
 * BroadcastChannel.
 */
const EVENT = 'podcast-episode:exclusive-play';
const CHANNEL = 'podcast-episode:exclusive-play';

/**
 * This document's id in channel messages. Kept on `document` (not in the module) so that every copy of the script
 * in this page agrees, and ignores the page's own messages, which the DOM event has already delivered.
 */
const PAGE_KEY = Symbol.for('podcast-episode.page-id');
type PageDocument = Document & { [PAGE_KEY]?: string };
function pageId(): string {
  const doc = document as PageDocument;
  doc[PAGE_KEY] ??= `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return doc[PAGE_KEY];
}

/** Stands in, as the event's owner, for a player in another tab: never equal to a player of this page. */
const ELSEWHERE = Object.freeze({ elsewhere: true });

let channel: BroadcastChannel | undefined;
/** The page's one channel, opened on first use; undefined where BroadcastChannel is missing or refused. */
function openChannel(): BroadcastChannel | undefined {
  if (channel || typeof BroadcastChannel !== 'function') return channel;
  try {
    channel = new BroadcastChannel(CHANNEL);
  } catch {
    return undefined;
  }
  channel.onmessage = (event: MessageEvent) => {
    const data = event.data as { page?: unknown } | null;
    if (data && typeof data === 'object' && data.page !== pageId()) {
      document.dispatchEvent(new CustomEvent(EVENT, { detail: ELSEWHERE }));
    }
  };
  return channel;
}

/** Tells every other player on the page, and in the origin's other tabs, that `owner` started playing. */
export function announcePlayback(owner: object): void {
  document.dispatchEvent(new CustomEvent(EVENT, { detail: owner }));
  try {
    openChannel()?.postMessage({ page: pageId() });
  } catch {
    // A closed or refused channel only means other tabs are not told.
  }
}

/** Calls `pause` whenever another player starts, here or in another tab. Returns the unsubscribe function. */
export function onOtherPlayback(owner: object, pause: () => void): () => void {
  // Listening means being reachable from other tabs too, before this page ever plays.
  openChannel();
  const listener = (event: Event) => {
    if ((event as CustomEvent).detail !== owner) pause();
  };
  document.addEventListener(EVENT, listener);
  return () => document.removeEventListener(EVENT, listener);
}
