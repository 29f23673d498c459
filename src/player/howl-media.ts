import type { Howl } from 'howler';

/**
 * howler (in html5 mode) plays through an <audio> element it keeps to itself, and has no API for what only that
 * element knows: the buffered and seekable ranges, `waiting`, `preservesPitch`. This is the one place that reaches
 * into howler's internals (`howl._sounds[0]._node`); everything else gets the element from here.
 */
interface HowlInternals {
  _sounds?: { _node?: unknown }[];
}

/** The media element `howl` plays through, or undefined (not created yet, unloaded, or howler changed inside). */
export function mediaElementOf(howl: Howl | undefined): HTMLMediaElement | undefined {
  const node = (howl as unknown as HowlInternals | undefined)?._sounds?.[0]?._node;
  return node instanceof HTMLMediaElement ? node : undefined;
}

interface HowlerInternals {
  _canPlayEvent?: string;
}

/**
 * howler starts html5 playback on the element's `canplaythrough`, which a browser fires only when it expects the
 * rest of the file to arrive in time: on a slow or interrupted connection that can be never, although enough is
 * loaded to start. `canplay` is when a plain <audio> starts. Call once with howler's global `Howler`.
 */
export function startOnCanPlay(howler: object): void {
  const internals = howler as HowlerInternals;
  if (typeof internals._canPlayEvent === 'string') internals._canPlayEvent = 'canplay';
}
