import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Chapter } from '../chapters/model.js';
import { AudioController, BACK_SECONDS, FORWARD_SECONDS } from './audio-controller.js';
import { previousChapterStart, nextChapterStart } from './chapter-navigation.js';
import { copyText } from './clipboard.js';
import { fragmentIsFor, fragmentTime, parseTime, shareLink } from './deep-link.js';
import { MediaSessionController } from './media-session.js';
import { PlayerMemory, rememberRate, rememberedRate } from './player-memory.js';
import { PlayerShortcutsController } from './shortcuts.js';

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
  /** The episode's own web page: shared links point there when it exists. */
  link?: string;
  artwork?: string;
  /**
   * Where to start, from the element's `start` attribute; the page's `#t=` fragment (when it is for this widget)
   * wins over it. Only for the episode the attributes chose, not one picked from the related list.
   */
  start?: string;
}

/** What the Share control says after a press: copied, or the link to copy by hand. */
export type ShareState = { copied: true } | { copied: false; url: string };

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
 * Everything the player does around the audio: remembering positions, speed and played episodes; the "Resume
 * at" offer; deep links (`start`, `#t=`); the Media Session; keyboard shortcuts; sharing; chapter moves. The
 * element creates one and shows `show()`'s episode; the view reads its state.
 */
export class EpisodePlayer implements ReactiveController {
  readonly audio: AudioController;
  /** A remembered position offered as "Resume at" until playback starts. */
  resumeOffer?: number;
  /** The episode on screen was heard to the end before. */
  played = false;
  /** Guids of the feed's episodes heard to the end (the related list marks them). */
  playedGuids: ReadonlySet<string> = new Set();
  share?: ShareState;
  /** The "?" list of shortcuts is open. */
  helpOpen = false;
  /** The episode's chapters (set by the element); previous/next chapter and the lock screen's track keys use them. */
  chapters: readonly Chapter[] = [];

  private readonly host: Host;
  private readonly session: MediaSessionController;
  private episode?: PlayerEpisode;
  private memory?: PlayerMemory;
  private lastSaveAt = 0;
  private shareTimer?: ReturnType<typeof setTimeout>;
  private readonly onPlay = () => {
    this.resumeOffer = undefined;
    this.host.requestUpdate();
  };
  private readonly onTimeUpdate = () => {
    if (this.audio.playing && Date.now() - this.lastSaveAt >= SAVE_EVERY_MS) this.savePosition();
  };
  private readonly onPause = () => this.savePosition();
  private readonly onEnded = () => this.markPlayed();
  private readonly onRateChange = () => rememberRate(this.audio.rate);
  private readonly onPageHide = () => {
    if (this.audio.playing) this.savePosition();
  };
  private readonly onHashChange = () => {
    const fragment = fragmentTime(location.hash);
    if (fragment && fragmentIsFor(fragment, this.host)) this.audio.seek(fragment.seconds);
  };

  constructor(host: Host) {
    this.host = host;
    this.audio = new AudioController(host);
    this.audio.rate = rememberedRate() ?? 1;
    this.session = new MediaSessionController(host, this.audio, () => this.sessionEpisode());
    new PlayerShortcutsController(host, this.audio, () => this.toggleHelp());
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('play', this.onPlay);
    this.host.addEventListener('timeupdate', this.onTimeUpdate);
    this.host.addEventListener('pause', this.onPause);
    this.host.addEventListener('ended', this.onEnded);
    this.host.addEventListener('ratechange', this.onRateChange);
    window.addEventListener('pagehide', this.onPageHide);
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('play', this.onPlay);
    this.host.removeEventListener('timeupdate', this.onTimeUpdate);
    this.host.removeEventListener('pause', this.onPause);
    this.host.removeEventListener('ended', this.onEnded);
    this.host.removeEventListener('ratechange', this.onRateChange);
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
    if (this.audio.playing) this.savePosition();
    this.episode = undefined;
    this.memory = episode ? new PlayerMemory(episode.feedUrl) : undefined;
    this.resumeOffer = undefined;
    this.share = undefined;
    this.helpOpen = false;
    this.audio.setSource(
      episode ? { url: episode.audioUrl, type: episode.audioType, duration: episode.duration } : undefined,
    );
    this.episode = episode;
    this.audio.rate = rememberedRate() ?? this.audio.rate;
    this.playedGuids = this.memory?.playedGuids() ?? new Set();
    this.played = episode ? this.playedGuids.has(episode.guid) : false;
    if (!episode) return;
    const start = this.startFromLink(episode);
    if (start !== undefined) {
      this.audio.seek(start);
      return;
    }
    const remembered = this.memory!.episode(episode.guid)?.position;
    const length = episode.duration ?? 0;
    if (
      remembered !== undefined &&
      remembered >= MIN_RESUME_SECONDS &&
      (!length || remembered < length - END_MARGIN_SECONDS)
    ) {
      this.resumeOffer = remembered;
      this.audio.seek(remembered);
    }
  }

  /** Plays from the remembered position ("Resume at"). */
  resume(): void {
    if (this.resumeOffer !== undefined) this.audio.seek(this.resumeOffer);
    this.resumeOffer = undefined;
    void this.audio.play();
  }

  /** Forgets the remembered position and plays from the start ("Start over"). */
  startOver(): void {
    if (this.episode) this.memory?.clearPosition(this.episode.guid);
    this.resumeOffer = undefined;
    this.audio.seek(0);
    void this.audio.play();
  }

  /** Goes to the previous / next chapter (nothing without chapters, or after the last). */
  previousChapter(): void {
    const to = previousChapterStart(this.chapters, this.audio.position());
    if (to !== undefined) this.audio.seek(to);
  }

  nextChapter(): void {
    const to = nextChapterStart(this.chapters, this.audio.position());
    if (to !== undefined) this.audio.seek(to);
  }

  /** The chapters changed: the lock screen's previous/next track follow. */
  chaptersChanged(): void {
    this.session.refresh();
  }

  toggleHelp(): void {
    this.helpOpen = !this.helpOpen;
    this.host.requestUpdate();
  }

  /**
   * Copies a link to the current position and says so; where the clipboard is refused, offers the link to copy
   * by hand instead.
   */
  async shareLink(): Promise<void> {
    if (!this.episode) return;
    const url = shareLink(this.audio.position(), this.episode.link, this.host);
    clearTimeout(this.shareTimer);
    const copied = await copyText(url);
    this.share = copied ? { copied: true } : { copied: false, url };
    if (copied) {
      this.shareTimer = setTimeout(() => {
        this.share = undefined;
        this.host.requestUpdate();
      }, COPIED_MS);
    }
    this.host.requestUpdate();
    if (!copied) {
      // The link, selected, ready for Ctrl+C.
      await this.host.updateComplete;
      const field = this.host.shadowRoot?.querySelector<HTMLInputElement>('input.share-url');
      field?.focus();
      field?.select();
    }
  }

  /** The `#t=` of the page (when meant for this widget), else the `start` attribute. */
  private startFromLink(episode: PlayerEpisode): number | undefined {
    const fragment = fragmentTime(location.hash);
    if (fragment && fragmentIsFor(fragment, this.host)) return fragment.seconds;
    return parseTime(episode.start);
  }

  private savePosition(): void {
    if (!this.episode || !this.memory || this.audio.status === 'ended') return;
    this.lastSaveAt = Date.now();
    this.memory.savePosition(this.episode.guid, this.audio.position());
  }

  private markPlayed(): void {
    if (!this.episode || !this.memory) return;
    this.memory.markPlayed(this.episode.guid);
    this.played = true;
    this.playedGuids = new Set([...this.playedGuids, this.episode.guid]);
    this.host.requestUpdate();
  }

  private sessionEpisode() {
    const episode = this.episode;
    if (!episode) return undefined;
    const chapters = this.chapters.length > 0;
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
