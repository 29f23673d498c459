/**
 * When playback fails mid-episode because of the network, the player reloads the audio and goes on from the same
 * place, waiting longer after each failure. Pure numbers, kept apart so they can be read and tested at a glance.
 */

/** Waits before each reload, in ms; one more failure after the last of them is the end: the listener is told. */
export const RETRY_DELAYS_MS = [1000, 2000, 4000] as const;

/**
 * How long playback may wait for data with nothing arriving before the player treats the connection as lost and
 * reloads by itself. The browser keeps retrying a dropped connection on its own for about 30 s, silently; a
 * listener should not have to sit through that.
 */
export const STALL_LIMIT_MS = 10_000;

/** Playback this far past the place where it failed counts as recovered: the failure count starts again. */
export const RECOVERED_AFTER_SECONDS = 2;

/** The wait before reload number `attempt` (0-based), or undefined when it is time to give up. */
export function retryDelay(attempt: number): number | undefined {
  return RETRY_DELAYS_MS[attempt];
}

/**
 * What a media element error means for the listener. `code` is MediaError.code: 2 is the network; 4 (source not
 * supported) is also what Chromium reports when a reload finds the server unreachable, so once the file has played
 * it means the network too. Before the file ever played, 4 is a missing file (404) or a format the browser can't
 * play, and 3 is a broken file: retrying will not help.
 */
export function failureKind(code: number, hasPlayed: boolean): 'network' | 'unplayable' {
  if (code === 2) return 'network';
  if (code === 4 && hasPlayed) return 'network';
  return 'unplayable';
}
