// The one request cache, over real HTTP to the test server, counted with its request log: simultaneous calls share
// one request, a failure is forgotten so the next call requests again, a success is kept, and the size cap.
import { expect } from '@esm-bundle/chai';
import { RequestCache } from '../../src/net/request-cache.js';
import { requestCount, unique } from '../element/helpers.js';

/**
 * The body of `path`, or a rejection on an error status (as fetchResource does). Never from the browser's HTTP
 * cache, which would answer a repeated request without the server seeing it.
 */
async function fetchText(path: string): Promise<string> {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/** A path of the fixture feed (200) or the status route (500), with a query no other request uses. */
const ok = () => `/test/fixtures/player.xml?cache=${unique()}`;
const failing = () => `/test-api/status/500?cache=${unique()}`;

describe('RequestCache', () => {
  it('makes one request for simultaneous calls with the same key, and returns the same promise', async () => {
    const cache = new RequestCache<string>();
    const path = ok();
    const calls = Array.from({ length: 5 }, () => cache.get(path, () => fetchText(path)));
    expect(new Set(calls).size).to.equal(1);
    const texts = await Promise.all(calls);
    expect(texts.every((text) => text.includes('<rss'))).to.equal(true);
    expect(await requestCount(path)).to.equal(1);
  });

  it('keeps a success: a later call makes no request', async () => {
    const cache = new RequestCache<string>();
    const path = ok();
    await cache.get(path, () => fetchText(path));
    await cache.get(path, () => fetchText(path));
    expect(await requestCount(path)).to.equal(1);
    expect(cache.size).to.equal(1);
  });

  it('forgets a rejected request: the next call ("Try again") requests again', async () => {
    const cache = new RequestCache<string>();
    const path = failing();
    const first = cache.get(path, () => fetchText(path));
    // Simultaneous calls still share the failing request.
    expect(cache.get(path, () => fetchText(path))).to.equal(first);
    const reason = await first.then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    expect(reason).to.equal('HTTP 500');
    expect(await requestCount(path)).to.equal(1);
    expect(cache.size).to.equal(0);
    const again = cache.get(path, () => fetchText(path));
    expect(again).not.to.equal(first);
    await again.catch(() => undefined);
    expect(await requestCount(path)).to.equal(2);
  });

  it('forgets a resolved value that `failed` calls a failure (loaders that never reject)', async () => {
    type Load = { ok: true; text: string } | { ok: false; status: number };
    const load = async (path: string): Promise<Load> => {
      const response = await fetch(path, { cache: 'no-store' });
      return response.ok ? { ok: true, text: await response.text() } : { ok: false, status: response.status };
    };
    const cache = new RequestCache<Load>({ failed: (value) => !value.ok });
    const bad = failing();
    expect(await cache.get(bad, () => load(bad))).to.deep.equal({ ok: false, status: 500 });
    await cache.get(bad, () => load(bad));
    expect(await requestCount(bad)).to.equal(2);
    const good = ok();
    await cache.get(good, () => load(good));
    await cache.get(good, () => load(good));
    expect(await requestCount(good)).to.equal(1);
  });

  it('a request that throws before it starts is a rejection, forgotten like one', async () => {
    const cache = new RequestCache<string>();
    const thrown = await cache
      .get('key', () => {
        throw new Error('bad URL');
      })
      .catch((error: Error) => error.message);
    expect(thrown).to.equal('bad URL');
    expect(cache.size).to.equal(0);
  });

  it('forgetting a failure never drops a newer request for the same key', async () => {
    const cache = new RequestCache<string>();
    const path = failing();
    const old = cache.get(path, () => fetchText(path));
    cache.clear();
    const newer = cache.get(path, () => Promise.resolve('newer'));
    await old.catch(() => undefined);
    expect(cache.get(path, () => fetchText(path))).to.equal(newer);
    expect(await newer).to.equal('newer');
  });

  it('with `max`, drops the request asked for least recently', async () => {
    const cache = new RequestCache<string>({ max: 2 });
    const [a, b, c] = [ok(), ok(), ok()];
    await cache.get(a, () => fetchText(a));
    await cache.get(b, () => fetchText(b));
    // Asking for `a` again makes `b` the least recently used, so `c` pushes `b` out.
    await cache.get(a, () => fetchText(a));
    await cache.get(c, () => fetchText(c));
    expect(cache.size).to.equal(2);
    await cache.get(a, () => fetchText(a));
    await cache.get(b, () => fetchText(b));
    expect([await requestCount(a), await requestCount(b), await requestCount(c)]).to.deep.equal([1, 2, 1]);
  });
});
