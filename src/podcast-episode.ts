import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { loadFeed } from './feed/load.js';
import { PodcastEpisodeError, toErrorDetail, type ErrorDetail } from './feed/errors.js';
import type { Episode, Podcast, Topic } from './feed/model.js';
import type { FeedData } from './feed/feed-data.js';
import { selectEpisode } from './episode/select.js';
import { findRelated } from './episode/related.js';
import { formatDate, formatDuration } from './episode/format.js';
import { loadHowler } from './player/audio-controller.js';
import { EpisodePlayer } from './player/episode-player.js';
import { parseTime } from './player/deep-link.js';
import type { Chapter } from './chapters/model.js';
import type { LoadedChapters } from './chapters/load-chapters.js';
import { renderPlayer } from './ui/player-view.js';
import { chaptersStyles, renderChapters } from './ui/chapters-view.js';
import { episodeLabel, guestLine, hostLine, transcriptFormat } from './ui/episode-labels.js';
import { icons } from './ui/icons.js';
import { styles } from './ui/styles.js';
import { strings } from './i18n/strings.js';

/** What the host element reflects in its `state` attribute. */
export type PodcastEpisodeState = 'loading' | 'ready' | 'error';

/** `detail` of the `ready` and `episode-change` events. */
export interface EpisodeEventDetail {
  podcast: Podcast;
  episode: Episode;
}

/**
 * DOMPurify is the largest piece of the widget; it loads in parallel with the feed instead of with the script.
 * If it cannot load, the notes are shown as plain text, never unsanitised.
 */
type Sanitize = (html: string, baseUrl: string, topics: readonly string[]) => string;
let sanitizer: Promise<Sanitize | undefined> | undefined;
function loadSanitizer(): Promise<Sanitize | undefined> {
  sanitizer ??= import('./ui/sanitize.js').then(
    (module) => module.sanitizeNotes,
    () => undefined,
  );
  return sanitizer;
}

/**
 * The transcript viewer (`<podcast-episode-transcript>`, parsers, search) is a chunk of its own, loaded only when
 * the episode on screen has a transcript. A failed import is forgotten so a later episode tries again; meanwhile
 * the widget shows a link to the transcript file.
 */
let transcriptViewer: Promise<boolean> | undefined;
function loadTranscriptViewer(): Promise<boolean> {
  transcriptViewer ??= import('./transcript/index.js').then(
    (module) => {
      module.defineTranscriptElement();
      return true;
    },
    () => {
      transcriptViewer = undefined;
      return false;
    },
  );
  return transcriptViewer;
}

/** A topic as listed: a link (http(s) only, new tab, no opener or referrer) when it came from one, else its text. */
function topicLabel(topic: Topic): TemplateResult | string {
  if (!topic.url || !/^https?:\/\//i.test(topic.url)) return topic.text;
  return html`<a href=${topic.url} target="_blank" rel="noopener noreferrer">${topic.text}</a>`;
}

/** The feed's chapters of one episode, and the topics they give when they came from a chapters file. */
interface EpisodeChapters extends LoadedChapters {
  /** `feed URL + episode id`: which episode these are for. */
  key: string;
  topics?: Topic[];
}

const NO_CHAPTERS: readonly Chapter[] = [];

/** Failures that may go away on their own (a flaky network, a server hiccup): the error offers "Try again". */
const RETRYABLE = new Set<string>(['network', 'http', 'cors']);

/** Notes taller than this (in px) collapse behind "Show more". */
const NOTES_COLLAPSED_HEIGHT = 168;

/**
 * One podcast episode, read from its feed: show and artwork, episode number, title, date, length and host; the
 * show notes; the topics it covers; an audio player; its transcript; and similar episodes of the same show.
 *
 * @summary Feed in, episode out.
 * @tagname podcast-episode
 *
 * @attr feed - URL of the podcast's RSS feed (required). Relative URLs resolve against the page.
 * @attr episode - Which episode: `latest` (default), a guid, an episode number (`12`, `S2E5`), the episode's link, or its title.
 * @attr related - How many similar episodes to list (default 4; `0` hides the list).
 * @attr proxy - URL template with `{url}` used for every fetch except the audio, for feeds whose server does not allow cross-origin reads.
 * @attr theme - `light`, `dark`, or `auto` (default: follows `prefers-color-scheme`).
 * @attr language - The reader's language (`de`, `pt-BR`): the transcript in it is preferred and dates are written in it. Default: the nearest `lang` attribute.
 * @attr start - Where playback starts when the listener presses play: seconds (`83`), `mm:ss` or `h:mm:ss`. The page URL's `#t=` wins over it.
 * @attr state - Reflected, read-only: `loading`, `ready` or `error`.
 *
 * @fires ready - The episode is on screen. `detail: { podcast, episode }`.
 * @fires episode-change - The listener picked another episode from the related list. `detail: { podcast, episode }`.
 * @fires error - Showing the episode failed, or its audio could not be played (code `audio`). `detail: { code, message }` (codes in README).
 * @fires play - Playback was asked for (`paused` became false). Does not bubble, like a media element's.
 * @fires pause - Playback paused (`paused` became true): by the listener, another player, the end, or a failure.
 * @fires ended - The episode played to its end.
 * @fires timeupdate - `currentTime` changed: while playing, at most 4 times a second; after a seek.
 * @fires ratechange - `playbackRate` changed.
 * @fires volumechange - `volume` or `muted` changed.
 *
 * @csspart card - The widget's outer box.
 * @csspart header - Artwork, show, episode label, title, date, length and host.
 * @csspart artwork - The episode's (else the show's) image.
 * @csspart show - The show's title.
 * @csspart title - The episode's title.
 * @csspart meta - Episode label, date and length.
 * @csspart host - Who hosts it (and guests).
 * @csspart summary - The sanitised show notes.
 * @csspart topics - The list of topics.
 * @csspart player - The audio controls.
 * @csspart play-button - Play/pause.
 * @csspart seek - The seek slider.
 * @csspart time - Elapsed and remaining time.
 * @csspart chapter - The title of the chapter playing (only with chapters).
 * @csspart back-button - Back 15 seconds.
 * @csspart forward-button - Forward 30 seconds.
 * @csspart speed-button - Playback speed.
 * @csspart share-button - Share a link to the current position.
 * @csspart share-link - The link to copy by hand, when the clipboard is refused.
 * @csspart shortcuts-button - The "?" button that lists the keyboard shortcuts.
 * @csspart shortcuts - The list of keyboard shortcuts.
 * @csspart mute-button - Mute.
 * @csspart volume - The volume slider.
 * @csspart resume - "Resume at …" and "Start over", for an episode heard part of before.
 * @csspart played - The "Played" mark of an episode heard to the end.
 * @csspart download - The download link shown when the audio can't be played.
 * @csspart retry-button - "Try again" after the audio failed.
 * @csspart chapters - The chapter list (or why the chapters file could not be read).
 * @csspart transcript - The transcript section: the viewer, a link to the file while it loads, or the no-transcript note.
 * @csspart transcript-toggle - Show/hide transcript.
 * @csspart transcript-search - The transcript's search field.
 * @csspart transcript-text - The transcript's scrolling text box.
 * @csspart transcript-speaker - A speaker's name in the transcript.
 * @csspart transcript-timestamp - A paragraph's start time in the transcript (a button that plays from there).
 * @csspart transcript-back-button - "Back to current", after scrolling the transcript away from the line being spoken.
 * @csspart transcript-error - Why the transcript file could not be loaded, with a link to it.
 * @csspart related - The list of similar episodes.
 * @csspart related-item - One similar episode (a button).
 * @csspart related-played - The "Played" mark of a similar episode heard to the end.
 * @csspart error - The error message.
 *
 * @cssprop --podcast-episode-accent - Accent colour (buttons, slider, links). Default: #6d28d9 light, #a78bfa dark.
 * @cssprop --podcast-episode-font - Font family. Default: system UI font.
 * @cssprop --podcast-episode-font-size - Base font size. Default: 16px (page `rem` is ignored on purpose).
 * @cssprop --podcast-episode-radius - Corner radius of the card. Default: 16px.
 * @cssprop --podcast-episode-spacing - Base spacing unit. Default: 16px.
 * @cssprop --podcast-episode-background - Card background.
 * @cssprop --podcast-episode-text - Text colour.
 * @cssprop --podcast-episode-muted - Secondary text colour.
 * @cssprop --podcast-episode-border - Border colour.
 */
export class PodcastEpisodeElement extends LitElement {
  static override styles = [styles, chaptersStyles];

  static override properties = {
    feed: { type: String },
    episode: { type: String },
    related: { type: Number },
    proxy: { type: String },
    theme: { type: String, reflect: true },
    start: { type: String },
    language: { type: String },
    chapters: { attribute: false },
    state: { type: String, reflect: true },
    data: { state: true },
    selectedId: { state: true },
    failure: { state: true },
    notesExpanded: { state: true },
    notesOverflow: { state: true },
    dragTime: { state: true },
    feedChapters: { state: true },
    transcriptViewerReady: { state: true },
  };

  /** URL of the podcast's RSS feed. */
  declare feed: string;
  /** Which episode to show (see the `episode` attribute). */
  declare episode: string;
  /** How many similar episodes to list; 0 hides the list. */
  declare related: number;
  /** CORS proxy URL template containing `{url}`. */
  declare proxy: string;
  /** `light`, `dark` or `auto`. */
  declare theme: 'light' | 'dark' | 'auto';
  /** Where playback starts (see the `start` attribute). */
  declare start: string;
  /**
   * The reader's language (a BCP 47 tag such as `de` or `pt-BR`): the transcript in it is preferred, and dates are
   * written in it. Default: the nearest `lang` attribute around the element (usually the page's), else the feed's.
   */
  declare language: string;
  /**
   * Chapters for the episode the attributes chose, overriding the feed's (`{ start, end?, title, img?, url? }`,
   * seconds, sorted by start). Undefined (the default): the feed's own chapters, read from its
   * `podcast:chapters` file, its Podlove Simple Chapters or timestamps in the show notes. Either way they give the
   * chapter list, marks on the seek slider, the current chapter's title in the player, previous/next chapter
   * buttons and the lock screen's previous/next track keys.
   */
  declare chapters: Chapter[] | undefined;
  /** Read-only: `loading`, `ready` or `error`. */
  declare state: PodcastEpisodeState;

  // Reactive fields are `declare`d and set in the constructor: a class-field initialiser would, under some
  // compilers' settings, shadow the accessors Lit installs and silently stop updates.
  declare private data?: FeedData;
  /** The episode on screen when the listener picked one from the related list (overrides `episode`). */
  declare private selectedId?: string;
  declare private failure?: ErrorDetail;
  declare private notesExpanded: boolean;
  declare private notesOverflow: boolean;
  declare private dragTime?: number;
  /** The chapters read from the feed for the episode on screen (see `chapters` for the page's own). */
  declare private feedChapters?: EpisodeChapters;
  /** `<podcast-episode-transcript>` is defined (its chunk loaded). */
  declare private transcriptViewerReady: boolean;
  /** Identifies the latest load, so an older one that finishes late is ignored. */
  private loadToken = 0;
  private readonly player = new EpisodePlayer(this);
  private sanitize?: Sanitize;
  private relatedCache?: { key: string; episodes: Episode[] };
  private notesObserver?: ResizeObserver;
  private observedNotes?: HTMLElement;
  /** The last episode's sanitised notes, so re-renders (4 a second while playing) do not sanitise again. */
  private sanitized?: { key: string; html: string };

  constructor() {
    super();
    this.feed = '';
    this.episode = 'latest';
    this.related = 4;
    this.proxy = '';
    this.theme = 'auto';
    this.start = '';
    this.language = '';
    this.state = 'loading';
    this.transcriptViewerReady = false;
    this.notesExpanded = false;
    this.notesOverflow = false;
  }

  /** The show, once the feed is read. */
  get podcast(): Podcast | undefined {
    return this.data?.feed.podcast;
  }

  /** The episode on screen, once the feed is read. */
  get currentEpisode(): Episode | undefined {
    return this.resolveEpisode();
  }

  // The player API, shaped like a media element's. Before the episode is on screen (or for one without audio)
  // the methods do nothing and the properties read as a stopped player.

  /** Whether playback is paused (true until the listener or `play()` starts it). */
  get paused(): boolean {
    return this.player.audio.paused;
  }

  /** Seconds into the episode. Setting it seeks (clamped to the episode). */
  get currentTime(): number {
    return this.player.audio.position();
  }
  set currentTime(seconds: number) {
    this.player.audio.seek(Number(seconds));
  }

  /** Length in seconds: the feed's until the audio file tells its own; NaN when unknown. */
  get duration(): number {
    return this.player.audio.duration > 0 ? this.player.audio.duration : Number.NaN;
  }

  /** Speed, 1 = normal; the voice keeps its pitch. Setting it clamps to 0.5–3; it is remembered for every episode. */
  get playbackRate(): number {
    return this.player.audio.rate;
  }
  set playbackRate(rate: number) {
    this.player.audio.setRate(Number(rate));
  }

  /** Volume from 0 to 1. */
  get volume(): number {
    return this.player.audio.volume;
  }
  set volume(volume: number) {
    this.player.audio.setVolume(Number(volume));
  }

  /** Whether the sound is muted. */
  get muted(): boolean {
    return this.player.audio.muted;
  }
  set muted(muted: boolean) {
    this.player.audio.setMuted(Boolean(muted));
  }

  /**
   * Starts or resumes playback. Resolves once it is asked for; if the browser refuses (autoplay without a user
   * gesture) the player stays paused and fires `pause`. Never rejects.
   */
  play(): Promise<void> {
    return this.player.audio.play().catch(() => undefined);
  }

  /** Pauses playback. */
  pause(): void {
    this.player.audio.pause();
  }

  /** Moves to `seconds` into the episode (clamped); before the first play, sets where it starts. */
  seek(seconds: number): void {
    this.player.audio.seek(Number(seconds));
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('feed') || changed.has('proxy')) {
      void this.load();
    } else if (changed.has('episode')) {
      this.selectedId = undefined;
      this.showSelection();
    }
    if (changed.has('chapters') || changed.has('feedChapters') || changed.has('selectedId')) this.applyChapters();
    if (changed.has('start') && changed.get('start') !== undefined && this.player.audio.paused) {
      const start = parseTime(this.start);
      if (start !== undefined) this.player.audio.seek(start);
    }
  }

  protected override updated(): void {
    this.observeNotes();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.notesObserver?.disconnect();
    this.observedNotes = undefined;
  }

  /**
   * Whether the notes need "Show more" depends on their height, known only after layout. A ResizeObserver reads
   * it when layout has happened anyway, instead of forcing one in the render task; it also catches width changes.
   */
  private observeNotes(): void {
    const notes = this.renderRoot.querySelector<HTMLElement>('.notes-body') ?? undefined;
    if (notes === this.observedNotes) return;
    // The state change waits a frame: applying it inside the callback would resize the observed box again in
    // the same frame, which browsers report to window.onerror as "ResizeObserver loop completed…".
    this.notesObserver ??= new ResizeObserver(() => requestAnimationFrame(() => this.measureNotes()));
    this.notesObserver.disconnect();
    if (notes) this.notesObserver.observe(notes);
    this.observedNotes = notes;
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    this.data = undefined;
    this.selectedId = undefined;
    this.failure = undefined;
    this.state = 'loading';
    if (!this.feed?.trim()) {
      this.fail(new PodcastEpisodeError('no-feed', strings.errorNoFeed));
      return;
    }
    // The first Intl date formatter of a page costs ~13 ms (locale data): build it while the feed downloads,
    // in a task of its own, rather than in the task that renders the episode.
    const lang = this.formatLanguage();
    setTimeout(() => formatDate(new Date(0), lang), 0);
    try {
      const [data, sanitize] = await Promise.all([
        loadFeed(this.feed.trim(), this.proxy || undefined),
        loadSanitizer(),
      ]);
      if (token !== this.loadToken) return;
      this.data = data;
      this.sanitize = sanitize;
      this.showSelection();
    } catch (error) {
      if (token === this.loadToken) this.fail(error);
    }
  }

  /** Chooses the episode for the current attributes and shows it, or shows why it can't. */
  private showSelection(): void {
    if (!this.data) return;
    let episode: Episode;
    try {
      episode = this.resolveEpisode()!;
    } catch (error) {
      this.fail(error);
      return;
    }
    this.failure = undefined;
    this.state = 'ready';
    this.showEpisode(episode);
    this.dispatchEvent(
      new CustomEvent<EpisodeEventDetail>('ready', { detail: { podcast: this.data.feed.podcast, episode } }),
    );
  }

  private resolveEpisode(): Episode | undefined {
    if (!this.data) return undefined;
    const { episodes } = this.data.feed;
    if (this.selectedId) {
      const picked = episodes.find((e) => e.id === this.selectedId);
      if (picked) return picked;
    }
    return selectEpisode(this.data.feed, this.episode);
  }

  private showEpisode(episode: Episode): void {
    this.notesExpanded = false;
    this.notesOverflow = false;
    this.dragTime = undefined;
    const podcast = this.data!.feed.podcast;
    if (episode.transcripts.length && !this.transcriptViewerReady) {
      void loadTranscriptViewer().then((ready) => (this.transcriptViewerReady = ready));
    }
    void this.loadEpisodeChapters(episode);
    this.player.show(
      episode.enclosure
        ? {
            feedUrl: this.data!.feed.url,
            guid: episode.guid ?? episode.id,
            title: episode.title,
            show: podcast.title,
            audioUrl: episode.enclosure.url,
            audioType: episode.enclosure.type,
            duration: episode.duration,
            link: episode.link,
            artwork: episode.image ?? podcast.image,
            // A deep link is for the episode the attributes chose, not one picked from the related list.
            start: this.selectedId ? undefined : this.start,
          }
        : undefined,
    );
  }

  /**
   * Reads the episode's chapters (its JSON file through `proxy`, else Podlove chapters, else the notes'
   * timestamps). The loader is a lazy chunk; chapters from a file also give topics when the notes list none.
   * Never rejects: without chapters the widget simply shows none.
   */
  private async loadEpisodeChapters(episode: Episode): Promise<void> {
    const key = this.episodeKey(episode);
    if (this.feedChapters?.key === key) return;
    this.feedChapters = undefined;
    try {
      const { loadChapters } = await import('./chapters/load-chapters.js');
      const loaded = await loadChapters(episode, { proxy: this.proxy || undefined });
      let topics: Topic[] | undefined;
      if (loaded.source === 'json') {
        const { chapterTopics } = await import('./chapters/chapter-topics.js');
        topics = chapterTopics(episode, loaded.chapters);
      }
      // Another episode (or feed) may be on screen by now.
      const onScreen = this.resolveEpisodeSafely();
      if (onScreen && this.episodeKey(onScreen) === key) {
        this.feedChapters = { ...loaded, key, topics };
      }
    } catch {
      // The chunk failed to load (offline, CDN hiccup): no chapters, as for an episode without any.
    }
  }

  /** Which episode of which feed: the key of what the element remembers per episode. Only once the feed is read. */
  private episodeKey(episode: Episode): string {
    return `${this.data!.feed.url} ${episode.id}`;
  }

  /** The page's `chapters`, when set: they apply to the episode the attributes chose, not one from the related list. */
  private pageChapters(): readonly Chapter[] | undefined {
    return Array.isArray(this.chapters) && !this.selectedId ? this.chapters : undefined;
  }

  /** The chapters read from the feed for `episode`, once they have arrived. */
  private feedChaptersOf(episode: Episode | undefined): EpisodeChapters | undefined {
    const loaded = this.feedChapters;
    return episode && loaded && this.data && loaded.key === this.episodeKey(episode) ? loaded : undefined;
  }

  /** The chapters in use: the page's `chapters` for the episode the attributes chose, else the feed's. */
  private activeChapters(): readonly Chapter[] {
    return this.pageChapters() ?? this.feedChaptersOf(this.resolveEpisodeSafely())?.chapters ?? NO_CHAPTERS;
  }

  /** Hands the chapters in use to the player (seek marks, chapter buttons, lock-screen track keys). */
  private applyChapters(): void {
    const chapters = this.activeChapters();
    if (chapters === this.player.chapters) return;
    this.player.chapters = chapters;
    this.player.chaptersChanged();
  }

  /** The episode's topics: the ones its chapters file gives when the notes list none, else the feed's. */
  private topicsOf(episode: Episode): readonly Topic[] {
    return this.feedChaptersOf(episode)?.topics ?? episode.topics;
  }

  /** `resolveEpisode()` for code that runs outside a render: an unknown episode reads as none, not an exception. */
  private resolveEpisodeSafely(): Episode | undefined {
    try {
      return this.resolveEpisode();
    } catch {
      return undefined;
    }
  }

  private fail(error: unknown): void {
    this.failure = toErrorDetail(error);
    this.state = 'error';
    this.player.show(undefined);
    // Not bubbling, like a media element's `error`: an `error` event reaching window would look like an uncaught
    // exception to window.onerror and to the page's error monitoring.
    this.dispatchEvent(new CustomEvent<ErrorDetail>('error', { detail: this.failure }));
  }

  private pickRelated(episode: Episode): void {
    if (!this.data) return;
    this.selectedId = episode.id;
    this.showEpisode(episode);
    this.dispatchEvent(
      new CustomEvent<EpisodeEventDetail>('episode-change', {
        detail: { podcast: this.data.feed.podcast, episode },
        bubbles: true,
        composed: true,
      }),
    );
    // Keep the listener's place: bring the top of the widget into view, not the page's top.
    this.renderRoot.querySelector('[part~="card"]')?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    this.updateComplete.then(() => (this.renderRoot.querySelector('[part~="title"]') as HTMLElement | null)?.focus());
  }

  /** Whether the notes are taller than the collapsed height (only then is "Show more" offered). */
  private measureNotes(): void {
    const notes = this.renderRoot.querySelector<HTMLElement>('.notes-body');
    if (!notes || this.notesExpanded) return;
    const overflow = notes.scrollHeight > NOTES_COLLAPSED_HEIGHT + 24;
    if (overflow !== this.notesOverflow) this.notesOverflow = overflow;
  }

  /** The reader's language as the page states it (`language`, else the nearest `lang`); empty when it states none. */
  private statedLanguage(): string {
    return (
      this.language?.trim() ||
      this.closest('[lang]')?.getAttribute('lang')?.trim() ||
      document.documentElement.lang ||
      ''
    );
  }

  /** The language dates are written in: the stated one, else the browser's. */
  private formatLanguage(): string {
    return this.statedLanguage() || navigator.language || 'en';
  }

  protected override render(): TemplateResult {
    if (this.state === 'error' && this.failure) return this.renderError(this.failure);
    if (this.state !== 'ready' || !this.data) return this.renderSkeleton();
    const episode = this.resolveEpisode()!;
    const podcast = this.data.feed.podcast;
    return html`<article part="card" class="card" lang=${podcast.language ?? nothing} aria-label=${episode.title}>
      ${this.renderHeader(episode, podcast)}
      ${
        episode.enclosure
          ? renderPlayer(this.player, {
              title: episode.title,
              downloadUrl: episode.enclosure.url,
              dragTime: this.dragTime,
              onDrag: (seconds) => (this.dragTime = seconds),
              chapters: this.player.chapters,
            })
          : html`<p class="no-audio" part="player">${strings.noAudio}</p>`
      }
      ${this.renderNotes(episode)} ${this.renderTopics(episode)} ${this.renderChapters(episode, podcast)}
      ${this.renderTranscript(episode, podcast)} ${this.renderRelated(episode)}
    </article>`;
  }

  private renderHeader(episode: Episode, podcast: Podcast): TemplateResult {
    const lang = this.formatLanguage();
    const label = episodeLabel(episode);
    const meta = [
      label,
      episode.published ? formatDate(episode.published, lang) : '',
      episode.duration !== undefined ? formatDuration(episode.duration) : '',
    ].filter(Boolean);
    const host = hostLine(episode, podcast);
    const guests = guestLine(episode);
    const image = episode.image ?? podcast.image;
    return html`<header part="header" class="header">
      ${
        image
          ? html`<img
              part="artwork"
              class="artwork"
              src=${image}
              alt=""
              loading="lazy"
              decoding="async"
              width="160"
              height="160"
            />`
          : html`<div part="artwork" class="artwork artwork--blank" aria-hidden="true">
              ${podcast.title.slice(0, 1)}
            </div>`
      }
      <div class="heading">
        ${
          podcast.link
            ? html`<a part="show" class="show" href=${podcast.link} target="_blank" rel="noopener noreferrer" dir="auto"
                >${podcast.title}</a
              >`
            : html`<span part="show" class="show" dir="auto">${podcast.title}</span>`
        }
        <h2 part="title" class="title" tabindex="-1" dir="auto">${episode.title}</h2>
        <p part="meta" class="meta">
          ${meta.map((item, i) => html`${i ? html`<span class="dot" aria-hidden="true">·</span>` : nothing}<span>${item}</span>`)}
        </p>
        ${
          host || guests
            ? html`<p part="host" class="host" dir="auto">${[host, guests].filter(Boolean).join(' ')}</p>`
            : nothing
        }
      </div>
    </header>`;
  }

  private renderNotes(episode: Episode): TemplateResult | typeof nothing {
    if (!episode.notesHtml.trim()) return nothing;
    const topics = this.topicsOf(episode).map((topic) => topic.text);
    // The notes' own topic list is left out (the topics section shows it): new topics mean sanitising again.
    const key = `${this.episodeKey(episode)} ${topics.join('\u0000')}`;
    if (this.sanitize && this.sanitized?.key !== key) {
      this.sanitized = { key, html: this.sanitize(episode.notesHtml, this.data!.feed.url, topics) };
    }
    const collapsed = this.notesOverflow && !this.notesExpanded;
    return html`<section part="summary" class="notes ${collapsed ? 'notes--collapsed' : ''}">
      <div class="notes-body" id="notes" dir="auto">
        ${this.sanitized?.key === key ? unsafeHTML(this.sanitized.html) : html`<p>${episode.notesText}</p>`}
      </div>
      ${
        this.notesOverflow
          ? html`<button
              type="button"
              class="button button--text more"
              aria-expanded=${this.notesExpanded ? 'true' : 'false'}
              aria-controls="notes"
              @click=${() => (this.notesExpanded = !this.notesExpanded)}
            >
              ${this.notesExpanded ? strings.showLess : strings.showMore}
            </button>`
          : nothing
      }
    </section>`;
  }

  private renderTopics(episode: Episode): TemplateResult | typeof nothing {
    const topics = this.topicsOf(episode);
    if (!topics.length) return nothing;
    return html`<section class="section topics-section" aria-labelledby="topics-heading">
      <h3 class="section-heading" id="topics-heading">${strings.topicsHeading}</h3>
      <ul part="topics" class="topics">
        ${topics.map((topic) => html`<li dir="auto">${topicLabel(topic)}</li>`)}
      </ul>
    </section>`;
  }

  /** The chapter list; a chapter's button plays from its start. */
  private renderChapters(episode: Episode, podcast: Podcast): TemplateResult | typeof nothing {
    const audio = this.player.audio;
    return renderChapters(this.player.chapters, {
      // Before the first play nothing is marked: the first chapter is not "playing" on a page load.
      currentTime: audio.playing || audio.position() > 0 ? audio.position() : undefined,
      onSeek: (seconds) => this.playFrom(seconds),
      lang: podcast.language,
      // Why the feed's chapters file failed matters only while the page has not given chapters of its own.
      error: this.pageChapters() ? undefined : this.feedChaptersOf(episode)?.error,
    });
  }

  /** Seeks to `seconds` and plays: what a click on a chapter or a transcript line means. */
  private playFrom(seconds: number): void {
    this.seek(seconds);
    void this.play();
  }

  /**
   * The transcript viewer once its chunk is loaded; until then (or if it cannot load) a link to the file. No
   * transcript: a plain note.
   */
  private renderTranscript(episode: Episode, podcast: Podcast): TemplateResult {
    const audio = this.player.audio;
    if (episode.transcripts.length && this.transcriptViewerReady) {
      return html`<section part="transcript" class="section transcript">
        <h3 class="section-heading">${strings.transcriptHeading}</h3>
        <podcast-episode-transcript
          exportparts="toggle: transcript-toggle, search: transcript-search, text: transcript-text, speaker: transcript-speaker, timestamp: transcript-timestamp, back-button: transcript-back-button, error: transcript-error"
          .transcripts=${episode.transcripts}
          .language=${this.statedLanguage() || undefined}
          .feedLanguage=${podcast.language}
          .proxy=${this.proxy}
          .currentTime=${audio.position()}
          .playing=${audio.playing}
          @transcript-seek=${(event: CustomEvent<{ time: number }>) => this.playFrom(event.detail.time)}
        ></podcast-episode-transcript>
      </section>`;
    }
    const transcript = episode.transcripts[0];
    return html`<section part="transcript" class="section transcript">
      <h3 class="section-heading">${strings.transcriptHeading}</h3>
      ${
        transcript
          ? html`<a class="transcript-link" href=${transcript.url} target="_blank" rel="noopener noreferrer"
              ><svg viewBox="0 0 24 24" aria-hidden="true">${icons.transcript}</svg>${strings.transcriptLink(
                transcriptFormat(transcript.type, transcript.url),
              )}</a
            >`
          : html`<p class="muted">${strings.noTranscript}</p>`
      }
    </section>`;
  }

  private renderRelated(episode: Episode): TemplateResult | typeof nothing {
    const count = Number.isFinite(this.related) ? Math.max(0, Math.floor(this.related)) : 4;
    if (!count || !this.data) return nothing;
    const related = this.relatedTo(episode, count);
    if (!related.length) return nothing;
    const lang = this.formatLanguage();
    return html`<section class="section related-section" aria-labelledby="related-heading">
      <h3 class="section-heading" id="related-heading">${strings.relatedHeading}</h3>
      <ul part="related" class="related">
        ${related.map(
          (item) =>
            html`<li>
              <button type="button" part="related-item" class="related-item" @click=${() => this.pickRelated(item)}>
                <span class="related-title" dir="auto">${item.title}</span>
                ${
                  this.player.playedGuids.has(item.guid ?? item.id)
                    ? html`<span part="related-played" class="related-played"
                        ><svg viewBox="0 0 24 24" aria-hidden="true">${icons.check}</svg>${strings.played}</span
                      >`
                    : nothing
                }
                <span class="related-meta"
                  >${[
                    item.published ? formatDate(item.published, lang) : '',
                    item.duration !== undefined ? formatDuration(item.duration) : '',
                  ]
                    .filter(Boolean)
                    .join(' · ')}</span
                >
              </button>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  /** Similar episodes, remembered per episode: the view re-renders four times a second while playing. */
  private relatedTo(episode: Episode, count: number): Episode[] {
    const data = this.data!;
    const key = `${this.episodeKey(episode)} ${count}`;
    if (this.relatedCache?.key !== key) {
      const byId = new Map(data.feed.episodes.map((e) => [e.id, e]));
      const episodes = findRelated(data.related, episode.id, count)
        .map((id) => byId.get(id))
        .filter((e): e is Episode => e !== undefined);
      this.relatedCache = { key, episodes };
    }
    return this.relatedCache.episodes;
  }

  private renderSkeleton(): TemplateResult {
    return html`<div part="card" class="card card--loading" aria-busy="true">
      <span class="visually-hidden" role="status">${strings.loading}</span>
      <div class="header" aria-hidden="true">
        <div class="artwork skeleton"></div>
        <div class="heading">
          <div class="skeleton line w-40"></div>
          <div class="skeleton line line--title w-85"></div>
          <div class="skeleton line w-55"></div>
        </div>
      </div>
      <div class="player skeleton-player" aria-hidden="true">
        <div class="skeleton play-ghost"></div>
        <div class="skeleton line grow"></div>
      </div>
      <div class="skeleton-notes" aria-hidden="true">
        <div class="skeleton line"></div>
        <div class="skeleton line"></div>
        <div class="skeleton line w-70"></div>
      </div>
    </div>`;
  }

  private renderError(failure: ErrorDetail): TemplateResult {
    return html`<div part="card" class="card card--error">
      <div part="error" class="error" role="alert">
        <svg viewBox="0 0 24 24" aria-hidden="true">${icons.alert}</svg>
        <div>
          <p class="error-title">${strings.errorTitle}</p>
          <p class="error-message">${failure.message}</p>
          ${
            RETRYABLE.has(failure.code)
              ? html`<button type="button" class="button button--text retry" @click=${() => void this.load()}>
                  ${strings.retry}
                </button>`
              : nothing
          }
        </div>
      </div>
    </div>`;
  }

  /** Starts fetching the audio library ahead of a likely press of play (pointer over the widget). */
  protected override firstUpdated(): void {
    this.addEventListener('pointerenter', () => void loadHowler().catch(() => undefined), { once: true });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'podcast-episode': PodcastEpisodeElement;
  }
}
