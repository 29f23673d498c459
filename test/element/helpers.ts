import { expect } from '@esm-bundle/chai';

/**
 * Shared helpers for the integration tests in test/element/: they load the BUILT element (dist/podcast-episode.js,
 * as a page's <script type="module"> would), create widgets, and wait for what a user would see.
 */

/** The parts of the element's public API the tests use (kept local: the tests exercise dist/, not src/). */
export interface PodcastEpisodeEl extends HTMLElement {
  feed: string;
  episode: string;
  related: number;
  proxy: string;
  theme: string;
  readonly podcast: { title: string; [key: string]: unknown } | undefined;
  readonly currentEpisode: EpisodeLike | undefined;
  updateComplete: Promise<boolean>;
}

export interface EpisodeLike {
  id: string;
  title: string;
  guid?: string;
  link?: string;
  published?: Date;
  duration?: number;
  enclosure?: { url: string; type: string };
  [key: string]: unknown;
}

export interface ErrorDetailLike {
  code: string;
  message: string;
}

/** The built, self-contained script-tag module. */
export const DIST_SCRIPT = '/dist/podcast-episode.js';

/**
 * Imports the built element. `url` is a variable so TypeScript and the dev server leave it alone; a different
 * query string gives a second, independent module instance.
 */
export async function loadElement(url: string = DIST_SCRIPT): Promise<unknown> {
  const module: unknown = await import(/* @vite-ignore */ url);
  await customElements.whenDefined('podcast-episode');
  return module;
}

export interface TestConfig {
  /** `http://127.0.0.1:PORT`: a second origin serving the project with CORS (and without, under /nocors/). */
  crossOrigin: string;
  /** Whether /feeds/ serves the real-world feeds of /work/shared/feeds. */
  sharedFeeds: boolean;
}

let config: Promise<TestConfig> | undefined;
export function testConfig(): Promise<TestConfig> {
  config ??= fetch('/test-api/config').then((r) => r.json() as Promise<TestConfig>);
  return config;
}

/** A token unique to this call, for query strings that isolate request counts and the element's feed cache. */
export function unique(prefix = 'u'): string {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * How many requests (on either origin) had a URL containing `needle`. The needle must contain a character that
 * URL-encoding changes (`?`, `=`, `/`...), or the count would include the /test-api/requests call itself.
 */
export async function requestCount(needle: string): Promise<number> {
  if (!/[?=/&:]/.test(needle)) throw new Error(`requestCount needle "${needle}" would match its own request`);
  const response = await fetch(`/test-api/requests?contains=${encodeURIComponent(needle)}`);
  return ((await response.json()) as { count: number }).count;
}

export { frames, pageIdle, resourceLoaded, waitFor } from '../support/wait.js';
import { pageIdle, waitFor } from '../support/wait.js';

/** Something to put widgets in, removed after each test by `cleanup()`. */
const containers: HTMLElement[] = [];
export function container(style = ''): HTMLDivElement {
  const div = document.createElement('div');
  div.setAttribute('style', style);
  div.dataset.testContainer = '';
  document.body.append(div);
  containers.push(div);
  return div;
}

/** Removes everything `container()`/`createWidget()` added (stops audio too: disconnecting unloads it). */
export function cleanup(): void {
  for (const div of containers.splice(0)) div.remove();
}

export interface Recorded {
  el: PodcastEpisodeEl;
  /** Every `state` attribute value the host took, in order (repeats collapsed). */
  states: string[];
  readyEvents: CustomEvent<{ podcast: unknown; episode: EpisodeLike }>[];
  errorEvents: CustomEvent<ErrorDetailLike>[];
  changeEvents: CustomEvent<{ podcast: unknown; episode: EpisodeLike }>[];
}

/**
 * Creates `<podcast-episode>` with `attributes` (`layout` full and `loading` eager unless given), records its state changes and events (listeners attached BEFORE it
 * is connected, since some errors are reported synchronously on the first update), and appends it to `parent`.
 */
export function createWidget(attributes: Record<string, string | null>, parent: HTMLElement = container()): Recorded {
  const el = document.createElement('podcast-episode') as PodcastEpisodeEl;
  // Most tests check every section at once, so they use the full layout; the compact card's tests say so.
  if (!('layout' in attributes)) el.setAttribute('layout', 'full');
  // Tests stack widgets down the page (and full cards are tall): they read their feeds at once wherever they sit.
  // lazy-loading.test.ts tests the element's default, `lazy`, passing `loading: null` (null: leave unset).
  if (!('loading' in attributes)) el.setAttribute('loading', 'eager');
  for (const [name, value] of Object.entries(attributes)) if (value !== null) el.setAttribute(name, value);
  const recorded: Recorded = { el, states: [], readyEvents: [], errorEvents: [], changeEvents: [] };
  const noteState = () => {
    const state = el.getAttribute('state');
    if (state !== null && recorded.states[recorded.states.length - 1] !== state) recorded.states.push(state);
  };
  new MutationObserver(noteState).observe(el, { attributes: true, attributeFilter: ['state'] });
  el.addEventListener('ready', (e) => recorded.readyEvents.push(e as CustomEvent));
  el.addEventListener('error', (e) => {
    // A CustomEvent from the element (not an ErrorEvent from something inside it).
    if (e instanceof CustomEvent && e.target === el) recorded.errorEvents.push(e as CustomEvent<ErrorDetailLike>);
  });
  el.addEventListener('episode-change', (e) => recorded.changeEvents.push(e as CustomEvent));
  parent.append(el);
  noteState();
  return recorded;
}

export function shadow(el: Element): ShadowRoot {
  const root = el.shadowRoot;
  if (!root) throw new Error('<podcast-episode> has no open shadow root');
  return root;
}

/** The first element in the widget's shadow DOM whose `part` includes `name`. */
export function part<T extends Element = HTMLElement>(el: Element, name: string, within?: ParentNode): T | null {
  return (within ?? shadow(el)).querySelector<T>(`[part~="${name}"]`);
}

export function parts<T extends Element = HTMLElement>(el: Element, name: string, within?: ParentNode): T[] {
  return [...(within ?? shadow(el)).querySelectorAll<T>(`[part~="${name}"]`)];
}

/** Visible text of a node, whitespace collapsed (hidden "visually-hidden" helper text included). */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function partText(el: Element, name: string): string {
  return text(part(el, name));
}

/** Describes the widget for timeout messages. */
export function describeWidget(el: Element): string {
  const root = el.shadowRoot;
  const body = root ? text(root).slice(0, 300) : '(no shadow root)';
  return `state=${el.getAttribute('state')} text="${body}"`;
}

/** Waits until the widget is `ready` (throws, showing the error text, if it errors instead). */
/**
 * Widgets whose feed is read whole since the episode on screen last changed: `ready` may come from a preview (the
 * first items of a feed still downloading), `load` once topics and related episodes are there. Seen from the
 * document in the capture phase, which non-bubbling events pass through too.
 */
const fullyRead = new WeakSet<EventTarget>();
const watchedRoots = new WeakSet<Node>();
function watchRoot(root: Node): void {
  if (watchedRoots.has(root)) return;
  watchedRoots.add(root);
  root.addEventListener('ready', (event) => event.target && fullyRead.delete(event.target), true);
  root.addEventListener('episode-change', (event) => event.target && fullyRead.delete(event.target), true);
  root.addEventListener(
    'load',
    (event) => (event.target as Element)?.localName === 'podcast-episode' && fullyRead.add(event.target!),
    true,
  );
}
watchRoot(document);

/** Waits for the episode on screen with its feed read whole (`load`), or throws with the widget's error. */
export async function waitForReady(el: PodcastEpisodeEl, timeout = 15000): Promise<void> {
  // A widget inside a shadow root: its events stay there (they are not composed).
  watchRoot(el.getRootNode());
  await waitFor(
    () => {
      const state = el.getAttribute('state');
      if (state === 'error') throw new Error(`widget failed: ${partText(el, 'error')}`);
      return state === 'ready' && part(el, 'title') !== null && (fullyRead.has(el) || !el.isConnected);
    },
    timeout,
    () => `ready: ${describeWidget(el)}`,
  ).catch((error: Error) => {
    if (el.getAttribute('state') === 'error') throw new Error(`expected ready, got error: "${partText(el, 'error')}"`);
    throw error;
  });
  await el.updateComplete;
}

/** Waits until the widget shows an error; returns the message shown in part=error. */
export async function waitForError(el: PodcastEpisodeEl, timeout = 15000): Promise<string> {
  await waitFor(
    () => el.getAttribute('state') === 'error' && part(el, 'error') !== null,
    timeout,
    () => `error state: ${describeWidget(el)}`,
  );
  await el.updateComplete;
  return partText(el, 'error');
}

/** Errors nobody caught: window `error` ErrorEvents (not the element's own `error` CustomEvents) and rejections. */
export interface UncaughtLog {
  /** Each entry names the test that was running. */
  errors: string[];
  current: string;
  stop(): void;
}

export function trackUncaught(): UncaughtLog {
  const log: UncaughtLog = { errors: [], current: '(outside tests)', stop: () => undefined };
  const onError = (event: Event) => {
    if (event instanceof ErrorEvent)
      log.errors.push(`[${log.current}] error: ${event.message} (${event.filename}:${event.lineno})`);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    const reason =
      event.reason instanceof Error ? `${event.reason.name}: ${event.reason.message}` : String(event.reason);
    log.errors.push(`[${log.current}] unhandledrejection: ${reason}`);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  log.stop = () => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  };
  return log;
}

/**
 * mocha's `window.onerror` takes any `error` event reaching window for an uncaught exception ("Error: [object
 * CustomEvent]") and fails whatever test is running. Two things are kept from it here and reported instead by
 * checkNoUncaughtExceptions() (once per file, naming the tests) and errors.test.ts, so that one such problem does
 * not hide every other assertion: `error` CustomEvents of the element that reach window, and "ResizeObserver loop"
 * errors. Every other uncaught exception still fails the running test.
 */
export function shieldMochaFromElementErrorEvents(): void {
  const mochaOnError = window.onerror as (OnErrorEventHandlerNonNull & { shielded?: boolean }) | null;
  if (!mochaOnError || mochaOnError.shielded) return;
  const shielded = function (this: unknown, ...args: Parameters<OnErrorEventHandlerNonNull>) {
    const [first] = args;
    if (first instanceof Event && !(first instanceof ErrorEvent)) return false;
    // Reported once per file, naming the tests, by checkNoUncaughtExceptions() instead of failing every test.
    if (typeof first === 'string' && /ResizeObserver loop/.test(first)) return false;
    return mochaOnError.apply(this as Window, args);
  } as OnErrorEventHandlerNonNull & { shielded?: boolean };
  shielded.shielded = true;
  window.onerror = shielded;
}

/**
 * Call once, at the END of a test file: records uncaught exceptions and unhandled rejections during every test of
 * the file (naming the test) and adds a last test that fails listing them. (A failing afterEach hook would abort
 * the remaining tests, so the check is a test of its own.) Also removes the test's widgets after each test.
 */
export function checkNoUncaughtExceptions(): void {
  let log: UncaughtLog | undefined;
  before(() => {
    shieldMochaFromElementErrorEvents();
    log = trackUncaught();
  });
  beforeEach(function () {
    if (log) log.current = this.currentTest?.fullTitle() ?? '?';
  });
  afterEach(() => cleanup());
  describe('the page', () => {
    it('saw no uncaught exceptions or unhandled rejections', async () => {
      await pageIdle();
      log?.stop();
      expect(log?.errors ?? [], (log?.errors ?? []).join('\n')).to.deep.equal([]);
    });
  });
}

/**
 * Every audio/video element anything on the page called `play()` on (howler's HTML5 audio included), recorded
 * from the first call of `trackMedia()` on; `describeMedia()` shows their state for failure messages.
 */
export const mediaElements = new Set<HTMLMediaElement>();
let realPlay: typeof HTMLMediaElement.prototype.play | undefined;
export function trackMedia(): void {
  if (realPlay) return;
  const original = HTMLMediaElement.prototype.play;
  realPlay = original;
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    if (!mediaElements.has(this)) {
      mediaElements.add(this);
      this.addEventListener('playing', () => (mediaPlayed = true));
    }
    return original.call(this);
  };
}

let mediaPlayed = false;
/** Whether any tracked media element has started playing on this page (then hidden-tab deferral no longer applies). */
export function hasPlayedMedia(): boolean {
  return mediaPlayed;
}

/**
 * A hidden tab that has never played media cannot load audio at all (Chromium defers media loads there until the
 * tab is shown, and the runner never shows a background tab of its headless browser). Audio tests call this first:
 * it skips the test, saying why, instead of failing on the environment. Once the page has played something, later
 * loads go through even while hidden.
 */
export function skipIfAudioCannotLoad(test: Mocha.Runnable | undefined): void {
  if (document.visibilityState === 'visible' || hasPlayedMedia()) return;
  const reason =
    'SKIPPED: this test page is a background tab of the headless browser (test concurrency) and has not played ' +
    'audio yet; Chromium does not load media there. Run this file alone to exercise it.';
  console.warn(`${test?.fullTitle() ?? ''}: ${reason}`);
  test?.skip();
}

/** `waitFor` for audio: if the page turned into a hidden tab before the first sound, skips (see above). */
export async function waitForAudio<T>(
  test: Mocha.Runnable | undefined,
  predicate: () => T,
  timeout: number,
  message: () => string,
): Promise<NonNullable<T>> {
  try {
    return await waitFor(predicate, timeout, message);
  } catch (error) {
    skipIfAudioCannotLoad(test);
    throw error;
  }
}

/** The tracked media elements that are really playing a file (howler also calls play() on empty probe elements). */
export function playingMedia(): HTMLMediaElement[] {
  return [...mediaElements].filter((m) => !m.paused && /^https?:/.test(m.currentSrc));
}

export function describeMedia(): string {
  const states = [...mediaElements].map(
    (m) =>
      `{src=${m.currentSrc.slice(-60)} paused=${m.paused} t=${m.currentTime.toFixed(1)} ready=${m.readyState} net=${m.networkState} err=${m.error?.code ?? '-'} connected=${m.isConnected}}`,
  );
  return `visibility=${document.visibilityState} media=[${states.join(', ')}]`;
}

/** "1:05" / "1:02:03" (optionally with a leading "−") to seconds. */
export function clockSeconds(clock: string): number {
  const parts = clock.replace(/[−-]/g, '').trim().split(':').map(Number);
  if (parts.some((n) => !Number.isFinite(n))) return Number.NaN;
  return parts.reduce((total, n) => total * 60 + n, 0);
}

/** The elapsed time the player shows, in seconds. */
export function elapsedSeconds(el: Element): number {
  const time = part(el, 'time');
  const elapsed = time?.querySelector('.elapsed') ?? time?.firstElementChild;
  return clockSeconds(text(elapsed));
}

/** English medium date ("Apr 19, 2026") the way the widget shows dates, in UTC and in local time. */
export function mediumDates(date: Date, locale = navigator.language || 'en-US'): string[] {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };
  return [
    new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date),
    new Intl.DateTimeFormat(locale, options).format(date),
  ];
}

/** A shown length: "1 min", "1 h 5 min", "45 sec", "1 hr 2 min", "1:05:00"... */
export const LENGTH_PATTERN =
  /\b\d+\s*(?:h|hr|hrs|hour|hours|m|min|mins|minutes?|s|sec|secs|seconds?)\b|\b\d+:\d{2}(?::\d{2})?\b/i;
/** A shown date: "Apr 19, 2026". */
export const DATE_PATTERN = /\b[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\b/;

/** The transcript viewer inside the widget's transcript section (defined once its lazy chunk loads). */
export function viewerOf(el: PodcastEpisodeEl): HTMLElement | null {
  return part(el, 'transcript')?.querySelector<HTMLElement>('podcast-episode-transcript') ?? null;
}

/** The transcript viewer's shadow root, once it shows `segments` lines of text. */
export async function transcriptShown(el: PodcastEpisodeEl, segments: number, timeout = 10000): Promise<ShadowRoot> {
  return waitFor(
    () => {
      const root = viewerOf(el)?.shadowRoot;
      return root &&
        viewerOf(el)!.getAttribute('state') === 'ready' &&
        root.querySelectorAll('.segment').length === segments
        ? root
        : null;
    },
    timeout,
    () =>
      `a transcript of ${segments} lines: viewer state=${viewerOf(el)?.getAttribute('state')}, lines=${viewerOf(el)?.shadowRoot?.querySelectorAll('.segment').length}, section "${partText(el, 'transcript')}"`,
  );
}
