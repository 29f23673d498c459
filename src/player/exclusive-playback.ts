/**
 * One episode plays at a time on a page, like in a podcast app. Announced as a DOM event on `document` rather than
 * through a module-level registry, so two copies of the script on one page (a CDN copy and a bundled one) still
 * pause each other.
 */
const EVENT = 'podcast-episode:exclusive-play';

/** Tells every other player on the page that `owner` started playing. */
export function announcePlayback(owner: object): void {
  document.dispatchEvent(new CustomEvent(EVENT, { detail: owner }));
}

/** Calls `pause` whenever another player starts. Returns the unsubscribe function. */
export function onOtherPlayback(owner: object, pause: () => void): () => void {
  const listener = (event: Event) => {
    if ((event as CustomEvent).detail !== owner) pause();
  };
  document.addEventListener(EVENT, listener);
  return () => document.removeEventListener(EVENT, listener);
}
