/**
 * `<podcast-episode-transcript>`: the transcript of the episode on screen, read along while it plays.
 * Internal to `<podcast-episode>`, which renders it inside `part="transcript"` once an episode has transcripts.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import type { TranscriptRef } from '../feed/model.js';
import { formatClock } from '../episode/format.js';
import { strings as english, type Strings } from '../i18n/strings.js';
import { describeWarning } from './describe-warning.js';
import { loadTranscript, type TranscriptLoad } from './load-transcript.js';
import type { Transcript } from './model.js';
import { groupParagraphs, type Paragraph } from './paragraphs.js';
import { pickTranscript } from './pick-transcript.js';
import { SearchIndex, type Match } from './text-search.js';
import { TimeIndex } from './time-index.js';
import { TranscriptBody, marksBySegment } from './transcript-body.js';
import { formatName, formatOfRef } from './transcript-format.js';
import { transcriptIcons } from './transcript-icons.js';
import { transcriptStyles } from './transcript-styles.js';

/** `detail` of `transcript-seek`. */
export interface TranscriptSeekDetail {
  /** Seconds from the start of the episode. */
  time: number;
}

/** What the viewer shows; reflected as the `state` attribute. */
export type TranscriptViewState = 'none' | 'idle' | 'loading' | 'ready' | 'empty' | 'error';

/** Narrower than this (px), the viewer starts collapsed. */
export const COLLAPSE_BELOW = 420;
/** How long typing rests before the search runs (ms). */
const SEARCH_DELAY = 150;
/**
 * After the viewer scrolls its box, scroll events for this long (ms) that no input caused are its own: chunks laid
 * out for the first time get their real height and the browser moves or clamps scrollTop.
 */
const SETTLE_MS = 400;
/** A scroll this soon (ms) after a wheel, touch, pointer or key on the box is the reader's. */
const INPUT_MS = 1000;

/**
 * Picks the best of an episode's transcripts, loads it when first shown and shows it: speakers, timestamps,
 * paragraphs. While the episode plays it highlights the segment being spoken and keeps it in view by scrolling its
 * own box (never the page); scrolling the box away stops that until "Back to current". A search box counts and
 * steps through matches. Collapsible; starts collapsed when narrower than 420 px. Inside `<podcast-episode>` it takes
 * the card's colours; standing alone it reads the custom properties below (the light theme's colours by default).
 *
 * @tagname podcast-episode-transcript
 *
 * @fires transcript-seek - The reader chose a segment or timestamp. `detail: { time }` (seconds). Bubbles, not composed.
 *
 * @csspart toggle - The show/hide button.
 * @csspart search - The search field.
 * @csspart text - The scrolling box with the transcript's text.
 * @csspart speaker - A speaker's name.
 * @csspart timestamp - A paragraph's start time (a button that seeks).
 * @csspart line-button - "Play from here": the keyboard's button at the line the reader is on, shown while focused.
 * @csspart back-button - "Back to current".
 * @csspart error - Why the transcript could not be loaded, with a link to the file.
 *
 * @cssprop --podcast-episode-accent - Accent colour (links, the segment being spoken, matches, "Back to current").
 * @cssprop --podcast-episode-accent-contrast - Text on the accent colour ("Back to current"). Default: #fff.
 * @cssprop --podcast-episode-text - Text colour.
 * @cssprop --podcast-episode-muted - Secondary text colour (timestamps, counts).
 * @cssprop --podcast-episode-border - Border colour.
 * @cssprop --podcast-episode-soft - Soft background (the note shown when the transcript cannot be loaded).
 * @cssprop --podcast-episode-radius - Corner radius. Default: 16px.
 */
export class PodcastEpisodeTranscriptElement extends LitElement {
  static override styles = transcriptStyles;

  static override properties = {
    transcripts: { attribute: false },
    language: { type: String },
    feedLanguage: { attribute: false },
    strings: { attribute: false },
    proxy: { type: String },
    playing: { type: Boolean },
    expanded: { type: Boolean, reflect: true },
    state: { type: String, reflect: true },
    result: { state: true },
    following: { state: true },
    hasCurrent: { state: true },
    matchCount: { state: true },
    matchIndex: { state: true },
    query: { state: true },
  };

  /** The episode's `podcast:transcript`s (`Episode.transcripts`). */
  declare transcripts: readonly TranscriptRef[];
  /** The reader's language (the element's `lang`): transcripts in it are preferred. */
  declare language?: string;
  /** The feed's `<language>`: the language of transcripts that name none. */
  declare feedLanguage?: string;
  /** The interface's words (the widget's language); English by default. */
  declare strings: Strings;
  /** The widget's CORS proxy template (`{url}`), used to fetch the transcript. */
  declare proxy?: string;
  /** Whether the episode is playing (following resumes when playback starts). */
  declare playing: boolean;
  /** Whether the text is shown. Until set (by the reader or the page), it follows the viewer's width. */
  declare expanded?: boolean;
  /** Read-only: `none` (no transcripts), `idle` (not loaded yet), `loading`, `ready`, `empty`, `error`. */
  declare state: TranscriptViewState;

  declare private result?: TranscriptLoad;
  declare private following: boolean;
  declare private hasCurrent: boolean;
  declare private matchCount: number;
  declare private matchIndex: number;
  /** The search that ran last. */
  declare private query: string;

  private picked?: TranscriptRef;
  private time = 0;
  /** The highlighted segment, -1 for none. */
  private current = -1;
  /** The line the line button sits at (where Tab into the text lands), -1 for none. */
  private tabStop = -1;
  /**
   * "Play from here": one real button, moved to the line the reader is on. The lines themselves are plain text.
   * Accessibility pattern: the transcript is a document (a labelled region of paragraphs a screen reader reads in its
   * reading mode, every line in the accessibility tree), not a listbox or grid of 5,000 interactive lines, which would
   * each be announced as a control and whose text a reading mode would skip over. The line button is the one tab
   * stop, a roving control as in the APG toolbar pattern: ↑/↓ (←/→) move it line to line, Home/End to the ends,
   * Enter/Space play from its line; its name is "Play from 1:23", its description the line's text. Paragraph
   * timestamps are buttons as well, for reading mode; a click on any timed line seeks.
   */
  private lineButton?: HTMLButtonElement;
  private paragraphs: Paragraph[] = [];
  private timeIndex?: TimeIndex;
  private searchIndex?: SearchIndex;
  private body?: TranscriptBody;
  private readonly boxRef = createRef<HTMLElement>();
  private found: Match[] = [];
  private marks = new Map<number, { from: number; to: number; match: number }[]>();
  private searchTimer?: ReturnType<typeof setTimeout>;
  private scrollFrame = 0;
  private userScrollFrame = 0;
  /** scrollTop the viewer itself last gave the box: a scroll event elsewhere is the reader's... */
  private ownScrollTop = -1;
  /** ...unless it comes before this time (performance.now()), while the layout settles after the viewer's scroll. */
  private settleUntil = 0;
  /** When the reader last used wheel, touch, pointer or keyboard on the box (performance.now()). */
  private lastInput = -Infinity;
  private readonly noteInput = { handleEvent: () => (this.lastInput = performance.now()), passive: true };
  private widthObserver?: ResizeObserver;

  constructor() {
    super();
    this.transcripts = [];
    this.playing = false;
    this.strings = english;
    this.state = 'none';
    this.following = true;
    this.hasCurrent = false;
    this.matchCount = 0;
    this.matchIndex = -1;
    this.query = '';
    // A time set before this element was defined is an own property hiding the accessor: move it to the accessor.
    if (Object.prototype.hasOwnProperty.call(this, 'currentTime')) {
      const early = (this as { currentTime?: number }).currentTime;
      delete (this as { currentTime?: number }).currentTime;
      this.time = Number.isFinite(early) ? early! : 0;
    }
  }

  /**
   * Playback position in seconds. Set it as often as the player reports it: the highlight moves (O(1) DOM work)
   * only when the segment changes, and setting it never re-renders the viewer.
   */
  get currentTime(): number {
    return this.time;
  }
  set currentTime(seconds: number) {
    this.time = Number.isFinite(seconds) ? seconds : 0;
    this.syncHighlight();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.expanded === undefined) this.observeWidth();
    // Moved to another place in the page: carry on building where it stopped.
    if (this.body && !this.body.complete) this.body.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.widthObserver?.disconnect();
    this.body?.stop();
    clearTimeout(this.searchTimer);
    cancelAnimationFrame(this.scrollFrame);
    cancelAnimationFrame(this.userScrollFrame);
  }

  /** The first width the viewer gets decides whether it starts expanded; the reader decides after that. */
  private observeWidth(): void {
    this.widthObserver ??= new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? 0;
      if (width <= 0) return;
      this.widthObserver?.disconnect();
      if (this.expanded === undefined) this.expanded = width >= COLLAPSE_BELOW;
    });
    this.widthObserver.observe(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('transcripts') || changed.has('language') || changed.has('feedLanguage')) {
      const picked = pickTranscript(this.transcripts ?? [], {
        language: this.language,
        feedLanguage: this.feedLanguage,
      });
      if (picked?.url !== this.picked?.url || picked?.type !== this.picked?.type) this.show(picked);
    } else if (changed.has('proxy') && this.result && !this.result.ok) {
      this.show(this.picked);
    }
    if (this.expanded && this.picked && this.state === 'idle') void this.load(this.picked);
    if (changed.has('playing') && this.playing && !changed.get('playing')) this.follow();
  }

  protected override updated(changed: PropertyValues<this>): void {
    const box = this.boxRef.value;
    if (box && this.result?.ok && this.body === undefined) this.buildBody(box, this.result);
    if (changed.has('playing')) this.syncHighlight();
  }

  /** Forgets the transcript on screen and shows `ref` instead (loaded once expanded). */
  private show(ref: TranscriptRef | undefined): void {
    this.picked = ref;
    this.result = undefined;
    this.body?.stop();
    this.body = undefined;
    this.timeIndex = undefined;
    this.searchIndex = undefined;
    this.paragraphs = [];
    this.found = [];
    this.marks.clear();
    this.matchCount = 0;
    this.matchIndex = -1;
    this.query = '';
    this.current = -1;
    this.tabStop = -1;
    this.lineButton = undefined;
    this.hasCurrent = false;
    this.following = true;
    this.state = ref ? 'idle' : 'none';
  }

  private async load(ref: TranscriptRef): Promise<void> {
    this.state = 'loading';
    const result = await loadTranscript(ref, this.proxy || undefined);
    if (ref !== this.picked) return;
    this.result = result;
    this.state = !result.ok ? 'error' : result.transcript.segments.length ? 'ready' : 'empty';
    if (result.ok && result.transcript.segments.length) {
      this.paragraphs = groupParagraphs(result.transcript.segments);
      this.timeIndex = new TimeIndex(result.transcript.segments);
    }
  }

  private buildBody(box: HTMLElement, result: Extract<TranscriptLoad, { ok: true }>): void {
    const { segments } = result.transcript;
    this.tabStop = segments.findIndex((s) => s.start !== undefined);
    // The buttons in the text speak the interface's language, not the transcript's (the box's lang).
    const uiLang = interfaceLang(this);
    this.lineButton = this.tabStop >= 0 ? this.makeLineButton(uiLang) : undefined;
    this.body = new TranscriptBody(box, result.transcript, this.paragraphs, this.strings, uiLang, (from, to) =>
      this.onBuilt(from, to),
    );
    this.body.start();
    this.syncHighlight();
  }

  /** Segments just built get what the viewer already decided for them: highlight, tab stop, search marks. */
  private onBuilt(from: number, to: number): void {
    const elements = this.body!.segmentElements;
    if (this.tabStop >= from && this.tabStop < to) this.moveTabStop(this.tabStop);
    if (this.current >= from && this.current < to) {
      this.markCurrent(elements[this.current]);
      if (this.following) this.scheduleKeepInView();
    }
    for (const [segment, marks] of this.marks)
      if (segment >= from && segment < to) this.body!.showMatches(segment, marks);
    if (this.matchIndex >= 0) this.markCurrentMatch(-1, this.matchIndex, false);
  }

  // ------------------------------------------------------------------ following playback

  private syncHighlight(): void {
    if (!this.timeIndex || !this.body) return;
    // Before the first play, nothing is highlighted: segment one is not "being spoken" at 0:00 on a page load.
    const segment = this.playing || this.time > 0 ? this.timeIndex.segmentAt(this.time) : -1;
    if (segment === this.current) return;
    const elements = this.body.segmentElements;
    this.unmarkCurrent(elements[this.current]);
    this.markCurrent(elements[segment]);
    this.current = segment;
    this.hasCurrent = segment >= 0;
    // Tab into the transcript lands on what is being said, unless the reader is moving through it with the keyboard.
    if (segment >= 0 && !this.boxRef.value?.contains(this.shadowRoot?.activeElement ?? null)) this.moveTabStop(segment);
    if (segment >= 0 && this.following) this.scheduleKeepInView();
  }

  private markCurrent(element: HTMLElement | undefined): void {
    element?.classList.add('current');
    element?.setAttribute('aria-current', 'time');
  }

  private unmarkCurrent(element: HTMLElement | undefined): void {
    element?.classList.remove('current');
    element?.removeAttribute('aria-current');
  }

  /** Scrolls the box (after layout, in the next frame) so the current segment is visible. */
  private scheduleKeepInView(): void {
    cancelAnimationFrame(this.scrollFrame);
    this.scrollFrame = requestAnimationFrame(() => {
      const element = this.body?.segmentElements[this.current];
      if (element && this.following) this.reveal(element);
    });
  }

  /**
   * Brings `element` into the box's view by setting the box's scrollTop: a third of the way down when it is out of
   * view, nothing when it is already fully visible. Never scrollIntoView, which would scroll the page as well.
   */
  private reveal(element: HTMLElement): void {
    const box = this.boxRef.value;
    if (!box || !box.clientHeight) return;
    const boxTop = box.getBoundingClientRect().top;
    const rect = element.getBoundingClientRect();
    const top = rect.top - boxTop + box.scrollTop;
    if (top >= box.scrollTop && top + rect.height <= box.scrollTop + box.clientHeight - 8) return;
    box.scrollTop = Math.max(0, top - box.clientHeight / 3);
    this.ownScrollTop = box.scrollTop;
    this.settleUntil = performance.now() + SETTLE_MS;
  }

  /** Whether the current segment can be seen in the box. */
  private currentVisible(): boolean {
    const box = this.boxRef.value;
    const element = this.body?.segmentElements[this.current];
    if (!box || !element) return false;
    const boxRect = box.getBoundingClientRect();
    const rect = element.getBoundingClientRect();
    return rect.bottom > boxRect.top && rect.top < boxRect.bottom;
  }

  private onBoxScroll(): void {
    const box = this.boxRef.value;
    if (!box || Math.abs(box.scrollTop - this.ownScrollTop) < 2) return;
    const now = performance.now();
    if (now < this.settleUntil && now - this.lastInput > INPUT_MS) {
      // The layout moved the text under the viewer's own scroll: take the new position and check the segment again.
      this.ownScrollTop = box.scrollTop;
      if (this.following) this.scheduleKeepInView();
      return;
    }
    // The reader scrolled (or the browser's find, or a screen reader). Following stops while the current segment is
    // out of view and resumes when they bring it back; checked once a frame, when layout is up to date anyway.
    cancelAnimationFrame(this.userScrollFrame);
    this.userScrollFrame = requestAnimationFrame(() => {
      if (this.current >= 0) this.following = this.currentVisible();
    });
  }

  private follow(): void {
    this.following = true;
    if (this.current >= 0) this.scheduleKeepInView();
  }

  // ------------------------------------------------------------------ seeking and keyboard

  private seek(segment: number): void {
    const start = this.result?.ok ? this.result.transcript.segments[segment]?.start : undefined;
    if (start === undefined) return;
    this.moveTabStop(segment);
    this.following = true;
    this.dispatchEvent(
      new CustomEvent<TranscriptSeekDetail>('transcript-seek', {
        detail: { time: start },
        bubbles: true,
        composed: false,
      }),
    );
  }

  private onBoxClick(event: MouseEvent): void {
    const target = (event.target as Element).closest<HTMLElement>('.segment.timed, .stamp, .line-play');
    if (target?.dataset.segment) this.seek(Number(target.dataset.segment));
  }

  private onBoxKeydown(event: KeyboardEvent): void {
    this.lastInput = performance.now();
    // Enter and Space are the button's own (a click); arrows move it.
    if (event.target !== this.lineButton || this.tabStop < 0) return;
    const segment = this.tabStop;
    const next = {
      ArrowDown: this.timedNeighbour(segment, 1),
      ArrowRight: this.timedNeighbour(segment, 1),
      ArrowUp: this.timedNeighbour(segment, -1),
      ArrowLeft: this.timedNeighbour(segment, -1),
      Home: this.timedNeighbour(-1, 1),
      End: this.timedNeighbour(this.body!.segmentElements.length, -1),
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const element = this.body?.segmentElements[next];
    if (next < 0 || !element) return;
    // The reader is moving through the text: following playback would pull the view away from them.
    this.following = false;
    this.moveTabStop(next);
    this.reveal(element);
  }

  /** The nearest built, timed segment from `segment` in `direction`, or -1. */
  private timedNeighbour(segment: number, direction: 1 | -1): number {
    const elements = this.body?.segmentElements ?? [];
    for (let i = segment + direction; i >= 0 && i < elements.length; i += direction) {
      if (elements[i]?.classList.contains('timed')) return i;
    }
    return -1;
  }

  /** Puts the line button before `segment`'s line (once built), keeping its focus if it had it. */
  private moveTabStop(segment: number): void {
    const button = this.lineButton;
    const elements = this.body?.segmentElements ?? [];
    const line = elements[segment];
    const start = this.result?.ok ? this.result.transcript.segments[segment]?.start : undefined;
    this.tabStop = segment;
    if (!button || !line || start === undefined) return;
    if (button.nextSibling === line) return;
    const focused = this.shadowRoot?.activeElement === button;
    elements[Number(button.dataset.segment)]?.removeAttribute('id');
    line.id = 'line-here';
    button.dataset.segment = String(segment);
    const clock = formatClock(start);
    button.setAttribute('aria-label', this.strings.transcriptPlayFrom(clock));
    button.lastChild!.textContent = clock;
    line.before(button);
    if (focused) button.focus({ preventScroll: true });
  }

  private makeLineButton(lang: string): HTMLButtonElement {
    const button = document.createElement('button');
    if (lang) button.lang = lang;
    button.type = 'button';
    button.className = 'line-play';
    button.setAttribute('part', 'line-button');
    button.setAttribute('aria-describedby', 'line-here');
    const icon = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    icon.setAttribute('viewBox', '0 0 24 24');
    icon.setAttribute('aria-hidden', 'true');
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', 'M8 5v14l11-7z');
    icon.append(path);
    button.append(icon, document.createElement('span'));
    return button;
  }

  // ------------------------------------------------------------------ search

  private onSearchInput(event: Event): void {
    const query = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.search(query), SEARCH_DELAY);
  }

  private onSearchKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    // Enter right after typing: run the pending search first, so Enter never steps through stale matches.
    if (this.searchTimer !== undefined) {
      clearTimeout(this.searchTimer);
      this.searchTimer = undefined;
      this.search((event.target as HTMLInputElement).value);
      return;
    }
    this.step(event.shiftKey ? -1 : 1);
  }

  /** Finds `query`, marks every match and goes to the first. */
  search(query: string): void {
    this.searchTimer = undefined;
    if (!this.result?.ok || !this.body) return;
    const { segments } = this.result.transcript;
    this.searchIndex ??= new SearchIndex(
      segments.map((s) => s.text),
      this.paragraphs,
    );
    const previous = this.marks;
    this.query = query.trim();
    this.found = this.searchIndex.find(query);
    this.marks = marksBySegment(this.found);
    for (const segment of previous.keys()) if (!this.marks.has(segment)) this.body.showMatches(segment, []);
    for (const [segment, marks] of this.marks) this.body.showMatches(segment, marks);
    this.matchCount = this.found.length;
    this.matchIndex = -1;
    if (this.found.length) this.goToMatch(0);
  }

  /** Moves to the next (1) or previous (-1) match, wrapping around. */
  step(direction: 1 | -1): void {
    if (!this.found.length) return;
    this.goToMatch((this.matchIndex + direction + this.found.length) % this.found.length);
  }

  private goToMatch(index: number): void {
    const previous = this.matchIndex;
    this.matchIndex = index;
    // Reading search results: following playback would scroll them away.
    this.following = false;
    this.markCurrentMatch(previous, index, true);
  }

  private markCurrentMatch(previous: number, index: number, reveal: boolean): void {
    const box = this.boxRef.value;
    if (!box) return;
    if (previous >= 0)
      for (const mark of box.querySelectorAll(`mark[data-m="${previous}"]`)) mark.classList.remove('current-match');
    const marks = box.querySelectorAll<HTMLElement>(`mark[data-m="${index}"]`);
    for (const mark of marks) mark.classList.add('current-match');
    if (reveal && marks[0]) this.reveal(marks[0]);
  }

  // ------------------------------------------------------------------ rendering

  private toggle(): void {
    this.expanded = !this.expanded;
    this.widthObserver?.disconnect();
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.picked) return html`<p class="note">${this.strings.noTranscript}</p>`;
    const format = formatName(formatOfRef(this.picked));
    return html`<button
        type="button"
        part="toggle"
        class="toggle"
        aria-expanded=${this.expanded ? 'true' : 'false'}
        aria-controls="panel"
        @click=${this.toggle}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true">${transcriptIcons.chevron}</svg>${
          this.expanded ? this.strings.transcriptHide : this.strings.transcriptShow(format)
        }
      </button>
      <div id="panel" class="panel" ?hidden=${!this.expanded}>${this.renderPanel()}</div>`;
  }

  /** Why the file could not be loaded, in the interface language. */
  private failureReason(result: Extract<TranscriptLoad, { ok: false }>): string {
    const t = this.strings;
    if (result.code === 'http') return t.transcriptErrorHttp(result.status ?? 0);
    if (result.code === 'cors') return t.transcriptErrorCors(new URL(result.ref.url, location.href).host);
    if (result.code === 'network') return t.transcriptErrorNetwork;
    return result.reason;
  }

  /** What the parser could not read, in the interface language. */
  private warningsText(transcript: Transcript): string {
    return this.strings.transcriptWarnings(transcript.warnings.map((w) => describeWarning(this.strings, w)).join('; '));
  }

  private renderPanel(): TemplateResult {
    const result = this.result;
    if (!result) return html`<p class="note" role="status">${this.strings.transcriptLoading}</p>`;
    if (!result.ok) {
      return html`<div class="failure" part="error" role="status">
        <p class="failure-title">${this.strings.transcriptFailed}</p>
        <p class="failure-reason">${this.failureReason(result)}</p>
        ${this.fileLink(result.ref)}
      </div>`;
    }
    const { transcript } = result;
    if (!transcript.segments.length) {
      return html`<div class="failure" part="error" role="status">
        <p class="failure-title">${this.strings.transcriptEmpty}</p>
        ${transcript.warnings.length ? html`<p class="failure-reason">${this.warningsText(transcript)}</p>` : nothing}
        ${this.fileLink(result.ref)}
      </div>`;
    }
    return html`${this.renderSearch()}
      ${transcript.warnings.length ? html`<p class="note warnings">${this.warningsText(transcript)}</p>` : nothing}
      <div
        class="box"
        part="text"
        role="region"
        aria-label=${this.strings.transcriptText}
        lang=${result.ref.language ?? this.feedLanguage ?? nothing}
        tabindex=${transcript.timed ? '-1' : '0'}
        ${ref(this.boxRef)}
        @click=${this.onBoxClick}
        @keydown=${this.onBoxKeydown}
        @scroll=${this.onBoxScroll}
        @wheel=${this.noteInput}
        @touchstart=${this.noteInput}
        @pointerdown=${this.noteInput}
      ></div>
      ${
        transcript.timed && this.hasCurrent && !this.following
          ? html`<button type="button" part="back-button" class="back" @click=${this.follow}>
              <svg viewBox="0 0 24 24" aria-hidden="true">${transcriptIcons.follow}</svg
              >${this.strings.transcriptBackToCurrent}
            </button>`
          : nothing
      }`;
  }

  private renderSearch(): TemplateResult {
    const count = this.matchCount ? this.strings.transcriptMatches(this.matchIndex + 1, this.matchCount) : '';
    return html`<div class="search" role="search">
      <label class="visually-hidden" for="search">${this.strings.transcriptSearch}</label>
      <input
        id="search"
        part="search"
        type="search"
        placeholder=${this.strings.transcriptSearch}
        autocomplete="off"
        @input=${this.onSearchInput}
        @keydown=${this.onSearchKeydown}
      />
      <span class="count" role="status">${count || (this.query ? this.strings.transcriptNoMatches : '')}</span>
      <button
        type="button"
        class="step"
        aria-label=${this.strings.transcriptPreviousMatch}
        ?disabled=${!this.matchCount}
        @click=${() => this.step(-1)}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true">${transcriptIcons.up}</svg>
      </button>
      <button
        type="button"
        class="step"
        aria-label=${this.strings.transcriptNextMatch}
        ?disabled=${!this.matchCount}
        @click=${() => this.step(1)}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true">${transcriptIcons.down}</svg>
      </button>
    </div>`;
  }

  private fileLink(ref: TranscriptRef): TemplateResult {
    return html`<a href=${ref.url} target="_blank" rel="noopener noreferrer">${this.strings.transcriptOpenFile}</a>`;
  }
}

/** The nearest `lang` around `element`, through shadow roots (the card's interface language). */
function interfaceLang(element: Element): string {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node instanceof HTMLElement && node.lang) return node.lang;
  }
  return '';
}

/** Registers `<podcast-episode-transcript>` unless the page already has it (two copies of the script). */
export function defineTranscriptElement(): void {
  if (!customElements.get('podcast-episode-transcript')) {
    customElements.define('podcast-episode-transcript', PodcastEpisodeTranscriptElement);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'podcast-episode-transcript': PodcastEpisodeTranscriptElement;
  }
}
