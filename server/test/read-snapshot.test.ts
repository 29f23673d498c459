// The snapshot format: what the server writes is what the reader accepts; what a hostile `src` sends is refused.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildFeedData } from '../../src/feed/pipeline.js';
import { PodcastEpisodeError } from '../../src/feed/errors.js';
import { makeSnapshot } from '../../src/snapshot/make-snapshot.js';
import { readSnapshot, readSnapshotText } from '../../src/snapshot/read-snapshot.js';
import { FEED_XML } from './support/origin-server.js';

async function snapshotJson(): Promise<Record<string, unknown>> {
  const data = await buildFeedData(
    new TextEncoder().encode(FEED_XML),
    'application/rss+xml',
    'https://loopback.example/feed.xml',
  );
  return JSON.parse(JSON.stringify(makeSnapshot(data, 'latest', new Date('2026-06-03T00:00:00Z'))));
}

function refusal(json: unknown): string {
  try {
    readSnapshot(json);
  } catch (error) {
    assert.ok(error instanceof PodcastEpisodeError);
    assert.equal(error.code, 'not-a-feed');
    return error.message;
  }
  assert.fail('accepted');
}

describe('snapshot format', () => {
  it('round-trips: dates come back as Dates, everything else as written', async () => {
    const json = await snapshotJson();
    const snapshot = readSnapshot(json);
    assert.equal(snapshot.feedUrl, 'https://loopback.example/feed.xml');
    assert.ok(snapshot.episode.published instanceof Date);
    assert.equal(snapshot.episode.published.toISOString(), '2026-06-02T10:00:00.000Z');
    assert.equal(snapshot.generated?.toISOString(), '2026-06-03T00:00:00.000Z');
    assert.equal(snapshot.episode.enclosure?.url, 'https://loopback.example/2.mp3');
    assert.deepEqual(
      snapshot.episode.topics.map((topic) => topic.text),
      ['ETags', 'Stale while revalidate'],
    );
    assert.equal(snapshot.related[0]?.title, 'Episode 1: Proxies');
    assert.ok(snapshot.related[0]?.published instanceof Date);
  });

  it('refuses other formats and versions', async () => {
    const json = await snapshotJson();
    assert.match(refusal({ ...json, format: 'rss' }), /format/);
    assert.match(refusal({ ...json, version: 2 }), /version/);
    assert.match(refusal([]), /not an object/);
    assert.throws(() => readSnapshotText('<rss/>'), /not JSON/);
  });

  it('refuses script URLs and wrong types anywhere', async () => {
    const json = await snapshotJson();
    const episode = json.episode as Record<string, unknown>;
    assert.match(
      refusal({ ...json, episode: { ...episode, link: 'javascript:alert(1)' } }),
      /episode\.link is not an http\(s\) URL/,
    );
    assert.match(
      refusal({
        ...json,
        episode: { ...episode, enclosure: { url: 'data:audio/mpeg;base64,AAAA', type: 'audio/mpeg' } },
      }),
      /episode\.enclosure\.url/,
    );
    assert.match(refusal({ ...json, podcast: { title: 'x', image: 'javascript:1' } }), /podcast\.image/);
    assert.match(refusal({ ...json, episode: { ...episode, title: 42 } }), /episode\.title is not a string/);
    assert.match(refusal({ ...json, episode: { ...episode, duration: -1 } }), /episode\.duration/);
    assert.match(
      refusal({ ...json, episode: { ...episode, published: 'yesterday' } }),
      /episode\.published is not a date/,
    );
    assert.match(refusal({ ...json, related: 'x' }), /related is not a list/);
    assert.match(refusal({ ...json, feedUrl: 'javascript:alert(1)' }), /feedUrl/);
  });

  it('drops fields it does not know', async () => {
    const json = await snapshotJson();
    const snapshot = readSnapshot({ ...json, episode: { ...(json.episode as object), onclick: 'alert(1)' } });
    assert.equal((snapshot.episode as unknown as Record<string, unknown>).onclick, undefined);
  });
});
