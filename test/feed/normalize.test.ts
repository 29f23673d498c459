// What normalizeFeed decides: fallbacks, URL safety, ids. Real feeds where they show the case; a small written feed
// for cases no shared feed has (relative and javascript: URLs, duplicate guids).
import { expect } from '@esm-bundle/chai';
import { readFeed } from '../../src/feed/read-feed.js';
import { TRIMMED, readFeedFile, requireFeeds } from '../support/feeds.js';

const FEED_URL = 'https://podcasts.example.org/shows/demo/feed.xml';

async function readWritten(channel: string): Promise<ReturnType<typeof readFeed>> {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0"
     xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>${channel}</channel></rss>`;
  return readFeed(new TextEncoder().encode(xml), 'application/rss+xml', FEED_URL);
}

describe('normalizeFeed', () => {
  it('resolves relative URLs against the feed URL and refuses javascript: and data: URLs', async () => {
    const feed = await readWritten(`
      <title>Demo</title><link>javascript:alert(1)</link>
      <itunes:image href="../art/cover.jpg"/>
      <item>
        <title>One</title><guid>one</guid><link>/episodes/1?a=1&amp;b=2</link>
        <itunes:image href="data:image/png;base64,AAAA"/>
        <enclosure url="//cdn.example.org/one.mp3" type="Audio/MPEG" length="-5"/>
        <podcast:person href="javascript:alert(2)" img="people/ann.jpg" role="Guest">Ann</podcast:person>
        <podcast:person>Bob</podcast:person>
        <podcast:transcript url="one.vtt"/>
      </item>`);
    expect(feed.podcast.link).to.equal(undefined);
    expect(feed.podcast.image).to.equal('https://podcasts.example.org/shows/art/cover.jpg');
    const [one] = feed.episodes;
    expect(one!.link).to.equal('https://podcasts.example.org/episodes/1?a=1&b=2');
    expect(one!.image).to.equal(undefined);
    expect(one!.enclosure).to.deep.equal({ url: 'https://cdn.example.org/one.mp3', type: 'audio/mpeg' });
    expect(one!.persons).to.deep.equal([
      { name: 'Ann', role: 'guest', img: 'https://podcasts.example.org/shows/demo/people/ann.jpg' },
      { name: 'Bob', role: 'host' },
    ]);
    expect(one!.transcripts).to.deep.equal([
      { url: 'https://podcasts.example.org/shows/demo/one.vtt', type: 'text/vtt' },
    ]);
  });

  it('gives every episode a unique id: guid, else enclosure URL, else link, else title; duplicates get #2', async () => {
    const feed = await readWritten(`
      <title>Demo</title>
      <item><title>A</title><guid>same</guid></item>
      <item><title>B</title><guid>same</guid></item>
      <item><title>C</title><enclosure url="https://example.org/c.mp3" type="audio/mpeg"/></item>
      <item><title>D</title><link>https://example.org/d</link></item>
      <item><title>E</title></item>
      <item><description>no title</description></item>`);
    expect(feed.episodes.map((e) => e.id)).to.deep.equal([
      'same',
      'same#2',
      'https://example.org/c.mp3',
      'https://example.org/d',
      'E',
      '#6',
    ]);
  });

  it('takes notes from content:encoded, else description, else itunes:summary; author from the itunes fallbacks', async () => {
    const feed = await readWritten(`
      <title>Demo</title><managingEditor>editor@example.org (Edith Editor)</managingEditor>
      <item><title>1</title><content:encoded><![CDATA[<p>Encoded</p>]]></content:encoded><description>Desc</description></item>
      <item><title>2</title><description>&lt;b&gt;Desc&lt;/b&gt; only</description><itunes:summary>Sum</itunes:summary></item>
      <item><title>3</title><itunes:summary>Summary only</itunes:summary><itunes:duration>0</itunes:duration></item>`);
    expect(feed.episodes.map((e) => [e.notesHtml, e.notesText])).to.deep.equal([
      ['<p>Encoded</p>', 'Encoded'],
      ['<b>Desc</b> only', 'Desc only'],
      ['Summary only', 'Summary only'],
    ]);
    expect(feed.podcast.author).to.equal('Edith Editor');
    expect(feed.episodes[2]!.duration, 'a duration of 0 means unknown').to.equal(undefined);
  });

  describe('on real feeds', () => {
    it('Coding Blocks: empty itunes:author falls back to the managingEditor name; show keywords are not episode keywords', async () => {
      const feed = await readFeedFile(TRIMMED.codingBlocks);
      expect(feed.podcast.author).to.equal('info@codingblocks.net');
      expect(feed.episodes[0]!.keywords).to.deep.equal([]);
    });

    it('LINUX Unplugged: itunes:keywords split on commas, the show image as the episode image', async () => {
      const feed = await readFeedFile(TRIMMED.linuxUnplugged);
      const keywords = feed.episodes[0]!.keywords;
      expect(keywords.slice(0, 4)).to.deep.equal(['Jupiter Broadcasting', 'Linux Podcast', 'Unplugged', '2020 Tuxies']);
      expect(keywords).to.include('X1 Carbon');
      expect(feed.episodes[0]!.image).to.equal(feed.podcast.image);
    });

    it("Sèries i Cinema: no episode image (the UI falls back to the show's); language lower-cased", async () => {
      const feed = await readFeedFile('alatiera__gnome-podcasts__2022-series-i-cinema.xml');
      expect(feed.podcast.language).to.equal('ca-es');
      expect(feed.podcast.image).to.match(/^https:\/\//);
      expect(feed.episodes.every((e) => e.image === undefined)).to.equal(true);
    });

    it('every URL in every episode of the large feeds is absolute http(s)', async function () {
      const files = ['rbren__rss-parser__giantbomb-podcast.rss', 'danjac__radiofeed-app__rss_invalid_duration.xml'];
      await requireFeeds(this, ...files);
      for (const file of files) {
        const feed = await readFeedFile(file);
        for (const e of feed.episodes) {
          for (const url of [e.link, e.image, e.enclosure?.url].filter(Boolean)) {
            expect(url, `${file}: ${e.title}`).to.match(/^https?:\/\/[^/]/);
          }
        }
      }
    });
  });
});
