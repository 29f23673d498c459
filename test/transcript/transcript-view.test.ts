// <podcast-episode-transcript> in a real browser, standalone in a tall, scrolled test page: real transcript files
// over HTTP, playback driven through `currentTime` (following needs no audio), real clicks and keys.
import { expect } from '@esm-bundle/chai';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { defineTranscriptElement } from '../../src/transcript/index.js';
import type { PodcastEpisodeTranscriptElement, TranscriptSeekDetail } from '../../src/transcript/index.js';
import type { TranscriptRef } from '../../src/feed/model.js';
import type { Transcript } from '../../src/transcript/model.js';
import { parseSrt } from '../../src/transcript/parse-srt.js';
import { loadWords } from '../../src/i18n/localize.js';
import { exampleUrl, fetchText, fixtureUrl, frames, testConfig, waitFor } from './helpers.js';

defineTranscriptElement();

/** A page much taller than the window, scrolled down to the viewer: the page must stay exactly where it is. */
const spacerAbove = document.createElement('div');
spacerAbove.style.height = '900px';
const stage = document.createElement('div');
const spacerBelow = document.createElement('div');
spacerBelow.style.height = '3000px';
document.body.append(spacerAbove, stage, spacerBelow);

const fresh = (url: string) => `${url}${url.includes('?') ? '&' : '?'}v=${Math.random().toString(36).slice(2)}`;

interface Mounted {
  viewer: PodcastEpisodeTranscriptElement;
  seeks: number[];
  root: ShadowRoot;
}

/** Mounts a viewer `width` px wide showing `refs`, scrolls the page to it, and records `transcript-seek` times. */
function mount(refs: TranscriptRef[], { width = 600, language = 'en' } = {}): Mounted {
  stage.replaceChildren();
  stage.style.width = `${width}px`;
  const viewer = document.createElement('podcast-episode-transcript');
  viewer.transcripts = refs;
  viewer.language = language;
  const seeks: number[] = [];
  viewer.addEventListener('transcript-seek', (e) => seeks.push((e as CustomEvent<TranscriptSeekDetail>).detail.time));
  stage.append(viewer);
  window.scrollTo(0, 700);
  return { viewer, seeks, root: viewer.shadowRoot! };
}

/** Waits until the viewer shows the transcript and has built an element for each of its `segments` segments. */
async function ready({ viewer, root }: Mounted, segments: number): Promise<void> {
  await waitFor(
    () => viewer.getAttribute('state') === 'ready',
    5000,
    () => `ready, state=${viewer.getAttribute('state')}`,
  );
  await waitFor(
    () => root.querySelectorAll('.segment').length === segments,
    5000,
    () => `${segments} segments, have ${root.querySelectorAll('.segment').length}`,
  );
  await frames();
}

const box = (root: ShadowRoot) => root.querySelector<HTMLElement>('.box')!;
const currentText = (root: ShadowRoot) => [...root.querySelectorAll('.segment.current')].map((e) => e.textContent);
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Whether `element` is fully inside the box's visible area. */
function visibleInBox(root: ShadowRoot, element: Element): boolean {
  const outer = box(root).getBoundingClientRect();
  const inner = element.getBoundingClientRect();
  return inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;
}

/**
 * Scrolls the box to the top, as dragging the scrollbar would, and waits for "Back to current". For a moment after
 * its own scroll (SETTLE_MS, 400 ms, in transcript-view.ts) the viewer takes any scroll for the layout settling and
 * scrolls back; so this first waits until the box has had no scroll event for longer than that.
 */
async function scrollAwayUntilNoticed(root: ShadowRoot): Promise<void> {
  const element = box(root);
  let lastScroll = performance.now();
  const onScroll = () => (lastScroll = performance.now());
  element.addEventListener('scroll', onScroll);
  try {
    await waitFor(() => performance.now() - lastScroll > 500, 10000, 'the box to rest after the viewer scrolled it');
  } finally {
    element.removeEventListener('scroll', onScroll);
  }
  element.scrollTop = 0;
  await waitFor(() => root.querySelector('[part~="back-button"]'), 5000, '"Back to current"');
}

/** Waits until `element`'s scrollTop stays put for 5 frames (keyboard scrolling is animated); returns it. */
async function scrollRest(element: HTMLElement): Promise<number> {
  let last = -1;
  let still = 0;
  for (let i = 0; i < 200 && still < 5; i++) {
    await frames(1);
    still = element.scrollTop === last ? still + 1 : 0;
    last = element.scrollTop;
  }
  return last;
}

/** A real left click near the start of `element`'s first line (it must be on screen). */
async function click(element: Element): Promise<void> {
  const rect = element.getClientRects()[0] ?? element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(rect.left + Math.min(rect.width / 2, 20)), Math.round(rect.top + rect.height / 2)],
  });
}

/** Index of the segment being spoken at `time`, worked out here from the parsed file: the last one started. */
function expectedAt(transcript: Transcript, time: number): number {
  let index = -1;
  transcript.segments.forEach((s, i) => {
    if (s.start !== undefined && s.start <= time) index = i;
  });
  return index;
}

describe('<podcast-episode-transcript>', () => {
  let srt: Transcript;
  let srtRef: () => TranscriptRef;

  before(async function () {
    srt = parseSrt(await fetchText(exampleUrl('srt')));
    srtRef = () => ({ url: fresh(exampleUrl('srt')), type: 'application/srt' });
  });
  afterEach(async () => {
    await resetMouse();
    stage.replaceChildren();
  });

  it('shows speakers, timestamps and paragraphs grouped by speaker', async () => {
    const mounted = mount([srtRef()]);
    await ready(mounted, 222);
    const { root } = mounted;
    const toggle = root.querySelector('[part~="toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(toggle)).to.equal('Hide transcript');
    const paragraphs = [...root.querySelectorAll('.paragraph')];
    const named = paragraphs.map((p) => text(p.querySelector('.speaker'))).filter(Boolean);
    // The file's ten turns, in order: a name at each speaker change.
    expect(named).to.deep.equal([
      'Travis',
      'Sarah',
      'Travis',
      'Gilon',
      'Travis',
      'Gilon',
      'Travis',
      'Sarah',
      'Gilon',
      'Travis',
    ]);
    const first = paragraphs[0]!;
    expect(text(first.querySelector('.stamp'))).to.equal('0:00');
    expect(first.querySelector('.stamp')!.getAttribute('aria-label')).to.equal('Play from 0:00');
    expect([...first.querySelectorAll('.words .segment')].map(text).join(' ')).to.match(
      /^When you first get started in podcasting, it's almost guaranteed/,
    );
    const sarah = paragraphs.find((p) => text(p.querySelector('.speaker')) === 'Sarah')!;
    expect(text(sarah.querySelector('.stamp'))).to.equal('0:53');
    // Lines are text, not controls: no role, not focusable; one "Play from" button sits before the first line.
    const segments = [...root.querySelectorAll<HTMLElement>('.segment')];
    expect(segments.every((s) => !s.hasAttribute('role') && s.tabIndex === -1 && s.textContent!.trim())).to.equal(true);
    const lineButtons = [...root.querySelectorAll<HTMLElement>('[part~="line-button"]')];
    expect(lineButtons.map((b) => [b.tagName, b.getAttribute('aria-label'), b.nextElementSibling?.id])).to.deep.equal([
      ['BUTTON', 'Play from 0:00', 'line-here'],
    ]);
    expect(text(root.getElementById('line-here'))).to.equal(srt.segments[0]!.text);
  });

  it('highlights the segment being spoken and keeps it in view by scrolling its box, never the page', async () => {
    const mounted = mount([srtRef()]);
    await ready(mounted, 222);
    const { viewer, root } = mounted;
    const pageScroll = window.scrollY;
    expect(pageScroll).to.equal(700);
    // Before playing, nothing is highlighted.
    expect(currentText(root)).to.deep.equal([]);
    viewer.playing = true;
    for (const time of [0.5, 100, 400, 740, 30, 600.2]) {
      viewer.currentTime = time;
      await frames();
      const expected = srt.segments[expectedAt(srt, time)]!.text;
      expect(currentText(root), `at ${time} s`).to.deep.equal([expected]);
      expect(root.querySelectorAll('[aria-current="time"]'), `aria-current at ${time} s`).to.have.length(1);
      expect(visibleInBox(root, root.querySelector('.segment.current')!), `visible at ${time} s`).to.equal(true);
      expect(window.scrollY, `page scroll at ${time} s`).to.equal(pageScroll);
    }
    expect(box(root).scrollTop).to.be.greaterThan(0);
    expect(root.querySelector('[part~="back-button"]')).to.equal(null);
  });

  it('stops following when the reader scrolls the box away, and "Back to current" resumes', async () => {
    const mounted = mount([srtRef()]);
    await ready(mounted, 222);
    const { viewer, root } = mounted;
    viewer.playing = true;
    viewer.currentTime = 500;
    await frames();
    const followed = box(root).scrollTop;
    expect(followed).to.be.greaterThan(0);

    // The reader scrolls up with the keyboard (Page Up, twice), right after the viewer's own scroll.
    root.querySelector<HTMLElement>('[part~="line-button"]')!.focus({ preventScroll: true });
    await sendKeys({ press: 'PageUp' });
    await sendKeys({ press: 'PageUp' });
    const back = await waitFor(
      () => root.querySelector<HTMLElement>('[part~="back-button"]'),
      2000,
      '"Back to current"',
    );
    expect(text(back)).to.equal('Back to current');
    const readerAt = await scrollRest(box(root));
    expect(readerAt).to.be.lessThan(followed);
    // Playback goes on; the highlight moves, the box stays where the reader put it.
    viewer.currentTime = 520;
    await frames(3);
    expect(currentText(root)).to.deep.equal([srt.segments[expectedAt(srt, 520)]!.text]);
    expect(box(root).scrollTop).to.equal(readerAt);

    await click(back);
    await frames(3);
    expect(root.querySelector('[part~="back-button"]')).to.equal(null);
    expect(visibleInBox(root, root.querySelector('.segment.current')!)).to.equal(true);
    expect(window.scrollY).to.equal(700);
  });

  it("a scroll without input (dragging the scrollbar, the browser's find) stops following too; bringing the segment back resumes", async () => {
    const mounted = mount([srtRef()]);
    await ready(mounted, 222);
    const { viewer, root } = mounted;
    viewer.playing = true;
    viewer.currentTime = 300;
    await frames();
    await scrollAwayUntilNoticed(root);
    viewer.currentTime = 310;
    await frames(3);
    expect(box(root).scrollTop).to.equal(0);
    // The reader scrolls back to where the current segment is: following resumes without the button.
    const current = root.querySelector('.segment.current')!;
    box(root).scrollTop = current.getBoundingClientRect().top - box(root).getBoundingClientRect().top - 40;
    await waitFor(() => !root.querySelector('[part~="back-button"]'), 2000, '"Back to current" to go');
    expect(window.scrollY).to.equal(700);
  });

  it('starting playback brings the current segment back into view', async () => {
    const mounted = mount([srtRef()]);
    await ready(mounted, 222);
    const { viewer, root } = mounted;
    viewer.currentTime = 400;
    await frames();
    await scrollAwayUntilNoticed(root);
    viewer.playing = true;
    await frames(3);
    expect(root.querySelector('[part~="back-button"]')).to.equal(null);
    expect(visibleInBox(root, root.querySelector('.segment.current')!)).to.equal(true);
  });

  it('a click on a segment or timestamp fires transcript-seek with its start time', async () => {
    const mounted = mount([srtRef()]);
    await ready(mounted, 222);
    const { root, seeks } = mounted;
    const third = root.querySelector('.segment[data-segment="2"]')!;
    expect(text(third)).to.equal(srt.segments[2]!.text);
    await click(third);
    const stamp = [...root.querySelectorAll('.stamp')].find((s) => text(s) === '0:53')!;
    box(root).scrollTop =
      stamp.getBoundingClientRect().top - box(root).getBoundingClientRect().top + box(root).scrollTop - 20;
    await frames();
    await click(stamp);
    expect(seeks).to.deep.equal([srt.segments[2]!.start, srt.segments.find((s) => s.speaker === 'Sarah')!.start]);
    expect(seeks[1]).to.be.closeTo(53, 1);
    expect(window.scrollY).to.equal(700);
  });

  it('a click between two lines of a wrapped segment still seeks to it', async () => {
    // The HTML example's segments are whole monologues, many lines each.
    const mounted = mount([{ url: fresh(exampleUrl('html')), type: 'text/html' }]);
    await ready(mounted, 10);
    const { root, seeks } = mounted;
    const segment = root.querySelector<HTMLElement>('.segment[data-segment="0"]')!;
    const [first, second] = [...segment.getClientRects()];
    expect(second, 'a second line').to.not.equal(undefined);
    await sendMouse({
      type: 'click',
      position: [Math.round(first!.left + 40), Math.round((first!.bottom + second!.top) / 2)],
    });
    expect(seeks).to.deep.equal([0]);
  });

  it("the buttons inside the text speak the interface's language, the text keeps the transcript's", async () => {
    stage.lang = 'de';
    try {
      const mounted = mount([{ ...srtRef(), language: 'en' }], { language: 'de' });
      await ready(mounted, 222);
      const { root } = mounted;
      expect(box(root).lang).to.equal('en');
      expect(root.querySelector<HTMLElement>('.line-play')!.lang).to.equal('de');
      expect([...root.querySelectorAll<HTMLElement>('.stamp')].every((s) => s.lang === 'de')).to.equal(true);
    } finally {
      stage.removeAttribute('lang');
    }
  });

  it('lines are reachable by keyboard: Tab in, arrows move the "Play from" button, Enter and Space seek', async () => {
    const mounted = mount([srtRef()]);
    await ready(mounted, 222);
    const { root, seeks } = mounted;
    root.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    const onLine = () => (root.activeElement?.classList.contains('line-play') ? root.activeElement : null);
    for (let i = 0; i < 5 && !onLine(); i++) await sendKeys({ press: 'Tab' });
    expect(onLine()?.getAttribute('data-segment')).to.equal('0');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    // The button moved before the third line, kept focus, and says where it plays from; the line is its description.
    expect(onLine()?.nextElementSibling?.getAttribute('data-segment')).to.equal('2');
    expect(onLine()?.getAttribute('aria-label')).to.match(/^Play from 0:\d\d$/);
    expect(text(root.getElementById(onLine()!.getAttribute('aria-describedby')!))).to.equal(srt.segments[2]!.text);
    // Shown while focused: a visible "▶ time" before the line, not a 1 px box.
    expect(onLine()!.getBoundingClientRect().width).to.be.greaterThan(20);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    expect(seeks).to.deep.equal([srt.segments[2]!.start, srt.segments[1]!.start, srt.segments[221]!.start]);
    expect(visibleInBox(root, root.activeElement!)).to.equal(true);
    expect(window.scrollY).to.equal(700);
  });

  it('search counts matches ("1 of 55"), steps with Enter, Shift+Enter and the buttons, and marks them', async () => {
    const mounted = mount([srtRef()]);
    await ready(mounted, 222);
    const { root } = mounted;
    // Counted here without the viewer's search: a single word cannot run across two segments.
    const expected = srt.segments.reduce((n, s) => n + (s.text.toLowerCase().match(/podcast/g)?.length ?? 0), 0);
    expect(expected).to.be.greaterThan(10);
    const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).to.equal('Search the transcript');
    input.focus();
    await sendKeys({ type: 'Podcast' });
    const count = root.querySelector('.count')!;
    await waitFor(
      () => text(count) === `1 of ${expected}`,
      2000,
      () => `count "1 of ${expected}", have "${text(count)}"`,
    );
    expect(new Set([...root.querySelectorAll('mark')].map((m) => m.getAttribute('data-m'))).size).to.equal(expected);
    const current = () => root.querySelector('mark.current-match')!;
    expect(current().textContent!.toLowerCase()).to.equal('podcast');
    await sendKeys({ press: 'Enter' });
    expect(text(count)).to.equal(`2 of ${expected}`);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    expect(text(count)).to.equal(`2 of ${expected}`);
    await click(root.querySelector('[aria-label="Previous match"]')!);
    await click(root.querySelector('[aria-label="Previous match"]')!);
    expect(text(count)).to.equal(`${expected} of ${expected}`);
    await frames();
    expect(current().getAttribute('data-m')).to.equal(String(expected - 1));
    expect(visibleInBox(root, current())).to.equal(true);
    await click(root.querySelector('[aria-label="Next match"]')!);
    expect(text(count)).to.equal(`1 of ${expected}`);
    expect(window.scrollY).to.equal(700);
  });

  it('search finds a phrase across two SRT cards, and says when nothing matches', async () => {
    const mounted = mount([srtRef()]);
    await ready(mounted, 222);
    const { root } = mounted;
    const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.focus();
    // Card 1 ends "...podcasting, it's", card 2 starts "almost guaranteed".
    await sendKeys({ type: "it's almost" });
    await waitFor(() => text(root.querySelector('.count')) === '1 of 1', 2000, 'one match');
    expect(
      [...root.querySelectorAll('mark')].map((m) => [
        m.closest('.segment')!.getAttribute('data-segment'),
        m.textContent,
      ]),
    ).to.deep.equal([
      ['0', "it's"],
      ['1', 'almost'],
    ]);
    input.select();
    await sendKeys({ type: 'zebra crossing' });
    await waitFor(() => text(root.querySelector('.count')) === 'No matches', 2000, '"No matches"');
    expect(root.querySelectorAll('mark')).to.have.length(0);
    expect(root.querySelector<HTMLButtonElement>('[aria-label="Next match"]')!.disabled).to.equal(true);
  });

  it('starts collapsed when narrow, loads only when opened, and collapses again', async () => {
    const url = fresh(exampleUrl('srt'));
    const mounted = mount([{ url, type: 'application/srt' }], { width: 300 });
    const { viewer, root } = mounted;
    const toggle = await waitFor(() => root.querySelector<HTMLElement>('[part~="toggle"]'), 2000, 'toggle');
    await frames(3);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(text(toggle)).to.equal('Show transcript (SRT)');
    expect(root.querySelector<HTMLElement>('#panel')!.hidden).to.equal(true);
    expect(viewer.getAttribute('state')).to.equal('idle');
    expect(performance.getEntriesByName(url)).to.have.length(0);
    await click(toggle);
    await ready(mounted, 222);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(performance.getEntriesByName(url)).to.have.length(1);
    await click(toggle);
    await frames();
    expect(root.querySelector<HTMLElement>('#panel')!.hidden).to.equal(true);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('picks by language, then format: WebVTT over SRT in the same language', async () => {
    const mounted = mount([
      { url: fresh(exampleUrl('srt')), type: 'application/x-subrip', language: 'en' },
      { url: fresh(exampleUrl('vtt')), type: 'text/vtt', language: 'de' },
      { url: fresh(exampleUrl('vtt')), type: 'text/vtt', language: 'en' },
    ]);
    await ready(mounted, 7);
    expect(text(mounted.root.querySelector('.speaker'))).to.equal('Sarah');
  });
});

describe('<podcast-episode-transcript> when the file is missing, refused or odd', () => {
  afterEach(() => stage.replaceChildren());

  async function failureOf(url: string): Promise<{ title: string; reason: string; link: HTMLAnchorElement | null }> {
    const { viewer, root } = mount([{ url, type: 'text/vtt' }]);
    await waitFor(() => ['error', 'empty'].includes(viewer.getAttribute('state') ?? ''), 8000, 'failure');
    await viewer.updateComplete;
    const failure = root.querySelector('[part~="error"]');
    return {
      title: text(failure?.querySelector('.failure-title')),
      reason: text(failure?.querySelector('.failure-reason')),
      link: failure?.querySelector('a') ?? null,
    };
  }

  it('a server that refuses cross-origin reads: "could not be loaded", why, and a link to open the file', async () => {
    const { crossOrigin } = await testConfig();
    const url = fresh(`${crossOrigin}/nocors/test/fixtures/transcripts/missing-blank-lines.vtt`);
    const shown = await failureOf(url);
    expect(shown.title).to.equal('The transcript could not be loaded');
    expect(shown.reason).to.equal(`Its server (${new URL(crossOrigin).host}) does not allow other sites to read it.`);
    expect(shown.link?.href).to.equal(url);
    expect(text(shown.link)).to.equal('Open the transcript file');
    expect(shown.link?.target).to.equal('_blank');
    expect(shown.link?.rel).to.equal('noopener noreferrer');
  });

  it('a 404: "could not be loaded", not found, and the link', async () => {
    const url = new URL(fresh('/test/fixtures/transcripts/not-there.vtt'), location.href).href;
    const shown = await failureOf(url);
    expect(shown).to.deep.include({
      title: 'The transcript could not be loaded',
      reason: 'The file was not found (HTTP 404).',
    });
    expect(shown.link?.href).to.equal(url);
  });

  it('an empty file: says it has no text, with the link', async () => {
    const url = fresh(await fixtureUrl('empty.vtt'));
    const shown = await failureOf(url);
    expect(shown).to.deep.include({ title: 'This transcript file has no text the widget can read.', reason: '' });
    expect(shown.link?.href).to.equal(url);
  });

  it('a file with problems: shows what could be read and a short note', async () => {
    const mounted = mount([{ url: fresh(await fixtureUrl('bad-timestamps.srt')), type: 'application/srt' }]);
    await ready(mounted, 5);
    expect(text(mounted.root.querySelector('.warnings'))).to.equal(
      'Parts of this transcript file could not be read: 2 cues have unreadable times and are shown without one.',
    );
    // Only the timed cards seek on click.
    expect(mounted.root.querySelectorAll('.segment.timed')).to.have.length(3);
  });

  it('a file with problems, read in German: the note is German, the counts in it', async () => {
    const mounted = mount([{ url: fresh(await fixtureUrl('bad-timestamps.srt')), type: 'application/srt' }], {
      language: 'de',
    });
    mounted.viewer.strings = await loadWords('de');
    await ready(mounted, 5);
    expect(text(mounted.root.querySelector('.warnings'))).to.equal(
      'Teile des Transkripts sind unlesbar: 2 Abschnitte mit unlesbarer Zeit, ohne Zeit gezeigt.',
    );
  });

  it('an untimed transcript: text without buttons, timestamps or following', async () => {
    const mounted = mount([{ url: fresh(await fixtureUrl('untimed.txt')), type: 'text/plain' }]);
    await ready(mounted, 3);
    const { root, viewer } = mounted;
    expect([...root.querySelectorAll('.speaker')].map(text)).to.deep.equal(['Anna', 'Ben', 'Anna']);
    expect(text(root.querySelector('.words'))).to.equal(
      'This transcript has no times at all. It is read as paragraphs.',
    );
    expect(root.querySelectorAll('.segment.timed, .stamp, .line-play')).to.have.length(0);
    viewer.playing = true;
    viewer.currentTime = 10;
    await frames();
    expect(currentText(root)).to.deep.equal([]);
    // Still searchable.
    root.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    await sendKeys({ type: 'paragraphs' });
    await waitFor(() => text(root.querySelector('.count')) === '1 of 2', 2000, '"1 of 2"');
  });

  it('no transcripts at all: "No transcript for this episode yet"', async () => {
    const { viewer, root } = mount([]);
    await viewer.updateComplete;
    expect(viewer.getAttribute('state')).to.equal('none');
    expect(text(root)).to.equal('No transcript for this episode yet');
  });
});
