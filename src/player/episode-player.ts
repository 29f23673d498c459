import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Chapter } from '../chapters/model.js';
import { AudioEngine } from './audio-engine.js';
import { BACK_SECONDS, FORWARD_SECONDS, nextRate } from './playback-steps.js';
import { previousChapterStart, nextChapterStart } from './chapter-navigation.js';
import { copyText } from './clipboard.js';
import { fragmentIsFor, fragmentTime, parseTime, shareLink } from './deep-link.js';
import { MediaSessionController } from './media-session.js';
import { PlayerMemory, rememberRate, rememberedRate } from './player-memory.js';
import { dispatchPlayerEvents } from './player-events.js';
import { PlayerStore, type PlayerRequests, type PlayerState } from './player-store.js';
import { PlayerShortcutsController } from './shortcuts.js';
import type { Strings } from '../i18n/strings.js';

/** The episode the player plays, as the element hands it over. */
export interface PlayerEpisode {
  /** The feed's URL: with `guid`, the key of what is remembered. */
  feedUrl: string;
  guid: string;
  title: string;
  show: string;
  /** Absolute URL of the audio file. */
  audioUrl: string;
  audioType: string;
  /** Length the feed states, until the file tells its own. */
  duration?: number;
  /** The page shared links point to (the element's `share-url`); by default the page the widget is on. */
  shareUrl?: string;
  artwork?: string;
  /**
   * Where to start, from the element's `start` attribute; the page's `#t=` fragment (when it is for this widget)
   * wins over it. Only for the episode the attributes chose, not one picked from the related list.
   */
  start?: string;
}

/** Positions closer than this to the start are not worth a "Resume at" offer. */
const MIN_RESUME_SECONDS = 5;
/** Nor are positions this close to the end (the outro): the episode counts as heard. */
const END_MARGIN_SECONDS = 10;
/** The position is written to storage at most this often while playing. */
const SAVE_EVERY_MS = 5000;
/** How long "Link copied" stays. */
const COPIED_MS = 4000;

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The player of one element: it owns the store, the audio engine that writes its media state, and everything
 * around the audio that the listener expects of a podcast app — remembering positions, speed and played episodes;
 * the "Resume at" offer; deep links (`start`, `#t=`); the Media Session; keyboard shortcuts; sharing; chapter
 * moves. Views read `store.state` and call the PlayerRequests this class implements.
 */
export class EpisodePlayer implements ReactiveController, PlayerRequests {
  readonly store = new PlayerStore();

  private readonly host: Host;
  private readonly engine: AudioEngine;
  private readonly session: MediaSessionController;
  private episode?: PlayerEpisode;
  private memory?: PlayerMemory;
  private lastSaveAt = 0;
  private shareTimer?: ReturnType<typeof setTimeout>;
  private readonly onPageHide = () => {
    if (!this.state.paused) this.savePosition();
  };
  private readonly onHashChange = () => {
    const fragment = fragmentTime(location.hash);
    if (fragment && fragmentIsFor(fragment, this.host)) this.seek(fragment.seconds);
  };

  /** `words`: the interface's words, for the messages of the events it fires. */
  constructor(host: Host, words: () => Strings) {
    this.host = host;
    this.engine = new AudioEngine(this.store);
    this.store.commit({ rate: rememberedRate() ?? 1 });
    this.store.subscribe((state, previous) => this.remember(state, previous));
    dispatchPlayerEvents(this.store, host, words);
    this.session = new MediaSessionController(this.store, this, () => this.sessionEpisode());
    new PlayerShortcutsController(host, this.store, this);
    host.addController(this);
  }

  get state(): PlayerState {
    return this.store.state;
  }

  hostConnected(): void {
    this.engine.connect();
    this.session.connect();
    window.addEventListener('pagehide', this.onPageHide);
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    this.engine.disconnect();
    this.session.disconnect();
    window.removeEventListener('pagehide', this.onPageHide);
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.shareTimer);
  }

  /**
   * Shows `episode` (undefined: none, or no audio). The same episode again changes nothing, so playback goes on
   * through re-renders. A new one starts where a deep link says, else offers the remembered position.
   */
  show(episode: PlayerEpisode | undefined): void {
    const same =
      episode && this.episode && episode.audioUrl === this.episode.audioUrl && episode.guid === this.episode.guid;
    if (same) return;
    // The episode being left keeps its place; switching the source below must not save under the new one.
    if (!this.state.paused) this.savePosition();
    this.episode = undefined;
    this.memory = episode ? new PlayerMemory(episode.feedUrl) : undefined;
    clearTimeout(this.shareTimer);
    this.store.commit({ resumeOffer: undefined, share: undefined, helpOpen: false, previewTime: undefined });
    this.engine.setSource(
      episode ? { url: episode.audioUrl, type: episode.audioType, duration: episode.duration } : undefined,
    );
    this.episode = episode;
    this.engine.setRate(rememberedRate() ?? this.state.rate);
    const playedGuids = this.memory?.playedGuids() ?? new Set<string>();
    this.store.commit({ playedGuids, played: episode ? playedGuids.has(episode.guid) : false });
    this.session.refresh();
    if (!episode) return;
    const start = this.startFromLink(episode);
    if (start !== undefined) {
      this.engine.seek(start);
      return;
    }
    const remembered = this.memory!.episode(episode.guid)?.position;
    const length = episode.duration ?? 0;
    if (
      remembered !== undefined &&
      remembered >= MIN_RESUME_SECONDS &&
      (!length || remembered < length - END_MARGIN_SECONDS)
    ) {
      this.engine.seek(remembered);
      this.store.commit({ resumeOffer: remembered });
    }
  }

  /** The chapters in use changed: slider marks, chapter buttons and the lock screen's track keys follow. */
  setChapters(chapters: readonly Chapter[]): void {
    if (chapters === this.state.chapters) return;
    this.store.commit({ chapters });
    this.session.refresh();
  }

  // PlayerRequests

  play(): Promise<void> {
    return this.engine.play();
  }

  pause(): void {
    this.engine.pause();
  }

  toggle(): void {
    this.engine.toggle();
  }

  seek(seconds: number): void {
    this.engine.seek(seconds);
  }

  skip(deltaSeconds: number): void {
    this.engine.skip(deltaSeconds);
  }

  setRate(rate: number): void {
    this.engine.setRate(rate);
  }

  setVolume(volume: number): void {
    this.engine.setVolume(volume);
  }

  setMuted(muted: boolean): void {
    this.engine.setMuted(muted);
  }

  cycleRate(): void {
    this.engine.setRate(nextRate(this.state.rate));
  }

  toggleMuted(): void {
    this.engine.setMuted(!this.state.muted);
  }

  preview(seconds: number | undefined): void {
    this.store.commit({ previewTime: seconds });
  }

  resume(): void {
    const offer = this.state.resumeOffer;
    if (offer !== undefined) this.engine.seek(offer);
    this.store.commit({ resumeOffer: undefined });
    void this.engine.play();
  }

  startOver(): void {
    if (this.episode) this.memory?.clearPosition(this.episode.guid);
    this.store.commit({ resumeOffer: undefined });
    this.engine.seek(0);
    void this.engine.play();
  }

  previousChapter(): void {
    const to = previousChapterStart(this.state.chapters, this.state.currentTime);
    if (to !== undefined) this.engine.seek(to);
  }

  nextChapter(): void {
    const to = nextChapterStart(this.state.chapters, this.state.currentTime);
    if (to !== undefined) this.engine.seek(to);
  }

  toggleHelp(): void {
    this.store.commit({ helpOpen: !this.state.helpOpen });
  }

  dismiss(): 'shortcuts' | 'share' | undefined {
    if (this.state.share && !this.state.share.copied) {
      this.store.commit({ share: undefined });
      return 'share';
    }
    if (this.state.helpOpen) {
      this.store.commit({ helpOpen: false });
      return 'shortcuts';
    }
    return undefined;
  }

  async share(): Promise<void> {
    if (!this.episode) return;
    const url = shareLink(this.state.currentTime, this.episode.shareUrl, this.host);
    clearTimeout(this.shareTimer);
    const copied = await copyText(url);
    this.store.commit({ share: copied ? { copied: true } : { copied: false, url } });
    if (copied) {
      this.shareTimer = setTimeout(() => this.store.commit({ share: undefined }), COPIED_MS);
      return;
    }
    // The link, selected, ready for Ctrl+C.
    await this.host.updateComplete;
    const field = this.host.shadowRoot?.querySelector<HTMLInputElement>('input.share-url');
    field?.focus();
    field?.select();
  }

  /** What the listener's history keeps of each change: position, speed, episodes heard to the end. */
  private remember(state: PlayerState, previous: PlayerState): void {
    if (!state.paused && previous.paused && state.resumeOffer !== undefined) {
      this.store.commit({ resumeOffer: undefined });
    }
    if (state.paused && !previous.paused) this.savePosition();
    else if (!state.paused && Date.now() - this.lastSaveAt >= SAVE_EVERY_MS) this.savePosition();
    if (state.status === 'ended' && previous.status !== 'ended') this.markPlayed();
    if (state.rate !== previous.rate) rememberRate(state.rate);
  }

  /** The `#t=` of the page (when meant for this widget), else the `start` attribute. */
  private startFromLink(episode: PlayerEpisode): number | undefined {
    const fragment = fragmentTime(location.hash);
    if (fragment && fragmentIsFor(fragment, this.host)) return fragment.seconds;
    return parseTime(episode.start);
  }

  private savePosition(): void {
    if (!this.episode || !this.memory || this.state.status === 'ended') return;
    this.lastSaveAt = Date.now();
    this.memory.savePosition(this.episode.guid, this.state.currentTime);
  }

  private markPlayed(): void {
    if (!this.episode || !this.memory) return;
    this.memory.markPlayed(this.episode.guid);
    this.store.commit({ played: true, playedGuids: new Set([...this.state.playedGuids, this.episode.guid]) });
  }

  private sessionEpisode() {
    const episode = this.episode;
    if (!episode) return undefined;
    const chapters = this.state.chapters.length > 0;
    return {
      title: episode.title,
      show: episode.show,
      artwork: episode.artwork,
      backSeconds: BACK_SECONDS,
      forwardSeconds: FORWARD_SECONDS,
      previousChapter: chapters ? () => this.previousChapter() : undefined,
      nextChapter: chapters ? () => this.nextChapter() : undefined,
    };
  }
}
