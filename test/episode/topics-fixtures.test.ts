/**
 * The core of issue 11 on trimmed real feeds kept in the repository (test/fixtures/topics, sources in its README):
 * runs without ../shared/feeds. The same episodes are checked on the whole feeds in topics-expectations.test.ts.
 */
import { expect } from '@esm-bundle/chai';
import { buildFeedData } from '../../src/feed/pipeline.js';
import type { FeedData } from '../../src/feed/feed-data.js';
import { findRelated } from '../../src/episode/related.js';

async function load(file: string): Promise<FeedData> {
  const response = await fetch(`/test/fixtures/topics/${file}`);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return buildFeedData(bytes, response.headers.get('content-type'), response.url);
}

const topicsOf = (data: FeedData, title: string) => {
  const episode = data.feed.episodes.find((e) => e.title === title);
  if (!episode) throw new Error(`no episode "${title}"`);
  return episode.topics;
};
const textsOf = (data: FeedData, title: string) => topicsOf(data, title).map((t) => t.text);

describe('issue 11 on trimmed real feeds (test/fixtures/topics)', () => {
  it('Giant Bomb: the show-wide keywords on every episode are never topics', async () => {
    const gb = await load('giantbomb-trimmed.rss');
    for (const episode of gb.feed.episodes) {
      expect(episode.keywords, `${episode.title} carries the show keywords`).to.include('Giant Bomb');
      expect(
        episode.topics.map((t) => t.text),
        episode.title,
      ).to.deep.equal([]);
    }
  });

  it('Giant Bomb: the other days of the 2018 deliberations come first, nearest day first', async () => {
    const gb = await load('giantbomb-trimmed.rss');
    const titleOf = (id: string) => gb.feed.episodes.find((e) => e.id === id)!.title;
    const day = (n: string) => `Game of the Year 2018: Day ${n} Deliberations`;
    const three = gb.feed.episodes.find((e) => e.title === day('Three'))!;
    const related = findRelated(gb.related, three.id, 4).map(titleOf);
    // Days Two and Four are one day away, One and Five two: the nearer pair first, in either order.
    expect(related.slice(0, 2).sort()).to.deep.equal([day('Four'), day('Two')]);
    expect(related.slice(2).sort()).to.deep.equal([day('Five'), day('One')]);
  });

  it('Podcasting 2.0: the ShowNotes paragraphs, without "Positioning" (every episode) or download lines', async () => {
    const pc20 = await load('pc20rss-trimmed.xml');
    const topics = textsOf(pc20, 'Episode 56: Rocket in your Pocket');
    expect(topics).to.include.members(['James ad tracking', 'Apple is going to war with trackers!']);
    for (const junk of ['Positioning', 'Download the mp3', 'Podcast Feed', 'Last Modified'])
      expect(
        topics.filter((t) => t.includes(junk)),
        junk,
      ).to.deep.equal([]);
    // A topic that came from a link keeps the link.
    const splc = topicsOf(pc20, 'Episode 56: Rocket in your Pocket').find((t) => t.text === 'SPLC extremists');
    expect(splc?.url).to.equal('https://archive.is/TzRVt');
  });

  it('No Agenda: notes that are credits (producers, knights, art, apps) give no topic list at all', async () => {
    const na = await load('no-agenda-trimmed.xml');
    for (const episode of na.feed.episodes) expect(textsOf(na, episode.title), episode.title).to.deep.equal([]);
  });

  it('Podlovers: chapter titles shown as the chapter list are not topics too; the links are', async () => {
    const pl = await load('podlovers.xml');
    const sprint = textsOf(pl, 'PTF Sprint 8: Design der Import-Seite');
    for (const chapter of ['Intro und Begrüßung', 'Organisatorisches', 'Beta-Test', 'Import-Episoden-Seite'])
      expect(sprint, chapter).not.to.include(chapter);
    const reden = textsOf(pl, 'Wir. Müssen Reden');
    expect(reden).to.include.members(['Podlove', 'Auphonic']);
  });
});
