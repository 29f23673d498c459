/**
 * The widget on the test runner's origin reading a feed from another origin that sends no CORS headers, through
 * our own server (`proxy="http://127.0.0.1:<port>/proxy?url={url}"`), and from that server's snapshot.
 * Everything is on 127.0.0.1: the page, the feed's origin and the server (which may reach only the feed's origin).
 */
import { expect } from '@esm-bundle/chai';
import {
  createWidget,
  cleanup,
  loadElement,
  partText,
  requestCount,
  testConfig,
  unique,
  waitFor,
  waitForError,
  waitForReady,
  type PodcastEpisodeEl,
} from '../element/helpers.js';
import { readSnapshot } from '../../src/snapshot/read-snapshot.js';

const EP2_TITLE = 'Ep 2: What Does AI Mean For The Future of Extreme Code Efficiency? With Jon Berger';

let server = '';

async function podcastServer(): Promise<string> {
  const { url } = (await fetch('/test-api/podcast-server').then((r) => r.json())) as { url: string | null };
  if (!url) throw new Error('the podcast-episode server is not running: run `npm run build` before the tests');
  return url;
}

before(async () => {
  server = await podcastServer();
  await loadElement();
});
afterEach(cleanup);

describe('the widget through our own server', () => {
  it('the feed origin really refuses other sites (no CORS headers)', async () => {
    const { crossOrigin } = await testConfig();
    const direct = await fetch(`${crossOrigin}/nocors/demo/feed.xml?direct=${unique()}`).then(
      () => 'read',
      () => 'refused',
    );
    expect(direct).to.equal('refused');
  });

  it('renders a no-CORS feed through /proxy, with one request to the feed origin', async () => {
    const { crossOrigin } = await testConfig();
    const feedPath = `/nocors/demo/feed.xml?e2e=${unique()}`;
    const { el } = createWidget({ feed: `${crossOrigin}${feedPath}`, proxy: `${server}/proxy?url={url}` });
    await waitForReady(el as PodcastEpisodeEl, 20000);
    expect(partText(el, 'title')).to.equal(EP2_TITLE);
    expect(await requestCount(`//cross${feedPath}`)).to.equal(1);
    // The server's copy answers the next page that asks, without going back to the feed's origin.
    // (no-store: the browser's own HTTP cache would otherwise answer, with the first answer's headers)
    const again = await fetch(`${server}/proxy?url=${encodeURIComponent(`${crossOrigin}${feedPath}`)}`, {
      cache: 'no-store',
    });
    expect(again.headers.get('x-cache')).to.equal('HIT');
    expect(await requestCount(`//cross${feedPath}`)).to.equal(1);
  });

  it('reads the chapters file through the server too', async () => {
    const { crossOrigin } = await testConfig();
    const { el } = createWidget({
      feed: `${crossOrigin}/nocors/demo/feed.xml?chapters=${unique()}`,
      proxy: `${server}/proxy?url={url}`,
    });
    await waitForReady(el as PodcastEpisodeEl, 20000);
    await waitFor(() => partText(el, 'chapters').includes('Welcome to episode two'), 15000, 'chapters shown');
    // The chapters file sits beside the feed on the no-CORS origin: the page could only have read it through the
    // server, which holds it now (an earlier widget may have made it fetch the file already).
    const chapters = `${crossOrigin}/nocors/demo/chapters/ep2.json`;
    expect(await requestCount('//cross/nocors/demo/chapters/ep2.json')).to.be.greaterThan(0);
    const cached = await fetch(`${server}/proxy?url=${encodeURIComponent(chapters)}`, { cache: 'no-store' });
    expect(cached.headers.get('x-cache')).to.equal('HIT');
  });

  it('shows an error, not a page crash, when the server refuses the feed', async () => {
    // 127.1 is loopback in another notation: refused before any connection, since only the feed origin is allowed.
    const { el } = createWidget({ feed: 'http://127.1/feed.xml', proxy: `${server}/proxy?url={url}` });
    const message = await waitForError(el as PodcastEpisodeEl);
    expect(message.length).to.be.greaterThan(0);
    const answer = await fetch(`${server}/proxy?url=${encodeURIComponent('http://127.1/feed.xml')}`);
    expect(answer.status).to.equal(403);
    expect(((await answer.json()) as { code: string }).code).to.equal('forbidden-address');
  });

  it('serves a snapshot the page can read cross-origin', async () => {
    const { crossOrigin } = await testConfig();
    const feed = `${crossOrigin}/nocors/demo/feed.xml?snap=${unique()}`;
    const response = await fetch(`${server}/episode.json?feed=${encodeURIComponent(feed)}&episode=latest`);
    expect(response.status).to.equal(200);
    const snapshot = readSnapshot(await response.json());
    expect(snapshot.feedUrl).to.equal(feed);
    expect(snapshot.episode.title).to.equal(EP2_TITLE);
    expect(snapshot.episode.chapters?.url).to.match(/\/nocors\/demo\/chapters\/ep2\.json$/);
    expect(snapshot.related.length).to.be.greaterThan(0);
  });

  it('renders from a snapshot with src, reading no feed', async function () {
    const Element = customElements.get('podcast-episode') as unknown as { observedAttributes?: string[] } | undefined;
    // The element's `src` is wired by the element's owner; this test runs as soon as it is.
    if (!Element?.observedAttributes?.includes('src')) this.skip();
    const { crossOrigin } = await testConfig();
    const feedPath = `/nocors/demo/feed.xml?src=${unique()}`;
    const src = `${server}/episode.json?feed=${encodeURIComponent(`${crossOrigin}${feedPath}`)}`;
    const { el } = createWidget({ src });
    await waitForReady(el as PodcastEpisodeEl, 20000);
    expect(partText(el, 'title')).to.equal(EP2_TITLE);
    await waitFor(() => requestCount(`//cross${feedPath}`).then((n) => n === 1));
  });

  it("shows a snapshot's own episode, not the newest of its related ones, when no episode is named", async () => {
    const { crossOrigin } = await testConfig();
    const feedPath = `/nocors/demo/feed.xml?older=${unique()}`;
    const src = `${server}/episode.json?feed=${encodeURIComponent(`${crossOrigin}${feedPath}`)}&episode=1`;
    const { el } = createWidget({ src });
    await waitForReady(el as PodcastEpisodeEl, 20000);
    expect(partText(el, 'title').startsWith('Ep 1:')).to.equal(true);
  });
});
