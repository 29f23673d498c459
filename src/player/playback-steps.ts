/** How far the player's controls and keys move, and the speeds it offers: the same as podcast apps. */

/** Playback speeds offered by the speed button. */
export const PLAYBACK_RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;
/** How far the back and forward buttons (and J / L) move, in seconds. */
export const BACK_SECONDS = 15;
export const FORWARD_SECONDS = 30;
/** How far the arrow keys and PageUp / PageDown move, in seconds. */
export const ARROW_SECONDS = 5;
export const PAGE_SECONDS = 60;

/** Speeds a page may set through `playbackRate`; outside them speech is no longer useful. */
export const MIN_RATE = 0.5;
export const MAX_RATE = 3;

/** The speed after `rate` for a button that cycles through PLAYBACK_RATES (after the fastest, the slowest). */
export function nextRate(rate: number): number {
  return PLAYBACK_RATES.find((r) => r > rate + 0.001) ?? PLAYBACK_RATES[0];
}

/** One offered speed faster (1) or slower (−1) than `rate`, stopping at either end (the `<` and `>` keys). */
export function stepRate(rate: number, direction: 1 | -1): number {
  if (direction === 1) return PLAYBACK_RATES.find((r) => r > rate + 0.001) ?? PLAYBACK_RATES[PLAYBACK_RATES.length - 1];
  return [...PLAYBACK_RATES].reverse().find((r) => r < rate - 0.001) ?? PLAYBACK_RATES[0];
}
