import { expect } from '@esm-bundle/chai';
import {
  checkNoUncaughtExceptions,
  container,
  createWidget,
  loadElement,
  pageIdle,
  part,
  partText,
  requestCount,
  testConfig,
  unique,
  waitForReady,
  type PodcastEpisodeEl,
  type Recorded,
} from './helpers.js';

/**
 * `loading="lazy"` (the default): a widget reads its feed only when it comes within two viewports of the screen,
 * is shown, or the page asks for it. Every widget here reads a feed URL of its own, so the test server's request
 * log says which ones read theirs.
 */

const EP2_TITLE = 'Ep 2: What Does AI Mean For The Future of Extreme Code Efficiency? With Jon Berger';

before(async () => {
  await loadElement();
});

afterEach(() => window.scrollTo(0, 0));

/** A feed URL (the demo feed) no other widget uses: `query` is what to count. */
function ownFeed(name: string): { feed: string; query: string } {
  const query = `feed.xml?${name}=${unique()}`;
  return { feed: `/demo/${query}`, query };
}

/** A block of article text `height` px tall. */
function paragraph(parent: HTMLElement, height: number): HTMLElement {
  const p = document.createElement('p');
  p.style.cssText = `height:${height}px;margin:0`;
  p.textContent = 'Article text. '.repeat(40);
  parent.append(p);
  return p;
}

/** Lets the page do all it was going to do on its own (observer callbacks, fetches it started). */
async function settled(): Promise<void> {
  await pageIdle();
  await pageIdle();
}

/** An element's top edge in page coordinates. */
const pageTop = (el: Element) => el.getBoundingClientRect().top + window.scrollY;

describe('loading="lazy" (the default): only widgets near the screen read their feed', () => {
  it('twenty widgets down a long article: only those within two viewports of the screen make a request', async function () {
    const viewport = window.innerHeight;
    const article = container();
    const widgets: (Recorded & { query: string })[] = [];
    for (let i = 0; i < 20; i++) {
      paragraph(article, Math.round(viewport * 0.9));
      const { feed, query } = ownFeed(`twenty${i}`);
      widgets.push({ ...createWidget({ feed, layout: 'compact', loading: null }, article), query });
    }
    // The skeleton has the card's height, so the article below already has its final layout.
    await widgets[0]!.el.updateComplete;
    const skeletonHeight = widgets[0]!.el.getBoundingClientRect().height;
    expect(skeletonHeight, 'the skeleton reserves the card height').to.be.greaterThan(300);

    await waitForReady(widgets[0]!.el);
    await settled();
    const reach = viewport * 3; // the screen plus two viewports below it
    const counts = await Promise.all(widgets.map((w) => requestCount(w.query)));
    const near = widgets.map((w) => pageTop(w.el) < reach - 20);
    const far = widgets.map((w) => pageTop(w.el) > reach + 20);
    expect(near.filter(Boolean).length, 'some widgets are near the screen').to.be.greaterThan(0);
    expect(far.filter(Boolean).length, 'most are far below').to.be.greaterThan(10);
    widgets.forEach((_, i) => {
      if (near[i]) expect(counts[i], `widget ${i} (near the screen) read its feed`).to.equal(1);
      if (far[i]) expect(counts[i], `widget ${i} (far below) read nothing`).to.equal(0);
    });
    for (const [i, w] of widgets.entries()) if (far[i]) expect(w.el.getAttribute('state')).to.equal('loading');

    // Scrolling down brings the next ones in; those still far below stay unread.
    const target = widgets[12]!;
    window.scrollTo(0, pageTop(target.el) - 100);
    await waitForReady(target.el);
    expect(partText(target.el, 'title')).to.equal(EP2_TITLE);
    await settled();
    const last = widgets[19]!;
    if (pageTop(last.el) > window.scrollY + reach + 20) expect(await requestCount(last.query)).to.equal(0);
    // Nothing was read twice, and scrolling did not move the article under the reader.
    for (const w of widgets) expect(await requestCount(w.query)).to.be.at.most(1);
    expect(Math.abs(target.el.getBoundingClientRect().top - 100), 'the widget scrolled to stayed in place').to.be.below(
      2,
    );
  });

  it('loading="eager" reads its feed at once, however far below', async () => {
    const article = container();
    paragraph(article, window.innerHeight * 10);
    const { feed, query } = ownFeed('eager');
    const { el } = createWidget({ feed, loading: 'eager' }, article);
    await waitForReady(el);
    expect(await requestCount(query)).to.equal(1);
    expect(partText(el, 'title')).to.equal(EP2_TITLE);
  });

  it('a hidden widget (display: none) reads its feed once it is shown', async () => {
    const box = container('display: none');
    const { feed, query } = ownFeed('hidden');
    const { el } = createWidget({ feed, loading: null }, box);
    await settled();
    expect(await requestCount(query), 'nothing while hidden').to.equal(0);
    box.style.display = 'block';
    await waitForReady(el);
    expect(await requestCount(query)).to.equal(1);
  });

  it('a widget in a closed <details> reads its feed once it is opened', async () => {
    const details = document.createElement('details');
    details.innerHTML = '<summary>Listen</summary>';
    container().append(details);
    const { feed, query } = ownFeed('details');
    const { el } = createWidget({ feed, loading: null }, details as unknown as HTMLElement);
    await settled();
    expect(await requestCount(query), 'nothing while closed').to.equal(0);
    details.open = true;
    await waitForReady(el);
    expect(await requestCount(query)).to.equal(1);
  });

  it('a widget far down a scrolled box reads its feed when the box is scrolled to it', async () => {
    const box = container('height: 200px; overflow: auto');
    paragraph(box, 20000);
    const { feed, query } = ownFeed('scrollbox');
    const { el } = createWidget({ feed, loading: null }, box);
    await settled();
    expect(await requestCount(query), 'nothing while far down the box').to.equal(0);
    box.scrollTop = box.scrollHeight;
    await waitForReady(el);
    expect(await requestCount(query)).to.equal(1);
  });

  it('feed and episode changed while far away: only the final ones are read, once near', async () => {
    const article = container();
    paragraph(article, window.innerHeight * 8);
    const first = ownFeed('changedfrom');
    const { el, readyEvents } = createWidget({ feed: first.feed, loading: null }, article);
    await settled();
    const second = ownFeed('changedto');
    el.setAttribute('feed', second.feed);
    el.setAttribute('episode', '1');
    await settled();
    expect(await requestCount(first.query)).to.equal(0);
    expect(await requestCount(second.query)).to.equal(0);
    el.scrollIntoView();
    await waitForReady(el);
    expect(await requestCount(first.query)).to.equal(0);
    expect(await requestCount(second.query)).to.equal(1);
    expect(partText(el, 'title')).to.contain('Ep 1:');
    expect(readyEvents).to.have.length(1);
  });

  it('load() and play() on a widget far away read its feed at once; currentEpisode is undefined until then', async () => {
    const article = container();
    paragraph(article, window.innerHeight * 8);
    const a = ownFeed('apiload');
    const b = ownFeed('apiplay');
    const loadEl = createWidget({ feed: a.feed, loading: null }, article).el as PodcastEpisodeEl & { load(): void };
    const playEl = createWidget({ feed: b.feed, loading: null }, article).el as PodcastEpisodeEl & {
      play(): Promise<void>;
    };
    await settled();
    expect(loadEl.currentEpisode === undefined, 'no episode before loading').to.equal(true);
    expect(await requestCount(a.query)).to.equal(0);
    loadEl.load();
    await waitForReady(loadEl);
    expect(loadEl.currentEpisode?.title).to.equal(EP2_TITLE);
    expect(await requestCount(a.query)).to.equal(1);
    // play() before the episode is there plays nothing (as before any load), but starts reading the feed.
    await playEl.play();
    await waitForReady(playEl);
    expect(await requestCount(b.query)).to.equal(1);
    expect(part(playEl, 'play-button') !== null).to.equal(true);
  });

  it('a widget removed before it came near never reads its feed; put back near the screen, it does', async () => {
    const article = container();
    paragraph(article, window.innerHeight * 8);
    const { feed, query } = ownFeed('moved');
    const { el } = createWidget({ feed, loading: null }, article);
    await settled();
    el.remove();
    await settled();
    expect(await requestCount(query)).to.equal(0);
    article.prepend(el);
    await waitForReady(el);
    expect(await requestCount(query)).to.equal(1);
  });

  it('before printing, every widget still waiting starts reading its feed', async () => {
    const article = container();
    paragraph(article, window.innerHeight * 8);
    const { feed, query } = ownFeed('print');
    const { el } = createWidget({ feed, loading: null }, article);
    await settled();
    expect(await requestCount(query)).to.equal(0);
    // What the browser fires before it lays the page out for print (window.print() would open a dialog).
    window.dispatchEvent(new Event('beforeprint'));
    await waitForReady(el);
    expect(await requestCount(query)).to.equal(1);
  });

  it('a snapshot (src) far below is read only when it comes near too', async () => {
    const { crossOrigin } = await testConfig();
    const { url: server } = (await fetch('/test-api/podcast-server').then((r) => r.json())) as { url: string | null };
    if (!server) throw new Error('the podcast-episode server is not running: run `npm run build` before the tests');
    const article = container();
    paragraph(article, window.innerHeight * 8);
    // Our server reads the feed (from the cross origin, logged there) only when the widget asks for the snapshot.
    const feedPath = `/demo/feed.xml?lazysnap=${unique()}`;
    const src = `${server}/episode.json?feed=${encodeURIComponent(`${crossOrigin}${feedPath}`)}`;
    const { el } = createWidget({ src, loading: null }, article);
    await settled();
    expect(await requestCount(`//cross${feedPath}`)).to.equal(0);
    el.scrollIntoView();
    await waitForReady(el, 20000);
    expect(partText(el, 'title')).to.equal(EP2_TITLE);
    expect(await requestCount(`//cross${feedPath}`)).to.equal(1);
  });
});

checkNoUncaughtExceptions();
