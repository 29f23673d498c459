/**
 * The transcript viewer and the chapters, as a reader sees them in <podcast-episode>: the demo show's episode 2 (a
 * WebVTT transcript with two speakers, three chapters from demo/chapters/ep2.json), real audio that plays from a
 * chapter or a transcript line, search, a transcript whose server refuses cross-origin reads, the page's own
 * chapters, and the committed real-world feeds (test/fixtures/feeds/) with local copies of their remote files.
 *
 * The built element is loaded from /test-api/scoped/<this page's scope>/dist/ (the same files as /dist/): its lazy
 * chunks then have URLs only this page requests, so the request log says exactly what THIS page fetched while other
 * test files load the same chunks from /dist/ at the same time.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import {
  checkNoUncaughtExceptions,
  container,
  createWidget,
  describeMedia,
  loadElement,
  part,
  partText,
  parts,
  requestCount,
  skipIfAudioCannotLoad,
  pageIdle,
  resourceLoaded,
  testConfig,
  text,
  trackMedia,
  unique,
  waitFor,
  transcriptShown,
  viewerOf,
  waitForReady,
  type PodcastEpisodeEl,
} from './helpers.js';
import { clearPlayerMemory, isolateTestPage, waitPlaying, type PlayerEl } from '../player/helpers.js';
import { EXAMPLE_OUTLINE, PODLOVERS_SPRINT8_TITLES } from '../chapters/helpers.js';
import { TRIMMED } from '../support/feeds.js';

const SCOPE = unique('tc');
const DIST = `/test-api/scoped/${SCOPE}/dist/`;
/** The transcript viewer's lazy chunk (dist/podcast-episode-transcript-<hash>.js), as this page requests it. */
const TRANSCRIPT_CHUNK = `${DIST}podcast-episode-transcript-`;

/** The demo show, under a URL of the test's own (the element reads each feed URL once per page). */
const demoFeed = () => `/demo/feed.xml?tc=${unique()}`;
const EP2_TITLE = 'Ep 2: What Does AI Mean For The Future of Extreme Code Efficiency? With Jon Berger';
/** demo/chapters/ep2.json */
const EP2_CHAPTERS = [
  'Welcome to episode two',
  'Meet Jon Berger: billions of packets a second',
  'What AI means for extreme code efficiency',
];
/** demo/transcripts/ep2.vtt, cue by cue. */
const EP2_LINES = [
  "Hello, and welcome to Asynchronous and Unreliable. I'm Anne Currie, and this is episode two.",
  'My guest is Jon Berger, who has spent his career on networking software that handles billions of packets a second.',
  'Thanks, Anne. At that scale, every wasted instruction is repeated billions of times, so efficiency really matters.',
  'So what does AI mean for that kind of extreme code efficiency?',
  "It's the question everyone in high performance software is asking right now.",
  "Let's get into it.",
];
/** Stands in for the remote transcript and chapters files of the real feeds (see test/server/test-server.mjs). */
const LOCAL_COPY = '/test-api/local-copy?url={url}';

let currentTest: Mocha.Runnable | undefined;

before(async () => {
  // Other test files play audio at the same time in windows of this origin: keep their widgets and memory apart.
  isolateTestPage();
  trackMedia();
  await loadElement(`${DIST}podcast-episode.js`);
});
beforeEach(function () {
  currentTest = this.currentTest;
  clearPlayerMemory();
});
after(clearPlayerMemory);

// ------------------------------------------------------------------------------------------------ helpers

/** A widget in a column wide enough for the transcript to start expanded (it collapses below 420 px). */
function widget(attributes: Record<string, string>, parent = container('width: 640px')): PlayerEl {
  return createWidget(attributes, parent).el as PlayerEl;
}

const inViewer = (root: ShadowRoot, name: string) => [...root.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const segments = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('.segment')];
const currentLines = (root: ShadowRoot) => [...root.querySelectorAll('.segment.current')].map((s) => text(s));

function chapterButtons(el: PodcastEpisodeEl): HTMLButtonElement[] {
  return [...(part(el, 'chapters')?.querySelectorAll<HTMLButtonElement>('.chapter-seek') ?? [])];
}
const chapterTitles = (el: PodcastEpisodeEl) => chapterButtons(el).map((b) => text(b.querySelector('.chapter-title')));
const chapterTimes = (el: PodcastEpisodeEl) => chapterButtons(el).map((b) => text(b.querySelector('.chapter-time')));
const currentChapters = (el: PodcastEpisodeEl) =>
  chapterButtons(el)
    .filter((b) => b.getAttribute('aria-current') === 'true')
    .map((b) => text(b.querySelector('.chapter-title')));

async function chaptersShown(el: PodcastEpisodeEl, count: number, timeout = 10000): Promise<void> {
  await waitFor(
    () => chapterButtons(el).length === count,
    timeout,
    () => `${count} chapters, the list shows "${partText(el, 'chapters')}"`,
  );
}

/** The player's button named `label` (previous/next chapter have no part of their own). */
function playerButton(el: PodcastEpisodeEl, label: string): HTMLButtonElement | null {
  return part(el, 'player')?.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`) ?? null;
}

/** The chapter marks' positions on the seek slider, in % of its width. */
function markPositions(el: PodcastEpisodeEl): number[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('.chapter-mark')].map((m) =>
    parseFloat(m.style.insetInlineStart),
  );
}

/** "0:08", "1:06:30": how the widget writes a chapter's start. */
function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(Math.floor(seconds % 60)).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Waits until the player really plays from [min, max] seconds: "Now playing" and the element's currentTime there. */
async function playingBetween(el: PlayerEl, min: number, max: number, timeout = 15000): Promise<void> {
  await waitPlaying(currentTest, el, timeout);
  await waitFor(
    () => !el.paused && el.currentTime >= min && el.currentTime <= max,
    timeout,
    () =>
      `playing in [${min}, ${max}] s: paused=${el.paused} currentTime=${el.currentTime.toFixed(2)} (${describeMedia()})`,
  );
}

// ------------------------------------------------------------------------------------------------ tests

describe('transcript and chapters: the viewer chunk loads only for episodes with a transcript', function () {
  this.timeout(30000);

  // First in the file: once this page has loaded the chunk, it never requests it again.
  it('an episode without a transcript never requests the viewer chunk, and says it has none', async () => {
    const el = widget({
      feed: demoFeed(),
      episode: 'Bonus: Queues, Retries and Idempotency — Designing For Networks That Fail',
    });
    await waitForReady(el);
    expect(partText(el, 'title')).to.match(/^Bonus: Queues, Retries and Idempotency/);
    // Whatever the element does on its own after showing the episode (the chapters loader among it) is done by the
    // time the page is idle.
    await pageIdle();
    expect(partText(el, 'transcript')).to.equal('Transcript No transcript for this episode yet');
    expect(viewerOf(el) === null, 'no viewer').to.equal(true);
    expect(await requestCount(TRANSCRIPT_CHUNK), 'requests for the transcript chunk').to.equal(0);
    expect(customElements.get('podcast-episode-transcript') === undefined, 'the viewer is not defined').to.equal(true);
  });

  it('episode 2 requests it (once) and shows its WebVTT transcript inside the element: speakers, timestamps, text', async () => {
    const el = widget({ feed: demoFeed(), episode: '2' });
    await waitForReady(el);
    expect(partText(el, 'title')).to.equal(EP2_TITLE);
    const root = await transcriptShown(el, 6);
    expect(await requestCount(TRANSCRIPT_CHUNK), 'requests for the transcript chunk').to.equal(1);

    const section = part(el, 'transcript')!;
    expect(text(section.querySelector('h3'))).to.equal('Transcript');
    const toggle = inViewer(root, 'toggle')[0]!;
    expect(text(toggle)).to.equal('Hide transcript');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    // Paragraphs by speaker turn, each named and timed.
    expect(inViewer(root, 'speaker').map(text)).to.deep.equal([
      'Anne Currie',
      'Jon Berger',
      'Anne Currie',
      'Jon Berger',
      'Anne Currie',
    ]);
    expect(inViewer(root, 'timestamp').map(text)).to.deep.equal(['0:01', '0:15', '0:23', '0:27', '0:32']);
    expect(inViewer(root, 'timestamp')[1]!.getAttribute('aria-label')).to.equal('Play from 0:15');
    expect(segments(root).map(text)).to.deep.equal(EP2_LINES);
    expect(
      segments(root).every((s) => s.classList.contains('timed') && !s.hasAttribute('role')),
      'each timed line can be clicked, and is text',
    ).to.equal(true);
    // Before anything plays, no line is "being spoken".
    expect(currentLines(root)).to.deep.equal([]);
    expect(inViewer(root, 'text')[0]!.getAttribute('aria-label')).to.equal('Transcript text');

    // The viewer's parts are exported through the element: the page can style them.
    const style = document.createElement('style');
    style.textContent = `podcast-episode::part(transcript-speaker) { color: rgb(1, 2, 3); }
      podcast-episode::part(transcript-toggle) { letter-spacing: 3px; }`;
    document.head.append(style);
    try {
      expect(getComputedStyle(inViewer(root, 'speaker')[0]!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(toggle).letterSpacing).to.equal('3px');
    } finally {
      style.remove();
    }
  });
});

describe("transcript and chapters: the demo show's chapters", function () {
  this.timeout(30000);

  it('episode 2 lists its three chapters, marks them on the seek slider and has previous/next chapter buttons', async () => {
    const el = widget({ feed: demoFeed(), episode: '2' });
    await waitForReady(el);
    await chaptersShown(el, 3);
    expect(text(part(el, 'chapters')!.querySelector('h3'))).to.equal('Chapters');
    expect(chapterTitles(el)).to.deep.equal(EP2_CHAPTERS);
    expect(chapterTimes(el)).to.deep.equal(['0:00', '0:08', '0:23']);
    expect(chapterButtons(el)[1]!.getAttribute('title')).to.equal(
      'Play from 0:08: Meet Jon Berger: billions of packets a second',
    );
    // The chapter's link (a new tab) and image (relative to the chapters file).
    const items = [...part(el, 'chapters')!.querySelectorAll('li')];
    const link = items[1]!.querySelector<HTMLAnchorElement>('a.chapter-link')!;
    expect(link.href).to.equal('https://asynchronous-unreliable.example/guests/jon-berger/');
    expect(link.target).to.equal('_blank');
    expect(items[0]!.querySelectorAll('a').length, 'no link where the file gives none').to.equal(0);
    expect(items[2]!.querySelector<HTMLImageElement>('img.chapter-image')!.src).to.equal(
      new URL('/demo/ep2.png', location.href).href,
    );
    // Nothing is "playing" before play.
    expect(currentChapters(el)).to.deep.equal([]);

    // The player: marks where chapters 2 and 3 start (8 s and 23.3 s of 34 s), the chapter at the playhead, buttons.
    const marks = markPositions(el);
    expect(marks).to.have.length(2);
    expect(marks[0]!).to.be.closeTo((8 / 34) * 100, 0.5);
    expect(marks[1]!).to.be.closeTo((23.3 / 34) * 100, 0.5);
    expect(partText(el, 'chapter')).to.equal('Chapter: Welcome to episode two');
    expect(playerButton(el, 'Previous chapter'), 'previous chapter button').to.exist;
    expect(playerButton(el, 'Next chapter'), 'next chapter button').to.exist;
    // The notes have their own topic list: the chapter titles do not replace it.
    expect(partText(el, 'topics')).to.contain('Why software that handles billions of network packets');
    expect(partText(el, 'topics')).not.to.contain('Welcome to episode two');
  });

  it('an episode without chapters (episode 1) shows no chapter list, marks, buttons or chapter title', async () => {
    const el = widget({ feed: demoFeed(), episode: '1' });
    await waitForReady(el);
    expect(partText(el, 'title')).to.match(/^Ep 1: Green Software/);
    // Its transcript is there (so the episode is fully shown) and the chapters loader has had its turn.
    await transcriptShown(el, 5);
    await pageIdle();
    expect(
      el.shadowRoot!.querySelectorAll('.chapters-section, [part~="chapters"]').length,
      'no chapters section',
    ).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('.chapter-mark').length, 'no marks').to.equal(0);
    expect(part(el, 'chapter') === null, 'no chapter title in the player').to.equal(true);
    expect(playerButton(el, 'Previous chapter') === null, 'no previous chapter button').to.equal(true);
    expect(playerButton(el, 'Next chapter') === null, 'no next chapter button').to.equal(true);
    expect(part(el, 'play-button') !== null, 'the player is there').to.equal(true);
  });

  it("picking another episode from the related list shows its transcript and chapters, not the previous episode's", async () => {
    const el = widget({ feed: demoFeed(), episode: '2' });
    await waitForReady(el);
    await chaptersShown(el, 3);
    await transcriptShown(el, 6);

    const pick = parts(el, 'related-item').find((b) => /Ep 1: Green Software/.test(text(b)));
    expect(pick !== undefined, 'episode 1 is in the related list').to.equal(true);
    pick!.click();
    await waitFor(
      () => /^Ep 1: Green Software/.test(partText(el, 'title')),
      5000,
      () => `episode 1 shown: "${partText(el, 'title')}"`,
    );
    const root = await transcriptShown(el, 5);
    expect(text(segments(root)[0])).to.equal("Welcome to episode one of Asynchronous and Unreliable. I'm Anne Currie.");
    expect(inViewer(root, 'speaker').map(text)).to.deep.equal(['Anne Currie']);
    await pageIdle();
    expect(
      el.shadowRoot!.querySelectorAll('.chapters-section, .chapter-mark, .chapter-button').length,
      "none of episode 2's chapters",
    ).to.equal(0);
    expect(part(el, 'chapter') === null, 'no chapter title in the player').to.equal(true);
  });
});

describe('transcript and chapters: with real audio', function () {
  this.timeout(40000);

  it('a click on a chapter plays from its start, marks it and names it in the player; previous/next move by chapter', async () => {
    skipIfAudioCannotLoad(currentTest);
    const el = widget({ feed: demoFeed(), episode: '2' });
    await waitForReady(el);
    await chaptersShown(el, 3);
    expect(el.paused).to.equal(true);

    chapterButtons(el)[1]!.click();
    await playingBetween(el, 8, 12);
    await waitFor(
      () => currentChapters(el).join() === EP2_CHAPTERS[1],
      5000,
      () => `chapter 2 current, have ${currentChapters(el)}`,
    );
    expect(chapterButtons(el)[0]!.hasAttribute('aria-current')).to.equal(false);
    expect(chapterButtons(el)[2]!.hasAttribute('aria-current')).to.equal(false);
    expect(partText(el, 'chapter')).to.equal(`Chapter: ${EP2_CHAPTERS[1]}`);

    playerButton(el, 'Next chapter')!.click();
    await playingBetween(el, 23.3, 27);
    await waitFor(
      () => currentChapters(el).join() === EP2_CHAPTERS[2],
      5000,
      () => `chapter 3 current, have ${currentChapters(el)}`,
    );
    expect(partText(el, 'chapter')).to.equal(`Chapter: ${EP2_CHAPTERS[2]}`);

    // Within 3 s of a chapter's start, "previous" goes to the chapter before.
    playerButton(el, 'Previous chapter')!.click();
    await playingBetween(el, 8, 12);
    await waitFor(
      () => currentChapters(el).join() === EP2_CHAPTERS[1],
      5000,
      () => `chapter 2 current again, have ${currentChapters(el)}`,
    );
    expect(partText(el, 'chapter')).to.equal(`Chapter: ${EP2_CHAPTERS[1]}`);
  });

  it('a click on a transcript line or timestamp plays from there, and that line is highlighted', async () => {
    skipIfAudioCannotLoad(currentTest);
    const el = widget({ feed: demoFeed(), episode: '2' });
    await waitForReady(el);
    const root = await transcriptShown(el, 6);
    expect(el.paused).to.equal(true);

    segments(root)[2]!.click(); // "Thanks, Anne. …", 0:15.266
    await playingBetween(el, 15.2, 19);
    await waitFor(
      () => currentLines(root).join() === EP2_LINES[2],
      5000,
      () => `line 3 highlighted, have ${JSON.stringify(currentLines(root))}`,
    );
    expect(segments(root)[2]!.getAttribute('aria-current')).to.equal('time');
    expect(root.querySelectorAll('[aria-current]').length, 'one line is current').to.equal(1);

    inViewer(root, 'timestamp')
      .find((stamp) => text(stamp) === '0:27')!
      .click(); // "It's the question…", 0:27.701
    await playingBetween(el, 27.6, 31);
    await waitFor(
      () => currentLines(root).join() === EP2_LINES[4],
      5000,
      () => `line 5 highlighted, have ${JSON.stringify(currentLines(root))}`,
    );
    expect(segments(root)[4]!.getAttribute('aria-current')).to.equal('time');
    expect(segments(root)[2]!.hasAttribute('aria-current'), 'the earlier line is no longer current').to.equal(false);
    expect(root.querySelectorAll('.segment.current').length, 'one line is current').to.equal(1);
  });

  it('while it plays, the line being spoken is highlighted and kept in view in the transcript box; the page does not scroll', async () => {
    skipIfAudioCannotLoad(currentTest);
    // A long page; the transcript's box made short (through its exported part) so following has to scroll it.
    const style = document.createElement('style');
    style.textContent = 'podcast-episode.short-transcript::part(transcript-text) { max-height: 3.5em; }';
    document.head.append(style);
    const column = container('width: 640px');
    const above = document.createElement('div');
    above.style.height = '1500px';
    column.append(above);
    const el = widget({ feed: demoFeed(), episode: '2', class: 'short-transcript' }, column);
    const below = document.createElement('div');
    below.style.height = '3000px';
    column.append(below);
    try {
      await waitForReady(el);
      const root = await transcriptShown(el, 6);
      const box = inViewer(root, 'text')[0]!;
      await waitFor(
        () => box.clientHeight > 0 && box.scrollHeight > box.clientHeight + 40,
        5000,
        'a transcript box shorter than its text',
      );
      expect(box.scrollTop).to.equal(0);

      // The page scrolled so that the transcript is just below the bottom of the window: showing the line being
      // spoken by scrolling the page (scrollIntoView) would move it.
      const sectionTop = part(el, 'transcript')!.getBoundingClientRect().top + window.scrollY;
      const target = Math.max(0, sectionTop - window.innerHeight - 50);
      window.scrollTo(0, target);
      // The page's own scroll event has come and gone before the listener below starts counting.
      await waitFor(() => Math.abs(window.scrollY - target) < 1, 10000, 'the page scrolled');
      await pageIdle();
      const pageY = window.scrollY;
      expect(pageY, 'the page is scrolled').to.be.greaterThan(500);
      const pageScrolls: number[] = [];
      const onScroll = () => pageScrolls.push(window.scrollY);
      window.addEventListener('scroll', onScroll);
      try {
        el.seek(21);
        part(el, 'play-button')!.click();
        // Up to the end (34 s): on a busy machine the first poll may come late.
        await playingBetween(el, 20.5, 34.5, 20000);
        // 0:21 is in line 3; line 4 starts at 0:23.351, below the box's visible part. Whichever of line 4 or later is
        // spoken by the time this looks (a busy machine looks late), the box must have followed it.
        const spoken = () => segments(root).findIndex((s) => s.classList.contains('current'));
        await waitFor(() => currentLines(root).length === 1, 15000, 'a highlighted line');
        const index = await waitFor(
          () => (spoken() >= 3 ? spoken() : 0),
          15000,
          () => `line 4 or later highlighted, have ${JSON.stringify(currentLines(root))}`,
        );
        const line = segments(root)[index]!;
        expect(line.getAttribute('aria-current')).to.equal('time');
        // Kept in view inside the box, by scrolling the box.
        await waitFor(
          () => {
            const current = segments(root)[Math.max(spoken(), index)]!;
            const outer = box.getBoundingClientRect();
            const inner = current.getBoundingClientRect();
            return box.scrollTop > 0 && inner.top >= outer.top - 1 && inner.top < outer.bottom;
          },
          15000,
          () => `line ${spoken() + 1} visible in the box: scrollTop=${box.scrollTop}`,
        );
        await pageIdle();
        expect(window.scrollY, 'the page stayed where the reader left it').to.equal(pageY);
        expect(pageScrolls, 'no page scroll at all').to.deep.equal([]);
      } finally {
        window.removeEventListener('scroll', onScroll);
      }
    } finally {
      style.remove();
      window.scrollTo(0, 0);
    }
  });
});

describe('transcript and chapters: searching the transcript', function () {
  this.timeout(20000);

  it('typing in the search box counts the matches, Enter steps through them, and the player ignores the typed keys', async () => {
    const el = widget({ feed: demoFeed(), episode: '2' });
    await waitForReady(el);
    const root = await transcriptShown(el, 6);
    const search = inViewer(root, 'search')[0] as HTMLInputElement;
    const count = () => text(root.querySelector('.count'));
    expect(search.placeholder).to.equal('Search the transcript');
    expect(count()).to.equal('');

    const marks = () => [...root.querySelectorAll('mark')];
    // What the search shows for the whole typed text (a busy machine may show a search for its first letters first).
    const shows = (matches: string, marked: string[]) =>
      count() === matches && marks().map(text).join('|') === marked.join('|');

    search.focus();
    // "billions" has an L (forward 30 s) and "Jon Berger" a space (play/pause): typed text is never a shortcut.
    await sendKeys({ type: 'billions' });
    await waitFor(
      () => shows('1 of 2', ['billions', 'billions']),
      15000,
      () => `"1 of 2" with "billions" marked twice, shows "${count()}" marking ${JSON.stringify(marks().map(text))}`,
    );
    expect(marks().map((m) => m.closest('.segment')!.getAttribute('data-segment'))).to.deep.equal(['1', '2']);
    expect(marks()[0]!.classList.contains('current-match')).to.equal(true);

    await sendKeys({ press: 'Enter' });
    await waitFor(
      () => count() === '2 of 2',
      15000,
      () => `"2 of 2", shows "${count()}"`,
    );
    expect(marks()[1]!.classList.contains('current-match')).to.equal(true);
    expect(marks()[0]!.classList.contains('current-match')).to.equal(false);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await waitFor(
      () => count() === '1 of 2',
      15000,
      () => `back to "1 of 2", shows "${count()}"`,
    );

    search.select();
    await sendKeys({ type: 'Jon Berger' });
    await waitFor(
      () => shows('1 of 1', ['Jon Berger']),
      15000,
      () => `"1 of 1" with "Jon Berger" marked, shows "${count()}" marking ${JSON.stringify(marks().map(text))}`,
    );

    search.select();
    await sendKeys({ type: 'kubernetes' });
    await waitFor(
      () => count() === 'No matches',
      15000,
      () => `"No matches", shows "${count()}"`,
    );
    expect(marks().length).to.equal(0);

    expect(el.paused, 'still paused').to.equal(true);
    expect(el.currentTime, 'still at the start').to.equal(0);
    expect(el.muted).to.equal(false);
    expect(el.shadowRoot!.activeElement === viewerOf(el), 'focus stays in the transcript').to.equal(true);
  });
});

describe('transcript and chapters: a transcript the browser may not read', function () {
  this.timeout(20000);

  it('from a server refusing cross-origin reads: says so with a link to the file, no `error` event, the rest shows', async () => {
    const { crossOrigin } = await testConfig();
    const { el, errorEvents } = createWidget(
      { feed: `${crossOrigin}/test/fixtures/transcript-nocors.xml?tc=${unique()}` },
      container('width: 640px'),
    );
    await waitForReady(el);
    const viewer = await waitFor(
      () => (viewerOf(el)?.getAttribute('state') === 'error' ? viewerOf(el) : null),
      10000,
      () => `the viewer to fail: state=${viewerOf(el)?.getAttribute('state')}`,
    );
    await (viewer as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const failure = inViewer(viewer.shadowRoot!, 'error')[0]!;
    expect(text(failure.querySelector('.failure-title'))).to.equal('The transcript could not be loaded');
    expect(text(failure.querySelector('.failure-reason'))).to.equal(
      `Its server (${new URL(crossOrigin).host}) does not allow other sites to read it.`,
    );
    const link = failure.querySelector<HTMLAnchorElement>('a')!;
    expect(text(link)).to.equal('Open the transcript file');
    expect(link.href).to.equal(`${crossOrigin}/nocors/demo/transcripts/ep2.vtt?fixture=transcript-nocors`);
    expect(link.target).to.equal('_blank');
    expect(viewer.shadowRoot!.querySelectorAll('.segment').length).to.equal(0);

    // The episode itself is unharmed: no error state or event, title, player and chapters (readable) all there.
    await pageIdle();
    expect(
      errorEvents.map((e) => e.detail),
      '`error` events',
    ).to.deep.equal([]);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(partText(el, 'title')).to.equal('The Transcript Behind The Wall');
    expect(part(el, 'play-button') !== null, 'the player is there').to.equal(true);
    expect(part(el, 'error') === null, 'no error shown').to.equal(true);
    await chaptersShown(el, 3);
    expect(chapterTitles(el)).to.deep.equal(EP2_CHAPTERS);
  });
});

describe("transcript and chapters: the page's `chapters` property", function () {
  this.timeout(20000);

  const PAGE_CHAPTERS = [
    { start: 0, title: 'Page: opening' },
    { start: 12, title: 'Page: the middle' },
    { start: 20, end: 34, title: 'Page: the end' },
  ];

  it("overrides the feed's chapters (list, marks, player, chapter buttons); undefined brings the feed's back", async () => {
    const el = widget({ feed: demoFeed(), episode: '2' });
    el.chapters = PAGE_CHAPTERS;
    await waitForReady(el);
    await chaptersShown(el, 3);
    // Once the feed's chapters file (demo/chapters/ep2.json) has arrived and been handled, the page's still win.
    await transcriptShown(el, 6);
    await waitFor(() => resourceLoaded('/demo/chapters/ep2.json'), 10000, "the feed's chapters file");
    await pageIdle();
    expect(chapterTitles(el)).to.deep.equal(PAGE_CHAPTERS.map((c) => c.title));
    expect(chapterTimes(el)).to.deep.equal(['0:00', '0:12', '0:20']);
    const marks = markPositions(el);
    expect(marks).to.have.length(2);
    expect(marks[0]!).to.be.closeTo((12 / 34) * 100, 0.5);
    expect(marks[1]!).to.be.closeTo((20 / 34) * 100, 0.5);
    expect(partText(el, 'chapter')).to.equal('Chapter: Page: opening');

    // Before the first play, "next chapter" moves the start to the page's next chapter.
    playerButton(el, 'Next chapter')!.click();
    await waitFor(
      () => partText(el, 'chapter') === 'Chapter: Page: the middle',
      3000,
      () => `the page's 2nd chapter, shows "${partText(el, 'chapter')}"`,
    );
    expect(el.currentTime).to.equal(12);

    el.chapters = undefined;
    await waitFor(
      () => chapterTitles(el).join('|') === EP2_CHAPTERS.join('|'),
      5000,
      () => `the feed's chapters back, shows ${JSON.stringify(chapterTitles(el))}`,
    );
    expect(chapterTimes(el)).to.deep.equal(['0:00', '0:08', '0:23']);
    expect(markPositions(el)[0]!).to.be.closeTo((8 / 34) * 100, 0.5);
    expect(partText(el, 'chapter')).to.equal(`Chapter: ${EP2_CHAPTERS[1]}`); // 0:12 is in the feed's chapter 2
  });
});

// ------------------------------------------------------------------------------------------------ real feeds

/** The Podcasting 2.0 example chapters file (what local-copy serves for every remote chapters URL). */
const EXAMPLE_CHAPTERS = EXAMPLE_OUTLINE.map((line) => {
  const [, start, title] = /^(\d+) (.*)$/.exec(line)!;
  return { start: Number(start), title: title! };
});
/** Speakers of the Podcasting 2.0 example transcripts, turn by turn. */
const SRT_SPEAKERS = ['Travis', 'Sarah', 'Travis', 'Gilon', 'Travis', 'Gilon', 'Travis', 'Sarah', 'Gilon', 'Travis'];
const VTT_SPEAKERS = ['Sarah', 'Gillian'];
/**
 * The example chapters' titles (the routine Intro, Donations and Outro left out). Issue 11: chapter titles are
 * topics only when the chapter list is not shown beside them, so none of these may appear as topics.
 */
const EXAMPLE_TOPICS = [
  'Hearing Aids',
  'Progress Report',
  'Namespace',
  'Just Break Up',
  'The Big Players',
  'Spread the Word',
];

const topicsOf = (el: PodcastEpisodeEl) => [...(part(el, 'topics')?.querySelectorAll('li') ?? [])].map(text);

/** How many times the local copy was asked for `remoteUrl`. */
const localCopyRequests = (remoteUrl: string) => requestCount(`local-copy?url=${encodeURIComponent(remoteUrl)}`);

// The feeds are the committed copies in test/fixtures/feeds/ (the large ones trimmed to a few items; see its README).
describe('transcript and chapters: real-world feeds with local copies of their remote files', function () {
  this.timeout(30000);

  function feedWidget(file: string, episode = 'latest'): PlayerEl {
    return widget({ feed: `/feeds/${file}`, episode, proxy: LOCAL_COPY });
  }

  it('pc20rss (Podcasting 2.0, episode 57): its SRT transcript and JSON chapters, both fetched through the proxy', async () => {
    const transcriptUrl = 'https://mp3s.nashownotes.com/PC20-57-Captions.srt';
    const chaptersUrl = 'http://34.117.70.159/http%3Amp3s.nashownotes.compc20rss.xml/PC2057';
    const before = {
      transcript: await localCopyRequests(transcriptUrl),
      chapters: await localCopyRequests(chaptersUrl),
    };
    const el = feedWidget(TRIMMED.pc20rss);
    await waitForReady(el, 20000);
    expect(partText(el, 'title')).to.equal('Episode 57: Rebel Rubes');
    const root = await transcriptShown(el, 222);
    expect(inViewer(root, 'speaker').map(text)).to.deep.equal(SRT_SPEAKERS);
    expect(inViewer(root, 'timestamp').slice(0, 3).map(text)).to.deep.equal(['0:00', '0:40', '0:53']);
    expect(text(segments(root)[0])).to.equal("When you first get started in podcasting, it's");
    await chaptersShown(el, EXAMPLE_CHAPTERS.length);
    expect(chapterTitles(el)).to.deep.equal(EXAMPLE_CHAPTERS.map((c) => c.title));
    expect(chapterTimes(el)).to.deep.equal(EXAMPLE_CHAPTERS.map((c) => clock(c.start)));
    expect(playerButton(el, 'Next chapter')).to.exist;
    // The notes list topics of their own: those stay ("Positioning" opens every episode: issue 11 drops it).
    expect(topicsOf(el)).to.include('PodPing Watcher');
    expect(topicsOf(el)).not.to.include('Positioning');
    expect(topicsOf(el)).not.to.include('Hearing Aids');
    expect(await localCopyRequests(transcriptUrl), 'the transcript through the proxy').to.be.greaterThan(
      before.transcript,
    );
    expect(await localCopyRequests(chaptersUrl), 'the chapters through the proxy').to.be.greaterThan(before.chapters);
  });

  it('podlovers (Podlove, episode 34): its WebVTT transcript and its Podlove Simple Chapters', async () => {
    const el = feedWidget('podlove__metalove__podlovers.xml');
    await waitForReady(el, 20000);
    expect(partText(el, 'title')).to.equal('PTF Sprint 8: Design der Import-Seite');
    const root = await transcriptShown(el, 7);
    expect(inViewer(root, 'speaker').map(text)).to.deep.equal(VTT_SPEAKERS);
    expect(inViewer(root, 'timestamp').map(text)).to.deep.equal(['0:00', '0:19']);
    expect(text(segments(root)[2])).to.equal('include in one? Welcome to Podcasting Q&A, where you learn');
    await chaptersShown(el, 7);
    expect(chapterTitles(el)).to.deep.equal(PODLOVERS_SPRINT8_TITLES);
    expect(chapterTimes(el)).to.deep.equal(['0:00', '1:00', '3:29', '6:24', '9:16', '24:35', '26:56']);
    // 29:22 long: every chapter after the first has its mark.
    expect(markPositions(el)).to.have.length(6);
    expect(markPositions(el)[0]!).to.be.closeTo((60.591 / 1762) * 100, 0.5);
  });

  it('themnshow ("Resilience"): of its SRT and WebVTT transcripts the WebVTT one; JSON chapters are no topics', async () => {
    const vtt = 'https://mikeneumann.show/assets/static/themnshow050-20240622-DRAFT-transcript.vtt';
    const vttBefore = await localCopyRequests(vtt);
    const el = feedWidget(TRIMMED.themnshow, 'Resilience');
    await waitForReady(el, 20000);
    expect(partText(el, 'title')).to.equal('Resilience');
    const root = await transcriptShown(el, 7);
    expect(inViewer(root, 'speaker').map(text), 'the WebVTT example, not the SRT one').to.deep.equal(VTT_SPEAKERS);
    expect(await localCopyRequests(vtt)).to.be.greaterThan(vttBefore);
    await chaptersShown(el, EXAMPLE_CHAPTERS.length);
    expect(chapterTitles(el)).to.deep.equal(EXAMPLE_CHAPTERS.map((c) => c.title));
    // Issue 11: the chapter list is shown, so its titles are not topics; the show's keywords (the same on every
    // episode) are not either: no topic list at all.
    expect(part(el, 'topics') === null, 'no topic list').to.equal(true);
  });

  it('CRE (Podlove, CRE207): fifteen Podlove chapters in time order with marks, and no transcript', async () => {
    const el = feedWidget(TRIMMED.cre);
    await waitForReady(el, 20000);
    expect(partText(el, 'title')).to.equal('CRE207 Planetarien');
    await chaptersShown(el, 15);
    const titles = chapterTitles(el);
    expect(titles.slice(0, 4)).to.deep.equal([
      'Neil DeGrasse Tyson on Science',
      'Int NTP example',
      'Floating NTP example',
      'Intro',
    ]);
    expect(titles.at(-1), 'listed by time, not in file order').to.equal('Abschied');
    expect(chapterTimes(el).slice(0, 5)).to.deep.equal(['0:26', '0:50', '0:59', '1:29', '2:04']);
    expect(chapterTimes(el).at(-1)).to.equal('1:35:00');
    const link = part(el, 'chapters')!.querySelector<HTMLAnchorElement>('a.chapter-link')!;
    expect(link.href).to.equal('https://example.com/');
    // 1:36:29 long: all fifteen marked (the first starts at 0:26, not 0:00).
    expect(markPositions(el)).to.have.length(15);
    expect(partText(el, 'chapter'), 'before the first chapter, none is named').to.equal('');
    expect(partText(el, 'transcript')).to.equal('Transcript No transcript for this episode yet');
    expect(viewerOf(el) === null, 'no viewer').to.equal(true);
  });

  it('LINUX Unplugged (384): its JSON chapters file (no extension, found by the Accept header); topics from its links', async () => {
    const el = feedWidget(TRIMMED.linuxUnplugged);
    await waitForReady(el, 25000);
    expect(partText(el, 'title')).to.equal('384: Born To Run Fedora');
    await chaptersShown(el, EXAMPLE_CHAPTERS.length);
    expect(chapterTitles(el)).to.deep.equal(EXAMPLE_CHAPTERS.map((c) => c.title));
    expect(chapterTimes(el)).to.deep.equal(EXAMPLE_CHAPTERS.map((c) => clock(c.start)));
    // Links and images of the file, http(s) only.
    const namespace = [...part(el, 'chapters')!.querySelectorAll('li')].find((li) => /Namespace/.test(text(li)))!;
    expect(namespace.querySelector<HTMLAnchorElement>('a.chapter-link')!.href).to.equal(
      'https://github.com/Podcastindex-org/podcast-namespace',
    );
    expect(namespace.querySelector<HTMLImageElement>('img.chapter-image')!.src).to.equal(
      'https://example.com/images/namepsace_example.jpg',
    );
    // 1:05:03 long: marks for the chapters that start inside it (2:48, 4:20, 6:50), none for the later ones.
    const marks = markPositions(el);
    expect(marks).to.have.length(3);
    expect(marks[0]!).to.be.closeTo((168 / 3903) * 100, 0.5);
    // Issue 11: the notes' links stay the topics (with their links); the chapter titles shown below are not added.
    expect(topicsOf(el)).to.include('Matrix Client: Fractal');
    for (const title of EXAMPLE_TOPICS) expect(topicsOf(el)).not.to.include(title);
    const linked = part(el, 'topics')!.querySelector<HTMLAnchorElement>('li a')!;
    expect(linked.href).to.match(/^https:\/\//);
    expect(linked.target).to.equal('_blank');
    expect(linked.rel).to.equal('noopener noreferrer');
    expect(partText(el, 'transcript')).to.equal('Transcript No transcript for this episode yet');
  });
});

checkNoUncaughtExceptions();
