// Issue 15, class "stuck parser" and the data-level limits: crafted feeds that stalled the parser (a DOCTYPE run of
// `[`, a run of `&lt;`) now read in linear time; a parse that still runs too long is ended by the watchdog with a
// clear error, without holding up other feeds; Atom podcast feeds read like RSS ones.
import { expect } from '@esm-bundle/chai';
import { readFeed } from '../../src/feed/read-feed.js';
import { finalView, readFeedBytes, setParserUrl } from '../../src/feed/parse-client.js';
import type { PodcastEpisodeError } from '../../src/feed/errors.js';
import { strings } from '../../src/i18n/strings.js';
import { MAX_NOTES_HTML, MAX_TITLE, NOTES_BOUNDS } from '../../src/feed/limits.js';
import { boundMarkup } from '../../src/feed/bound-markup.js';

setParserUrl(new URL('/dist/podcast-episode-parser.js', location.href).href);

async function hostileBytes(kind: string, n?: number): Promise<Uint8Array> {
  const response = await fetch(`/test-api/hostile/feed?kind=${kind}${n ? `&n=${n}` : ''}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

/** Deepest element nesting of markup, as the browser parses it (only for markup already bounded). */
function depthOf(html: string): number {
  const root = new DOMParser().parseFromString(html, 'text/html').body;
  let deepest = 0;
  const walk = (node: Element, depth: number) => {
    deepest = Math.max(deepest, depth);
    for (const child of node.children) walk(child, depth + 1);
  };
  walk(root, 0);
  return deepest;
}

describe('crafted feeds read in linear time', function () {
  this.timeout(15_000);

  it('a DOCTYPE with a long run of [] pairs and an unclosed [ is refused at once, not after minutes', async () => {
    const bytes = await hostileBytes('doctype-brackets', 5000);
    const started = performance.now();
    const outcome = await readFeed(bytes, 'application/rss+xml', 'http://127.0.0.1/feed.xml').then(
      () => 'read',
      (error: PodcastEpisodeError) => error.code,
    );
    expect(performance.now() - started, 'ms').to.be.below(1000);
    // The unclosed `[` leaves the doctype open: no RSS root is found (like the former scanner, minus the stall).
    expect(outcome).to.be.oneOf(['not-a-feed', 'malformed', 'read']);
  });

  it('a description of 180 KB of &lt; reads in well under a second, notes kept as text', async () => {
    const bytes = await hostileBytes('lt-run', 180_000);
    const { value: feed, ms } = await timed(() => readFeed(bytes, null, 'http://127.0.0.1/feed.xml'));
    expect(ms, 'ms').to.be.below(1500);
    expect(feed.episodes).to.have.length(1);
    expect(feed.episodes[0]!.notesHtml.startsWith('<<<<')).to.equal(true);
  });

  it('notes nested 200,000 elements deep are bounded in the worker: text kept, depth capped', async () => {
    const bytes = await hostileBytes('deep-notes', 200_000);
    const { value: feed, ms } = await timed(() => readFeed(bytes, null, 'http://127.0.0.1/feed.xml'));
    expect(ms, 'ms').to.be.below(3000);
    const notes = feed.episodes[0]!.notesHtml;
    expect(notes.length).to.be.at.most(MAX_NOTES_HTML + 20);
    expect(depthOf(notes)).to.be.at.most(NOTES_BOUNDS.maxDepth + 1);
  });

  it('a 2 MB title is cut to MAX_TITLE characters with an ellipsis', async () => {
    const bytes = await hostileBytes('huge-title', 2_000_000);
    const feed = await readFeed(bytes, null, 'http://127.0.0.1/feed.xml');
    const title = feed.episodes[0]!.title;
    expect(title.length).to.equal(MAX_TITLE);
    expect(title.endsWith('…')).to.equal(true);
  });

  it('50,000 list items in the notes are cut at the element limit, ending in an ellipsis', async () => {
    const feed = await readFeed(await hostileBytes('many-li', 50_000), null, 'http://127.0.0.1/feed.xml');
    const notes = feed.episodes[0]!.notesHtml;
    const items = notes.split('<li>').length - 1;
    expect(items).to.be.below(NOTES_BOUNDS.maxElements);
    expect(notes.endsWith('<p>…</p>')).to.equal(true);
  });

  it('notes with thousands of images keep the first few', async () => {
    const feed = await readFeed(await hostileBytes('many-images', 2000), null, 'http://127.0.0.1/feed.xml');
    for (const episode of feed.episodes) {
      expect(episode.notesHtml.split('<img').length - 1).to.equal(NOTES_BOUNDS.maxImages);
    }
  });

  it('XHTML written as elements inside <description> is read, not refused as "not a feed"', async () => {
    const feed = await readFeed(await hostileBytes('xhtml-description'), null, 'http://127.0.0.1/feed.xml');
    expect(feed.episodes[0]!.notesText).to.contain('Inline');
    expect(feed.episodes[0]!.notesText).to.contain('element');
    expect(feed.episodes[0]!.notesHtml).to.contain('<b>element</b>');
  });

  it('an Atom feed with enclosure links reads like RSS: title, episodes, audio, notes', async () => {
    const feed = await readFeed(await hostileBytes('atom'), 'application/atom+xml', 'http://127.0.0.1/feed.xml');
    expect(feed.podcast.title).to.equal('Atom Cast');
    expect(feed.episodes.map((e) => e.title)).to.deep.equal(['Atom Episode Two', 'Atom Episode One']);
    expect(feed.episodes[0]!.enclosure).to.deep.equal({
      url: 'https://atom.example/2.mp3',
      type: 'audio/mpeg',
      length: 1234,
    });
    expect(feed.episodes[0]!.notesText).to.contain('Second Atom notes');
    expect(feed.episodes[0]!.notesHtml).to.contain('<em>Atom</em>');
    expect(feed.episodes[1]!.notesText).to.equal('First Atom notes');
    expect(feed.episodes[0]!.published?.toISOString()).to.equal('2026-01-02T10:00:00.000Z');
  });
});

describe('bounding markup', () => {
  it('drops tags beyond the depth limit with their end tags, keeping the text', () => {
    const deep = '<div>'.repeat(100) + 'text' + '</div>'.repeat(100) + '<p>after</p>';
    const bounded = boundMarkup(deep, { maxDepth: 10, maxElements: 1000, maxImages: 5 });
    expect(depthOf(bounded)).to.equal(10);
    const body = new DOMParser().parseFromString(bounded, 'text/html').body;
    expect(body.textContent).to.equal('textafter');
    expect(body.querySelector(':scope > p')?.textContent).to.equal('after');
  });

  it('leaves ordinary markup as it is (quotes with > inside, comments, sibling paragraphs)', () => {
    const html = '<p title="a>b">x<p>y<!-- <div> --><ul><li>1<li>2</ul><img src="a" alt=\'>\'><br>';
    expect(boundMarkup(html, { maxDepth: 3, maxElements: 100, maxImages: 5 })).to.equal(html);
  });

  it('runs in linear time on 1 MB of unclosed tags', () => {
    const started = performance.now();
    boundMarkup('<b>'.repeat(350_000), NOTES_BOUNDS);
    boundMarkup('<a title="'.repeat(100_000), NOTES_BOUNDS);
    expect(performance.now() - started).to.be.below(500);
  });
});

describe('the parse watchdog', function () {
  this.timeout(20_000);

  /** A feed of `n` items, big enough to take the parser a while. */
  function bigFeed(n: number): ArrayBuffer {
    const items = Array.from(
      { length: n },
      (_, i) =>
        `<item><title>Item ${i}</title><guid>g${i}</guid><description>&lt;p&gt;Notes ${i} ${'word '.repeat(60)}&lt;/p&gt;</description><enclosure url="https://x.example/${i}.mp3" type="audio/mpeg" length="1"/></item>`,
    );
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${items.join('')}</channel></rss>`;
    return new TextEncoder().encode(xml).buffer;
  }

  /** The latest episode of a feed's bytes, read in the parser worker within `timeout` ms. */
  const parseFeed = (bytes: ArrayBuffer, contentType: string | null, url: string, timeout?: number) =>
    finalView(readFeedBytes(bytes, contentType, url, timeout), { spec: 'latest', count: 0 });

  it('ends a parse that runs too long with a clear error, and the next feed still reads', async () => {
    const started = performance.now();
    const error = await parseFeed(bigFeed(20_000), null, 'http://127.0.0.1/big.xml', 50).then(
      () => undefined,
      (e: PodcastEpisodeError) => e,
    );
    expect(error?.code).to.equal('malformed');
    expect(error?.message).to.equal(strings.errorParseTimeout);
    expect(performance.now() - started, 'ended by the watchdog').to.be.below(2000);
    const small = await parseFeed(bigFeed(3), null, 'http://127.0.0.1/small.xml');
    expect(small.episode.title).to.equal('Item 0');
  });

  it('a slow feed does not hold up another one read at the same time', async () => {
    const order: string[] = [];
    const slow = parseFeed(bigFeed(30_000), null, 'http://127.0.0.1/slow.xml').then(() => order.push('slow'));
    const fast = parseFeed(bigFeed(2), null, 'http://127.0.0.1/fast.xml').then(() => order.push('fast'));
    await Promise.all([slow, fast]);
    expect(order).to.deep.equal(['fast', 'slow']);
  });
});

describe('a feed labelled ISO-8859-1 but written in UTF-8', () => {
  it('reads "Café", not "CafÃ©"', async () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Café Cast</title><item><title>Crème brûlée</title><guid>1</guid><enclosure url="https://x.example/1.mp3" type="audio/mpeg" length="1"/></item></channel></rss>`;
    const feed = await readFeed(
      new TextEncoder().encode(xml),
      'application/rss+xml; charset=ISO-8859-1',
      'http://127.0.0.1/f.xml',
    );
    expect(feed.podcast.title).to.equal('Café Cast');
    expect(feed.episodes[0]!.title).to.equal('Crème brûlée');
  });
});
