// loadFeed's page-wide cache over real HTTP: widgets naming the same feed at once cost one request, and a feed that
// failed is fetched again on the next call (the element's "Try again").
import { expect } from '@esm-bundle/chai';
import { loadFeed } from '../../src/feed/load.js';
import { requestCount, unique } from '../element/helpers.js';

describe('loadFeed', () => {
  it('makes one request for simultaneous loads of the same feed, relative or absolute', async () => {
    // A feed the test server makes with Cache-Control: no-store: the browser's HTTP cache cannot merge the requests.
    const path = `/test-api/feed.xml?audio=%2Faudio.mp3&show=${unique()}`;
    const feeds = await Promise.all([loadFeed(path), loadFeed(path), loadFeed(new URL(path, location.href).href)]);
    expect(new Set(feeds.map((feed) => feed.feed.podcast.title)).size).to.equal(1);
    expect(feeds[0]!.feed.episodes.length).to.be.greaterThan(0);
    expect(await requestCount(path)).to.equal(1);
    await loadFeed(path);
    expect(await requestCount(path)).to.equal(1);
  });

  it('fetches a failed feed again on the next call', async () => {
    const path = `/test-api/status/503?load=${unique()}`;
    const code = (error: { code?: string }) => error.code;
    expect(await loadFeed(path).then(() => 'loaded', code)).to.equal('http');
    expect(await loadFeed(path).then(() => 'loaded', code)).to.equal('http');
    expect(await requestCount(path)).to.equal(2);
  });
});
