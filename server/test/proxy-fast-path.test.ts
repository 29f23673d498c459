// The Node entry's fast path for cached /proxy hits answers exactly what the app answers, and the rate limit holds
// on it. Real servers on 127.0.0.1; the raw bytes of the answers compared through node:http.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { startServer, type RunningServer } from '../node/start-server.js';
import { startOrigin, type Origin } from './support/origin-server.js';

interface Raw {
  status: number;
  /** Header names and values as sent, in order; Date's value masked (it is the clock's). */
  headers: string[];
  body: Buffer;
}

function get(server: RunningServer, target: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(
      `http://127.0.0.1:${server.port}/proxy?url=${encodeURIComponent(target)}`,
      { headers: { Connection: 'keep-alive', ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            headers: res.rawHeaders.map((v, i, all) => (i % 2 === 1 && all[i - 1] === 'Date' ? '(date)' : v)),
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the Node fast path for cached /proxy hits', () => {
  let origin: Origin;
  let fast: RunningServer;
  let viaApp: RunningServer;
  let limited: RunningServer;
  let limitedViaApp: RunningServer;

  before(async () => {
    origin = await startOrigin();
    const env = { PODCAST_EPISODE_PRIVATE_HOSTS: `127.0.0.1:${origin.port}`, PODCAST_EPISODE_RATE_LIMIT: '0' };
    const strict = { ...env, PODCAST_EPISODE_RATE_LIMIT: '2' };
    [fast, viaApp, limited, limitedViaApp] = await Promise.all([
      startServer({ port: 0, hostname: '127.0.0.1', env }),
      startServer({ port: 0, hostname: '127.0.0.1', env, fastPath: false }),
      startServer({ port: 0, hostname: '127.0.0.1', env: strict }),
      startServer({ port: 0, hostname: '127.0.0.1', env: strict, fastPath: false }),
    ]);
  });
  after(async () => {
    await Promise.all([fast, viaApp, limited, limitedViaApp].map((s) => s?.close()));
    await origin?.close();
  });

  it('answers a hit with the same bytes, headers in the same order, as the app', async () => {
    const target = `${origin.url}/feed.xml`;
    for (const server of [fast, viaApp]) assert.equal((await get(server, target)).headers.includes('MISS'), true);
    const before = fast.fastAnswers;
    const [a, b] = [await get(fast, target), await get(viaApp, target)];
    assert.equal(fast.fastAnswers, before + 1, 'the fast path answered');
    assert.equal(viaApp.fastAnswers, 0);
    assert.equal(a.status, 200);
    assert.ok(a.headers.includes('HIT'));
    assert.ok(a.body.length > 100);
    assert.deepEqual(a.headers, b.headers);
    assert.deepEqual(a.body, b.body);
  });

  it('leaves conditional requests and misses to the app', async () => {
    const target = `${origin.url}/etag.xml`;
    const before = fast.fastAnswers;
    const miss = await get(fast, target);
    const etag = miss.headers.includes('ETag') ? miss.headers[miss.headers.indexOf('ETag') + 1] : undefined;
    assert.ok(etag, 'the origin sends an ETag');
    assert.equal((await get(fast, target, { 'If-None-Match': etag! })).status, 304);
    assert.equal(fast.fastAnswers, before);
  });

  it('applies the rate limit, with the same answer as the app', async () => {
    const target = `${origin.url}/transcript.vtt`;
    const statuses: number[][] = [[], []];
    const lastAnswers: Raw[] = [];
    for (const [i, server] of [limited, limitedViaApp].entries()) {
      let last: Raw | undefined;
      for (let n = 0; n < 3; n++) {
        last = await get(server, target);
        statuses[i]!.push(last.status);
      }
      lastAnswers.push(last!);
    }
    // The first request fills the cache through the app; the next two are hits: one allowed, one over the limit.
    assert.deepEqual(statuses, [
      [200, 200, 429],
      [200, 200, 429],
    ]);
    assert.equal(limited.fastAnswers, 2);
    const [a, b] = lastAnswers as [Raw, Raw];
    assert.equal(JSON.parse(a.body.toString()).code, 'rate-limited');
    assert.ok(Number(a.headers[a.headers.indexOf('Retry-After') + 1]) > 0);
    assert.deepEqual(a.headers, b.headers);
    assert.deepEqual(a.body, b.body);
  });
});
