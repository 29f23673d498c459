import type { Howl } from 'howler';
import { audioFormat } from './audio-format.js';
import { announcePlayback, onOtherPlayback } from './exclusive-playback.js';
import { mediaElementOf, startOnCanPlay } from './howl-media.js';
import { bufferedEnd, canSeekTo, isSeekable } from './media-ranges.js';
import { RECOVERED_AFTER_SECONDS, STALL_LIMIT_MS, failureKind, retryDelay } from './retry-policy.js';
import { MAX_RATE, MIN_RATE } from './playback-steps.js';
import type { FailureKind, MediaState, PlaybackStatus, PlayerStore } from './player-store.js';
import { lazyChunk } from '../util/lazy-chunk.js';

export interface AudioSource {
  url: string;
  /** The enclosure's MIME type. */
  type: string;
  /** Length the feed states, shown until the file reports its own. */
  duration?: number;
}

/** howler arrives on the first press of play, so a page that never plays never downloads it. */
export const loadHowler = lazyChunk(() =>
  import('howler').then((module) => {
    startOnCanPlay(module.Howler);
    return module;
  }),
);

/** How often the clock is read while playing (4 Hz, like a media element's `timeupdate`). */
const TICK_MS = 250;

/**
 * The element's audio, on howler with `html5: true` (so long files stream rather than download whole). The only
 * writer of the store's media state: it commits what the media element does (playing, waiting, progress, the
 * real duration, errors) and what the requests it is sent change. Nothing is requested from the audio host until
 * `play()`: podcast hosts count downloads, and a page view is not a listen.
 */
export class AudioEngine {
  private readonly store: PlayerStore;
  private source?: AudioSource;
  private howl?: Howl;
  private media?: HTMLMediaElement;
  private stopMediaEvents?: () => void;
  private ticker?: ReturnType<typeof setInterval>;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private stopListening?: () => void;
  /** Bumped whenever the source changes or reloads, so a howler load that finishes late is ignored. */
  private generation = 0;
  /** The listener wants it playing (pressed play and not pause since); what `paused` reports. */
  private wantsPlay = false;
  private ended = false;
  private failed = false;
  /** The media element is waiting for data. */
  private waiting = false;
  /**
   * The media element has played since this load, so its clock is the position. Before that it reads 0 while
   * howler still holds the position to start at.
   */
  private clockReady = false;
  /**
   * Where the last seek went, until the media element's clock gets there: howler queues a seek while a play is
   * pending, and meanwhile the element still reads the old time (a skip, or the next tick, would start from it).
   * Trusted for a few seconds at most, in case the element lands elsewhere.
   */
  private seekTarget?: { time: number; until: number };
  /** The current file has played at least once: a later error is the network, not a missing file. */
  private hasPlayed = false;
  /** Failed loads in a row (see retry-policy.ts), and where playback stood when the last one failed. */
  private retries = 0;
  private failedAt = 0;
  /** The position last asked for (a seek, a start, a reload): checked against what the server can reach. */
  private resumedAt = 0;
  /** Last time playback moved or data arrived: how long a wait has lasted. */
  private lastProgressAt = 0;

  constructor(store: PlayerStore) {
    this.store = store;
  }

  private get state() {
    return this.store.state;
  }

  /** Listens for other players starting (on the page and in other tabs): one episode plays at a time. */
  connect(): void {
    this.stopListening ??= onOtherPlayback(this.store, () => this.pause());
  }

  /** Like a media element taken out of the page: it pauses, and says so (the position gets saved). */
  disconnect(): void {
    this.stopListening?.();
    this.stopListening = undefined;
    if (this.wantsPlay) {
      const currentTime = this.position();
      this.wantsPlay = false;
      this.unload();
      this.publish({ currentTime });
    } else {
      this.unload();
      this.publish();
    }
  }

  /** Shows a new episode's audio; stops what was playing. Passing the same URL again keeps playback going. */
  setSource(source: AudioSource | undefined): void {
    if (source?.url === this.source?.url) return;
    this.unload();
    this.source = source;
    this.wantsPlay = false;
    this.ended = false;
    this.failed = false;
    this.hasPlayed = false;
    this.retries = 0;
    this.failedAt = 0;
    this.publish({
      hasSource: Boolean(source),
      currentTime: 0,
      buffered: 0,
      duration: source?.duration ?? 0,
      failure: undefined,
      notice: undefined,
    });
  }

  async play(): Promise<void> {
    if (!this.source || this.wantsPlay) return;
    if (this.failed) {
      // "Try again" after a failure: start over with a fresh load at the same place.
      this.failed = false;
      this.retries = 0;
      this.failedAt = 0;
      this.unload();
    }
    announcePlayback(this.store);
    this.wantsPlay = true;
    this.lastProgressAt = Date.now();
    const restart = this.ended;
    this.ended = false;
    this.publish({ failure: undefined, ...(restart ? { currentTime: 0 } : {}) });
    this.startTicker();
    if (!this.howl) {
      await this.load();
      return;
    }
    const media = this.media;
    // Resuming must not set a position on a file that cannot seek: howler's play() always does, and the browser
    // then starts over from 0. The element resumes where it stopped instead.
    if (media && isSeekable(media) === false && media.currentTime > 0 && !media.ended) {
      void media.play().catch(() => undefined);
    } else if (!this.howl.playing()) {
      this.howl.play();
    }
  }

  pause(): void {
    if (!this.wantsPlay) return;
    this.wantsPlay = false;
    this.clearRetry();
    const media = this.media;
    if (media && isSeekable(media) === false) media.pause();
    else this.howl?.pause();
    const currentTime = this.position();
    this.stopTicker();
    this.publish({ currentTime });
  }

  toggle(): void {
    if (this.wantsPlay) this.pause();
    else void this.play();
  }

  /**
   * Moves to `seconds` (clamped to the episode); before the first play it only sets where playback will start.
   * On a file whose server cannot seek it stays put and says `cannot-seek`.
   */
  seek(seconds: number): void {
    if (!Number.isFinite(seconds)) return;
    const duration = this.state.duration;
    const target = Math.min(Math.max(0, seconds), duration > 0 ? duration : Number.POSITIVE_INFINITY);
    const media = this.media;
    if (media && this.howl && canSeekTo(media, target) === false) {
      this.publish({ notice: 'cannot-seek' });
      return;
    }
    const notice = this.state.notice;
    this.ended = false;
    this.howl?.seek(target);
    this.seekTarget = { time: target, until: Date.now() + 5000 };
    this.resumedAt = target;
    this.publish({
      currentTime: target,
      buffered: media ? bufferedEnd(media, target) : target,
      notice: notice === 'cannot-seek' || notice === 'cannot-start-there' ? undefined : notice,
    });
  }

  /** Moves by `deltaSeconds` from the playhead, read from the media element right now. */
  skip(deltaSeconds: number): void {
    this.seek(this.position() + deltaSeconds);
  }

  /** Sets the speed (clamped to MIN_RATE–MAX_RATE); the voice keeps its pitch. */
  setRate(rate: number): void {
    if (!Number.isFinite(rate)) return;
    const clamped = Math.min(MAX_RATE, Math.max(MIN_RATE, rate));
    this.howl?.rate(clamped);
    this.store.commit({ rate: clamped });
  }

  setVolume(volume: number): void {
    if (!Number.isFinite(volume)) return;
    const clamped = Math.min(1, Math.max(0, volume));
    const unmute = clamped > 0 && this.state.muted;
    this.howl?.volume(clamped);
    if (unmute) this.howl?.mute(false);
    this.store.commit({ volume: clamped, ...(unmute ? { muted: false } : {}) });
  }

  setMuted(muted: boolean): void {
    this.howl?.mute(muted);
    this.store.commit({ muted });
  }

  /** The playhead: the media element's own clock while it has one, else the last committed position. */
  private position(): number {
    const value = this.media && this.clockReady ? this.media.currentTime : undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.state.currentTime;
    if (this.seekTarget) {
      if (Math.abs(value - this.seekTarget.time) > 1 && Date.now() < this.seekTarget.until) return this.seekTarget.time;
      this.seekTarget = undefined;
    }
    return value;
  }

  /** Derived from the listener's intent and what the media element does. */
  private status(currentTime: number): PlaybackStatus {
    if (this.failed) return 'error';
    if (this.ended) return 'ended';
    if (this.wantsPlay) return this.waiting || !this.media || this.media.paused ? 'loading' : 'playing';
    return this.howl || currentTime > 0 ? 'paused' : 'idle';
  }

  /** Commits `patch` together with the status and intent that go with it: one change, one set of events. */
  private publish(patch: Partial<MediaState> = {}): void {
    const status = this.status(patch.currentTime ?? this.state.currentTime);
    this.store.commit({ ...patch, status, paused: !this.wantsPlay });
  }

  /** Creates the howl for the current source at the committed position and starts it (the first play, or a reload). */
  private async load(): Promise<void> {
    const source = this.source;
    if (!source) return;
    const generation = ++this.generation;
    let HowlClass: typeof import('howler').Howl;
    try {
      ({ Howl: HowlClass } = await loadHowler());
    } catch {
      if (generation === this.generation) this.fail('network');
      return;
    }
    if (generation !== this.generation || !this.wantsPlay) return;
    const startAt = this.state.currentTime;
    this.howl = this.createHowl(HowlClass, source);
    this.watchMedia(mediaElementOf(this.howl));
    if (startAt > 0) this.howl.seek(startAt);
    this.resumedAt = startAt;
    this.howl.play();
    this.publish();
  }

  private createHowl(HowlClass: typeof import('howler').Howl, source: AudioSource): Howl {
    const generation = this.generation;
    const current = (fn: () => void) => () => {
      if (generation === this.generation) fn();
    };
    const { rate, volume, muted } = this.state;
    return new HowlClass({
      src: [source.url],
      format: [audioFormat(source.type, source.url)],
      html5: true,
      preload: true,
      rate,
      volume,
      mute: muted,
      onend: current(() => this.finish()),
      onloaderror: (_id: number, code: unknown) => {
        if (generation === this.generation) this.onMediaError(typeof code === 'number' ? code : 0);
      },
      onplayerror: current(() => this.onPlayRefused()),
    });
  }

  /**
   * Listens to the media element for what howler does not report: data arriving, waiting for data, the real
   * duration, whether it can seek, and its clock. Removed again on unload, since howler gives the element to the
   * next howl.
   */
  private watchMedia(media: HTMLMediaElement | undefined): void {
    this.media = media;
    this.clockReady = false;
    if (!media) return;
    // Faster speech keeps its pitch (the default in current browsers; said here so it stays that way).
    media.preservesPitch = true;
    const onWaiting = () => {
      this.waiting = true;
      this.publish();
    };
    const onStalled = () => {
      if (media.readyState < HTMLMediaElement.HAVE_FUTURE_DATA) onWaiting();
    };
    const onPlaying = () => {
      this.waiting = false;
      this.clockReady = true;
      this.hasPlayed = true;
      this.lastProgressAt = Date.now();
      this.publish(this.state.notice === 'reconnecting' ? { notice: undefined } : {});
    };
    const onCanPlay = () => {
      if (!media.paused || !this.wantsPlay) this.waiting = false;
      this.publish();
    };
    const onProgress = () => {
      this.lastProgressAt = Date.now();
      this.store.commit({ buffered: bufferedEnd(media, this.position()) });
    };
    const onMetadata = () => {
      const patch: Partial<MediaState> = {};
      if (Number.isFinite(media.duration) && media.duration > 0) patch.duration = media.duration;
      // A position asked for before the file was known (a start, a resume, a reload) that its server can't
      // reach: say so rather than start over silently.
      if (this.resumedAt > 0 && canSeekTo(media, this.resumedAt) === false) {
        Object.assign(patch, { unreachedTime: this.resumedAt, notice: 'cannot-start-there', currentTime: 0 });
        this.resumedAt = 0;
      }
      this.publish(patch);
    };
    const events: [string, () => void][] = [
      ['waiting', onWaiting],
      ['stalled', onStalled],
      ['playing', onPlaying],
      ['canplay', onCanPlay],
      ['progress', onProgress],
      ['loadedmetadata', onMetadata],
      ['durationchange', onMetadata],
      ['seeked', () => this.readClock()],
    ];
    for (const [name, fn] of events) media.addEventListener(name, fn);
    this.stopMediaEvents = () => {
      for (const [name, fn] of events) media.removeEventListener(name, fn);
    };
  }

  private onMediaError(code: number): void {
    if (failureKind(code, this.hasPlayed) === 'network') this.retry();
    else this.fail('unplayable');
  }

  /**
   * The browser would not start playback (autoplay policy without a user gesture, or the element gave up).
   * Without a media error it is a refusal, not a broken file: back to paused, ready for a real press of play.
   */
  private onPlayRefused(): void {
    const code = this.media?.error?.code;
    if (code) return this.onMediaError(code);
    const currentTime = this.position();
    this.wantsPlay = false;
    this.unload();
    this.publish({ currentTime });
  }

  /** The connection failed: reload at the same place after a growing wait, or give up after the last. */
  private retry(): void {
    const delay = retryDelay(this.retries);
    if (delay === undefined || !this.source) return this.fail('network');
    this.retries++;
    const resumeAt = this.position();
    this.failedAt = Math.max(this.failedAt, resumeAt);
    this.unload();
    this.waiting = true;
    this.lastProgressAt = Date.now();
    this.publish({ currentTime: resumeAt, notice: 'reconnecting' });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (!this.wantsPlay) return;
      this.store.commit({ currentTime: resumeAt });
      void this.load();
    }, delay);
  }

  private fail(kind: FailureKind): void {
    this.unload();
    this.failed = true;
    this.wantsPlay = false;
    this.stopTicker();
    this.publish({ failure: kind, notice: undefined });
  }

  private finish(): void {
    this.ended = true;
    this.wantsPlay = false;
    this.waiting = false;
    this.stopTicker();
    this.publish({ currentTime: this.state.duration });
  }

  private startTicker(): void {
    this.stopTicker();
    this.ticker = setInterval(() => this.tick(), TICK_MS);
  }

  /** Commits the media element's clock and how far ahead it has loaded. */
  private readClock(): void {
    if (!this.media || !this.clockReady) return;
    const time = this.position();
    this.store.commit({ currentTime: time, buffered: bufferedEnd(this.media, time) });
  }

  /** Four times a second while playing: the clock, the buffered part, and the watch for a connection gone quiet. */
  private tick(): void {
    if (!this.media || !this.howl) {
      if (this.wantsPlay && !this.retryTimer && Date.now() - this.lastProgressAt > STALL_LIMIT_MS) this.retry();
      return;
    }
    const time = this.position();
    if (time !== this.state.currentTime) {
      this.lastProgressAt = Date.now();
      // Recovered only once playback gets past the place where it failed (a reload may play what the browser
      // kept, then fail at the same place again).
      if (this.retries && time - this.failedAt >= RECOVERED_AFTER_SECONDS) this.retries = 0;
    }
    if (this.wantsPlay && Date.now() - this.lastProgressAt > STALL_LIMIT_MS) {
      this.retry();
      return;
    }
    this.publish({ currentTime: time, buffered: bufferedEnd(this.media, time) });
  }

  private stopTicker(): void {
    if (this.ticker !== undefined) clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private clearRetry(): void {
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    if (this.state.notice === 'reconnecting') this.store.commit({ notice: undefined });
  }

  private unload(): void {
    this.generation++;
    this.clearRetry();
    this.stopMediaEvents?.();
    this.stopMediaEvents = undefined;
    this.media = undefined;
    this.clockReady = false;
    this.waiting = false;
    this.howl?.unload();
    this.howl = undefined;
    if (!this.wantsPlay) this.stopTicker();
  }
}
