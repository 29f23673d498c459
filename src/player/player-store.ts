/**
 * The player's state, in one place, in the manner of media-chrome's media store: the audio engine commits what the
 * media element does, the episode player commits what the listener's history says; views, keys, Media Session,
 * memory, the public API and the public events all read the same snapshot (and so the same clock) and change
 * nothing themselves: they send requests (see PlayerRequests).
 */
import type { Chapter } from '../chapters/model.js';

/** What the player can be doing. `loading` covers both the first load and waiting for data mid-play. */
export type PlaybackStatus = 'idle' | 'loading' | 'playing' | 'paused' | 'ended' | 'error';

/**
 * Something the player tells the listener beside the controls: it is reconnecting, or the audio's server does
 * not allow moving to another place (no HTTP Range support).
 */
export type PlayerNotice = 'reconnecting' | 'cannot-seek' | 'cannot-start-there';

/** Why playback stopped for good: the connection kept failing, or the file can't be played (404, format). */
export type FailureKind = 'network' | 'unplayable';

/** What the Share control says after a press: copied, or the link to copy by hand. */
export type ShareState = { copied: true } | { copied: false; url: string };

/** Written by the audio engine only (src/player/audio-engine.ts), from the media element's events. */
export interface MediaState {
  /** An episode with audio is on screen. */
  hasSource: boolean;
  status: PlaybackStatus;
  /** The listener's last word was pause (or nothing yet), like a media element's `paused`. */
  paused: boolean;
  /** The one clock: seconds into the episode. */
  currentTime: number;
  /** Seconds; the feed's until the file tells its own; 0 when unknown. */
  duration: number;
  /** Seconds loaded from the playhead on; equals currentTime when nothing ahead is loaded. */
  buffered: number;
  rate: number;
  volume: number;
  muted: boolean;
  notice?: PlayerNotice;
  /** For `cannot-start-there`: the position that could not be reached. */
  unreachedTime: number;
  /** Why playback failed, once status is `error`. */
  failure?: FailureKind;
}

/** Written by the episode player only (src/player/episode-player.ts): the listener's history and the panels. */
export interface ListeningState {
  /** A remembered position offered as "Resume at" until playback starts. */
  resumeOffer?: number;
  /** The episode on screen was heard to the end before. */
  played: boolean;
  /** Guids of the feed's episodes heard to the end (the related list marks them). */
  playedGuids: ReadonlySet<string>;
  share?: ShareState;
  /** The "?" list of shortcuts is open. */
  helpOpen: boolean;
  /** The chapters in use, sorted by start: slider marks, chapter buttons, lock-screen track keys. */
  chapters: readonly Chapter[];
  /** Where the listener is dragging the seek slider, before letting go. */
  previewTime?: number;
}

export type PlayerState = Readonly<MediaState & ListeningState>;

/** Called after every commit with the new and the previous snapshot, in commit order. */
export type StoreListener = (state: PlayerState, previous: PlayerState) => void;

export const INITIAL_STATE: PlayerState = Object.freeze({
  hasSource: false,
  status: 'idle',
  paused: true,
  currentTime: 0,
  duration: 0,
  buffered: 0,
  rate: 1,
  volume: 1,
  muted: false,
  unreachedTime: 0,
  played: false,
  playedGuids: new Set<string>(),
  helpOpen: false,
  chapters: [],
});

export class PlayerStore {
  private current: PlayerState = INITIAL_STATE;
  private readonly listeners = new Set<StoreListener>();
  /** Transitions not yet told, so a commit made by a listener is told after the one being told. */
  private readonly queue: [PlayerState, PlayerState][] = [];
  private telling = false;

  /** The current snapshot (frozen; a new object after every change). */
  get state(): PlayerState {
    return this.current;
  }

  /** Merges `patch` into the state and tells the listeners, unless nothing changed. */
  commit(patch: Partial<MediaState> | Partial<ListeningState>): void {
    const previous = this.current;
    const changed = (Object.keys(patch) as (keyof PlayerState)[]).some(
      (key) => !Object.is(previous[key], (patch as PlayerState)[key]),
    );
    if (!changed) return;
    this.current = Object.freeze({ ...previous, ...patch });
    this.queue.push([this.current, previous]);
    if (this.telling) return;
    this.telling = true;
    try {
      for (let next = this.queue.shift(); next; next = this.queue.shift()) {
        for (const listener of [...this.listeners]) listener(next[0], next[1]);
      }
    } finally {
      this.telling = false;
      this.queue.length = 0;
    }
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: StoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/**
 * What views, keys, the Media Session and the element's public API may ask of the player. Only the engine and
 * the episode player act on them; they answer by committing new state.
 */
export interface PlayerRequests {
  play(): Promise<void>;
  pause(): void;
  toggle(): void;
  /** Moves to `seconds` (clamped); before the first play, sets where playback starts. */
  seek(seconds: number): void;
  skip(deltaSeconds: number): void;
  setRate(rate: number): void;
  setVolume(volume: number): void;
  setMuted(muted: boolean): void;
  /** The next offered speed after the current one (after the fastest, the slowest). */
  cycleRate(): void;
  toggleMuted(): void;
  /** Shows where a drag of the seek slider would go (undefined: the drag ended). */
  preview(seconds: number | undefined): void;
  /** Plays from the remembered position ("Resume at"). */
  resume(): void;
  /** Forgets the remembered position and plays from the start. */
  startOver(): void;
  previousChapter(): void;
  nextChapter(): void;
  /** Copies a link to the current position, or offers it to copy by hand. */
  share(): Promise<void>;
  toggleHelp(): void;
  /** Closes the shortcuts list or the share field, whichever is open; says which (its button gets focus back). */
  dismiss(): 'shortcuts' | 'share' | undefined;
}
