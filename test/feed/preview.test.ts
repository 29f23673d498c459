// Issue 14: the preview read from the first items of a feed still arriving. Real feeds (committed copies), cut into
// pieces as a network would: the preview's episode is the full read's, and it is given only when it can be trusted.
import { expect } from '@esm-bundle/chai';
import { StreamBuffer } from '../../src/feed/stream-buffer.js';
import { Preview } from '../../src/feed/preview.js';
import { readFeed } from '../../src/feed/read-feed.js';
import { selectEpisode } from '../../src/episode/select.js';
import { TRIMMED, fetchFeedBytes } from '../support/feeds.js';

/** The bytes up to the end of the `n`-th closing `</item>` (or `</entry>`). */
function firstItems(bytes: Uint8Array, n: number, close = '</item>'): Uint8Array {
  const text = new TextDecoder('latin1').decode(bytes);
  let at = 0;
  for (let i = 0; i < n; i++) at = text.indexOf(close, at) + close.length;
  return bytes.subarray(0, at);
}

/** A StreamBuffer fed `bytes` in pieces of `size`. */
function streamed(bytes: Uint8Array, size: number): StreamBuffer {
  const stream = new StreamBuffer();
  for (let at = 0; at < bytes.length; at += size) stream.push(bytes.slice(at, at + size));
  return stream;
}

const ep = (title: string, day: number, extra = '') =>
  `<item><title>${title}</title><guid>${title}</guid><pubDate>${new Date(Date.UTC(2026, 0, day)).toUTCString()}</pubDate>${extra}<enclosure url="https://x.example/${day}.mp3" type="audio/mpeg" length="1"/></item>`;
const rss = (items: string[], channel = '') =>
  new TextEncoder().encode(
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>Show</title>${channel}${items.join('')}`,
  );

describe('the preview of a feed still arriving', () => {
  it('LinuxUnplugged: the newest episode from its first items, the same as the full read gives', async () => {
    const { bytes, contentType, url } = await fetchFeedBytes(TRIMMED.linuxUnplugged);
    const full = await readFeed(bytes, contentType, url);
    const expected = selectEpisode(full, 'latest');
    for (const size of [1, 1000, 65536]) {
      const stream = streamed(firstItems(bytes, 2), size);
      expect(stream.items.length, `items found in pieces of ${size}`).to.equal(2);
      const preview = await new Preview(stream, contentType, url).find({ spec: 'latest', count: 0 });
      expect(preview?.episodes[0]?.title, `pieces of ${size}`).to.equal(expected.title);
      // Everything but the topics (which need the whole feed) is the full read's.
      expect({ ...preview!.episodes[0], topics: [] }).to.deep.equal({ ...expected, topics: [] });
      expect(preview!.podcast).to.deep.equal(full.podcast);
    }
  });

  it('waits for a second item before trusting the first as the newest', async () => {
    const { bytes, contentType, url } = await fetchFeedBytes(TRIMMED.linuxUnplugged);
    const preview = new Preview(streamed(firstItems(bytes, 1), 4096), contentType, url);
    expect(await preview.find({ spec: 'latest', count: 0 })).to.equal(undefined);
  });

  it('gives none when the first item is older than the second, or undated', async () => {
    for (const items of [
      [ep('Older', 3), ep('Newest', 9), ep('Oldest', 1)],
      [ep('Undated', 0).replace(/<pubDate>.*<\/pubDate>/, ''), ep('Dated', 2), ep('Older', 1)],
    ]) {
      const preview = new Preview(streamed(rss(items), 100), null, 'http://127.0.0.1/f.xml');
      expect(await preview.find({ spec: 'latest', count: 0 }), items[0]).to.equal(undefined);
    }
  });

  it('gives none for a serial show, which lists its oldest episode first', async () => {
    const channel = '<itunes:type>serial</itunes:type>';
    const preview = new Preview(streamed(rss([ep('Two', 2), ep('One', 1)], channel), 50), null, 'http://x/');
    expect(await preview.find({ spec: 'latest', count: 0 })).to.equal(undefined);
  });

  it('finds a named guid anywhere, but a number or title only while the items are newest first', async () => {
    const items = [ep('Five', 5, '<itunes:episode>5</itunes:episode>'), ep('Nine', 9), ep('Four', 4)];
    const preview = new Preview(streamed(rss(items), 64), null, 'http://x/');
    expect((await preview.find({ spec: 'Four', count: 0 }))?.episodes[0]?.title, 'guid').to.equal('Four');
    expect((await preview.find({ spec: '5', count: 0 }))?.episodes[0]?.title, 'number, in order').to.equal('Five');
    const late = new Preview(
      streamed(rss([...items, ep('Three', 3, '<itunes:episode>3</itunes:episode>')]), 64),
      null,
      'x',
    );
    expect(await late.find({ spec: '3', count: 0 }), 'number after the order broke').to.equal(undefined);
    expect(await preview.find({ spec: 'https://x.example/4', count: 0 }), 'links wait for the full read').to.equal(
      undefined,
    );
  });

  it('reads Atom entries the same way', async () => {
    const entry = (n: number) =>
      `<entry><title>Entry ${n}</title><id>urn:e:${n}</id><published>2026-01-0${n}T10:00:00Z</published><link rel="enclosure" type="audio/mpeg" href="https://x.example/${n}.mp3"/></entry>`;
    const bytes = new TextEncoder().encode(
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Show</title>${entry(3)}${entry(2)}`,
    );
    const found = await new Preview(streamed(bytes, 7), null, 'http://x/').find({ spec: 'latest', count: 0 });
    expect(found?.podcast.title).to.equal('Atom Show');
    expect(found?.episodes[0]?.title).to.equal('Entry 3');
  });
});
