import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Howl } from 'howler';
import { audioFormat } from './audio-format.js';
import { announcePlayback, onOtherPlayback } from './exclusive-playback.js';
import { mediaElementOf, startOnCanPlay } from './howl-media.js';
import { bufferedEnd, canSeekTo, isSeekable } from './media-ranges.js';
import { RECOVERED_AFTER_SECONDS, STALL_LIMIT_MS, failureKind, retryDelay } from './retry-policy.js';
import type { ErrorDetail } from '../feed/errors.js';
import { strings } from '../i18n/strings.js';

/** What the player can be doing. `loading` covers both the first load and waiting for data mid-play. */
export type PlaybackStatus = 'idle' | 'loading' | 'playing' | 'paused' | 'ended' | 'error';

/**
 * Something the player tells the listener beside the controls: it is reconnecting, or the audio's server does
 * not allow moving to another place (no HTTP Range support).
 */
export type PlayerNotice = 'reconnecting' | 'cannot-seek' | 'cannot-start-there';

/** Why playback stopped for good: the connection kept failing, or the file can't be played (404, format). */
export type FailureKind = 'network' | 'unplayable';

export interface AudioSource {
  url: string;
  /** The enclosure's MIME type. */
  type: string;
  /** Length the feed states, shown until the file reports its own. */
  duration?: number;
}

/** Playback speeds offered, as podcast apps do. */
export const PLAYBACK_RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;
/** How far the back and forward buttons (and J / L) move, in seconds, as podcast apps do. */
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

/** howler arrives on the first press of play, so a page that never plays never downloads it. */
let howlerModule: Promise<typeof import('howler')> | undefined;
export function loadHowler(): Promise<typeof import('howler')> {
  howlerModule ??= import('howler').then((module) => {
    startOnCanPlay(module.Howler);
    return module;
  });
  return howlerModule;
}

/** At most this many `timeupdate` events a second, like a media element's clock (4 Hz). */
const TICK_MS = 250;

/**
 * The element's audio, on howler with `html5: true` (so long files stream rather than download whole).
 * It owns all playback state; the view reads it and calls its methods. Nothing is requested from the audio
 * host until `play()`: podcast hosts count downloads, and a page view is not a listen.
 *
 * It dispatches, on the host, media-element-like events that do not bubble: `play` and `pause` (the listener's
 * intent changed), `ended`, `timeupdate` (at most 4 a second), `ratechange`, `volumechange`, and `error`
 * (`{ code: 'audio', message }`) when playback stops for good.
 */
export class AudioController implements ReactiveController {
  currentTime = 0;
  duration = 0;
  rate = 1;
  volume = 1;
  muted = false;
  /** Seconds loaded from the playhead on (see bufferedEnd); equals currentTime when nothing ahead is loaded. */
  buffered = 0;
  /** Set while a notice is due (see PlayerNotice); cleared by the next successful action. */
  notice?: PlayerNotice;
  /** For `cannot-start-there`: the position that could not be reached. */
  unreachedTime = 0;
  /** Why playback failed, once status is `error`. */
  failure?: FailureKind;

  private readonly host: ReactiveControllerHost & EventTarget;
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
   * pending, and meanwhile the element still reads the old time (a skip would start from it). Trusted for a few
   * seconds at most, in case the element lands elsewhere.
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
  private lastTimeUpdateAt = 0;
  private pendingTimeUpdate?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost & EventTarget) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.stopListening = onOtherPlayback(this, () => this.pause());
  }

  hostDisconnected(): void {
    this.stopListening?.();
    // Like a media element taken out of the page: it pauses, and says so (the position gets saved).
    if (this.wantsPlay) {
      this.currentTime = this.position();
      this.wantsPlay = false;
      this.emit('pause');
    }
    this.unload();
  }

  /** What the player shows: derived from the listener's intent and what the media element does. */
  get status(): PlaybackStatus {
    if (this.failed) return 'error';
    if (this.ended) return 'ended';
    if (this.wantsPlay) return this.waiting || !this.media || this.media.paused ? 'loading' : 'playing';
    return this.howl || this.currentTime > 0 ? 'paused' : 'idle';
  }

  /** Playing or about to (waiting for data): the play button shows pause. */
  get playing(): boolean {
    return this.wantsPlay;
  }

  /** Whether the listener's last word was pause (or nothing yet), like a media element's `paused`. */
  get paused(): boolean {
    return !this.wantsPlay;
  }

  /** Shows a new episode's audio; stops what was playing. Passing the same URL again keeps playback going. */
  setSource(source: AudioSource | undefined): void {
    if (source?.url === this.source?.url) return;
    const wasPlaying = this.wantsPlay;
    this.unload();
    this.source = source;
    this.wantsPlay = false;
    this.ended = false;
    this.failed = false;
    this.failure = undefined;
    this.notice = undefined;
    this.hasPlayed = false;
    this.retries = 0;
    this.failedAt = 0;
    this.currentTime = 0;
    this.buffered = 0;
    this.duration = source?.duration ?? 0;
    if (wasPlaying) this.emit('pause');
    this.emitTimeUpdate();
    this.host.requestUpdate();
  }

  async play(): Promise<void> {
    if (!this.source || this.wantsPlay) return;
    if (this.failed) {
      // "Try again" after a failure: start over with a fresh load at the same place.
      this.failed = false;
      this.failure = undefined;
      this.retries = 0;
      this.failedAt = 0;
      this.unload();
    }
    announcePlayback(this);
    this.wantsPlay = true;
    this.lastProgressAt = Date.now();
    if (this.ended) {
      this.ended = false;
      this.currentTime = 0;
    }
    this.emit('play');
    this.startTicker();
    this.host.requestUpdate();
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
    this.currentTime = this.position();
    this.stopTicker();
    this.emit('pause');
    this.emitTimeUpdate();
    this.host.requestUpdate();
  }

  toggle(): void {
    if (this.wantsPlay) this.pause();
    else void this.play();
  }

  /**
   * Moves to `seconds` (clamped to the episode); before the first play it only sets where playback will start.
   * On a file whose server cannot seek it stays put and sets `notice` to `cannot-seek`.
   */
  seek(seconds: number): void {
    if (!Number.isFinite(seconds)) return;
    const max = this.duration > 0 ? this.duration : Number.POSITIVE_INFINITY;
    const target = Math.min(Math.max(0, seconds), max);
    const media = this.media;
    if (media && this.howl && canSeekTo(media, target) === false) {
      this.notice = 'cannot-seek';
      this.host.requestUpdate();
      return;
    }
    if (this.notice === 'cannot-seek' || this.notice === 'cannot-start-there') this.notice = undefined;
    this.currentTime = target;
    this.buffered = media ? bufferedEnd(media, target) : target;
    if (this.ended) this.ended = false;
    this.howl?.seek(target);
    this.seekTarget = { time: target, until: Date.now() + 5000 };
    this.resumedAt = target;
    this.emitTimeUpdate();
    this.host.requestUpdate();
  }

  skip(deltaSeconds: number): void {
    this.seek(this.position() + deltaSeconds);
  }

  /** Sets the speed (clamped to MIN_RATE–MAX_RATE); the voice keeps its pitch. */
  setRate(rate: number): void {
    if (!Number.isFinite(rate)) return;
    const clamped = Math.min(MAX_RATE, Math.max(MIN_RATE, rate));
    if (clamped === this.rate) return;
    this.rate = clamped;
    this.howl?.rate(clamped);
    this.emit('ratechange');
    this.host.requestUpdate();
  }

  setVolume(volume: number): void {
    if (!Number.isFinite(volume)) return;
    this.volume = Math.min(1, Math.max(0, volume));
    if (this.volume > 0 && this.muted) this.setMuted(false);
    this.howl?.volume(this.volume);
    this.emit('volumechange');
    this.host.requestUpdate();
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    this.howl?.mute(muted);
    this.emit('volumechange');
    this.host.requestUpdate();
  }

  /** The playhead: the media element's own clock while it has one, else the last known position. */
  position(): number {
    const value = this.media && this.clockReady ? this.media.currentTime : undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.currentTime;
    if (this.seekTarget) {
      if (Math.abs(value - this.seekTarget.time) > 1 && Date.now() < this.seekTarget.until) return this.seekTarget.time;
      this.seekTarget = undefined;
    }
    return value;
  }

  /** Creates the howl for the current source at `currentTime` and starts it (the first play, or a reload). */
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
    const startAt = this.currentTime;
    this.howl = this.createHowl(HowlClass, source);
    this.watchMedia(mediaElementOf(this.howl));
    if (startAt > 0) this.howl.seek(startAt);
    this.resumedAt = startAt;
    this.howl.play();
    this.host.requestUpdate();
  }

  private createHowl(HowlClass: typeof import('howler').Howl, source: AudioSource): Howl {
    const generation = this.generation;
    const current = (fn: () => void) => () => {
      if (generation === this.generation) fn();
    };
    return new HowlClass({
      src: [source.url],
      format: [audioFormat(source.type, source.url)],
      html5: true,
      preload: true,
      rate: this.rate,
      volume: this.volume,
      mute: this.muted,
      onend: current(() => this.finish()),
      onloaderror: (_id: number, code: unknown) => {
        if (generation === this.generation) this.onMediaError(typeof code === 'number' ? code : 0);
      },
      onplayerror: current(() => this.onPlayRefused()),
    });
  }

  /**
   * Listens to the media element for what howler does not report: data arriving, waiting for data, the real
   * duration, whether it can seek. Removed again on unload, since howler gives the element to the next howl.
   */
  private watchMedia(media: HTMLMediaElement | undefined): void {
    this.media = media;
    this.clockReady = false;
    if (!media) return;
    // Faster speech keeps its pitch (the default in current browsers; said here so it stays that way).
    media.preservesPitch = true;
    const onWaiting = () => {
      this.waiting = true;
      this.host.requestUpdate();
    };
    const onStalled = () => {
      if (media.readyState < HTMLMediaElement.HAVE_FUTURE_DATA) onWaiting();
    };
    const onPlaying = () => {
      this.waiting = false;
      this.clockReady = true;
      this.hasPlayed = true;
      this.lastProgressAt = Date.now();
      if (this.notice === 'reconnecting') this.notice = undefined;
      this.host.requestUpdate();
    };
    const onCanPlay = () => {
      if (!media.paused || !this.wantsPlay) this.waiting = false;
      this.host.requestUpdate();
    };
    const onProgress = () => {
      this.lastProgressAt = Date.now();
      this.buffered = bufferedEnd(media, this.position());
      this.host.requestUpdate();
    };
    const onMetadata = () => {
      if (Number.isFinite(media.duration) && media.duration > 0) this.duration = media.duration;
      // A position asked for before the file was known (a start, a resume, a reload) that its server can't
      // reach: say so rather than start over silently.
      if (this.resumedAt > 0 && canSeekTo(media, this.resumedAt) === false) {
        this.unreachedTime = this.resumedAt;
        this.resumedAt = 0;
        this.notice = 'cannot-start-there';
        this.currentTime = 0;
      }
      this.host.requestUpdate();
    };
    const events: [string, () => void][] = [
      ['waiting', onWaiting],
      ['stalled', onStalled],
      ['playing', onPlaying],
      ['canplay', onCanPlay],
      ['progress', onProgress],
      ['loadedmetadata', onMetadata],
      ['durationchange', onMetadata],
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
    this.currentTime = this.position();
    this.unload();
    if (this.wantsPlay) {
      this.wantsPlay = false;
      this.emit('pause');
    }
    this.host.requestUpdate();
  }

  /** The connection failed: reload at the same place after a growing wait, or give up after the last. */
  private retry(): void {
    const delay = retryDelay(this.retries);
    if (delay === undefined || !this.source) return this.fail('network');
    this.retries++;
    this.currentTime = this.position();
    const resumeAt = this.currentTime;
    this.failedAt = Math.max(this.failedAt, resumeAt);
    this.unload();
    this.notice = 'reconnecting';
    this.waiting = true;
    this.lastProgressAt = Date.now();
    this.host.requestUpdate();
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (!this.wantsPlay) return;
      this.currentTime = resumeAt;
      void this.load();
    }, delay);
  }

  private fail(kind: FailureKind): void {
    this.unload();
    this.failed = true;
    this.failure = kind;
    this.notice = undefined;
    if (this.wantsPlay) {
      this.wantsPlay = false;
      this.emit('pause');
    }
    this.host.requestUpdate();
    const message = kind === 'network' ? strings.audioConnectionLost : strings.audioError;
    const detail: ErrorDetail = { code: 'audio', message };
    this.host.dispatchEvent(new CustomEvent('error', { detail }));
  }

  private finish(): void {
    this.ended = true;
    this.wantsPlay = false;
    this.waiting = false;
    this.currentTime = this.duration;
    this.stopTicker();
    this.emit('pause');
    this.emitTimeUpdate();
    this.emit('ended');
    this.host.requestUpdate();
  }

  private startTicker(): void {
    this.stopTicker();
    this.ticker = setInterval(() => this.tick(), TICK_MS);
  }

  /** Four times a second while playing: the clock, the buffered part, and the watch for a connection gone quiet. */
  private tick(): void {
    if (!this.media || !this.howl) {
      if (this.wantsPlay && !this.retryTimer && Date.now() - this.lastProgressAt > STALL_LIMIT_MS) this.retry();
      return;
    }
    const time = this.position();
    if (time !== this.currentTime) {
      this.currentTime = time;
      this.lastProgressAt = Date.now();
      // Recovered only once playback gets past the place where it failed (a reload may play what the browser
      // kept, then fail at the same place again).
      if (this.retries && time - this.failedAt >= RECOVERED_AFTER_SECONDS) this.retries = 0;
      this.emitTimeUpdate();
    }
    this.buffered = bufferedEnd(this.media, time);
    if (this.wantsPlay && Date.now() - this.lastProgressAt > STALL_LIMIT_MS) {
      this.retry();
      return;
    }
    this.host.requestUpdate();
  }

  private stopTicker(): void {
    if (this.ticker !== undefined) clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private clearRetry(): void {
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    if (this.notice === 'reconnecting') this.notice = undefined;
  }

  private emit(type: 'play' | 'pause' | 'ended' | 'ratechange' | 'volumechange'): void {
    this.host.dispatchEvent(new Event(type));
  }

  /** `timeupdate`, at most once per TICK_MS: a burst of seeks gives one now and one at the end of the interval. */
  private emitTimeUpdate(): void {
    const wait = this.lastTimeUpdateAt + TICK_MS - performance.now();
    if (wait > 0) {
      this.pendingTimeUpdate ??= setTimeout(() => {
        this.pendingTimeUpdate = undefined;
        this.emitTimeUpdate();
      }, wait);
      return;
    }
    this.lastTimeUpdateAt = performance.now();
    this.host.dispatchEvent(new Event('timeupdate'));
  }

  private unload(): void {
    this.generation++;
    this.clearRetry();
    this.stopMediaEvents?.();
    this.stopMediaEvents = undefined;
    this.media = undefined;
    this.waiting = false;
    this.howl?.unload();
    this.howl = undefined;
    if (!this.wantsPlay) this.stopTicker();
  }
}
