import { expect } from '@esm-bundle/chai';
import { PodcastEpisodeError } from '../../src/feed/errors.js';
import type { Feed } from '../../src/feed/model.js';
import { readFeed } from '../../src/feed/read-feed.js';
import { selectEpisode } from '../../src/episode/select.js';
import { TRIMMED, feedAvailable, fullOr, requireFeeds } from '../support/feeds.js';

/** Reads a feed the way the element does: the bytes, the Content-Type, the URL. */
async function feedAt(path: string): Promise<Feed> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return readFeed(bytes, response.headers.get('content-type'), new URL(path, location.href).href);
}

async function feedFromXml(xml: string): Promise<Feed> {
  return readFeed(new TextEncoder().encode(xml), 'application/rss+xml', 'https://example.com/feed.xml');
}

/** The error `selectEpisode` throws, or a failed assertion when it throws none. */
function failure(feed: Feed, spec: string): PodcastEpisodeError {
  try {
    const found = selectEpisode(feed, spec);
    expect.fail(`expected no episode for "${spec}", got "${found.title}"`);
  } catch (error) {
    if (!(error instanceof PodcastEpisodeError)) throw error;
    return error;
  }
  throw new Error('unreachable');
}

// A serial show lists its episodes oldest first, as Apple asks serial feeds to: the newest is the LAST item.
const SERIAL_FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
<channel>
  <title>The Long Case</title>
  <link>https://longcase.example/</link>
  <itunes:type>serial</itunes:type>
  <item>
    <title>The Letter</title>
    <guid isPermaLink="false">longcase-s1e1</guid>
    <link>https://longcase.example/s1/the-letter/</link>
    <pubDate>Mon, 06 Jan 2025 08:00:00 +0000</pubDate>
    <itunes:season>1</itunes:season>
    <itunes:episode>1</itunes:episode>
    <enclosure url="https://cdn.longcase.example/s1e1.mp3" type="audio/mpeg" length="1000"/>
  </item>
  <item>
    <title>The Second Witness</title>
    <guid isPermaLink="false">longcase-s1e2</guid>
    <link>https://longcase.example/s1/the-second-witness</link>
    <pubDate>Mon, 13 Jan 2025 08:00:00 +0000</pubDate>
    <itunes:season>1</itunes:season>
    <itunes:episode>2</itunes:episode>
    <enclosure url="https://cdn.longcase.example/s1e2.mp3" type="audio/mpeg" length="1000"/>
  </item>
  <item>
    <title>A New Lead</title>
    <guid isPermaLink="false">longcase-s2e1</guid>
    <link>https://longcase.example/s2/a-new-lead/</link>
    <pubDate>Mon, 02 Jun 2025 08:00:00 +0000</pubDate>
    <itunes:season>2</itunes:season>
    <itunes:episode>1</itunes:episode>
    <enclosure url="https://cdn.longcase.example/s2e1.mp3" type="audio/mpeg" length="1000"/>
  </item>
  <item>
    <title>The Courtroom</title>
    <guid isPermaLink="false">longcase-s2e5</guid>
    <link>https://longcase.example/s2/the-courtroom/</link>
    <pubDate>Mon, 30 Jun 2025 08:00:00 +0000</pubDate>
    <itunes:season>2</itunes:season>
    <itunes:episode>5</itunes:episode>
    <enclosure url="https://cdn.longcase.example/s2e5.mp3" type="audio/mpeg" length="1000"/>
  </item>
  <item>
    <title>The Verdict</title>
    <guid isPermaLink="false">longcase-s2e6</guid>
    <link>https://longcase.example/s2/the-verdict/</link>
    <pubDate>Mon, 07 Jul 2025 08:00:00 +0000</pubDate>
    <itunes:season>2</itunes:season>
    <itunes:episode>6</itunes:episode>
    <enclosure url="https://cdn.longcase.example/s2e6.mp3" type="audio/mpeg" length="1000"/>
  </item>
</channel>
</rss>`;

describe('selectEpisode: which episode the `episode` attribute names', () => {
  let serial: Feed;
  before(async () => {
    serial = await feedFromXml(SERIAL_FEED);
    expect(serial.episodes.map((e) => e.title)[0], 'the file lists the oldest first').to.equal('The Letter');
  });

  describe('latest (the default)', () => {
    it('is the newest by date, not the first item of a serial feed', () => {
      expect(selectEpisode(serial, 'latest').title).to.equal('The Verdict');
    });

    it('is what an absent, empty or differently cased attribute means', () => {
      for (const spec of [null, undefined, '', '   ', 'LATEST', ' Latest ']) {
        expect(selectEpisode(serial, spec).title, JSON.stringify(spec)).to.equal('The Verdict');
      }
    });

    it('prefers a dated episode to an undated one, and on equal dates the one listed first', async () => {
      const feed = await feedFromXml(`<rss version="2.0"><channel><title>T</title>
        <item><title>No date</title><guid>a</guid></item>
        <item><title>Older</title><guid>b</guid><pubDate>Tue, 01 Apr 2025 10:00:00 +0000</pubDate></item>
        <item><title>Newest, listed first</title><guid>c</guid><pubDate>Wed, 02 Apr 2025 10:00:00 +0000</pubDate></item>
        <item><title>Newest, listed second</title><guid>d</guid><pubDate>Wed, 02 Apr 2025 10:00:00 +0000</pubDate></item>
      </channel></rss>`);
      expect(selectEpisode(feed, 'latest').title).to.equal('Newest, listed first');
    });

    it('is the first item when no episode has a date', async () => {
      const feed = await feedFromXml(`<rss version="2.0"><channel><title>T</title>
        <item><title>First</title><guid>a</guid></item><item><title>Second</title><guid>b</guid></item>
      </channel></rss>`);
      expect(selectEpisode(feed, null).title).to.equal('First');
    });
  });

  it('finds an exact guid', () => {
    expect(selectEpisode(serial, 'longcase-s1e2').title).to.equal('The Second Witness');
    expect(() => selectEpisode(serial, 'LONGCASE-S1E2'), 'guids are exact').to.throw(PodcastEpisodeError);
  });

  it('finds an episode number written as 5, #5, Ep 5, Episode 5', () => {
    for (const spec of ['5', '#5', 'Ep 5', 'ep5', 'Ep. 5', 'Episode 5', '05']) {
      expect(selectEpisode(serial, spec).title, spec).to.equal('The Courtroom');
    }
  });

  it('takes the newest when seasons repeat a number', () => {
    // Episode 1 exists in season 1 and in season 2.
    expect(selectEpisode(serial, '1').title).to.equal('A New Lead');
  });

  it('finds season and episode: S2E5, s02e05, 2x05; S1E1 is not S2E1', () => {
    for (const spec of ['S2E5', 's2e5', 'S02E05', 's2 e5', '2x05', '2x5']) {
      expect(selectEpisode(serial, spec).title, spec).to.equal('The Courtroom');
    }
    expect(selectEpisode(serial, 'S1E1').title).to.equal('The Letter');
    expect(selectEpisode(serial, 'S2E1').title).to.equal('A New Lead');
  });

  it("finds the item's link, ignoring http/https, a trailing slash and the fragment", () => {
    expect(selectEpisode(serial, 'https://longcase.example/s2/the-courtroom/').title).to.equal('The Courtroom');
    expect(selectEpisode(serial, 'http://longcase.example/s2/the-courtroom').title).to.equal('The Courtroom');
    expect(selectEpisode(serial, 'https://LongCase.example/s2/the-courtroom#comments').title).to.equal('The Courtroom');
    expect(selectEpisode(serial, 'https://longcase.example/s1/the-second-witness/').title).to.equal(
      'The Second Witness',
    );
    const error = failure(serial, 'https://longcase.example/s2/the-courtroom-2/');
    expect(error.code).to.equal('episode-not-found');
  });

  it('finds the audio file URL too', () => {
    expect(selectEpisode(serial, 'https://cdn.longcase.example/s2e1.mp3').title).to.equal('A New Lead');
  });

  it('finds a title regardless of case and spacing', () => {
    expect(selectEpisode(serial, 'the verdict').title).to.equal('The Verdict');
    expect(selectEpisode(serial, '  THE   second\twitness ').title).to.equal('The Second Witness');
  });

  it('finds the only title that starts with, or contains, the text', () => {
    expect(selectEpisode(serial, 'the court').title).to.equal('The Courtroom');
    expect(selectEpisode(serial, 'witness').title).to.equal('The Second Witness');
  });

  it('refuses to guess when a partial title fits several episodes, and names them', () => {
    const error = failure(serial, 'the');
    expect(error.code).to.equal('episode-not-found');
    expect(error.message).to.contain('"the" matches 4 episodes');
    expect(error.message).to.contain('"The Verdict"');
  });

  it('throws episode-not-found, with a message saying how to name an episode', () => {
    const error = failure(serial, 'xyz');
    expect(error).to.be.instanceOf(PodcastEpisodeError);
    expect(error.code).to.equal('episode-not-found');
    expect(error.message).to.equal(
      'No episode matches "xyz". Use episode="latest", an episode number such as "6", a guid, the episode\'s link, or its exact title.',
    );
    expect(failure(serial, '99').code, 'a number no episode has').to.equal('episode-not-found');
    expect(failure(serial, 'S3E1').code, 'a season the show does not have').to.equal('episode-not-found');
  });

  it('uses a generic example number when the feed numbers nothing', async () => {
    const feed = await feedFromXml(`<rss version="2.0"><channel><title>T</title>
      <item><title>Only</title><guid>a</guid></item></channel></rss>`);
    expect(failure(feed, 'nope').message).to.contain('an episode number such as "12"');
  });

  describe('the demo feed', () => {
    let demo: Feed;
    before(async () => {
      demo = await feedAt('/demo/feed.xml');
    });

    it('shows Ep 2 by default and for "Ep 2", "2" and its title', () => {
      const ep2 = 'Ep 2: What Does AI Mean For The Future of Extreme Code Efficiency? With Jon Berger';
      for (const spec of [null, 'latest', 'Ep 2', '2', '#2', 'S1E2', ep2.toUpperCase()]) {
        expect(selectEpisode(demo, spec).title, String(spec)).to.equal(ep2);
      }
    });

    it('finds Ep 1 by its link', () => {
      const ep1 = selectEpisode(
        demo,
        'http://asynchronous-unreliable.example/episodes/1-green-software-is-efficient-software',
      );
      expect(ep1.title).to.match(/^Ep 1: Green Software Is Efficient Software/);
    });
  });

  // The whole feeds beside ../shared, else their committed trimmed copies: what is asserted holds for both, and the
  // episodes only the whole feed has are checked when it is there.
  describe('real feeds', () => {
    it('LinuxUnplugged: latest, and numbers taken from titles ("384: …", "Episode 84: …")', async () => {
      const full = 'alatiera__gnome-podcasts__2020-12-19-LinuxUnplugged.xml';
      const feed = await feedAt(`/feeds/${await fullOr(full, TRIMMED.linuxUnplugged)}`);
      expect(selectEpisode(feed, 'latest').title).to.equal('384: Born To Run Fedora');
      expect(selectEpisode(feed, '383').title).to.equal('383: Murder of a Distro');
      expect(selectEpisode(feed, 'https://linuxunplugged.com/378/').title).to.equal('378: All in One Pi');
      if (await feedAvailable(full)) {
        expect(selectEpisode(feed, 'Episode 84').title).to.equal('Episode 84: On the Verge of Convergence | LUP 84');
        expect(selectEpisode(feed, 'https://linuxunplugged.com/320/').title).to.equal('320: RHELhide');
      }
    });

    it('Coding Blocks: itunes:episode numbers and titles with dashes', async function () {
      await requireFeeds(this, 'akupila__node-podcast-parser__coding-blocks.xml');
      const feed = await feedAt('/feeds/akupila__node-podcast-parser__coding-blocks.xml');
      expect(selectEpisode(feed, '47').title).to.equal('Clean Code - Writing Meaningful Names');
      expect(selectEpisode(feed, 'S1E83').title).to.equal('Search Driven Apps');
      expect(selectEpisode(feed, 'clean code – error handling').title, 'an en dash for a hyphen').to.equal(
        'Clean Code - Error Handling',
      );
      expect(failure(feed, 'Clean Code').message).to.match(/^"Clean Code" matches 10 episodes/);
    });

    it('Giant Bombcast and Reply All: "Show 602: …" and "#86 …" titles', async function () {
      await requireFeeds(
        this,
        'rbren__rss-parser__giantbomb-podcast.rss',
        'alatiera__gnome-podcasts__2020-12-29-replyall.xml',
      );
      const giantbomb = await feedAt('/feeds/rbren__rss-parser__giantbomb-podcast.rss');
      expect(selectEpisode(giantbomb, '602').title).to.equal('Giant Bombcast 602: Easy Chicken');
      const replyAll = await feedAt('/feeds/alatiera__gnome-podcasts__2020-12-29-replyall.xml');
      expect(selectEpisode(replyAll, '#86').title).to.equal('#86 Man of the People');
      expect(selectEpisode(replyAll, 'latest').title).to.equal('#170 A Song of Impotent Rage');
    });

    it('CRE: "CRE202 …" titles answer to 202', async () => {
      const full = 'feedjira__feedjira__CRE.xml';
      const feed = await feedAt(`/feeds/${await fullOr(full, TRIMMED.cre)}`);
      expect(selectEpisode(feed, '202').title).to.equal('CRE202 Hackerfilme');
      if (await feedAvailable(full)) expect(selectEpisode(feed, '197').title).to.equal('CRE197 IPv6');
    });
  });
});
