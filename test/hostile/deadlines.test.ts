// Issue 15, class "loading forever": servers that drip, hang, never answer or send less than they promise. Each
// load must end within its deadline in the `network` error with a sentence that says why. The deadlines are set
// short here (the `timeout` option the element's attribute maps to), so no test waits the default 30 s.
import { expect } from '@esm-bundle/chai';
import { loadFeed as openFeed } from '../../src/feed/load.js';
import { finalView } from '../../src/feed/parse-client.js';
import { fetchBody } from '../../src/net/fetch-resource.js';
import { PodcastEpisodeError } from '../../src/feed/errors.js';
import { strings } from '../../src/i18n/strings.js';
import { setParserUrl } from '../../src/feed/parse-client.js';

setParserUrl(new URL('/dist/podcast-episode-parser.js', location.href).href);

const unique = () => Math.random().toString(36).slice(2);

/** Runs `load`, which must reject with a PodcastEpisodeError; returns it and how long it took (ms). */
async function failureOf(load: () => Promise<unknown>): Promise<{ error: PodcastEpisodeError; ms: number }> {
  const started = performance.now();
  try {
    await load();
  } catch (error) {
    expect(error).to.be.instanceOf(PodcastEpisodeError);
    return { error: error as PodcastEpisodeError, ms: performance.now() - started };
  }
  throw new Error('expected the load to fail');
}

/** The feed's latest episode, read whole (the source's failures reject). */
const loadFeed = (...args: Parameters<typeof openFeed>) =>
  openFeed(...args).then((source) => finalView(source, { spec: 'latest', count: 0 }));

describe('deadlines: every feed load ends', function () {
  this.timeout(10_000);

  it('a server dripping one byte per 100 ms fails at the overall deadline, saying it is too slow', async () => {
    const { error, ms } = await failureOf(() =>
      loadFeed(`/test-api/hostile/drip?ms=100&u=${unique()}`, null, { timeout: 1500 }),
    );
    expect(error.code).to.equal('network');
    expect(error.message).to.equal(strings.errorTooSlow);
    expect(error.message).to.match(/too slow/);
    expect(ms, 'ends near the deadline').to.be.within(1400, 4000);
  });

  it('headers and then nothing: fails at the stall deadline', async () => {
    const { error, ms } = await failureOf(() =>
      fetchBody(`/test-api/hostile/headers-only?u=${unique()}`, null, '*/*', {
        deadlines: { total: 5000, stall: 800 },
      }),
    );
    expect(error.code).to.equal('network');
    expect(error.message).to.equal(strings.errorTooSlow);
    expect(ms, 'the stall limit, not the total, ended it').to.be.within(700, 3000);
  });

  it('a server that never answers fails at the deadline', async () => {
    const { error, ms } = await failureOf(() =>
      loadFeed(`/test-api/hostile/silent?u=${unique()}`, null, { timeout: 1200 }),
    );
    expect(error.code).to.equal('network');
    expect(error.message).to.match(/too slow/);
    expect(ms).to.be.within(1100, 4000);
  });

  it('a body shorter than its Content-Length, then the connection closes: network, never a partial feed', async () => {
    const { error, ms } = await failureOf(() =>
      loadFeed(`/test-api/hostile/short-body?u=${unique()}`, null, { timeout: 5000 }),
    );
    expect(error.code).to.equal('network');
    expect(error.message).to.equal(strings.errorCut);
    expect(ms, 'at once, not at a deadline').to.be.below(3000);
  });

  it('a body shorter than its Content-Length, and the connection stays open: the stall deadline ends it', async () => {
    const { error } = await failureOf(() =>
      loadFeed(`/test-api/hostile/short-body?hang&u=${unique()}`, null, { timeout: 1500 }),
    );
    expect(error.code).to.equal('network');
    expect(error.message).to.match(/too slow|incomplete/);
  });

  it('a slow but honest server within the deadline still gives the feed', async () => {
    const view = await loadFeed(`/test-api/hostile/late?ms=300&u=${unique()}`, null, { timeout: 5000 });
    expect(view.podcast.title).to.equal('Slow Server Feed');
    expect(view.episode.title).to.not.equal('');
  });

  it('a failed load is forgotten: the next attempt ("Try again") asks the server again', async () => {
    const url = `/test-api/hostile/silent?u=${unique()}`;
    const first = openFeed(url, null, { timeout: 600 });
    await failureOf(() => first.then((source) => finalView(source, { spec: 'latest', count: 0 })));
    expect(openFeed(url, null, { timeout: 600 }), 'a new attempt, not the cached failure').to.not.equal(first);
  });

  it('optional files (transcripts, chapters) have their own limits: a size limit refuses an oversized answer', async () => {
    const { error } = await failureOf(() =>
      fetchBody(`/test-api/hostile/feed?kind=many-items&n=2000&u=${unique()}`, null, '*/*', {
        maxBytes: 10_000,
        messages: { tooLarge: 'too large for this test' },
      }),
    );
    expect(error.code).to.equal('network');
    expect(error.message).to.equal('too large for this test');
  });
});
