import { expect } from '@esm-bundle/chai';
import type { Episode, Feed } from '../../src/feed/model.js';
import { readFeed } from '../../src/feed/read-feed.js';
import { findRelated, type RelatedIndex } from '../../src/episode/related.js';
import { buildRelatedIndex, partOf } from '../../src/episode/related-index.js';
import { extractTopics } from '../../src/episode/topics.js';
import { tokenize } from '../../src/episode/tokenize.js';
import { TRIMMED, fullOr, requireFeeds } from '../support/feeds.js';

/** Reads a feed the way the element does, topics included (the index uses them). */
async function feedAt(path: string): Promise<Feed> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const feed = await readFeed(bytes, response.headers.get('content-type'), new URL(path, location.href).href);
  for (const episode of feed.episodes) episode.topics = extractTopics(episode);
  return feed;
}

/** An episode with just what the index reads. */
function episode(id: string, title: string, notesText: string, published?: string, keywords: string[] = []): Episode {
  return {
    id,
    title,
    notesHtml: `<p>${notesText}</p>`,
    notesText,
    published: published === undefined ? undefined : new Date(published),
    persons: [],
    transcripts: [],
    inlineChapters: [],
    soundbites: [],
    keywords,
    topics: [],
  };
}

/** `findRelated` as titles, which read better in a failing test than ids. */
function relatedTitles(episodes: readonly Episode[], index: RelatedIndex, id: string, count: number): string[] {
  return findRelated(index, id, count).map((found) => episodes.find((e) => e.id === found)!.title);
}

const BAKING = [
  episode(
    'a',
    'Baking sourdough bread at home',
    'Starter, levain and hydration: how to bake sourdough bread with a crackling crust after a long cold proof.',
    '2025-01-06',
  ),
  episode(
    'b',
    'Sourdough starters, explained',
    'Feeding a sourdough starter, building a levain, and why hydration matters for the crust.',
    '2025-03-03',
  ),
  episode(
    'c',
    'Bread machines reviewed',
    'We test five bread machines on sandwich loaves and one brioche.',
    '2025-02-03',
  ),
  episode(
    'd',
    'Kubernetes operators',
    'Reconcile loops, custom resources and controllers that manage stateful services.',
    '2025-01-13',
  ),
  episode(
    'e',
    'The offside rule',
    "Football's most argued law, explained with diagrams and famous mistakes.",
    '2025-01-20',
  ),
  episode(
    'f',
    'Pruning roses in winter',
    'When and where to cut, which tools to use, and how to keep the plants healthy.',
    '2025-01-27',
  ),
];

describe('related: parts of one story first (issue 11)', () => {
  it("reads part markers in the shared feeds' languages, and not dates or episode numbers", () => {
    expect(partOf('Game of the Year 2018: Day Five Deliberations')).to.deep.equal({
      stem: 'game of the year 2018 deliberations',
      part: 5,
    });
    expect(partOf('#153 The Real Enemy, Part 2')).to.deep.equal({ stem: 'the real enemy', part: 2 });
    expect(partOf('NHC-2021 Live coverage Day 1 Part 2')?.part, 'the last marker counts').to.equal(2);
    expect(partOf('Die Mondlandung, Teil 3')?.part).to.equal(3);
    expect(partOf('Tour de France (2/3)')?.part).to.equal(2);
    expect(partOf('The Crime Machine, Part II')?.part).to.equal(2);
    expect(partOf('Giant Bombcast 07/19/2016'), 'a date').to.equal(undefined);
    expect(partOf('Episode 57: Rebel Rubes'), 'an episode number').to.equal(undefined);
  });

  it('the other days of a story come first, even when they share no words', () => {
    const days = ['One', 'Two', 'Three', 'Four'].map((n, i) =>
      episode(`d${i + 1}`, `Deliberations: Day ${n}`, `Words of day ${n}: ${'xyz'.repeat(i + 1)}.`, `2024-12-2${i}`),
    );
    const others = [
      episode('o1', 'Deliberations and debate', 'Deliberations deliberations debate.', '2024-12-21'),
      episode('o2', 'Something else', 'Deliberations of another kind.', '2024-06-01'),
    ];
    const all = [...days, ...others];
    const index = buildRelatedIndex(all);
    expect(relatedTitles(all, index, 'd2', 3)).to.deep.equal([
      'Deliberations: Day One',
      'Deliberations: Day Three',
      'Deliberations: Day Four',
    ]);
  });

  it('parts published the same day belong together though their titles name different guests', () => {
    const all = [
      episode('p1', 'Part 1: Ann Smith, Bo Li', 'Racing talk.', '2021-03-24T12:00:00Z'),
      episode('p2', 'Part 2: Cy Young', 'More racing.', '2021-03-24T13:00:00Z'),
      episode('q1', 'Part 1: Di Ross', 'Racing talk.', '2021-03-23T12:00:00Z'),
      episode('q2', 'Part 2: Ed Wu', 'More racing.', '2021-03-23T13:00:00Z'),
    ];
    const index = buildRelatedIndex(all);
    expect(relatedTitles(all, index, 'p1', 1)).to.deep.equal(['Part 2: Cy Young']);
    expect(relatedTitles(all, index, 'q2', 1)).to.deep.equal(['Part 1: Di Ross']);
  });

  it('then the episodes its notes link to (or that link to it)', () => {
    const a = { ...episode('a', 'Best of the year', 'Replays.', '2024-12-30'), link: 'https://show.example/ep/10' };
    const b = {
      ...episode('b', 'Unrelated words', 'Nothing in common.', '2024-01-01'),
      link: 'https://show.example/ep/2',
    };
    const c = episode('c', 'Best of the year again', 'Replays of the year.', '2024-12-29');
    a.notesHtml = '<p>Replays <a href="http://www.show.example/ep/2/">episode 2</a>.</p>';
    const all = [a, b, c];
    const index = buildRelatedIndex(all);
    expect(relatedTitles(all, index, 'a', 1)).to.deep.equal(['Unrelated words']);
    expect(relatedTitles(all, index, 'b', 1), 'both ways').to.deep.equal(['Best of the year']);
  });
});

describe('related episodes', () => {
  describe('findRelated on episodes whose answer is known', () => {
    const index = buildRelatedIndex(BAKING);

    it('puts the episode on the same subject first, then the one that shares less', () => {
      expect(relatedTitles(BAKING, index, 'a', 2)).to.deep.equal([
        'Sourdough starters, explained',
        'Bread machines reviewed',
      ]);
      expect(relatedTitles(BAKING, index, 'b', 1)).to.deep.equal(['Baking sourdough bread at home']);
    });

    it('never returns the episode itself or the same episode twice, and respects the count', () => {
      for (const { id } of BAKING) {
        for (const count of [1, 3, 5, 10]) {
          const ids = findRelated(index, id, count);
          expect(ids, `${id}, ${count}`).not.to.include(id);
          expect(new Set(ids).size, `${id}, ${count}: no duplicates`).to.equal(ids.length);
          expect(ids.length, `${id}, ${count}`).to.equal(Math.min(count, BAKING.length - 1));
        }
      }
      expect(findRelated(index, 'a', 0)).to.deep.equal([]);
      expect(findRelated(index, 'no-such-episode', 3)).to.deep.equal([]);
    });

    it('falls back to the nearest in date when nothing is similar, undated episodes last', () => {
      const unrelated = [
        episode('t', 'Volcanoes of Iceland', 'Magma, eruptions and the ash cloud of 2010.', '2025-03-10'),
        episode('far', 'Jazz harmony', 'Tritone substitutions and the ii–V–I.', '2025-02-01'),
        episode('undated', 'Chess openings', 'The Sicilian and the Queen’s Gambit.'),
        episode('next', 'Medieval castles', 'Moats, keeps and murder holes.', '2025-03-14'),
        episode('prev', 'Knitting socks', 'Heels, toes and the right yarn.', '2025-03-09'),
      ];
      const titles = relatedTitles(unrelated, buildRelatedIndex(unrelated), 't', 4);
      expect(titles).to.deep.equal(['Knitting socks', 'Medieval castles', 'Jazz harmony', 'Chess openings']);
    });

    it('fills up with the nearest in date after the similar ones', () => {
      // Only "b" and "c" share words with "a"; the rest come by date: d (a week after a), then e.
      expect(findRelated(index, 'a', 4)).to.deep.equal(['b', 'c', 'd', 'e']);
    });

    it('ignores a sponsor paragraph that most episodes repeat', () => {
      const sponsor =
        'This episode is brought to you by Nimbus Cloud Hosting. Deploy your apps, databases and static sites in ' +
        'seconds with predictable pricing, global regions and friendly human support. Visit nimbus example dot com ' +
        'slash podcast and use the code LISTEN for a free month of hosting on any plan.';
      const withSponsor = (e: Episode) => ({ ...e, notesText: `${e.notesText}\n\n${sponsor}` });
      const episodes = [
        withSponsor(
          episode('t', 'Cold proofing', 'Why we retard our sourdough overnight in the fridge.', '2025-01-01'),
        ),
        episode('p', 'Flour and water', 'A sourdough loaf needs only three ingredients.', '2025-05-01'),
        ...['Tax returns', 'Marathon training', 'Learning Rust', 'Houseplants', 'Film cameras', 'Birdwatching'].map(
          (title, i) =>
            withSponsor(episode(`s${i}`, title, `An episode about ${title.toLowerCase()}.`, `2025-01-0${i + 2}`)),
        ),
        episode('u1', 'Beekeeping', 'Hives, queens and honey.', '2025-06-01'),
        episode('u2', 'Card magic', 'Forces, false shuffles and misdirection.', '2025-06-02'),
      ];
      // Seven in ten episodes carry the blurb; its words would otherwise outweigh the one word t and p share.
      expect(findRelated(buildRelatedIndex(episodes), 't', 1)).to.deep.equal(['p']);
    });

    it('weighs the title above the notes, and counts keywords', () => {
      const episodes = [
        episode('t', 'Tidal energy', 'A conversation.', '2025-01-10'),
        episode('title', 'More tidal energy', 'Another conversation.', '2025-03-01'),
        episode('notes', 'Oceans', 'We mention tidal energy once.', '2025-02-01'),
        episode('keywords', 'Coastlines', '', '2025-01-25', ['tidal']),
        // Nearer in date than all of the above: they come first only if the words above count for nothing.
        ...['Deserts', 'Mountains', 'Rivers', 'Glaciers'].map((title, i) =>
          episode(title, title, '', `2025-01-1${i + 1}`),
        ),
      ];
      expect(findRelated(buildRelatedIndex(episodes), 't', 3)).to.deep.equal(['title', 'notes', 'keywords']);
    });
  });

  describe('the tokeniser and other scripts', () => {
    it('lower-cases, keeps letters of every script, drops stop words, numbers, one-letter words and addresses', () => {
      expect(tokenize("It's the Patterns of 2019: a deep-dive into C# at https://example.com/x!")).to.deep.equal([
        'pattern',
        'deep',
        'dive',
      ]);
      expect(tokenize('Η Ελληνοφρένεια της Τρίτης')).to.deep.equal(['ελληνοφρένεια', 'της', 'τρίτης']);
      expect(tokenize('שיעור הקבלה היומי')).to.deep.equal(['שיעור', 'הקבלה', 'היומי']);
      expect(tokenize("Sèries i cinema: l'estrena de «Drive my car»")).to.deep.equal([
        'sèries',
        'cinema',
        'estrena',
        'de',
        'drive',
        'car',
      ]);
      expect(tokenize('Stories about libraries', 1), 'stops at the limit').to.deep.equal(['story']);
    });

    it('relates Greek, Hebrew and Catalan episodes by their words', () => {
      const episodes = [
        episode('el1', 'Το λιμάνι της Θεσσαλονίκης', 'Ιστορία του λιμανιού και των πλοίων.', '2025-01-01'),
        episode('el2', 'Πλοία στη Θεσσαλονίκης', 'Τα πλοία που έφτασαν στο λιμάνι.', '2025-03-01'),
        episode('he1', 'שיעור בקבלה', 'הכנה לשיעור היומי בקבלה.', '2025-01-02'),
        episode('he2', 'מבוא לקבלה', 'שיעור היומי על ספר הזוהר.', '2025-03-02'),
        episode('ca1', 'Sèries per mirar al febrer', 'Les millors sèries del mes.', '2025-01-03'),
        episode('ca2', 'Sèries que acaben', 'Finals de sèries i temporades.', '2025-03-03'),
      ];
      const index = buildRelatedIndex(episodes);
      expect(findRelated(index, 'el1', 1)).to.deep.equal(['el2']);
      expect(findRelated(index, 'he1', 1)).to.deep.equal(['he2']);
      expect(findRelated(index, 'ca1', 1)).to.deep.equal(['ca2']);
    });
  });

  describe('the index', () => {
    it('is plain data: it survives structured cloning and JSON unchanged, and still answers', () => {
      const index = buildRelatedIndex(BAKING);
      const cloned = structuredClone(index);
      expect(cloned).to.deep.equal(index);
      expect(JSON.parse(JSON.stringify(index))).to.deep.equal(index);
      for (const { id } of BAKING) expect(findRelated(cloned, id, 3)).to.deep.equal(findRelated(index, id, 3));
    });

    it('handles a feed of one episode and episodes without notes', () => {
      const single = buildRelatedIndex([episode('only', 'Only', '')]);
      expect(findRelated(single, 'only', 3)).to.deep.equal([]);
      const bare = [episode('x', '', ''), episode('y', '', '', '2025-01-01')];
      expect(findRelated(buildRelatedIndex(bare), 'x', 3)).to.deep.equal(['y']);
    });
  });

  describe('the demo feed', () => {
    it('Ep 2 is most like Ep 1 (both about efficient code and hardware)', async () => {
      const demo = await feedAt('/demo/feed.xml');
      const ep2 = demo.episodes.find((e) => e.title.startsWith('Ep 2:'))!;
      const related = relatedTitles(demo.episodes, buildRelatedIndex(demo.episodes), ep2.id, 4);
      expect(related).to.have.length(4);
      expect(related[0]).to.match(/^Ep 1: Green Software Is Efficient Software/);
      expect(related).not.to.include(ep2.title);
    });
  });

  describe('real feeds', () => {
    it('coding-blocks: the parts of a series find each other', async function () {
      await requireFeeds(this, 'akupila__node-podcast-parser__coding-blocks.xml');
      const feed = await feedAt('/feeds/akupila__node-podcast-parser__coding-blocks.xml');
      const index = buildRelatedIndex(feed.episodes);
      for (const series of ['Clean Code - ', 'Clean Architecture - ', 'The Twelve-Factor App: ']) {
        const parts = feed.episodes.filter((e) => e.title.startsWith(series));
        expect(parts.length, series).to.be.at.least(4);
        let firstInSeries = 0;
        let top3InSeries = 0;
        for (const part of parts) {
          const related = relatedTitles(feed.episodes, index, part.id, 3);
          if (related[0].startsWith(series)) firstInSeries++;
          top3InSeries += related.filter((t) => t.startsWith(series)).length;
        }
        expect(firstInSeries / parts.length, `${series}: the most similar is another part`).to.be.at.least(0.8);
        expect(top3InSeries / parts.length, `${series}: parts among the top 3`).to.be.at.least(2);
      }
    });

    it('design-details: a "Best of" episode finds the episodes it replays', async function () {
      await requireFeeds(this, 'akupila__node-podcast-parser__design-details.xml');
      const feed = await feedAt('/feeds/akupila__node-podcast-parser__design-details.xml');
      const bestOf = feed.episodes.find((e) => e.title === '94: Best of 2015 - Part 4')!;
      const replayed = bestOf.topics.map((t) => t.text.split(':')[0]);
      expect(replayed.length, 'its topics name the replayed episodes').to.be.at.least(5);
      // Changed for issue 11: the other parts of "Best of 2015" come first (parts of one story), then the episodes
      // its notes link to: the replayed ones.
      const related = relatedTitles(feed.episodes, buildRelatedIndex(feed.episodes), bestOf.id, 7);
      expect(related.slice(0, 3).sort(), related.join(' | ')).to.deep.equal([
        '91: Best of 2015 - Part 1',
        '92: Best of 2015 - Part 2',
        '93: Best of 2015 - Part 3',
      ]);
      const hits = related.slice(3).filter((title) => replayed.includes(title.split(':')[0]));
      expect(hits.length, related.join(' | ')).to.be.at.least(3);
    });

    it('coding-blocks: the same paragraph appended to every note, or to half of them, changes nothing', async () => {
      const file = await fullOr('akupila__node-podcast-parser__coding-blocks.xml', TRIMMED.codingBlocks);
      const feed = await feedAt(`/feeds/${file}`);
      const blurb =
        'Coding Blocks is brought to you by our listeners. Leave us a review, join our Slack community, pick up a ' +
        'sticker, and tell a friend who writes code about the show. Thank you for listening and see you next time.';
      const plain = buildRelatedIndex(feed.episodes);
      const everyNote = buildRelatedIndex(
        feed.episodes.map((e) => ({ ...e, notesText: `${e.notesText}\n\n${blurb}` })),
      );
      const halfOfThem = buildRelatedIndex(
        feed.episodes.map((e, i) => (i % 2 ? e : { ...e, notesText: `${e.notesText}\n\n${blurb}` })),
      );
      for (const e of feed.episodes) {
        const expected = findRelated(plain, e.id, 3);
        expect(findRelated(everyNote, e.id, 3), e.title).to.deep.equal(expected);
        expect(findRelated(halfOfThem, e.id, 3), e.title).to.deep.equal(expected);
      }
    });

    it('large feeds: always `count` others, never itself; prints build and query times', async function () {
      const large = [
        'alatiera__gnome-podcasts__2020-12-19-LinuxUnplugged.xml',
        'rbren__rss-parser__giantbomb-podcast.rss',
      ];
      await requireFeeds(this, ...large);
      for (const name of large) {
        const feed = await feedAt(`/feeds/${name}`);
        const started = performance.now();
        const index = buildRelatedIndex(feed.episodes);
        const buildMs = performance.now() - started;
        const times: number[] = [];
        for (const e of feed.episodes) {
          const started = performance.now();
          const ids = findRelated(index, e.id, 5);
          times.push(performance.now() - started);
          expect(ids, e.title).to.have.length(5);
          expect(ids, e.title).not.to.include(e.id);
          expect(new Set(ids).size, e.title).to.equal(5);
        }
        const average = times.reduce((a, b) => a + b, 0) / times.length;
        const median = [...times].sort((a, b) => a - b)[times.length >> 1];
        const size = JSON.stringify(index).length / 1024;
        console.log(
          `related ${name}: ${feed.episodes.length} episodes, build ${buildMs.toFixed(1)} ms, findRelated ` +
            `${average.toFixed(2)} ms on average (median ${median.toFixed(2)}, first ${times[0].toFixed(2)}, ` +
            `slowest ${Math.max(...times).toFixed(2)}), index ${size.toFixed(0)} kB as JSON`,
        );
      }
    });
  });
});
