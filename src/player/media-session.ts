import { onOtherPlayback } from './exclusive-playback.js';
import type { PlayerRequests, PlayerStore } from './player-store.js';

/** What the lock screen, the notification and headset buttons show and do. */
export interface SessionEpisode {
  title: string;
  show: string;
  /** Absolute URL of the episode's (else the show's) artwork. */
  artwork?: string;
  /** Seconds the seek-backward / seek-forward actions move when the system gives no offset. */
  backSeconds: number;
  forwardSeconds: number;
  /** Chapter moves for previous/next track; absent when the episode has no chapters. */
  previousChapter?: () => void;
  nextChapter?: () => void;
}

const ACTIONS: MediaSessionAction[] = [
  'play',
  'pause',
  'seekbackward',
  'seekforward',
  'seekto',
  'previoustrack',
  'nexttrack',
];

/**
 * The Media Session of the page (lock screen, notification, headset and keyboard media keys) for one widget.
 * There is one session per page, so only the widget that plays owns it: it takes the session when it starts
 * playing and keeps it while paused (so "play" on the lock screen resumes it), until another widget plays or it
 * is removed. Position state follows play, pause, seeks and speed.
 */
export class MediaSessionController {
  private readonly store: PlayerStore;
  private readonly requests: PlayerRequests;
  private readonly episode: () => SessionEpisode | undefined;
  private owned = false;
  private stopListening?: () => void;

  /** `episode` is read whenever the session is taken, so it always describes the episode on screen. */
  constructor(store: PlayerStore, requests: PlayerRequests, episode: () => SessionEpisode | undefined) {
    this.store = store;
    this.requests = requests;
    this.episode = episode;
    store.subscribe((state, previous) => {
      if (!state.paused && previous.paused) this.claim();
      else if (
        state.paused !== previous.paused ||
        state.currentTime !== previous.currentTime ||
        state.rate !== previous.rate ||
        state.duration !== previous.duration ||
        state.status !== previous.status
      ) {
        this.updateState();
      }
    });
  }

  connect(): void {
    this.stopListening ??= onOtherPlayback(this.store, () => (this.owned = false));
  }

  disconnect(): void {
    this.stopListening?.();
    this.stopListening = undefined;
    this.release();
  }

  /** The episode changed (or its chapters did): a session this widget owns shows the new one. */
  refresh(): void {
    if (this.owned) this.claim();
  }

  private claim(): void {
    const session = navigator.mediaSession;
    const episode = this.episode();
    if (!session || !episode) return;
    this.owned = true;
    try {
      session.metadata = new MediaMetadata({
        title: episode.title,
        artist: episode.show,
        album: episode.show,
        artwork: episode.artwork ? [{ src: episode.artwork }] : [],
      });
    } catch {
      // An artwork URL the browser refuses: keep the previous metadata rather than fail playback.
    }
    const audio = this.requests;
    const handlers: Record<string, MediaSessionActionHandler | null> = {
      play: () => void audio.play(),
      pause: () => audio.pause(),
      seekbackward: (details) => audio.skip(-(details.seekOffset ?? episode.backSeconds)),
      seekforward: (details) => audio.skip(details.seekOffset ?? episode.forwardSeconds),
      seekto: (details) => {
        if (details.seekTime !== undefined) audio.seek(details.seekTime);
      },
      previoustrack: episode.previousChapter ? () => episode.previousChapter!() : null,
      nexttrack: episode.nextChapter ? () => episode.nextChapter!() : null,
    };
    for (const action of ACTIONS) {
      try {
        session.setActionHandler(action, handlers[action] ?? null);
      } catch {
        // An action this browser does not know.
      }
    }
    this.updateState();
  }

  private updateState(): void {
    const session = navigator.mediaSession;
    if (!this.owned || !session) return;
    const { paused, duration, rate, currentTime } = this.store.state;
    session.playbackState = paused ? 'paused' : 'playing';
    if (!(duration > 0) || !session.setPositionState) return;
    try {
      session.setPositionState({
        duration,
        playbackRate: rate,
        position: Math.min(duration, Math.max(0, currentTime)),
      });
    } catch {
      // Out-of-range values (a duration the file corrects later) are refused; the next update fixes them.
    }
  }

  private release(): void {
    const session = navigator.mediaSession;
    if (!this.owned || !session) return;
    this.owned = false;
    for (const action of ACTIONS) {
      try {
        session.setActionHandler(action, null);
      } catch {
        // As above.
      }
    }
    session.metadata = null;
    session.playbackState = 'none';
  }
}
