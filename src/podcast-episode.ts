import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import type { ErrorDetail } from './feed/errors.js';
import type { Episode, Podcast } from './feed/model.js';
import type { EpisodeView } from './feed/feed-protocol.js';
import type { Chapter } from './chapters/model.js';
import { warmUpFormats } from './episode/format.js';
import { EpisodePlayer } from './player/episode-player.js';
import { loadHowler } from './player/audio-engine.js';
import { parseTime } from './player/deep-link.js';
import { FeedLoader, type FeedLoad } from './element/feed-loader.js';
import { EpisodeChapters } from './element/episode-chapters.js';
import { NotesController } from './element/notes-controller.js';
import { loadTranscriptViewer } from './element/chunks.js';
import { statedLanguage } from './element/language.js';
import { nearNow, unwatch, whenNear } from './element/near-screen.js';
import { afterPaint } from './util/schedule.js';
import { whenParserRunning } from './feed/parser-start.js';
import { cardStyles } from './ui/card.styles.js';
import { headerStyles } from './ui/header-view.styles.js';
import { playerStyles } from './ui/player-view.styles.js';
import { notesStyles } from './ui/notes-view.styles.js';
import { panelsStyles } from './ui/panels-view.styles.js';
import { PageThemeController } from './element/page-theme.js';
import { parseSections, type Section } from './element/sections.js';
import { topicsStyles } from './ui/topics-view.styles.js';
import { transcriptSectionStyles } from './ui/transcript-section.styles.js';
import { relatedStyles } from './ui/related-view.styles.js';
import { renderSkeleton } from './ui/skeleton-view.js';
import { renderCard } from './ui/card-view.js';
import { skeletonStyles } from './ui/skeleton-view.styles.js';
import { renderError } from './ui/error-view.js';
import { errorStyles } from './ui/error-view.styles.js';
import { LocalizeController, readerLanguage } from './element/localize-controller.js';
import { addTranslation } from './i18n/localize.js';
import { errorMessage } from './i18n/error-message.js';
import type { Strings } from './i18n/strings.js';
import type { ChaptersFailure } from './chapters/load-chapters.js';
import type { EpisodeEventDetail, WarningDetail } from './events.js';

/** What the host element reflects in its `state` attribute. */
export type PodcastEpisodeState = 'loading' | 'ready' | 'error';

/** The two layouts (see the `layout` attribute). */
export type PodcastEpisodeLayout = 'compact' | 'full';

/** Makes ids unique per widget on pages with several of them. */
let widgets = 0;

/**
 * One podcast episode, read from its feed: show and artwork, episode number, title, date, length and host; the
 * show notes; the topics it covers; an audio player; its transcript; and similar episodes of the same show.
 *
 * @summary Feed in, episode out.
 * @tagname podcast-episode
 *
 * @attr feed - URL of the podcast's RSS feed (required). Relative URLs resolve against the page.
 * @attr src - URL of an episode snapshot (`/episode.json?feed=…&episode=…` of our server, or a file `npx podcast-episode snapshot` wrote): one small request instead of the feed. It records its feed, so memory and sharing behave as with `feed`; a related episode picked from it is read from the feed.
 * @attr timeout - Milliseconds the feed may take to arrive, and again to be read (default 30000; a server silent for 10 s fails sooner). Then the card says the server is too slow and offers "Try again".
 * @attr episode - Which episode: `latest` (default), a guid, an episode number (`12`, `S2E5`), the episode's link, or its title.
 * @attr related - How many similar episodes to list (default 4; `0` hides the list).
 * @attr proxy - URL template with `{url}` used for every fetch except the audio, for feeds whose server does not allow cross-origin reads.
 * @attr layout - `compact` (default): header, player, the first topics, and buttons that open the notes, chapters, transcript and similar episodes one at a time. `full`: everything open, as an episode page.
 * @attr sections - Which sections appear, space-separated: `summary` (the show notes), `topics`, `chapters`, `transcript`, `related`. Default: all. The header and the player always appear.
 * @attr heading-level - The level of the episode title's heading, 1–5 (default 2, an `<h2>`): its sections are one level below, and the notes' own headings below those.
 * @attr share-url - The page Share links to (with `#t=`). Default: the page the widget is on.
 * @attr theme - `light`, `dark`, or `auto` (default: follows the page's own colours — the colour behind the widget, else its `color-scheme` — and the system setting only when the page leaves it to the system).
 * @attr language - The reader's language (`de`, `pt-BR`): the transcript in it is preferred and dates are written in it. Default: the nearest `lang` attribute.
 * @attr start - Where playback starts when the listener presses play: seconds (`83`), `mm:ss` or `h:mm:ss`. The page URL's `#t=` wins over it.
 * @attr loading - `lazy` (default): like `<iframe loading="lazy">`, the widget reads its feed (or `src`) only when it comes within two viewports of the screen, is shown (out of `display: none` or a closed `<details>`), is printed, or `load()` or `play()` is called; until then it shows its loading skeleton, which has the card's height. `eager`: at once.
 * @attr state - Reflected, read-only: `loading`, `ready` or `error`.
 *
 * @fires ready - The episode is on screen (perhaps from the first part of a feed still downloading, or from the copy a visit before kept). `detail: { podcast, episode }`.
 * @fires load - The whole feed is read (or its kept copy is shown): topics and related episodes are there. `detail: { podcast, episode }`.
 * @fires episode-change - The listener picked another episode from the related list. `detail: { podcast, episode }`.
 * @fires warning - An optional piece failed and the card goes on without it: `detail: { code: 'artwork' | 'chapters', message, url }`.
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
 * @csspart topics - The topics section (in the compact card: the first few and "+N more").
 * @csspart panel-buttons - The compact card's row of buttons that open one section at a time.
 * @csspart panel-button - One of those buttons.
 * @csspart panel - The open section in the compact card.
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
 * @csspart chapters - The chapters section.
 * @csspart transcript - The transcript section: the viewer, a link to the file while it loads, or the no-transcript note.
 * @csspart transcript-toggle - Show/hide transcript.
 * @csspart transcript-search - The transcript's search field.
 * @csspart transcript-text - The transcript's scrolling text box.
 * @csspart transcript-speaker - A speaker's name in the transcript.
 * @csspart transcript-timestamp - A paragraph's start time in the transcript (a button that plays from there).
 * @csspart transcript-back-button - "Back to current", after scrolling the transcript away from the line being spoken.
 * @csspart transcript-line-button - The transcript's "Play from" button at the keyboard's line (shown while focused).
 * @csspart transcript-error - Why the transcript file could not be loaded, with a link to it.
 * @csspart related - The similar episodes section.
 * @csspart related-item - One similar episode (a button).
 * @csspart related-played - The "Played" mark of a similar episode heard to the end.
 * @csspart error - The error message.
 *
 * @cssprop --podcast-episode-accent - Accent colour (buttons, slider, links). Default: #6d28d9 light, #a78bfa dark.
 * @cssprop --podcast-episode-accent-contrast - Text and icons on the accent colour (the play button). Default: #fff light, #16121f dark.
 * @cssprop --podcast-episode-font - Font family. Default: system UI font.
 * @cssprop --podcast-episode-font-size - Base font size. Default: the page's root font size (`1rem`), kept between 14 and 40 px.
 * @cssprop --podcast-episode-radius - Corner radius of the card. Default: 16px.
 * @cssprop --podcast-episode-spacing - Base spacing unit. Default: 16px.
 * @cssprop --podcast-episode-background - Card background.
 * @cssprop --podcast-episode-surface - What the card is painted with: `transparent` lets it sit on the page's own background. Default: the card background.
 * @cssprop --podcast-episode-text - Text colour.
 * @cssprop --podcast-episode-muted - Secondary text colour.
 * @cssprop --podcast-episode-border - Border colour.
 * @cssprop --podcast-episode-soft - Background of the player and other inset boxes. Default: #f5f3f8 light, #221f29 dark.
 */
export class PodcastEpisodeElement extends LitElement {
  static override styles = [
    cardStyles,
    headerStyles,
    playerStyles,
    notesStyles,
    topicsStyles,
    transcriptSectionStyles,
    relatedStyles,
    panelsStyles,
    skeletonStyles,
    errorStyles,
  ];

  static override properties = {
    feed: { type: String },
    src: { type: String },
    timeout: { type: Number },
    episode: { type: String },
    related: { type: Number },
    proxy: { type: String },
    theme: { type: String, reflect: true },
    layout: { type: String, reflect: true },
    sections: { type: String },
    shareUrl: { type: String, attribute: 'share-url' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    start: { type: String },
    language: { type: String },
    loading: { type: String },
    chapters: { attribute: false },
    state: { type: String, reflect: true },
    pickedId: { state: true },
    openPanel: { state: true },
    topicsExpanded: { state: true },
    warmType: { state: true },
    failedArtwork: { state: true },
    transcriptViewerReady: { state: true },
    near: { state: true },
  };

  /** URL of the podcast's RSS feed. */
  declare feed: string;
  /** URL of an episode snapshot (`/episode.json` of our server, or the CLI's file), read instead of the feed. */
  declare src: string;
  /** Milliseconds the feed may take to arrive and to be read (default 30 000; a server silent for 10 s fails sooner). */
  declare timeout?: number;
  /** Which episode to show (see the `episode` attribute). */
  declare episode: string;
  /** How many similar episodes to list; 0 hides the list. */
  declare related: number;
  /** CORS proxy URL template containing `{url}`. */
  declare proxy: string;
  /** `light`, `dark` or `auto`. */
  declare theme: 'light' | 'dark' | 'auto';
  /** `compact` or `full` (see the `layout` attribute). */
  declare layout: PodcastEpisodeLayout;
  /** Which sections appear (see the `sections` attribute). */
  declare sections: string;
  /** The page Share links to; empty: the page the widget is on. */
  declare shareUrl: string;
  /** The level of the episode title's heading (default 2); sections are one below, the notes' headings below them. */
  declare headingLevel?: number;
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
  /** `lazy` (default): read the feed once the widget comes near the screen; `eager`: at once. */
  declare loading: 'lazy' | 'eager';

  // Reactive fields are `declare`d and set in the constructor: a class-field initialiser would, under some
  // compilers' settings, shadow the accessors Lit installs and silently stop updates.
  /** The episode the listener picked from the related list (overrides `episode`). */
  declare private pickedId?: string;
  /** `<podcast-episode-transcript>` is defined (its chunk loaded). */
  declare private transcriptViewerReady: boolean;
  /** The compact card's open section. */
  declare private openPanel?: Section;
  declare private topicsExpanded: boolean;
  /** The skeleton lays out the card's type sizes unseen (see skeleton-view.ts). */
  declare private warmType?: boolean;
  /** An artwork URL that failed to load. */
  declare private failedArtwork?: string;
  /** The widget came near the screen, or the page asked for it (`load()`, `play()`). */
  declare private near?: boolean;

  private readonly player = new EpisodePlayer(this, () => this.localize.t);
  private readonly loader = new FeedLoader(this, (load, shown) => this.loaded(load, shown));
  private readonly feedChapters = new EpisodeChapters(this, (failure) => this.warnChapters(failure));
  private readonly pageTheme = new PageThemeController(this);
  private readonly localize = new LocalizeController(this);
  private readonly idPrefix = `podcast-episode-${++widgets}`;
  private readonly notes = new NotesController(this);
  /** Why nothing can be shown (the feed or the episode); undefined while loading or showing. */
  private failure?: ErrorDetail;
  /** The widget reads its feed: from then on it follows `feed`, `src` and `proxy` whatever `loading` says. */
  private reading = false;
  /** `load` has fired for the current request. */
  private fullyRead = false;
  /** The episode `ready` (or `episode-change`) announced. */
  private announced?: string;
  /** Only the header and the player are rendered (the first task of a new episode on screen). */
  private lean = false;

  /**
   * Adds a language, or changes some of a language's words, for every widget on the page:
   * `PodcastEpisodeElement.addTranslation('de', { relatedHeading: 'Ähnliche Folgen' })`. Keys are those of
   * `strings` in src/i18n/strings.ts; a language the widget does not ship needs all of them.
   */
  static addTranslation(lang: string, words: Partial<Strings>): void {
    addTranslation(lang, words);
  }

  constructor() {
    super();
    this.feed = '';
    this.src = '';
    this.episode = 'latest';
    this.related = 4;
    this.proxy = '';
    this.theme = 'auto';
    this.layout = 'compact';
    this.sections = '';
    this.shareUrl = '';
    this.topicsExpanded = false;
    this.start = '';
    this.language = '';
    this.state = 'loading';
    this.transcriptViewerReady = false;
  }

  /** The show, once the feed is read. */
  get podcast(): Podcast | undefined {
    return this.view?.podcast;
  }

  /** The episode on screen, once the feed is read; undefined when the feed has no such episode. */
  get currentEpisode(): Episode | undefined {
    return this.failure ? undefined : this.view?.episode;
  }

  // The player API, shaped like a media element's, reading the player's one state. Before the episode is on
  // screen (or for one without audio) the methods do nothing and the properties read as a stopped player.

  /** Whether playback is paused (true until the listener or `play()` starts it). */
  get paused(): boolean {
    return this.player.state.paused;
  }

  /** Seconds into the episode. Setting it seeks (clamped to the episode). */
  get currentTime(): number {
    return this.player.state.currentTime;
  }
  set currentTime(seconds: number) {
    this.player.seek(Number(seconds));
  }

  /** Length in seconds: the feed's until the audio file tells its own; NaN when unknown. */
  get duration(): number {
    const duration = this.player.state.duration;
    return duration > 0 ? duration : Number.NaN;
  }

  /** Speed, 1 = normal; the voice keeps its pitch. Setting it clamps to 0.5–3; it is remembered for every episode. */
  get playbackRate(): number {
    return this.player.state.rate;
  }
  set playbackRate(rate: number) {
    this.player.setRate(Number(rate));
  }

  /** Volume from 0 to 1. */
  get volume(): number {
    return this.player.state.volume;
  }
  set volume(volume: number) {
    this.player.setVolume(Number(volume));
  }

  /** Whether the sound is muted. */
  get muted(): boolean {
    return this.player.state.muted;
  }
  set muted(muted: boolean) {
    this.player.setMuted(Boolean(muted));
  }

  /**
   * Starts or resumes playback. Resolves once it is asked for; if the browser refuses (autoplay without a user
   * gesture) the player stays paused and fires `pause`. Never rejects.
   */
  play(): Promise<void> {
    this.load();
    return this.player.play().catch(() => undefined);
  }

  /**
   * Reads the feed now, for a `loading="lazy"` widget not yet near the screen; does nothing once it reads it.
   * Listen for `ready` to know when the episode is there.
   */
  load(): void {
    // Not once reading: a change of `near` would render the card again for nothing (play() calls this).
    if (!this.reading) this.near = true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.reading) whenNear(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatch(this);
  }

  /** Pauses playback. */
  pause(): void {
    this.player.pause();
  }

  /** Moves to `seconds` into the episode (clamped); before the first play, sets where it starts. */
  seek(seconds: number): void {
    this.player.seek(Number(seconds));
  }

  /** What the feed's reader sent for the episode on screen. */
  private get view(): EpisodeView | undefined {
    const load = this.loader.state;
    return load.status === 'ready' ? load.view : undefined;
  }

  /** Which episode to ask the feed for. */
  private request() {
    const count = Number.isFinite(this.related) ? Math.max(0, Math.floor(this.related)) : 4;
    return { spec: this.episode, picked: this.pickedId, count };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const wake = !this.reading && (this.reading = !!this.near || this.loading === 'eager');
    if (wake) unwatch(this);
    if (this.reading && (wake || changed.has('feed') || changed.has('proxy') || changed.has('src'))) {
      this.pickedId = undefined;
      this.failure = undefined;
      this.state = 'loading';
      this.readFeed();
      // In a task of its own once the parser worker runs (its thread waits for a free main thread).
      const lang = readerLanguage(this, this.language);
      void whenParserRunning().then(() =>
        setTimeout(() => {
          warmUpFormats(lang);
          this.warmType = true;
        }),
      );
    } else if (changed.has('episode') || changed.has('related')) {
      if (changed.has('episode')) this.pickedId = undefined;
      this.fullyRead = false;
      this.announced = undefined;
      this.loader.choose(this.request());
    }
    const episode = this.currentEpisode;
    if (episode) this.player.setChapters(this.feedChapters.active(this.episodeKey(episode), this.pageChapters()));
    if (changed.has('start') && changed.get('start') !== undefined && this.player.state.paused) {
      const start = parseTime(this.start);
      if (start !== undefined) this.player.seek(start);
    }
  }

  /**
   * Starts fetching the audio library ahead of a likely press of play (pointer over the widget); a lazy widget
   * already near the screen starts reading at once.
   */
  protected override firstUpdated(): void {
    this.addEventListener('pointerenter', () => void loadHowler().catch(() => undefined), { once: true });
    if (!this.reading && nearNow(this)) this.load();
  }

  private readFeed(): void {
    this.fullyRead = false;
    this.announced = undefined;
    this.loader.load(
      this.feed ?? '',
      this.proxy ?? '',
      this.src ?? '',
      Number(this.timeout) || undefined,
      this.request(),
    );
  }

  /**
   * A view from the feed's reader, or why there is none. A later view of the episode on screen (the full read
   * after a preview, a changed feed after the kept copy) updates the same card in place.
   */
  private loaded(load: FeedLoad, shown?: Episode): void {
    if (load.status === 'error') return this.fail(load.error);
    if (load.status !== 'ready') return;
    const { view } = load;
    const { episode } = view;
    this.failure = undefined;
    if (shown?.id !== episode.id) this.showEpisode(view);
    // A view before the sanitiser has loaded (the kept one, or the first): the header and the player now, the rest
    // with the next state.
    if (load.pending) return void (this.lean = true);
    const finish = () => {
      if (this.loader.state !== load) return;
      this.lean = false;
      // `ready` once the whole card is there, as the event says.
      this.state = 'ready';
      const detail = { podcast: view.podcast, episode };
      if (this.announced !== episode.id) {
        this.announced = episode.id;
        this.dispatchEvent(
          this.pickedId
            ? new CustomEvent<EpisodeEventDetail>('episode-change', { detail, bubbles: true, composed: true })
            : new CustomEvent<EpisodeEventDetail>('ready', { detail }),
        );
      }
      if (view.stage !== 'preview' && !this.fullyRead) {
        this.fullyRead = true;
        this.dispatchEvent(new CustomEvent<EpisodeEventDetail>('load', { detail }));
      }
    };
    if (shown && !this.lean) return finish();
    // The first card: this task (or a pending view's before it) puts the header and the player on screen and lets
    // that frame be painted; the rest of it (and the events) come in a task after it, so that neither grows long (a
    // long episode's notes take their own time to lay out) and the title is not held back by them.
    this.lean = true;
    afterPaint(finish);
  }

  private showEpisode(view: EpisodeView): void {
    const { podcast, episode } = view;
    this.notes.reset();
    this.openPanel = undefined;
    this.topicsExpanded = false;
    if (episode.transcripts.length && !this.transcriptViewerReady) {
      loadTranscriptViewer().then(
        () => (this.transcriptViewerReady = true),
        // Meanwhile, and if it cannot load, the widget links to the transcript file.
        () => undefined,
      );
    }
    this.feedChapters.fetch(this.episodeKey(episode), episode, this.proxy);
    this.player.setChapters(this.feedChapters.active(this.episodeKey(episode), this.pageChapters()));
    this.player.show(
      episode.enclosure
        ? {
            feedUrl: view.feedUrl,
            guid: episode.guid ?? episode.id,
            title: episode.title,
            show: podcast.title,
            audioUrl: episode.enclosure.url,
            audioType: episode.enclosure.type,
            duration: episode.duration,
            shareUrl: this.shareUrl || undefined,
            artwork: episode.image ?? podcast.image,
            // A deep link is for the episode the attributes chose, not one picked from the related list.
            start: this.pickedId ? undefined : this.start,
          }
        : undefined,
    );
  }

  private fail(error: ErrorDetail): void {
    this.failure = error;
    this.state = 'error';
    this.player.show(undefined);
    // Not bubbling, like a media element's `error`: an `error` event reaching window would look like an uncaught
    // exception to window.onerror and to the page's error monitoring.
    this.dispatchEvent(new CustomEvent<ErrorDetail>('error', { detail: error }));
  }

  /** "Try again" after a failed load. */
  private retry(): void {
    this.failure = undefined;
    this.state = 'loading';
    this.readFeed();
  }

  private pickRelated(episode: Episode): void {
    const view = this.view;
    if (!view) return;
    if (view.snapshot) {
      // A snapshot holds only summaries of its related episodes: the one picked is read from the feed.
      this.feed = view.feedUrl;
      this.episode = episode.guid ?? episode.id;
      this.src = '';
      return;
    }
    this.pickedId = episode.id;
    this.fullyRead = false;
    this.announced = undefined;
    this.loader.choose(this.request());
    // Keep the listener's place: bring the top of the widget into view, not the page's top.
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.renderRoot
      .querySelector('[part~="card"]')
      ?.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="title"]')?.focus());
  }

  /** Which episode of which feed: the key of what is kept per episode. */
  private episodeKey(episode: Episode): string {
    return `${this.view?.feedUrl} ${episode.id}`;
  }

  /** The page's `chapters`, when set: they apply to the episode the attributes chose, not one from the related list. */
  private pageChapters(): readonly Chapter[] | undefined {
    return Array.isArray(this.chapters) && !this.pickedId ? this.chapters : undefined;
  }

  /** Seeks to `seconds` and plays: what a click on a chapter or a transcript line means. */
  private playFrom(seconds: number): void {
    this.player.seek(seconds);
    void this.player.play();
  }

  private warn(detail: WarningDetail): void {
    this.dispatchEvent(new CustomEvent<WarningDetail>('warning', { detail }));
  }

  private warnChapters(failure: ChaptersFailure): void {
    this.warn({ code: 'chapters', message: failure.message, url: failure.url });
  }

  private artworkFailed(url: string): void {
    if (this.failedArtwork === url) return;
    this.failedArtwork = url;
    this.warn({ code: 'artwork', message: this.localize.t.warningArtwork, url });
  }

  /** Opens a section of the compact card, or closes it when it is the open one. */
  private togglePanel(id: Section): void {
    this.openPanel = this.openPanel === id ? undefined : id;
  }

  /** Escape in the open section: close it and give focus back to its button. */
  private closePanel(): void {
    const id = this.openPanel;
    if (!id) return;
    this.openPanel = undefined;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[aria-controls="${this.idPrefix}-panel-${id}"]`)?.focus(),
    );
  }

  private cardClass(extra = ''): string {
    return `card card--${this.layout === 'full' ? 'full' : 'compact'}${this.pageTheme.resolved === 'dark' ? ' card--dark' : ''}${extra}`;
  }

  protected override render(): TemplateResult {
    const { t, lang } = this.localize;
    if (this.failure && !this.localize.waiting) {
      const message = errorMessage(this.failure, t, lang, this.episode);
      return renderError(this.failure, message, () => this.retry(), this.cardClass(' card--error'), t);
    }
    const view = this.view;
    const episode = this.currentEpisode;
    const full = this.layout === 'full';
    if (!view || !episode || this.localize.waiting) {
      return renderSkeleton(full, this.cardClass(' card--loading'), t, this.warmType);
    }
    const key = this.episodeKey(episode);
    const sections = this.lean ? new Set<Section>() : parseSections(this.sections);
    const titleLevel = Math.min(5, Math.max(1, Math.round(Number(this.headingLevel) || 2)));
    return renderCard({
      podcast: view.podcast,
      episode,
      t,
      lang,
      layout: full ? 'full' : 'compact',
      cardClass: this.cardClass(),
      titleLevel,
      sections,
      topics: sections.has('topics') ? episode.topics : [],
      related: sections.has('related') ? view.related : [],
      // The compact card offers Chapters as soon as the feed names a chapters file, before it has arrived, so the
      // row of buttons does not change under the reader's pointer (or push the page down) when it does.
      offersChapters:
        sections.has('chapters') &&
        (this.player.state.chapters.length > 0 ||
          (!this.pageChapters() && episode.chapters !== undefined && this.feedChapters.pending(key))),
      idPrefix: this.idPrefix,
      store: this.player.store,
      player: this.player,
      notes: {
        // The notes stay whole, their links included, even where the topics repeat a list of them: a topic list
        // may show only its first few, and a reader who opens the notes expects everything the feed wrote.
        safeHtml: () =>
          // Keyed by length too: a revalidated feed may have changed the notes of the same episode.
          this.notes.safeHtml(
            key + episode.notesHtml.length,
            episode.notesHtml,
            view.feedUrl,
            [],
            this.loader.sanitize,
            titleLevel + 1,
          ),
        overflow: this.notes.overflow,
        expanded: this.notes.expanded,
        toggle: () => this.notes.toggle(),
      },
      renderChapters: (chapters, options) => this.feedChapters.render(chapters, options),
      transcript: {
        viewerReady: this.transcriptViewerReady,
        language: statedLanguage(this, this.language) || undefined,
        proxy: this.proxy,
      },
      openPanel: this.openPanel,
      topicsExpanded: this.topicsExpanded,
      failedArtwork: this.failedArtwork,
      playFrom: (seconds) => this.playFrom(seconds),
      pickRelated: (item) => this.pickRelated(item),
      togglePanel: (id) => this.togglePanel(id),
      closePanel: () => this.closePanel(),
      toggleTopics: () => (this.topicsExpanded = !this.topicsExpanded),
      artworkFailed: (url) => this.artworkFailed(url),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'podcast-episode': PodcastEpisodeElement;
  }
}
