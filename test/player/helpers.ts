/**
 * Helpers for the player tests (test/player/): feeds made by the test server around any audio URL, the long test
 * file behind the unreliable-host route, the player's memory, and waits for what a listener sees and hears.
 */
import {
  describeMedia,
  loadElement,
  trackMedia,
  elapsedSeconds,
  part,
  partText,
  playingMedia,
  unique,
  waitFor,
  waitForAudio,
  type PodcastEpisodeEl,
} from '../element/helpers.js';

/** The player API of the element (the tests use dist/, so the type is restated here). */
export interface PlayerEl extends PodcastEpisodeEl {
  readonly paused: boolean;
  currentTime: number;
  readonly duration: number;
  playbackRate: number;
  volume: number;
  muted: boolean;
  start: string;
  chapters: { start: number; end?: number; title: string }[] | undefined;
  play(): Promise<void>;
  pause(): void;
  seek(seconds: number): void;
}

/** 180 s, 16 kbps CBR: 2,000 bytes a second after a short header (scripts/make-test-audio.sh). */
export const LONG_FILE = 'test/fixtures/audio/three-minutes.mp3';
export const LONG_SECONDS = 180;
export const BYTES_PER_SECOND = 2000;

/**
 * The long file through the unreliable-host route (test/server/audio-route.mjs) with `options` (range, cutAt,
 * cuts, outageMs, stallAt, stallMs, bytesPerSecond, status), under a key of its own.
 */
export function longAudio(options: Record<string, string | number> = {}, file = LONG_FILE): string {
  const query = new URLSearchParams({
    key: unique('k'),
    ...Object.fromEntries(Object.entries(options).map(([k, v]) => [k, String(v)])),
  });
  return `/test-api/audio/${file}?${query}`;
}

/** A feed of one episode per audio URL (newest first), made by the test server; unique, so nothing is shared. */
export function madeFeed(audio: string | string[], extra: Record<string, string | string[]> = {}): string {
  const query = new URLSearchParams();
  for (const a of [audio].flat()) query.append('audio', a);
  for (const [k, v] of Object.entries(extra)) for (const one of [v].flat()) query.append(k, one);
  query.append('show', unique('show'));
  return `/test-api/feed.xml?${query}`;
}

export function isPlaying(el: Element): boolean {
  // The play button says what a press does: "Pause episode: …" while playing.
  return (
    /^Pause/.test(part(el, 'play-button')?.getAttribute('aria-label') ?? '') && /Now playing/.test(partText(el, 'time'))
  );
}

export function isStopped(el: Element): boolean {
  return (
    /^Play/.test(part(el, 'play-button')?.getAttribute('aria-label') ?? '') && !/Now playing/.test(partText(el, 'time'))
  );
}

export async function waitPlaying(test: Mocha.Runnable | undefined, el: Element, timeout = 20000): Promise<void> {
  await waitForAudio(
    test,
    () => isPlaying(el),
    timeout,
    () => `"Now playing" (player: "${partText(el, 'player')}"; ${describeMedia()})`,
  );
}

/** Waits until the shown clock is within [min, max] seconds; returns it. */
export async function waitElapsed(el: Element, min: number, max: number, timeout = 10000): Promise<number> {
  const t = await waitFor(
    () => {
      const now = elapsedSeconds(el);
      return now >= min && now <= max ? now + 0.0001 : 0;
    },
    timeout,
    () =>
      `elapsed in [${min}, ${max}] s, shows ${elapsedSeconds(el)} s ("${partText(el, 'time')}"; ${describeMedia()})`,
  );
  return Math.floor(t);
}

/** The media element playing now (howler's, found through the page's play() calls), if one is. */
export function playingElement(): HTMLMediaElement | undefined {
  return playingMedia()[0];
}

/** The button in the player whose accessible name is `label`. */
export function button(el: Element, label: string): HTMLButtonElement {
  const found = part(el, 'player')!.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);
  if (!found) throw new Error(`no button "${label}" in the player`);
  return found;
}

/** A button of the player found by its visible text. */
export function buttonByText(el: Element, pattern: RegExp): HTMLButtonElement | undefined {
  return [...part(el, 'player')!.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    pattern.test(b.textContent ?? ''),
  );
}

/**
 * Test files run at once in windows of one origin, which share what a browser profile shares: a widget that plays
 * pauses the widgets of the origin's other pages (BroadcastChannel), and positions and speed are remembered in
 * the origin's localStorage. This makes the page a profile of its own for the player: its channel and its storage
 * keys get a scope, so other test files playing (or choosing a speed) at the same time do not reach this one. A
 * frame that should hear this page joins with `?channel=` + PAGE_SCOPE (test/fixtures/player-frame.html). Call
 * before the first widget connects.
 */
export const PAGE_SCOPE = unique('scope');
const PREFIX = 'podcast-episode:';
const SCOPED = `podcast-episode@${PAGE_SCOPE}:`;
export function isolateTestPage(): void {
  const Real = window.BroadcastChannel;
  if ((Real as unknown as { scoped?: boolean }).scoped) return;
  window.BroadcastChannel = class extends Real {
    static scoped = true;
    constructor(name: string) {
      super(`${name}#${PAGE_SCOPE}`);
    }
  };
  const scoped = (key: string) => (String(key).startsWith(PREFIX) ? SCOPED + String(key).slice(PREFIX.length) : key);
  const { getItem, setItem, removeItem } = Storage.prototype;
  Storage.prototype.getItem = function (key: string) {
    return getItem.call(this, scoped(key));
  };
  Storage.prototype.setItem = function (key: string, value: string) {
    setItem.call(this, scoped(key), value);
  };
  Storage.prototype.removeItem = function (key: string) {
    removeItem.call(this, scoped(key));
  };
}

/** Forgets everything this page's widgets remembered (positions, played episodes, speed). */
export function clearPlayerMemory(): void {
  for (const key of Object.keys(localStorage))
    if (key.startsWith(SCOPED)) localStorage.removeItem(PREFIX + key.slice(SCOPED.length));
}

/**
 * The hooks every file of audio-playing tests needs: before all, isolate the page (isolateTestPage), run `setUp`
 * (e.g. recording the Media Session), track media elements and load the built element; before each test, forget
 * what the player remembered. Returns the running test, for waitPlaying and skipIfAudioCannotLoad, which skip a
 * test when this page cannot load audio at all.
 */
export function usePlayerPage(setUp?: () => void): () => Mocha.Runnable | undefined {
  let current: Mocha.Runnable | undefined;
  before(async () => {
    // Other test files play at the same time in windows of this origin: keep their widgets and memory apart.
    isolateTestPage();
    setUp?.();
    trackMedia();
    await loadElement();
  });
  // Each test starts with a player that remembers nothing (positions would otherwise carry over between tests).
  beforeEach(clearPlayerMemory);
  after(clearPlayerMemory);
  beforeEach(function () {
    current = this.currentTest;
  });
  return () => current;
}
