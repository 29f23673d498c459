// Every real feed (the whole shared set beside ../shared, else the committed ones) goes through readFeed (the worker's entry point) the way the element
// fetches it: bytes and Content-Type from the test server.
import { expect } from '@esm-bundle/chai';
import { readFeed } from '../../src/feed/read-feed.js';
import type { Feed } from '../../src/feed/model.js';
import {
  fetchFeedBytes,
  fetchFeedText,
  manifest,
  feedsConfig,
  readFeedFile,
  requireFeeds,
  requireSharedFolder,
  TRIMMED,
  type ManifestRow,
} from '../support/feeds.js';

/** `itunes:duration` values a person would read as a length: clock or seconds, not zero, not a URL. */
function readableDurations(xml: string): number {
  const values = [...xml.matchAll(/<itunes:duration[^>]*>([^<]*)<\/itunes:duration>/g)].map((m) => m[1]!.trim());
  return values.filter((v) => /^\d+(:\d+){0,2}(\.\d+)?$/.test(v) && /[1-9]/.test(v)).length;
}

describe('readFeed on every shared feed', function () {
  let rows: ManifestRow[] = [];

  before(async function () {
    await requireSharedFolder(this);
    rows = await manifest();
  });

  it('lists the feeds the manifest describes', () => {
    expect(rows.length).to.be.greaterThan(15);
  });

  it('reads each readable feed: show title, every episode with a title and a date, durations where given', async () => {
    const checked: string[] = [];
    for (const row of rows) {
      if (Number(row.item_count) === 0) continue; // the truncated, broken-beyond-repair file (see below)
      const feed = await readFeedFile(row.filename);
      const xml = await fetchFeedText(row.filename);
      const where = row.filename;
      expect(feed.podcast.title, where).to.equal(row.show_title);
      expect(feed.episodes.length, where).to.equal(Number(row.item_count));
      for (const episode of feed.episodes) {
        expect(episode.title, `${where}: ${episode.id}`).to.match(/\S/);
        expect(episode.published, `${where}: ${episode.title}`).to.be.instanceOf(Date);
        expect(episode.published!.getUTCFullYear(), where).to.be.within(2005, 2026);
        expect(episode.enclosure?.url, `${where}: ${episode.title}`).to.match(/^https?:\/\//);
      }
      const withDuration = feed.episodes.filter((e) => e.duration !== undefined).length;
      expect(withDuration, `${where}: episodes with a duration`).to.equal(readableDurations(xml));
      expect(new Set(feed.episodes.map((e) => e.id)).size, `${where}: unique ids`).to.equal(feed.episodes.length);
      checked.push(where);
    }
    expect(checked.length).to.equal(rows.length - 1);
  });
});

describe('readFeed on real feeds', function () {
  it('reads every committed feed: show title, every episode with a title, a date and an http(s) enclosure', async () => {
    const broken = 'feed-rs__feed-rs__rss_2.0_invalid_1.xml'; // cut off mid-document: see parse.test.ts
    const names = (await feedsConfig()).fixtureFeeds.filter((name) => /\.(xml|rss)$/.test(name) && name !== broken);
    expect(names.length, 'committed feeds').to.be.greaterThan(12);
    for (const name of names) {
      const feed = await readFeedFile(name);
      expect(feed.podcast.title, name).to.match(/\S/);
      expect(feed.episodes.length, name).to.be.greaterThan(0);
      for (const episode of feed.episodes) {
        expect(episode.title, `${name}: ${episode.id}`).to.match(/\S/);
        expect(episode.published, `${name}: ${episode.title}`).to.be.instanceOf(Date);
        expect(episode.enclosure?.url, `${name}: ${episode.title}`).to.match(/^https?:\/\//);
      }
    }
  });

  it('shows titles in their own scripts and accents', async () => {
    const titles = await Promise.all(
      [
        'alatiera__gnome-podcasts__2022-series-i-cinema.xml',
        'alatiera__gnome-podcasts__2018-03-28-Ellinofreneia.xml',
        'danjac__radiofeed-app__rss_bad_sig.xml',
        'akupila__node-podcast-parser__rtve-podcast.xml',
      ].map(async (file) => (await readFeedFile(file)).podcast.title),
    );
    expect(titles).to.deep.equal([
      'Sèries i Cinema',
      'Ελληνοφρένεια',
      'שיעור הקבלה היומי',
      'Tiempo de valientes. El diario de Julián Martínez',
    ]);
  });

  it('reads the Catalan episode titles of the ISO-8859-1 feed without replacement characters', async () => {
    const feed = await readFeedFile('alatiera__gnome-podcasts__2022-series-i-cinema.xml');
    const text = feed.episodes.map((e) => `${e.title} ${e.notesText}`).join(' ');
    expect(text).not.to.include('\uFFFD');
    expect(text).to.match(/[àèéíòóúç]/);
  });

  it('gives episodes what the show page needs: durations, dates, notes and links', async () => {
    const feed = await readFeedFile(TRIMMED.linuxUnplugged);
    const first = feed.episodes[0]!;
    expect(first.title).to.equal('384: Born To Run Fedora');
    expect(first.published!.toISOString()).to.equal('2020-12-16T03:15:00.000Z');
    expect(first.duration).to.equal(3903); // <itunes:duration>01:05:03</itunes:duration>
    expect(first.link).to.equal('https://linuxunplugged.com/384');
    expect(first.notesText).to.match(/^It's light as a feather, fast as hell, and everything is upstream\./);
    expect(first.notesText).not.to.match(/<\/?[a-z]+>/);
    expect(first.notesHtml).to.include('<p>');
    expect(first.enclosure).to.deep.equal({
      url: 'https://aphid.fireside.fm/d/1437767933/f31a453c-fa15-491f-8618-3f71f1d565e5/189424ce-542a-437a-98bb-a14563d3760b.mp3',
      type: 'audio/mp3',
      length: 46838827,
    });
    expect(first.topics).to.deep.equal([]);
    expect(feed.podcast).to.include({
      title: 'LINUX Unplugged',
      link: 'https://linuxunplugged.com/',
      author: 'Jupiter Broadcasting',
      language: 'en-us',
      type: 'episodic',
    });
    expect(feed.podcast.categories).to.deep.equal(['Technology', 'News', 'Tech News']);
    expect(feed.repairs).to.deep.equal([]);
  });

  it('reads the 2.7 MB LinuxUnplugged feed (time printed, not asserted)', async function () {
    await requireFeeds(this, 'alatiera__gnome-podcasts__2020-12-19-LinuxUnplugged.xml');
    const { bytes, contentType, url } = await fetchFeedBytes('alatiera__gnome-podcasts__2020-12-19-LinuxUnplugged.xml');
    const times: number[] = [];
    let feed: Feed | undefined;
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      feed = await readFeed(bytes, contentType, url);
      times.push(performance.now() - start);
    }
    console.log(`readFeed(LinuxUnplugged, ${bytes.length} bytes): ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
    expect(feed!.episodes).to.have.length(384);
  });
});
