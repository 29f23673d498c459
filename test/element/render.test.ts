import { expect } from '@esm-bundle/chai';
import {
  DATE_PATTERN,
  LENGTH_PATTERN,
  createWidget,
  loadElement,
  mediumDates,
  part,
  partText,
  parts,
  shadow,
  text,
  checkNoUncaughtExceptions,
  unique,
  waitFor,
  waitForError,
  waitForReady,
  transcriptShown,
  viewerOf,
} from './helpers.js';
import { TRIMMED, feedsConfig } from '../support/feeds.js';

const DEMO_FEED = '/demo/feed.xml';
const DEMO_SHOW = 'Asynchronous & Unreliable — Tech Chat For Practitioners Who Want to Understand The New Ideas';
const EP2_TITLE = 'Ep 2: What Does AI Mean For The Future of Extreme Code Efficiency? With Jon Berger';
const EP1_TITLE = 'Ep 1: Green Software Is Efficient Software — Where Does The Energy Go?';
const PLATFORM_TITLE = 'Bonus: Paved Roads — What Is Platform Engineering Actually For?';

before(async () => {
  await loadElement();
});

describe('render: the demo feed', () => {
  it('shows the skeleton while loading, then goes loading → ready', async () => {
    // A query string of our own, so this load really goes to the network (the element caches feeds per page).
    const { el, states, readyEvents } = createWidget({ feed: `${DEMO_FEED}?render=${unique()}` });
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('loading');
    const skeleton = shadow(el).querySelector('[aria-busy="true"]');
    expect(skeleton, 'a busy skeleton card while loading').to.exist;
    expect(shadow(el).querySelectorAll('.skeleton').length, 'skeleton placeholders').to.be.greaterThan(0);
    expect(text(shadow(el).querySelector('[role="status"]'))).to.match(/loading/i);
    expect((skeleton as HTMLElement).getBoundingClientRect().height, 'skeleton reserves space').to.be.greaterThan(100);
    expect(part(el, 'title')).to.equal(null);

    await waitForReady(el);
    expect(states).to.deep.equal(['loading', 'ready']);
    expect(shadow(el).querySelector('[aria-busy="true"]'), 'skeleton gone').to.equal(null);
    expect(readyEvents.length).to.equal(1);
  });

  it('shows the show, title, label, date, length, host and artwork of the latest episode', async () => {
    const { el, readyEvents } = createWidget({ feed: DEMO_FEED });
    await waitForReady(el);

    expect(partText(el, 'show')).to.equal(DEMO_SHOW);
    expect(partText(el, 'title')).to.equal(EP2_TITLE);
    const meta = partText(el, 'meta');
    expect(meta).to.contain('Ep 2');
    expect(meta).to.contain('Apr 19, 2026');
    // The demo's ep2.mp3 is 34 s long (itunes:duration 00:00:34): lengths under a minute are shown in seconds.
    expect(meta).to.match(/·\s*(\d+ s|\d+ min)$/, `meta "${meta}" ends with the length`);
    expect(partText(el, 'host')).to.equal('Hosted by Anne Currie with Jon Berger');

    const artwork = part<HTMLImageElement>(el, 'artwork')!;
    expect(artwork.tagName).to.equal('IMG');
    expect(artwork.getAttribute('src')).to.equal(new URL('/demo/ep2.png', location.href).href);

    // The public properties and the ready event agree with what is shown.
    expect(el.podcast?.title).to.equal(DEMO_SHOW);
    expect(el.currentEpisode?.title).to.equal(EP2_TITLE);
    expect(readyEvents).to.have.length(1);
    expect(readyEvents[0]!.detail.episode.title).to.equal(EP2_TITLE);
    expect((readyEvents[0]!.detail.podcast as { title: string }).title).to.equal(DEMO_SHOW);
  });

  it('shows the notes, ten topics and the transcript link', async () => {
    const { el } = createWidget({ feed: DEMO_FEED });
    await waitForReady(el);

    const summary = part(el, 'summary')!;
    expect(text(summary)).to.contain('Jon Berger has spent decades on the kind of software most of us never see');

    const topics = part(el, 'topics')!;
    expect(text(topics.querySelector('h3'))).to.equal('In this episode');
    const items = [...topics.querySelectorAll('li')].map(text);
    expect(items, items.join(' | ')).to.have.length(10);
    expect(items[0]).to.contain('billions of network packets');
    expect(items.every((t) => t.length > 10)).to.equal(true);

    // The transcript itself, read along in the widget: speakers, times and every line of demo/transcripts/ep2.vtt.
    const transcript = await transcriptShown(el, 6);
    const speakers = [...transcript.querySelectorAll('[part~="speaker"]')].map(text);
    expect(speakers, speakers.join(' | ')).to.include.members(['Anne Currie', 'Jon Berger']);
    const transcriptText = text(transcript.querySelector('[part~="text"]'));
    expect(transcriptText).to.contain('Hello, and welcome to Asynchronous and Unreliable.');
    expect(transcriptText).to.contain("Let's get into it.");
  });

  it('lists four related episodes, each with its date and length', async () => {
    const { el } = createWidget({ feed: DEMO_FEED });
    await waitForReady(el);
    expect(part(el, 'related')!.tagName).to.equal('SECTION');
    expect(text(part(el, 'related')!.querySelector('h3'))).to.equal('More episodes like this');
    const items = parts(el, 'related-item');
    expect(items).to.have.length(4);
    const titles = items.map((b) => text(b.querySelector('.related-title') ?? b));
    expect(titles).to.not.include(EP2_TITLE);
    for (const item of items) {
      expect(item.tagName).to.equal('BUTTON');
      const shown = text(item);
      expect(shown, `related item "${shown}" has a date`).to.match(DATE_PATTERN);
      expect(shown, `related item "${shown}" has a length`).to.match(/·\s*\d+ (s|min)$/);
    }
    expect(text(items.find((b) => text(b).includes(EP1_TITLE)))).to.contain('Mar 26, 2026');
  });

  it('has a player with play, seek, time, skip, speed, mute and volume controls', async () => {
    const { el } = createWidget({ feed: DEMO_FEED });
    await waitForReady(el);
    const player = part(el, 'player')!;
    expect(player).to.exist;
    const play = part(el, 'play-button')!;
    expect(play.getAttribute('aria-label')).to.equal(`Play episode: ${EP2_TITLE}`);
    const seek = part<HTMLInputElement>(el, 'seek')!;
    expect(seek.type).to.equal('range');
    expect(partText(el, 'time')).to.match(/0:00/);
    expect(player.querySelector('[aria-label="Back 15 seconds"]')).to.exist;
    expect(player.querySelector('[aria-label="Forward 30 seconds"]')).to.exist;
    expect(player.querySelector('[aria-label^="Playback speed"]')).to.exist;
    expect(player.querySelector('[aria-label="Mute"]')).to.exist;
    expect(player.querySelector<HTMLInputElement>('input[type="range"][aria-label="Volume"]')).to.exist;
  });

  it('hides the related list with related="0" and shortens it with related="2"', async () => {
    const none = createWidget({ feed: DEMO_FEED, related: '0' });
    const two = createWidget({ feed: DEMO_FEED, related: '2' });
    await waitForReady(none.el);
    await waitForReady(two.el);
    expect(part(none.el, 'related')).to.equal(null);
    expect(parts(none.el, 'related-item')).to.have.length(0);
    expect(parts(two.el, 'related-item')).to.have.length(2);
  });

  it('reflects theme and sets its colours from it', async () => {
    const light = createWidget({ feed: DEMO_FEED, theme: 'light' });
    const dark = createWidget({ feed: DEMO_FEED, theme: 'dark' });
    await waitForReady(light.el);
    await waitForReady(dark.el);
    expect(dark.el.getAttribute('theme')).to.equal('dark');
    const bg = (el: Element) => getComputedStyle(part(el, 'card')!).backgroundColor;
    expect(bg(light.el)).to.equal('rgb(255, 255, 255)');
    expect(bg(dark.el)).to.not.equal(bg(light.el));
  });
});

describe('render: choosing the episode', () => {
  const cases: [string, string][] = [
    ['latest', EP2_TITLE],
    ['LATEST', EP2_TITLE],
    ['3190d1cc-853f-5829-8baa-4b59210d5171', EP1_TITLE], // guid
    ['1', EP1_TITLE], // episode number
    ['S1E1', EP1_TITLE], // season and episode
    ['https://asynchronous-unreliable.example/episodes/1-green-software-is-efficient-software/', EP1_TITLE], // link
    [PLATFORM_TITLE, PLATFORM_TITLE], // exact title
  ];
  for (const [episode, title] of cases) {
    it(`episode="${episode}" shows "${title}"`, async () => {
      const { el } = createWidget({ feed: DEMO_FEED, episode });
      await waitForReady(el);
      expect(partText(el, 'title')).to.equal(title);
    });
  }

  it('a serial feed listed oldest first still shows its newest episode as latest', async () => {
    const { el } = createWidget({ feed: '/test/fixtures/serial.xml' });
    await waitForReady(el);
    expect(partText(el, 'title')).to.equal('Chapter Eight: The Lighthouse Keeper');
    expect(partText(el, 'meta')).to.contain('Jun 30, 2025');
  });

  it('S2E5 and S1E2 pick by season and episode in a serial feed', async () => {
    const a = createWidget({ feed: '/test/fixtures/serial.xml', episode: 'S2E5' });
    const b = createWidget({ feed: '/test/fixtures/serial.xml', episode: 'S1E2' });
    await waitForReady(a.el);
    await waitForReady(b.el);
    expect(partText(a.el, 'title')).to.equal('Chapter Eight: The Lighthouse Keeper');
    expect(partText(b.el, 'title')).to.equal('Chapter Two: The River Crossing');
    expect(partText(b.el, 'meta')).to.match(/S1/);
  });
});

describe('render: the episode attribute names an episode by its number', () => {
  const FEED = '/test/fixtures/episode-numbers.xml';

  it("the feed's own itunes:episode numbers come before numbers in titles", async () => {
    const seven = createWidget({ feed: FEED, episode: '7' });
    const twelve = createWidget({ feed: FEED, episode: '12' });
    const nine = createWidget({ feed: FEED, episode: 'Episode 9' });
    await Promise.all([waitForReady(seven.el), waitForReady(twelve.el), waitForReady(nine.el)]);
    expect(partText(seven.el, 'title'), 'itunes:episode 7, not "Episode 7 Revisited…"').to.equal(
      'Talking To Strangers',
    );
    expect(partText(twelve.el, 'title'), 'itunes:episode 12, not "12: Questions…"').to.equal(
      'Episode 7 Revisited: Seven Habits',
    );
    expect(partText(nine.el, 'title')).to.equal('12: Questions For A Sound Engineer');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Every real-world feed: the whole shared set when ../shared/feeds is there, else the committed ones (test/fixtures/
// feeds/); both served at /feeds/.

interface OracleItem {
  title: string;
  date?: Date;
  seconds?: number;
}

/** Decodes a feed's bytes with the encoding its XML declaration names (ISO-8859-1 feeds exist). */
function decodeFeed(bytes: ArrayBuffer): string {
  const head = new TextDecoder('latin1').decode(bytes.slice(0, 200));
  const declared = /encoding=["']([\w-]+)["']/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(declared).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Text of an XML element's content: CDATA unwrapped, entities decoded, tags stripped. */
function plain(raw: string): string {
  const unwrapped = raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
  const doc = new DOMParser().parseFromString(`<body>${unwrapped}</body>`, 'text/html');
  const once = doc.body.textContent ?? '';
  // Entity-escaped HTML in titles decodes to tags; strip those too.
  return new DOMParser().parseFromString(`<body>${once}</body>`, 'text/html').body.textContent ?? once;
}

/** Letters and digits only, lower case: compares titles whatever the parser did with whitespace, quotes and tags. */
function comparable(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function durationSeconds(raw: string | undefined): number | undefined {
  const value = raw?.trim() ?? '';
  let m: RegExpExecArray | null;
  if ((m = /^(\d+)$/.exec(value))) return Number(m[1]);
  if ((m = /^(\d+):(\d{1,2})$/.exec(value))) return Number(m[1]) * 60 + Number(m[2]);
  if ((m = /^(\d+):(\d{1,2}):(\d{1,2})$/.exec(value))) return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  return undefined;
}

/** A rough, independent reading of a feed's items (regular expressions, not the element's parser). */
function oracle(xml: string): OracleItem[] {
  const items: OracleItem[] = [];
  for (const [block] of xml.matchAll(/<item[\s>][\s\S]*?<\/item>/g)) {
    const title = plain(/<title[^>]*>([\s\S]*?)<\/title>/.exec(block)?.[1] ?? '');
    const pub = /<pubDate[^>]*>([\s\S]*?)<\/pubDate>/.exec(block)?.[1]?.trim();
    const parsed = pub ? new Date(pub) : undefined;
    const duration = durationSeconds(/<itunes:duration[^>]*>([\s\S]*?)<\/itunes:duration>/.exec(block)?.[1]);
    items.push({
      title,
      date: parsed && !Number.isNaN(parsed.getTime()) ? parsed : undefined,
      seconds: duration,
    });
  }
  return items;
}

const feedsSetup = await feedsConfig();
const manifest = feedsSetup.sharedFeeds ? await (await fetch('/feeds/MANIFEST.tsv')).text() : '';
const realFeeds = (
  feedsSetup.sharedFeeds
    ? manifest
        .split('\n')
        .slice(1)
        .map((line) => line.split('\t')[0]!.trim())
    : feedsSetup.fixtureFeeds
).filter((name) => name.endsWith('.xml') || name.endsWith('.rss'));
const BROKEN = 'feed-rs__feed-rs__rss_2.0_invalid_1.xml';
const NO_AGENDA = feedsSetup.sharedFeeds ? 'podverse__partytime__no-agenda.xml' : TRIMMED.noAgenda;

describe(`render: real-world feeds (${feedsSetup.sharedFeeds ? feedsSetup.sharedFeedsDir : 'test/fixtures/feeds'})`, function () {
  this.timeout(60000);

  it('lists the feeds: MANIFEST.tsv beside ../shared, else the committed ones', () => {
    expect(realFeeds.length, 'feeds').to.be.greaterThan(10);
    expect(realFeeds).to.include(BROKEN);
    expect(realFeeds).to.include(NO_AGENDA);
  });

  for (const name of realFeeds) {
    if (name === BROKEN) {
      it(`${name}: cut off mid-document, shows an error instead of a blank box`, async () => {
        const { el, errorEvents } = createWidget({ feed: `/feeds/${name}` });
        const message = await waitForError(el, 30000);
        expect(message.length, `error message "${message}"`).to.be.greaterThan(20);
        expect(errorEvents).to.have.length(1);
        expect(['malformed', 'not-a-feed', 'empty-feed']).to.include(errorEvents[0]!.detail.code);
        expect(part(el, 'error')!.getBoundingClientRect().height).to.be.greaterThan(20);
      });
      continue;
    }
    it(`${name}: shows the latest episode's title, date and length`, async () => {
      const xml = decodeFeed(await (await fetch(`/feeds/${name}`)).arrayBuffer());
      const items = oracle(xml);
      const { el } = createWidget({ feed: `/feeds/${name}` });
      await waitForReady(el, 30000);

      const title = partText(el, 'title');
      expect(title, 'a title').to.not.equal('');
      const item = items.find((i) => comparable(i.title) === comparable(title));
      expect(item, `"${title}" is one of the feed's item titles`).to.exist;

      const meta = partText(el, 'meta');
      if (item!.date) {
        expect(meta, `meta "${meta}" shows a date`).to.match(DATE_PATTERN);
        const dates = mediumDates(item!.date);
        expect(
          dates.some((d) => meta.includes(d)),
          `meta "${meta}" shows ${dates.join(' or ')}`,
        ).to.equal(true);
        // The newest dated item is "latest" (ties are allowed to go either way).
        const newest = Math.max(...items.filter((i) => i.date).map((i) => i.date!.getTime()));
        expect(item!.date.getTime(), `"${title}" is the newest episode`).to.equal(newest);
      }
      if (item!.seconds !== undefined && item!.seconds >= 60) {
        expect(meta, `meta "${meta}" shows the length (${item!.seconds} s)`).to.match(LENGTH_PATTERN);
      }
      expect(part(el, 'show'), 'the show title').to.exist;
      expect(partText(el, 'show')).to.not.equal('');
    });
  }

  it('no-agenda (undefined entity &gtgt;) renders with its notes', async () => {
    const { el } = createWidget({ feed: `/feeds/${NO_AGENDA}` });
    await waitForReady(el, 30000);
    expect(partText(el, 'title')).to.not.equal('');
    expect(text(part(el, 'summary')).length, 'notes shown').to.be.greaterThan(50);
    // no-agenda names SRT transcripts on its own server: the viewer takes them on (they can't be fetched here).
    await waitFor(() => viewerOf(el), 10000, 'the transcript viewer');
    expect(viewerOf(el)!.getAttribute('state'), 'no-agenda has SRT transcripts').to.not.equal('none');
    expect(partText(el, 'transcript')).to.not.contain('No transcript for this episode yet');
  });

  it('rss_2.0_invalid_1 shows the error while a good feed next to it renders', async () => {
    const broken = createWidget({ feed: `/feeds/${BROKEN}` });
    const good = createWidget({ feed: '/feeds/feed-rs__feed-rs__rss_2.0_anchorfm.xml' });
    await waitForError(broken.el, 30000);
    await waitForReady(good.el, 30000);
    await waitFor(() => partText(good.el, 'title') !== '', 5000, 'the good feed title');
  });
});

checkNoUncaughtExceptions();
