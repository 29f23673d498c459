// What the page is told when the answer is not a usable feed, and what parseFeedXml keeps of the XML.
import { expect } from '@esm-bundle/chai';
import { parseFeedXml } from '../../src/feed/parse.js';
import { readFeed } from '../../src/feed/read-feed.js';
import { TRIMMED, feedUrl, fetchFeedBytes, fetchFeedText, rejectionOf } from '../support/feeds.js';

const encode = (text: string) => new TextEncoder().encode(text);

describe('readFeed failures', () => {
  it('rejects the truncated Reuters RSS with `malformed`: its root is <rss>, so it is a feed whose XML is cut off', async () => {
    const { bytes, contentType, url } = await fetchFeedBytes('feed-rs__feed-rs__rss_2.0_invalid_1.xml');
    const error = await rejectionOf(readFeed(bytes, contentType, url));
    expect(error.code).to.equal('malformed');
    expect(error.message).to.equal("The feed's XML is broken (Unclosed root tag, line 19, column 84).");
  });

  it('rejects an HTML page (the Podcasting 2.0 HTML transcript example) with `not-a-feed`', async () => {
    const { bytes, contentType, url } = await fetchFeedBytes(
      'aux/Podcastindex-org__podcast-namespace__transcripts-example.html',
    );
    const error = await rejectionOf(readFeed(bytes, contentType, url));
    expect(error.code).to.equal('not-a-feed');
    expect(error.message).to.equal('The address returned a web page, not a podcast feed (RSS or Atom).');
  });

  it('rejects a JSON document with `not-a-feed`', async () => {
    const { bytes, contentType, url } = await fetchFeedBytes(
      'aux/Podcastindex-org__podcast-namespace__chapters-example.json',
    );
    const error = await rejectionOf(readFeed(bytes, contentType, url));
    expect(error.code).to.equal('not-a-feed');
    expect(error.message).to.equal('The address returned JSON, not a podcast feed (RSS or Atom).');
  });

  it('rejects an RSS feed without items with `empty-feed` (the Hebrew feed with its items removed)', async () => {
    const xml = (await fetchFeedText('danjac__radiofeed-app__rss_bad_sig.xml')).replace(/<item>[\s\S]*?<\/item>/g, '');
    expect(xml).not.to.include('<item>');
    const error = await rejectionOf(readFeed(encode(xml), 'application/rss+xml', feedUrl('empty.xml')));
    expect(error.code).to.equal('empty-feed');
    expect(error.message).to.equal('“שיעור הקבלה היומי” has no episodes yet.');
  });

  it('rejects an empty answer, plain text and XML of another kind with `not-a-feed`', async () => {
    for (const text of [
      '',
      '   \n',
      'Service temporarily unavailable',
      '<?xml version="1.0"?><opml version="2.0"><body/></opml>',
    ]) {
      const error = await rejectionOf(readFeed(encode(text), 'text/xml', 'https://example.com/feed'));
      expect(error.code, JSON.stringify(text)).to.equal('not-a-feed');
    }
  });

  it('rejects <rss> without a <channel> with `not-a-feed`', async () => {
    const error = await rejectionOf(parseFeedXml('<rss version="2.0"><item><title>x</title></item></rss>'));
    expect(error.code).to.equal('not-a-feed');
  });
});

describe('parseFeedXml', () => {
  it('keeps attributes of podcast: tags (season name, episode display, transcript attributes)', async () => {
    const raw = await parseFeedXml((await fetchFeedText(TRIMMED.themnshow)).trimStart());
    const item = raw.items[0]!;
    expect(item.podcastSeason).to.deep.equal([{ _: '1', $: { name: 'Breakfasts with Dr. Tim' } }]);
    expect(item.podcastEpisode).to.deep.equal([{ _: '54', $: { display: 'Social Media' } }]);
    expect(item.podcastTranscripts).to.deep.equal([
      {
        $: {
          url: 'https://mikeneumann.show/assets/static/themnshow054-20240914-DRAFT-transcript.srt',
          type: 'application/x-subrip',
          language: 'EN',
          rel: 'captions',
        },
      },
    ]);
  });

  it('reads RSS without a version attribute as RSS 2.0', async () => {
    const raw = await parseFeedXml('<rss><channel><title>T</title><item><title>A</title></item></channel></rss>');
    expect(raw.title).to.equal('T');
    expect(raw.items.map((i) => i.title)).to.deep.equal(['A']);
  });

  it('reads Atom entries, their enclosure link and an unreadable date without failing', async () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Show</title><subtitle>About things</subtitle><link href="https://example.com/"/>
  <entry>
    <title>First</title><id>urn:uuid:1</id>
    <link rel="alternate" href="/episodes/1"/>
    <link rel="enclosure" href="/audio/1.mp3" type="audio/mpeg" length="1234"/>
    <published>last Tuesday</published><updated>2024-05-01T10:00:00Z</updated>
    <summary>Notes</summary>
  </entry>
</feed>`;
    const feed = await readFeed(encode(atom), 'application/atom+xml', 'https://example.com/feed.atom');
    expect(feed.podcast).to.include({ title: 'Atom Show', link: 'https://example.com/', description: 'About things' });
    expect(feed.episodes[0]).to.include({ id: 'urn:uuid:1', title: 'First', link: 'https://example.com/episodes/1' });
    expect(feed.episodes[0]!.enclosure).to.deep.equal({
      url: 'https://example.com/audio/1.mp3',
      type: 'audio/mpeg',
      length: 1234,
    });
    expect(feed.episodes[0]!.published!.toISOString()).to.equal('2024-05-01T10:00:00.000Z');
    expect(feed.episodes[0]!.notesText).to.equal('Notes');
  });
});
