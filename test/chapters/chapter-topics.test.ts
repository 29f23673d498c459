// Rewritten for issue 11: chapter titles become topics only when the chapter list is not shown beside them, and
// the element shows the chapter list whenever an episode has chapters. The old expectations (a chapters file's
// titles replacing the topics) are now the opposite of what is wanted: the same titles twice, one list above the
// other.
import { expect } from '@esm-bundle/chai';
import { chapterListShown, chapterTitlesAsTopics } from '../../src/chapters/chapter-titles-as-topics.js';
import { parseJsonChapters } from '../../src/chapters/parse-json-chapters.js';
import { extractTopics } from '../../src/episode/topics.js';
import type { Chapter } from '../../src/chapters/model.js';
import { TRIMMED, feedUrl, readFeedFile } from '../support/feeds.js';
import { AUX_EXAMPLE, fetchText } from './helpers.js';

const texts = (topics: readonly { text: string }[]) => topics.map((t) => t.text);

describe('chapter titles as topics: only where no chapter list is shown', () => {
  it('routine chapters are never topics, in English, German, French and Spanish', () => {
    const titles = [
      'Intro',
      'Sponsor: Acme Hosting',
      'Why tides happen',
      'Housekeeping',
      'Chapter 5',
      'Intro und Begrüßung',
      'Organisatorisches',
      'Générique',
      'Despedida',
      'Rogue waves',
      'Feedback',
      'Outro',
    ];
    expect(chapterTitlesAsTopics(titles, false)).to.deep.equal(['Why tides happen', 'Rogue waves']);
  });

  it('a shown chapter list gives no topics at all', () => {
    expect(chapterTitlesAsTopics(['Why tides happen', 'Rogue waves'], true)).to.deep.equal([]);
  });

  it('the chapter list is shown for a chapters file, Podlove chapters, or timestamped lines in the notes', () => {
    const prose = { notesHtml: '<p>We talk about the sea.</p>', notesText: 'We talk about the sea.' };
    expect(chapterListShown(prose)).to.equal(false);
    expect(
      chapterListShown({ ...prose, chapters: { url: 'https://x.example/c.json', type: 'application/json' } }),
    ).to.equal(true);
    expect(chapterListShown({ ...prose, inlineChapters: [{ start: 0, title: 'A' }] })).to.equal(true);
    const timed = '<p>00:00 Tides<br>05:00 Waves</p>';
    expect(chapterListShown({ notesHtml: timed })).to.equal(true);
  });

  it('loaded chapters leave the topics as the worker chose them', () => {
    const episode = { notesHtml: '<p>In this episode:</p><ul><li>Tides</li><li>Moons</li></ul>', keywords: [] };
    const topics = extractTopics(episode);
    expect(texts(topics)).to.deep.equal(['Tides', 'Moons']);
  });

  describe('real feeds with JSON chapters', () => {
    let example: Chapter[];
    before(async function () {
      const file = await fetchText(feedUrl(AUX_EXAMPLE));
      example = parseJsonChapters(file.text, file.url)!;
    });

    it('themnshow: the chapters file is shown as chapters, so its titles are not topics', async () => {
      const feed = await readFeedFile(TRIMMED.themnshow);
      const episode = feed.episodes.find((e) => e.chapters)!;
      expect(chapterListShown(episode)).to.equal(true);
      // The topics the element shows are the episode's own (readFeedFile skips the worker's topics step: computed
      // here by the same code); a chapters file shown as chapters adds none of its titles.
      expect(texts(extractTopics(episode))).not.to.include('Hearing Aids');
      expect(example.map((c) => c.title)).to.include('Hearing Aids');
    });

    it("Podcasting 2.0 episode 57: the notes' own list stays", async () => {
      const feed = await readFeedFile(TRIMMED.pc20rss);
      const episode = feed.episodes.find((e) => e.title === 'Episode 57: Rebel Rubes')!;
      // readFeedFile reads the feed without the worker's pipeline: its topics are computed here.
      const topics = extractTopics(episode);
      expect(texts(topics)).to.include('PodPing Watcher');
    });
  });
});
