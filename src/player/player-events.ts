import type { PlayerState, PlayerStore } from './player-store.js';
import type { ErrorDetail } from '../feed/errors.js';
import type { Strings } from '../i18n/strings.js';

/** At most this many `timeupdate` events a second, like a media element's clock (4 Hz). */
const TIMEUPDATE_MS = 250;

/**
 * The element's media events, derived from the store's changes so they can never disagree with what the
 * properties read: `play` / `pause` (the listener's intent changed), `timeupdate` (at most 4 a second, the last
 * one always delivered), `ratechange`, `volumechange`, `ended`, and `error` (`{ code: 'audio', message }`) when
 * playback stops for good, its message in the interface language (`words`). Like a media element's, they do not bubble. Nothing inside the widget listens to them:
 * its own parts subscribe to the store.
 */
export function dispatchPlayerEvents(store: PlayerStore, host: EventTarget, words: () => Strings): void {
  let lastTimeUpdateAt = Number.NEGATIVE_INFINITY;
  let pendingTimeUpdate: ReturnType<typeof setTimeout> | undefined;
  const emit = (type: string) => host.dispatchEvent(new Event(type));
  const timeUpdate = () => {
    const wait = lastTimeUpdateAt + TIMEUPDATE_MS - performance.now();
    if (wait > 0) {
      pendingTimeUpdate ??= setTimeout(() => {
        pendingTimeUpdate = undefined;
        timeUpdate();
      }, wait);
      return;
    }
    lastTimeUpdateAt = performance.now();
    emit('timeupdate');
  };

  store.subscribe((state: PlayerState, previous: PlayerState) => {
    if (state.paused !== previous.paused) emit(state.paused ? 'pause' : 'play');
    if (state.currentTime !== previous.currentTime) timeUpdate();
    if (state.rate !== previous.rate) emit('ratechange');
    if (state.volume !== previous.volume || state.muted !== previous.muted) emit('volumechange');
    if (state.status === 'ended' && previous.status !== 'ended') emit('ended');
    if (state.failure && !previous.failure) {
      const t = words();
      const message = state.failure === 'network' ? t.audioConnectionLost : t.audioError;
      const detail: ErrorDetail = { code: 'audio', message };
      host.dispatchEvent(new CustomEvent('error', { detail }));
    }
  });
}
