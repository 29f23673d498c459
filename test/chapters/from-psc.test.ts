import { expect } from '@esm-bundle/chai';
import { chaptersFromPsc } from '../../src/chapters/from-psc.js';
import type { Episode, Feed } from '../../src/feed/model.js';
import { TRIMMED, readFeedFile } from '../support/feeds.js';
import { PODLOVERS_SPRINT8_TITLES, expectWellFormed, outline } from './helpers.js';

function episodeTitled(feed: Feed, title: string): Episode {
  const episode = feed.episodes.find((e) => e.title === title);
  if (!episode) throw new Error(`no episode "${title}" in ${feed.url}`);
  return episode;
}

describe('chaptersFromPsc: Podlove Simple Chapters', () => {
  describe('the real feeds that carry them', () => {
    let cre: Feed;
    let podlovers: Feed;
    before(async function () {
      [cre, podlovers] = await Promise.all([
        readFeedFile(TRIMMED.cre),
        readFeedFile('podlove__metalove__podlovers.xml'),
      ]);
    });

    it('CRE207: chapters listed out of order come sorted, with NTP times, links and images', () => {
      const episode = episodeTitled(cre, 'CRE207 Planetarien');
      const chapters = chaptersFromPsc(episode.inlineChapters, episode.duration);
      expect(chapters[0]).to.deep.equal({
        start: 26.407,
        end: 50,
        title: 'Neil DeGrasse Tyson on Science',
        img: 'https://pics.example.com/pic.png',
        url: 'https://example.com/',
      });
      expect(outline(chapters.slice(1, 4))).to.deep.equal([
        '50 Int NTP example',
        '59.12 Floating NTP example',
        '89.201 Intro',
      ]);
      const farewell = chapters.at(-1)!;
      expect(farewell.title, 'the chapter the feed lists fifth starts last').to.equal('Abschied');
      expect(farewell.end, 'the last chapter ends with the episode').to.equal(episode.duration);
      expectWellFormed(chapters, 'CRE207');
    });

    it('every CRE and Podlovers episode with chapters: one chapter each, each ending where the next starts', () => {
      let episodes = 0;
      for (const feed of [cre, podlovers]) {
        for (const episode of feed.episodes.filter((e) => e.inlineChapters.length)) {
          episodes++;
          const chapters = chaptersFromPsc(episode.inlineChapters, episode.duration);
          expect(
            chapters.map((c) => c.title),
            episode.title,
          ).to.deep.equal(episode.inlineChapters.map((c) => c.title));
          chapters
            .slice(0, -1)
            .forEach((chapter, i) => expect(chapter.end, episode.title).to.equal(chapters[i + 1]!.start));
          expectWellFormed(chapters, episode.title);
        }
      }
      expect(episodes, 'the items with psc:chapters: 3 in the trimmed CRE, 2 in Podlovers').to.equal(5);
    });

    it('Podlovers: German titles with character references read as text', () => {
      const episode = episodeTitled(podlovers, 'PTF Sprint 8: Design der Import-Seite');
      const chapters = chaptersFromPsc(episode.inlineChapters, episode.duration);
      expect(chapters.map((c) => c.title)).to.deep.equal(PODLOVERS_SPRINT8_TITLES);
      expect(chapters[1]!.start).to.be.closeTo(60.591, 1e-9);
      expect(chapters.at(-1)!.end, 'itunes:duration 00:29:22').to.equal(29 * 60 + 22);
    });
  });

  it('keeps only http(s) links and images, and names untitled chapters', () => {
    const chapters = chaptersFromPsc(
      [
        { start: 0, title: 'Safe', href: 'https://example.org/a', image: 'http://example.org/a.png' },
        { start: 10, title: 'Unsafe', href: 'javascript:alert(1)', image: 'data:image/png;base64,AAAA' },
        { start: 20, title: '   ' },
      ],
      30,
    );
    expect(chapters).to.deep.equal([
      { start: 0, end: 10, title: 'Safe', url: 'https://example.org/a', img: 'http://example.org/a.png' },
      { start: 10, end: 20, title: 'Unsafe' },
      { start: 20, end: 30, title: 'Chapter 3' },
    ]);
  });

  it('gives an empty list for an episode without chapters', () => {
    expect(chaptersFromPsc([], 100)).to.deep.equal([]);
  });
});
