// loadFeed's page-wide cache over real HTTP: widgets naming the same feed at once cost one request, and a feed that
// failed is fetched again on the next call (the element's "Try again").
import { expect } from '@esm-bundle/chai';
import { loadFeed } from '../../src/feed/load.js';
import { finalView } from '../../src/feed/parse-client.js';
import { requestCount, unique } from '../element/helpers.js';

describe('loadFeed', () => {
  it('makes one request for simultaneous loads of the same feed, relative or absolute', async () => {
    // A feed the test server makes with Cache-Control: no-store: the browser's HTTP cache cannot merge the requests.
    const path = `/test-api/feed.xml?audio=%2Faudio.mp3&show=${unique()}`;
    const sources = await Promise.all([loadFeed(path), loadFeed(path), loadFeed(new URL(path, location.href).href)]);
    expect(new Set(sources).size, 'one source').to.equal(1);
    const views = await Promise.all(sources.map((source) => finalView(source, { spec: 'latest', count: 0 })));
    expect(new Set(views.map((view) => view.podcast.title)).size).to.equal(1);
    expect(views[0]!.episode.title).to.equal('Episode 1');
    expect(await requestCount(path)).to.equal(1);
    await loadFeed(path);
    expect(await requestCount(path)).to.equal(1);
  });

  it('fetches a failed feed again on the next call', async () => {
    const path = `/test-api/status/503?load=${unique()}`;
    const code = (error: { code?: string }) => error.code;
    const latest = (source: Awaited<ReturnType<typeof loadFeed>>) => finalView(source, { spec: 'latest', count: 0 });
    expect(
      await loadFeed(path)
        .then(latest)
        .then(() => 'loaded', code),
    ).to.equal('http');
    expect(
      await loadFeed(path)
        .then(latest)
        .then(() => 'loaded', code),
    ).to.equal('http');
    expect(await requestCount(path)).to.equal(2);
  });
});
