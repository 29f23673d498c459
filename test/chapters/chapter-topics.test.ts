import { expect } from '@esm-bundle/chai';
import { chapterTopics } from '../../src/chapters/chapter-topics.js';
import { parseJsonChapters } from '../../src/chapters/parse-json-chapters.js';
import { extractTopics } from '../../src/episode/topics.js';
import type { Chapter } from '../../src/chapters/model.js';
import { TRIMMED, feedUrl, readFeedFile } from '../support/feeds.js';
import { AUX_EXAMPLE, fetchText } from './helpers.js';

const chapters = (...titles: string[]): Chapter[] => titles.map((title, i) => ({ start: i * 60, title }));

describe('chapterTopics: chapter titles feed the topic list when the notes have no list of their own', () => {
  it('an episode whose notes are prose: the chapter titles, without routine segments', () => {
    const episode = { notesHtml: '<p>We talk about the sea with a marine biologist.</p>', keywords: ['science'] };
    expect(extractTopics(episode), 'before the chapters are known: the keywords').to.deep.equal(['science']);
    const topics = chapterTopics(
      episode,
      chapters(
        'Intro',
        'Sponsor: Acme Hosting',
        'Why tides happen',
        'Housekeeping',
        'Chapter 5',
        'Rogue waves',
        'Feedback',
        'Outro',
      ),
    );
    expect(topics).to.deep.equal(['Why tides happen', 'Rogue waves']);
  });

  it("an episode whose notes have a topic list: the notes' list, whatever the chapters say", () => {
    const episode = { notesHtml: '<p>In this episode:</p><ul><li>Tides</li><li>Moons</li></ul>', keywords: [] };
    expect(chapterTopics(episode, chapters('Intro', 'Something else entirely'))).to.deep.equal(['Tides', 'Moons']);
  });

  it('chapters before timestamped lines, links and keywords; at most 12', () => {
    const episode = {
      notesHtml:
        '<p>0:00 A line with a time<br>5:00 Another</p><p>Links:</p><ul><li><a href="https://a.example">A link</a></li></ul>',
      keywords: ['keyword'],
    };
    const many = chapters(...Array.from({ length: 20 }, (_, i) => `Part ${i + 1}`));
    const topics = chapterTopics(episode, many);
    expect(topics).to.have.length(12);
    expect(topics[0]).to.equal('Part 1');
  });

  it('without chapters: the topics the worker computed', () => {
    const episode = {
      notesHtml: '<p>Prose.</p>',
      keywords: ['a', 'b'],
      inlineChapters: [{ start: 0, title: 'Podlove chapter' }],
    };
    expect(chapterTopics(episode, [])).to.deep.equal(extractTopics(episode));
  });

  describe('real feeds with JSON chapters', () => {
    let example: Chapter[];
    before(async function () {
      const file = await fetchText(feedUrl(AUX_EXAMPLE));
      example = parseJsonChapters(file.text, file.url)!;
    });

    it('themnshow: keywords before, the chapter titles once the chapters file is read', async () => {
      const feed = await readFeedFile(TRIMMED.themnshow);
      const episode = feed.episodes.find((e) => e.chapters)!;
      expect(extractTopics(episode)).to.deep.equal(['technology', 'travel', 'stories']);
      expect(chapterTopics(episode, example)).to.deep.equal([
        'Hearing Aids',
        'Progress Report',
        'Namespace',
        'Just Break Up',
        'The Big Players',
        'Spread the Word',
      ]);
    });

    it("Podcasting 2.0 episode 57: the notes' own list stays", async () => {
      const feed = await readFeedFile(TRIMMED.pc20rss);
      const episode = feed.episodes.find((e) => e.title === 'Episode 57: Rebel Rubes')!;
      const topics = chapterTopics(episode, example);
      expect(topics).to.deep.equal(extractTopics(episode));
      expect(topics).to.include('PodPing Watcher');
    });
  });
});
