// Podcasting 2.0 (podcast:), Apple (itunes:) and Podlove (psc:) tags as real publishers write them.
import { expect } from '@esm-bundle/chai';
import type { Feed } from '../../src/feed/model.js';
import { TRIMMED, readFeedFile, requireFeeds } from '../support/feeds.js';

const count = (feed: Feed, has: (e: Feed['episodes'][number]) => unknown) => feed.episodes.filter(has).length;

// The large feeds are read from their committed trimmed copies (test/fixtures/feeds/README.md), so the totals below count
// those items.
describe('podcast tags on real feeds', () => {
  it('The Mike Neumann Show: persons, transcripts, chapters, named seasons, episode labels, soundbites', async () => {
    const feed = await readFeedFile(TRIMMED.themnshow);
    expect(feed.podcast.persons).to.deep.equal([
      {
        name: 'Mike Neumann',
        role: 'host',
        group: 'cast',
        img: 'https://mikeneumann.show/assets/static/MNeumann.jpeg',
        href: 'https://mikeneumann.net/',
      },
    ]);
    const latest = feed.episodes[0]!;
    expect(latest).to.include({ title: 'Social Media', season: 1, seasonName: 'Breakfasts with Dr. Tim', episode: 54 });
    expect(latest.episodeDisplay).to.equal('Social Media');
    // role="guest" group="cast" as written; language="EN" lower-cased.
    expect(latest.persons).to.deep.equal([
      {
        name: 'Dr. Timothy M. Jurgensen',
        role: 'guest',
        group: 'cast',
        img: 'https://mikeneumann.show/assets/static/TMJurgensen.jpeg',
        href: 'https://midoripress.com/',
      },
    ]);
    expect(latest.transcripts).to.deep.equal([
      {
        url: 'https://mikeneumann.show/assets/static/themnshow054-20240914-DRAFT-transcript.srt',
        type: 'application/x-subrip',
        language: 'en',
        rel: 'captions',
      },
    ]);
    expect(latest.chapters).to.deep.equal({
      url: 'https://mikeneumann.show/assets/static/themnshow054-20240914-DRAFT-chapters.json',
      type: 'application/json+chapters',
    });
    expect(feed.episodes.reduce((n, e) => n + e.transcripts.length, 0)).to.equal(10);
    expect(count(feed, (e) => e.chapters)).to.equal(8);
    expect(new Set(feed.episodes.map((e) => e.seasonName))).to.deep.equal(
      new Set(['Breakfasts with Dr. Tim', 'Supper with Dr. Tim']),
    );
    const community = feed.episodes.find((e) => e.title === 'Community')!;
    expect(community.soundbites).to.deep.equal([
      { start: 104.4, duration: 12, title: 'Mike triggers Tim by saying Advertising' },
      { start: 230.6, duration: 8.6, title: 'Have we ever talked about Advertising?' },
    ]);
    expect(feed.episodes.reduce((n, e) => n + e.soundbites.length, 0)).to.equal(4);
  });

  it('Podlovers: hosts with pictures, a VTT transcript, Podlove chapters, itunes:episode', async () => {
    const feed = await readFeedFile('podlove__metalove__podlovers.xml');
    expect(feed.podcast.persons.map((p) => `${p.name} (${p.role})`)).to.deep.equal([
      'Eric Teubert (host)',
      'Alexander Heimbuch (host)',
      'Dirk Schumann (host)',
      'Martin Fischer (host)',
    ]);
    const episode = feed.episodes[0]!;
    expect(episode).to.include({
      title: 'PTF Sprint 8: Design der Import-Seite',
      episode: 34,
      episodeType: 'full',
      duration: 1762,
    });
    expect(episode.persons.map((p) => p.name)).to.deep.equal(['Alexander Heimbuch', 'Dirk Schumann', 'Martin Fischer']);
    expect(episode.transcripts).to.deep.equal([{ url: 'https://files.podlovers.org/LOV34.vtt', type: 'text/vtt' }]);
    expect(episode.inlineChapters.map((c) => [c.start, c.title])).to.deep.equal([
      [0, 'Intro und Begrüßung'],
      [60.591, 'Metadaten-Import aus dem RSS-Feed'],
      [209.843, 'Einrichtung End-to-end-Testing'],
      [384.521, 'Exkurs: The state of Wordpress'],
      [556.908, 'Import-Episoden-Seite'],
      [1475.838, 'Beta-Test'],
      [1616.553, 'Organisatorisches'],
    ]);
  });

  it('Podcasting 2.0: hosts and guests, SRT transcripts, JSON chapters', async () => {
    const feed = await readFeedFile(TRIMMED.pc20rss);
    const latest = feed.episodes[0]!;
    expect(latest.title).to.equal('Episode 57: Rebel Rubes');
    expect(latest.persons.map((p) => `${p.name} (${p.role})`)).to.deep.equal([
      'Adam Curry (host)',
      'Dave Jones (host)',
      'Brian of London (guest)',
    ]);
    expect(latest.persons[0]).to.deep.equal({
      name: 'Adam Curry',
      role: 'host',
      group: 'cast',
      img: 'https://feeds.podcastindex.org/adam_avatar.jpg',
      href: 'http://curry.com/',
    });
    expect(latest.transcripts).to.deep.equal([
      { url: 'https://mp3s.nashownotes.com/PC20-57-Captions.srt', type: 'application/srt' },
    ]);
    expect(latest.chapters).to.deep.equal({
      url: 'http://34.117.70.159/http%3Amp3s.nashownotes.compc20rss.xml/PC2057',
      type: 'application/json',
    });
    expect(count(feed, (e) => e.transcripts.length)).to.equal(5);
    expect(count(feed, (e) => e.chapters)).to.equal(5);
  });

  it('LINUX Unplugged: podcast:person tags on every episode (13 over the 5 kept), JSON chapters on each', async () => {
    const feed = await readFeedFile(TRIMMED.linuxUnplugged);
    expect(feed.episodes.reduce((n, e) => n + e.persons.length, 0)).to.equal(13);
    // role="host" as written, no group given: none invented.
    expect(feed.episodes[0]!.persons).to.deep.equal([
      { name: 'Chris Fisher', role: 'host', href: 'http://jupiterbroadcasting.com/' },
      { name: 'Wes Payne', role: 'host', href: 'http://jupiterbroadcasting.com/' },
    ]);
    expect(count(feed, (e) => e.chapters)).to.equal(5);
    expect(feed.episodes[0]!.chapters).to.deep.equal({
      url: 'https://feeds.fireside.fm/linuxunplugged/json/episodes/189424ce-542a-437a-98bb-a14563d3760b/chapters',
      type: 'application/json',
    });
  });

  it('Anchor: itunes:season and itunes:episode', async () => {
    const feed = await readFeedFile('feed-rs__feed-rs__rss_2.0_anchorfm.xml');
    expect(feed.podcast).to.include({
      title: 'It’s Not Always Special',
      author: 'Lisa McCoy',
      language: 'en',
      type: 'episodic',
    });
    expect(feed.episodes[0]).to.include({
      title: 'Advocating for our children',
      season: 1,
      episode: 7,
      episodeType: 'full',
      duration: 2227,
    });
  });

  it('Coding Blocks: itunes:episode on every episode, itunes:season where given', async () => {
    const feed = await readFeedFile(TRIMMED.codingBlocks);
    expect(feed.episodes.slice(0, 3).map((e) => [e.title, e.season, e.episode])).to.deep.equal([
      ['Search Driven Apps', 1, 83],
      ['Programmer Strengths and Weaknesses', undefined, 82],
      ['Understanding Complexity Theory', undefined, 81],
    ]);
    expect(count(feed, (e) => e.episode !== undefined)).to.equal(8);
    expect(feed.episodes[0]!.duration).to.equal(8318); // 02:18:38
  });

  it('CRE: Podlove Simple Chapters, in time order, with links and images resolved', async () => {
    const feed = await readFeedFile(TRIMMED.cre);
    expect(feed.episodes.reduce((n, e) => n + e.inlineChapters.length, 0)).to.equal(61);
    const chapters = feed.episodes[0]!.inlineChapters;
    expect(chapters).to.have.length(15);
    // The feed lists "Abschied" (01:35:00.034) before "Begrüßung" (00:02:04.729); players need time order.
    expect(chapters.map((c) => c.start)).to.deep.equal([...chapters.map((c) => c.start)].sort((a, b) => a - b));
    expect(chapters[0]).to.deep.equal({
      start: 26.407,
      title: 'Neil DeGrasse Tyson on Science',
      href: 'https://example.com/',
      image: 'https://pics.example.com/pic.png',
    });
    expect(chapters.find((c) => c.title === 'Int NTP example')!.start).to.equal(50);
    expect(chapters.find((c) => c.title === 'Floating NTP example')!.start).to.equal(59.12);
    expect(chapters.at(-1)).to.deep.equal({ start: 5700.034, title: 'Abschied' });
  });

  it('Reply All: itunes:episodeType (full and a trailer)', async function () {
    await requireFeeds(this, 'alatiera__gnome-podcasts__2020-12-29-replyall.xml');
    const feed = await readFeedFile('alatiera__gnome-podcasts__2020-12-29-replyall.xml');
    expect(count(feed, (e) => e.episodeType === 'full')).to.equal(186);
    expect(count(feed, (e) => e.episodeType === 'trailer')).to.equal(1);
  });
});
