/**
 * The route tests, written once and run against both deployments (Node and Workers in Miniflare).
 * Every request goes to 127.0.0.1: the server under test and the origin it proxies. Refusals of loopback forms are
 * checked to happen before any connection (the origin counts its requests).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FEED_XML, startOrigin, type Origin } from './origin-server.js';
import type { StartTarget, Target } from './targets.js';
import { readSnapshot } from '../../../src/snapshot/read-snapshot.js';
import { linuxUnpluggedFeed } from './shared-feeds.js';

interface ErrorJson {
  code: string;
  message: string;
  status?: number;
}

async function errorOf(response: Response): Promise<ErrorJson> {
  assert.equal(response.headers.get('access-control-allow-origin'), '*', 'errors carry CORS too');
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  return (await response.json()) as ErrorJson;
}

/** Polls until `check` is true (no fixed sleeps); fails after `ms`. */
async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

export function routeSuite(name: string, start: StartTarget, options: { pinnedLookup: boolean }): void {
  describe(`routes on ${name}`, () => {
    let origin: Origin;
    let server: Target;
    let strict: Target;
    let stale: Target;
    let limited: Target;
    const proxy = (target: Target, url: string, init?: RequestInit) =>
      fetch(`${target.url}/proxy?url=${encodeURIComponent(url)}`, init);
    const hits = (path: string) => origin.hits.get(path) ?? 0;

    before(async () => {
      const lu = linuxUnpluggedFeed();
      origin = await startOrigin(lu ? { 'lu.xml': lu } : {});
      const base = { PODCAST_EPISODE_RATE_LIMIT: '0', PODCAST_EPISODE_TIMEOUT_S: '2' };
      const privateHost = { PODCAST_EPISODE_PRIVATE_HOSTS: `127.0.0.1:${origin.port}` };
      [server, strict, stale, limited] = await Promise.all([
        start({ ...base, ...privateHost }),
        // No private hosts; the origin's port opened, so only the address decides.
        start({ ...base, PODCAST_EPISODE_PORTS: String(origin.port) }),
        start({ ...base, ...privateHost, PODCAST_EPISODE_MAX_AGE_S: '0' }),
        start({ ...privateHost, PODCAST_EPISODE_RATE_LIMIT: '2' }),
      ]);
    });
    after(async () => {
      await Promise.all([server, strict, stale, limited].map((t) => t?.close()));
      await origin?.close();
    });

    it('passes a feed on with CORS, caching headers and no cookie', async () => {
      const response = await proxy(server, `${origin.url}/feed.xml`);
      assert.equal(response.status, 200);
      assert.equal(await response.text(), FEED_XML);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.match(response.headers.get('content-type') ?? '', /^application\/rss\+xml/);
      assert.match(response.headers.get('cache-control') ?? '', /public, max-age=\d+, stale-while-revalidate=\d+/);
      assert.equal(response.headers.get('set-cookie'), null);
    });

    it('answers the second request from its cache', async () => {
      const before = hits('/chapters.json');
      const first = await proxy(server, `${origin.url}/chapters.json`);
      assert.equal(first.headers.get('x-cache'), 'MISS');
      await first.text();
      const second = await proxy(server, `${origin.url}/chapters.json`);
      assert.equal(second.headers.get('x-cache'), 'HIT');
      assert.match(await second.text(), /"Intro"/);
      assert.equal(hits('/chapters.json') - before, 1);
    });

    it('passes transcripts and sniffs feeds sent as octet-stream', async () => {
      const vtt = await proxy(server, `${origin.url}/transcript.vtt`);
      assert.equal(vtt.status, 200);
      assert.match(await vtt.text(), /^WEBVTT/);
      const octet = await proxy(server, `${origin.url}/feed-octet`);
      assert.equal(octet.status, 200);
      assert.equal(octet.headers.get('content-type'), 'application/xml');
    });

    it('makes one upstream fetch for many simultaneous requests', async () => {
      const responses = await Promise.all(
        Array.from({ length: 40 }, () => proxy(server, `${origin.url}/slow-feed.xml`).then((r) => r.text())),
      );
      assert.ok(responses.every((text) => text === FEED_XML));
      assert.equal(hits('/slow-feed.xml'), 1);
    });

    it('revalidates a stale copy with its ETag and serves the stale copy meanwhile', async () => {
      const url = `${origin.url}/etag.xml`;
      const first = await proxy(stale, url);
      assert.equal(first.status, 200);
      await first.text();
      const hitsBefore = hits('/etag.xml');
      const second = await proxy(stale, url);
      assert.equal(second.headers.get('x-cache'), 'STALE');
      assert.equal(await second.text(), FEED_XML);
      await until(() => hits('/etag.xml') > hitsBefore);
      assert.equal(origin.lastHeaders.get('/etag.xml')?.['if-none-match'], '"v1"');
    });

    it("answers a browser's conditional request with 304", async () => {
      const url = `${origin.url}/etag.xml?conditional=1`;
      const first = await proxy(server, url);
      const etag = first.headers.get('etag');
      await first.text();
      assert.equal(etag, '"v1"');
      const second = await proxy(server, url, { headers: { 'If-None-Match': etag! } });
      assert.equal(second.status, 304);
    });

    it('never forwards cookies or credentials', async () => {
      const response = await proxy(server, `${origin.url}/echo-headers`, {
        headers: { Cookie: 'session=abc', Authorization: 'Bearer xyz' },
      });
      assert.equal(response.status, 200);
      const seen = origin.lastHeaders.get('/echo-headers')!;
      assert.equal(seen.cookie, undefined);
      assert.equal(seen.authorization, undefined);
    });

    it('refuses what is not text', async () => {
      const audio = await proxy(server, `${origin.url}/audio.mp3`);
      assert.equal(audio.status, 422);
      assert.equal((await errorOf(audio)).code, 'not-a-feed');
      const png = await proxy(server, `${origin.url}/png-as-xml`);
      assert.equal((await errorOf(png)).code, 'not-a-feed');
    });

    it('refuses answers over the size limit, declared or not', async () => {
      const big = await proxy(server, `${origin.url}/big.txt`);
      assert.equal(big.status, 413);
      assert.equal((await errorOf(big)).code, 'too-large');
      const declared = await proxy(server, `${origin.url}/big-declared.xml`);
      assert.equal((await errorOf(declared)).code, 'too-large');
    });

    it('gives up after the time limit', async () => {
      const response = await proxy(server, `${origin.url}/slow`);
      assert.equal(response.status, 504);
      assert.equal((await errorOf(response)).code, 'timeout');
    });

    it('reports upstream error statuses', async () => {
      const response = await proxy(server, `${origin.url}/status/404`);
      assert.equal(response.status, 502);
      assert.deepEqual(await errorOf(response), {
        code: 'http',
        message: 'The server answered with HTTP 404.',
        status: 404,
      });
    });

    it('follows up to 5 redirects, and no more', async () => {
      const five = await proxy(server, `${origin.url}/redirect/5`);
      assert.equal(five.status, 200);
      assert.equal(await five.text(), FEED_XML);
      const six = await proxy(server, `${origin.url}/redirect/6`);
      assert.equal(six.status, 502);
      assert.match((await errorOf(six)).message, /redirected more than 5 times/);
    });

    it('checks every redirect hop before following it', async () => {
      for (const to of ['http://[::1]/feed.xml', 'http://127.1/feed.xml', 'http://0x7f.1:9/x']) {
        const response = await proxy(server, `${origin.url}/redirect/1?to=${encodeURIComponent(to)}`);
        assert.equal((await errorOf(response)).code, 'forbidden-address', to);
      }
      const otherPort = await proxy(
        server,
        `${origin.url}/redirect/1?to=${encodeURIComponent(`${origin.url.replace(/:\d+$/, '')}:9/`)}`,
      );
      // Another port of the private host is not the private host: its address is judged, and refused.
      assert.equal((await errorOf(otherPort)).code, 'forbidden-address');
    });

    it('refuses loopback in every notation before connecting, when it is not a configured private host', async () => {
      const port = origin.port;
      const before = hits('/feed.xml');
      for (const host of ['127.0.0.1', '127.1', '2130706433', '0x7f.1', '0177.0.0.1', '[::1]', '[::ffff:127.0.0.1]']) {
        const response = await proxy(strict, `http://${host}:${port}/feed.xml`);
        assert.equal(response.status, 403, host);
        const body = await errorOf(response);
        assert.equal(body.code, 'forbidden-address', host);
      }
      assert.equal(hits('/feed.xml'), before, 'the origin was never contacted');
    });

    if (options.pinnedLookup)
      it('refuses a host name that resolves to loopback, at the connection', async () => {
        const before = hits('/feed.xml');
        const response = await proxy(strict, `http://localhost:${origin.port}/feed.xml`);
        assert.equal((await errorOf(response)).code, 'forbidden-address');
        assert.equal(hits('/feed.xml'), before);
      });

    it('refuses other schemes, credentials, other ports and bad URLs', async () => {
      assert.equal((await errorOf(await proxy(server, 'ftp://127.0.0.1/feed.xml'))).code, 'not-allowed');
      assert.equal((await errorOf(await proxy(server, 'file:///etc/passwd'))).code, 'not-allowed');
      assert.equal(
        (await errorOf(await proxy(server, `http://u:p@127.0.0.1:${origin.port}/feed.xml`))).code,
        'not-allowed',
      );
      assert.equal(
        (await errorOf(await proxy(server, `http://127.0.0.1:${origin.port + 1}/`))).code,
        'forbidden-address',
      );
      // A public name on a port not opened: refused before any lookup (.invalid never resolves anyway).
      assert.equal(
        (await errorOf(await proxy(server, 'http://feeds.example.invalid:8080/feed.xml'))).code,
        'not-allowed',
      );
      assert.equal((await errorOf(await proxy(server, 'not a url'))).code, 'bad-request');
      const missing = await fetch(`${server.url}/proxy`);
      assert.equal(missing.status, 400);
    });

    it('limits requests per client per minute', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const response = await proxy(limited, `${origin.url}/transcript.vtt`);
        statuses.push(response.status);
        if (response.status === 429) {
          assert.equal((await errorOf(response)).code, 'rate-limited');
          assert.ok(Number(response.headers.get('retry-after')) > 0);
        } else await response.text();
      }
      assert.deepEqual(statuses, [200, 200, 429]);
    });

    it('answers preflights, the index, health and unknown routes', async () => {
      const preflight = await fetch(`${server.url}/proxy?url=x`, { method: 'OPTIONS' });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
      assert.equal((await fetch(`${server.url}/health`).then((r) => r.json())).ok, true);
      const missing = await fetch(`${server.url}/nope`);
      assert.equal(missing.status, 404);
      assert.equal((await errorOf(missing)).code, 'not-found');
    });

    it('/episode.json makes a snapshot the widget can read', async () => {
      const response = await fetch(`${server.url}/episode.json?feed=${encodeURIComponent(`${origin.url}/feed.xml`)}`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      const snapshot = readSnapshot(await response.json());
      assert.equal(snapshot.feedUrl, `${origin.url}/feed.xml`);
      assert.equal(snapshot.podcast.title, 'Loopback Radio');
      assert.equal(snapshot.episode.title, 'Episode 2: Caching');
      assert.equal(snapshot.episode.duration, 3723);
      assert.deepEqual(
        snapshot.episode.topics.map((topic) => topic.text),
        ['ETags', 'Stale while revalidate'],
      );
      assert.equal(snapshot.episode.transcripts[0]?.url, 'https://loopback.example/2.vtt');
      assert.equal(snapshot.episode.chapters?.url, 'https://loopback.example/2.json');
      assert.deepEqual(
        snapshot.related.map((r) => r.guid),
        ['lr-1'],
      );
      const again = await fetch(`${server.url}/episode.json?feed=${encodeURIComponent(`${origin.url}/feed.xml`)}`);
      assert.equal(again.headers.get('x-cache'), 'HIT');
      await again.text();
    });

    it('/episode.json picks episodes as the widget does and says why it cannot', async () => {
      const feed = encodeURIComponent(`${origin.url}/feed.xml`);
      const first = readSnapshot(
        await fetch(`${server.url}/episode.json?feed=${feed}&episode=1`).then((r) => r.json()),
      );
      assert.equal(first.episode.guid, 'lr-1');
      const missing = await fetch(`${server.url}/episode.json?feed=${feed}&episode=99`);
      assert.equal(missing.status, 404);
      assert.equal((await errorOf(missing)).code, 'episode-not-found');
      const notFeed = await fetch(
        `${server.url}/episode.json?feed=${encodeURIComponent(`${origin.url}/chapters.json`)}`,
      );
      assert.equal((await errorOf(notFeed)).code, 'not-a-feed');
      const forbidden = await fetch(
        `${strict.url}/episode.json?feed=${encodeURIComponent(`http://127.1:${origin.port}/feed.xml`)}`,
      );
      assert.equal((await errorOf(forbidden)).code, 'forbidden-address');
      assert.equal((await errorOf(await fetch(`${server.url}/episode.json`))).code, 'bad-request');
    });

    it(
      '/episode.json reads LinuxUnplugged (2.7 MB)',
      { skip: linuxUnpluggedFeed() ? false : 'the shared feeds are missing' },
      async () => {
        const response = await fetch(
          `${server.url}/episode.json?feed=${encodeURIComponent(`${origin.url}/feeds/lu.xml`)}&episode=384`,
        );
        assert.equal(response.status, 200);
        const snapshot = readSnapshot(await response.json());
        assert.equal(snapshot.podcast.title, 'LINUX Unplugged');
        assert.match(snapshot.episode.title, /^384: Born To Run Fedora/);
        assert.equal(snapshot.related.length, 8);
      },
    );
  });
}
