import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import {
  DIST_SCRIPT,
  checkNoUncaughtExceptions,
  container,
  createWidget,
  loadElement,
  part,
  partText,
  requestCount,
  testConfig,
  unique,
  waitFor,
  waitForError,
  waitForReady,
  type PodcastEpisodeEl,
  text,
  transcriptShown,
} from './helpers.js';

const DEMO_FEED = '/demo/feed.xml';
const EP2_TITLE = 'Ep 2: What Does AI Mean For The Future of Extreme Code Efficiency? With Jon Berger';

before(async () => {
  await loadElement();
});

/** What a hostile (or merely careless) page stylesheet does to everything it can reach. */
const HOSTILE_CSS = `
  * { box-sizing: content-box !important; }
  button { all: unset !important; }
  html { font-size: 24px !important; }
  body { line-height: 3; letter-spacing: 4px; word-spacing: 10px; text-transform: uppercase; text-align: center;
         font-family: "Comic Sans MS", cursive; font-size: 30px; color: red; white-space: pre; }
  h2 { font-size: 60px !important; margin: 50px !important; }
  img { border: 10px solid red !important; width: 500px !important; }
  :focus { outline: none !important; box-shadow: none !important; }
  input[type="range"] { display: none !important; }
  p, ul, li { margin: 40px !important; padding: 40px !important; }
`;

interface Looks {
  playWidth: number;
  playHeight: number;
  playRadius: string;
  playBackground: string;
  titleFontSize: string;
  titleLineHeight: string;
  titleLetterSpacing: string;
  titleTransform: string;
  cardFontFamily: string;
  cardTextAlign: string;
  cardPadding: string;
  seekDisplay: string;
  artworkWidth: number;
}

function looks(el: PodcastEpisodeEl): Looks {
  const play = part(el, 'play-button')!;
  const title = getComputedStyle(part(el, 'title')!);
  const card = getComputedStyle(part(el, 'card')!);
  const playRect = play.getBoundingClientRect();
  return {
    playWidth: Math.round(playRect.width),
    playHeight: Math.round(playRect.height),
    playRadius: getComputedStyle(play).borderRadius,
    playBackground: getComputedStyle(play).backgroundColor,
    titleFontSize: title.fontSize,
    titleLineHeight: title.lineHeight,
    titleLetterSpacing: title.letterSpacing,
    titleTransform: title.textTransform,
    cardFontFamily: card.fontFamily,
    cardTextAlign: card.textAlign,
    cardPadding: card.padding,
    seekDisplay: getComputedStyle(part(el, 'seek')!).display,
    artworkWidth: Math.round(part(el, 'artwork')!.getBoundingClientRect().width),
  };
}

/** Tabs from a button placed before the widget until the play button has focus; returns its computed box-shadow. */
async function focusPlayByKeyboard(el: PodcastEpisodeEl, start: HTMLElement): Promise<string> {
  start.focus();
  const play = part(el, 'play-button')!;
  for (let i = 0; i < 10 && el.shadowRoot!.activeElement !== play; i++) await sendKeys({ press: 'Tab' });
  expect(el.shadowRoot!.activeElement, 'Tab reaches the play button').to.equal(play);
  expect(play.matches(':focus-visible'), 'keyboard focus is focus-visible').to.equal(true);
  const ring = getComputedStyle(play);
  return `${ring.outlineStyle} ${ring.outlineWidth} ${ring.outlineColor}`;
}

describe('embedding: hostile page CSS', () => {
  let style: HTMLStyleElement | undefined;
  afterEach(() => {
    style?.remove();
    style = undefined;
  });

  it('keeps the play button size, its focus ring, and the title font size', async () => {
    const parent = container('width: 640px');
    const start = document.createElement('button');
    start.textContent = 'before';
    parent.append(start);
    const { el } = createWidget({ feed: DEMO_FEED }, parent);
    await waitForReady(el);
    const baseline = looks(el);
    const baselineRing = await focusPlayByKeyboard(el, start);
    expect(baseline.playWidth).to.be.within(44, 64);
    expect(baseline.playHeight).to.equal(baseline.playWidth);
    expect(baselineRing.startsWith('solid'), `a visible focus ring (${baselineRing})`).to.equal(true);

    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
    // The widget already on the page, and one created under the hostile CSS, look the same as before.
    const late = createWidget({ feed: DEMO_FEED }, parent);
    await waitForReady(late.el);
    // Everything looks as before, but the text follows the page's root font size (16 → 24 px), as a reader's
    // larger default text should: the title grows in proportion.
    const grown = { ...baseline, titleFontSize: `${parseFloat(baseline.titleFontSize) * 1.5}px` };
    for (const widget of [el, late.el]) {
      const now = looks(widget);
      expect({ ...now, titleLineHeight: baseline.titleLineHeight }).to.deep.equal({
        ...grown,
        titleLineHeight: baseline.titleLineHeight,
      });
    }
    expect(await focusPlayByKeyboard(el, start), 'focus ring under hostile CSS').to.equal(baselineRing);
    expect(getComputedStyle(part(el, 'title')!).fontSize).to.equal(grown.titleFontSize);
    expect(getComputedStyle(document.documentElement).fontSize, 'the hostile CSS is in force').to.equal('24px');
  });

  it("follows the page's root font size within bounds (24 px grows, 62.5 % stays legible)", async () => {
    style = document.createElement('style');
    style.textContent = 'html { font-size: 24px; }';
    document.head.append(style);
    const { el } = createWidget({ feed: DEMO_FEED }, container('width: 640px'));
    await waitForReady(el);
    expect(getComputedStyle(part(el, 'card')!).fontSize).to.equal('24px');
    style.textContent = 'html { font-size: 62.5%; }';
    await waitFor(() => getComputedStyle(part(el, 'card')!).fontSize === '14px', 2000, '14 px at a 10 px root');
  });

  it('the page can restyle it through CSS custom properties and ::part()', async () => {
    style = document.createElement('style');
    style.textContent = `
      .themed podcast-episode { --podcast-episode-accent: rgb(0, 128, 0); --podcast-episode-font-size: 20px; }
      .themed podcast-episode::part(title) { text-decoration: underline; }`;
    document.head.append(style);
    const parent = container('width: 640px');
    parent.className = 'themed';
    const { el } = createWidget({ feed: DEMO_FEED }, parent);
    await waitForReady(el);
    expect(getComputedStyle(part(el, 'play-button')!).backgroundColor).to.equal('rgb(0, 128, 0)');
    expect(getComputedStyle(part(el, 'card')!).fontSize).to.equal('20px');
    expect(getComputedStyle(part(el, 'title')!).textDecorationLine).to.equal('underline');
  });
});

describe('embedding: the script twice, container widths', () => {
  it('loading a second copy of the script (another module instance) does not throw and keeps working', async () => {
    const first = customElements.get('podcast-episode');
    await loadElement(`${DIST_SCRIPT}?copy=${unique()}`);
    await loadElement(`${DIST_SCRIPT}?copy=${unique()}`);
    expect(customElements.get('podcast-episode'), 'the first definition stays').to.equal(first);
    const { el } = createWidget({ feed: DEMO_FEED });
    await waitForReady(el);
    expect(partText(el, 'title')).to.equal(EP2_TITLE);
  });

  it('a 280 px sidebar stacks the artwork above the title; a 900 px column puts it beside', async () => {
    const narrow = createWidget({ feed: DEMO_FEED }, container('width: 280px'));
    const wide = createWidget({ feed: DEMO_FEED }, container('width: 900px'));
    await waitForReady(narrow.el);
    await waitForReady(wide.el);
    const rects = (el: PodcastEpisodeEl) => ({
      art: part(el, 'artwork')!.getBoundingClientRect(),
      title: part(el, 'title')!.getBoundingClientRect(),
      card: part(el, 'card')!.getBoundingClientRect(),
    });
    const n = rects(narrow.el);
    const w = rects(wide.el);

    expect(n.title.top, 'narrow: title below the artwork').to.be.at.least(n.art.bottom - 1);
    expect(n.art.width, 'narrow: artwork spans the card').to.be.greaterThan(180);
    expect(n.card.width, 'narrow: fits the sidebar').to.be.at.most(280.5);
    const card = part(narrow.el, 'card')!;
    expect(card.scrollWidth, 'narrow: nothing overflows sideways').to.be.at.most(card.clientWidth + 1);

    expect(w.title.left, 'wide: title beside the artwork').to.be.at.least(w.art.right - 1);
    expect(w.title.top, 'wide: title level with the artwork').to.be.below(w.art.bottom);
    expect(w.art.width, 'wide: a fixed-size artwork').to.be.within(100, 200);
    expect(w.card.width).to.be.within(899, 901);

    // The player: all controls on one row when wide; the volume slider gives way when narrow.
    const playTop = (el: PodcastEpisodeEl) => part(el, 'play-button')!.getBoundingClientRect().top;
    const speedTop = (el: PodcastEpisodeEl) =>
      part(el, 'player')!.querySelector('button[aria-label^="Playback speed"]')!.getBoundingClientRect().top;
    expect(speedTop(narrow.el), 'narrow: controls below the play button').to.be.greaterThan(playTop(narrow.el) + 30);
    expect(Math.abs(speedTop(wide.el) - playTop(wide.el)), 'wide: controls beside the play button').to.be.below(30);
    expect(getComputedStyle(part(narrow.el, 'volume')!).display).to.equal('none');
    expect(getComputedStyle(part(wide.el, 'volume')!).display).to.not.equal('none');
  });
});

describe('embedding: feeds on other origins', () => {
  it('a feed served with CORS from another origin renders, its relative URLs resolved against the feed', async () => {
    const { crossOrigin } = await testConfig();
    const { el } = createWidget({ feed: `${crossOrigin}/demo/feed.xml?cors=${unique()}` });
    await waitForReady(el);
    expect(partText(el, 'title')).to.equal(EP2_TITLE);
    expect(part<HTMLImageElement>(el, 'artwork')!.getAttribute('src')).to.equal(`${crossOrigin}/demo/ep2.png`);
  });

  it('a feed whose server refuses cross-origin reads explains itself and names the proxy attribute', async () => {
    const { crossOrigin } = await testConfig();
    const { el, errorEvents } = createWidget({ feed: `${crossOrigin}/nocors/demo/feed.xml?refuse=${unique()}` });
    const message = await waitForError(el);
    expect(errorEvents[0]?.detail.code).to.equal('cors');
    expect(message).to.contain('does not allow other sites to read it');
    expect(message).to.match(/\bproxy\b/);
    expect(message).to.contain('{url}');
  });

  it('the proxy attribute loads that feed through the proxy', async () => {
    const { crossOrigin } = await testConfig();
    const token = unique();
    const feed = `${crossOrigin}/nocors/demo/feed.xml?proxied=${token}`;
    const { el } = createWidget({ feed, proxy: `${crossOrigin}/proxy?url={url}` });
    await waitForReady(el);
    expect(partText(el, 'title')).to.equal(EP2_TITLE);
    expect(await requestCount(`/proxy?url=${encodeURIComponent(feed)}`), 'one request through the proxy').to.equal(1);
    // Relative URLs in the feed resolve against the feed's own address, not the proxy's.
    expect(part<HTMLImageElement>(el, 'artwork')!.getAttribute('src')).to.equal(`${crossOrigin}/nocors/demo/ep2.png`);
    // The transcript, on the same refusing server, comes through the proxy too, and is read along in the widget.
    const transcript = await transcriptShown(el, 6);
    expect(text(transcript.querySelector('[part~="text"]'))).to.contain(
      'Hello, and welcome to Asynchronous and Unreliable.',
    );
    const transcriptUrl = `${crossOrigin}/nocors/demo/transcripts/ep2.vtt`;
    expect(
      await requestCount(`/proxy?url=${encodeURIComponent(transcriptUrl)}`),
      'the transcript through the proxy',
    ).to.equal(1);
  });

  it('hands the proxy the feed address whole ({url} URL-encoded), "&" and all', async () => {
    const { crossOrigin } = await testConfig();
    // A feed made on request whose address has "&": cut there, it would be another show (or, for the test proxy,
    // which refuses parameters besides `url`, no feed at all).
    const feed =
      `${crossOrigin}/nocors/test-api/feed.xml?audio=${encodeURIComponent('/demo/audio/ep2.mp3')}` +
      `&show=${encodeURIComponent('Proxy & Encoding')}&title=Whole+Address&t=${unique()}`;
    const { el } = createWidget({ feed, proxy: `${crossOrigin}/proxy?url={url}` });
    await waitForReady(el);
    expect(partText(el, 'show')).to.equal('Proxy & Encoding');
    expect(partText(el, 'title')).to.equal('Whole Address');
    expect(await requestCount(`/proxy?url=${encodeURIComponent(feed)}`), 'the whole address, encoded').to.equal(1);
  });

  it('hands the proxy transcript and chapters addresses whole too: the reader sees both', async () => {
    const { crossOrigin } = await testConfig();
    // Their addresses carry "from=proxy-encoding&v=2" (test/fixtures/proxy-encoding.xml).
    const feed = `${crossOrigin}/nocors/test/fixtures/proxy-encoding.xml?u=${unique()}`;
    const { el } = createWidget({ feed, proxy: `${crossOrigin}/proxy?url={url}` }, container('width: 640px'));
    await waitForReady(el);
    expect(partText(el, 'title')).to.equal('Through The Proxy');
    const transcript = await transcriptShown(el, 6);
    expect(text(transcript.querySelector('[part~="text"]'))).to.contain(
      'Hello, and welcome to Asynchronous and Unreliable.',
    );
    await waitFor(
      () => (part(el, 'chapters')?.querySelectorAll('.chapter-seek').length ?? 0) === 3,
      10000,
      () => `three chapters, the list shows "${partText(el, 'chapters')}"`,
    );
    expect(partText(el, 'chapters')).to.contain('Meet Jon Berger');
    const transcriptUrl = `${crossOrigin}/nocors/demo/transcripts/ep2.vtt?from=proxy-encoding&v=2`;
    const chaptersUrl = `${crossOrigin}/nocors/demo/chapters/ep2.json?from=proxy-encoding&v=2`;
    expect(await requestCount(`/proxy?url=${encodeURIComponent(transcriptUrl)}`), 'transcript').to.be.at.least(1);
    expect(await requestCount(`/proxy?url=${encodeURIComponent(chaptersUrl)}`), 'chapters').to.be.at.least(1);
  });

  it('setting proxy after a CORS failure reloads and succeeds', async () => {
    const { crossOrigin } = await testConfig();
    const { el } = createWidget({ feed: `${crossOrigin}/nocors/demo/feed.xml?later=${unique()}` });
    await waitForError(el);
    el.setAttribute('proxy', `${crossOrigin}/proxy?url={url}`);
    await waitForReady(el);
    expect(partText(el, 'title')).to.equal(EP2_TITLE);
  });
});

checkNoUncaughtExceptions();
