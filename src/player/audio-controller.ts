import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Howl } from 'howler';
import { audioFormat } from './audio-format.js';
import { announcePlayback, onOtherPlayback } from './exclusive-playback.js';
import type { ErrorDetail } from '../feed/errors.js';
import { strings } from '../i18n/strings.js';

/** What the player can be doing. `loading` covers both the first load and waiting for data mid-play. */
export type PlaybackStatus = 'idle' | 'loading' | 'playing' | 'paused' | 'ended' | 'error';

export interface AudioSource {
  url: string;
  /** The enclosure's MIME type. */
  type: string;
  /** Length the feed states, shown until the file reports its own. */
  duration?: number;
}

/** Playback speeds offered, as podcast apps do. */
export const PLAYBACK_RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;

/** howler arrives on the first press of play, so a page that never plays never downloads it. */
let howlerModule: Promise<typeof import('howler')> | undefined;
export function loadHowler(): Promise<typeof import('howler')> {
  howlerModule ??= import('howler');
  return howlerModule;
}

/**
 * The element's audio, on howler with `html5: true` (so long files stream rather than download whole).
 * It owns all playback state; the view reads it and calls its methods. Nothing is requested from the audio
 * host until `play()`: podcast hosts count downloads, and a page view is not a listen.
 */
export class AudioController implements ReactiveController {
  status: PlaybackStatus = 'idle';
  currentTime = 0;
  duration = 0;
  rate = 1;
  volume = 1;
  muted = false;

  private readonly host: ReactiveControllerHost & EventTarget;
  private source?: AudioSource;
  private howl?: Howl;
  private ticker?: ReturnType<typeof setInterval>;
  private stopListening?: () => void;
  /** Bumped whenever the source changes, so a howler load that finishes late is ignored. */
  private generation = 0;

  constructor(host: ReactiveControllerHost & EventTarget) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.stopListening = onOtherPlayback(this, () => this.pause());
  }

  hostDisconnected(): void {
    this.stopListening?.();
    this.unload();
  }

  /** Shows a new episode's audio; stops what was playing. Passing the same URL again keeps playback going. */
  setSource(source: AudioSource | undefined): void {
    if (source?.url === this.source?.url) return;
    this.unload();
    this.source = source;
    this.status = 'idle';
    this.currentTime = 0;
    this.duration = source?.duration ?? 0;
    this.host.requestUpdate();
  }

  get playing(): boolean {
    return this.status === 'playing' || (this.status === 'loading' && this.howl !== undefined);
  }

  async play(): Promise<void> {
    const source = this.source;
    if (!source) return;
    announcePlayback(this);
    if (!this.howl) {
      const generation = ++this.generation;
      this.status = 'loading';
      this.host.requestUpdate();
      let Howl: typeof import('howler').Howl;
      try {
        ({ Howl } = await loadHowler());
      } catch {
        return this.fail();
      }
      if (generation !== this.generation) return;
      this.howl = this.createHowl(Howl, source);
      if (this.currentTime > 0) this.howl.seek(this.currentTime);
    }
    if (this.status === 'ended') this.seek(0);
    if (!this.howl.playing()) this.howl.play();
    if (this.status !== 'playing') this.status = 'loading';
    this.host.requestUpdate();
  }

  pause(): void {
    if (this.howl?.playing()) this.howl.pause();
    else if (this.status === 'loading' && this.howl) {
      // Pressed pause before the first sound: cancel the pending play.
      this.howl.pause();
      this.status = 'paused';
    }
    this.stopTicker();
    this.host.requestUpdate();
  }

  toggle(): void {
    if (this.playing) this.pause();
    else void this.play();
  }

  /** Moves to `seconds`; before the first play it only sets where playback will start. */
  seek(seconds: number): void {
    const max = this.duration > 0 ? this.duration : Number.POSITIVE_INFINITY;
    const target = Math.min(Math.max(0, seconds), max);
    this.currentTime = target;
    if (this.status === 'ended') this.status = 'paused';
    this.howl?.seek(target);
    this.host.requestUpdate();
  }

  skip(deltaSeconds: number): void {
    this.seek(this.position() + deltaSeconds);
  }

  setRate(rate: number): void {
    this.rate = rate;
    this.howl?.rate(rate);
    this.host.requestUpdate();
  }

  setVolume(volume: number): void {
    this.volume = Math.min(1, Math.max(0, volume));
    if (this.volume > 0 && this.muted) this.setMuted(false);
    this.howl?.volume(this.volume);
    this.host.requestUpdate();
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    this.howl?.mute(muted);
    this.host.requestUpdate();
  }

  private position(): number {
    const value = this.howl?.seek();
    return typeof value === 'number' && Number.isFinite(value) ? value : this.currentTime;
  }

  private createHowl(HowlClass: typeof import('howler').Howl, source: AudioSource): Howl {
    const howl = new HowlClass({
      src: [source.url],
      format: [audioFormat(source.type, source.url)],
      html5: true,
      preload: true,
      rate: this.rate,
      volume: this.volume,
      mute: this.muted,
      onload: () => {
        const duration = howl.duration();
        if (Number.isFinite(duration) && duration > 0) this.duration = duration;
        this.host.requestUpdate();
      },
      onplay: () => {
        this.status = 'playing';
        this.startTicker();
        this.host.requestUpdate();
      },
      onpause: () => {
        this.currentTime = this.position();
        if (this.status !== 'error') this.status = 'paused';
        this.stopTicker();
        this.host.requestUpdate();
      },
      onseek: () => {
        this.currentTime = this.position();
        this.host.requestUpdate();
      },
      onend: () => {
        this.status = 'ended';
        this.currentTime = this.duration;
        this.stopTicker();
        this.host.requestUpdate();
      },
      onloaderror: () => this.fail(),
      onplayerror: () => this.fail(),
    });
    return howl;
  }

  private fail(): void {
    this.unload();
    this.status = 'error';
    this.host.requestUpdate();
    const detail: ErrorDetail = { code: 'audio', message: strings.audioError };
    this.host.dispatchEvent(new CustomEvent('error', { detail }));
  }

  private startTicker(): void {
    this.stopTicker();
    // Four updates a second: smooth enough for a clock in seconds, cheap for twenty widgets.
    this.ticker = setInterval(() => {
      this.currentTime = this.position();
      this.host.requestUpdate();
    }, 250);
  }

  private stopTicker(): void {
    if (this.ticker !== undefined) clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private unload(): void {
    this.generation++;
    this.stopTicker();
    this.howl?.unload();
    this.howl = undefined;
  }
}
