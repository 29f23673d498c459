/**
 * Issue 11's hand-written expectations: for episodes of the shared real feeds, the topics that must appear, the
 * items that must not, and for multi-part stories the episodes related lists must start with. Each row says why.
 * Feeds are read as the worker reads them (buildFeedData: feed-wide boilerplate, then the related index).
 * Skips, naming the folder it looked for, when the shared feeds are missing.
 */
import { expect } from '@esm-bundle/chai';
import { buildFeedData } from '../../src/feed/pipeline.js';
import type { FeedData } from '../../src/feed/feed-data.js';
import { findRelated } from '../../src/episode/related.js';

const FEEDS = {
  dd: 'akupila__node-podcast-parser__design-details.xml',
  cb: 'akupila__node-podcast-parser__coding-blocks.xml',
  cre: 'feedjira__feedjira__CRE.xml',
  lup: 'alatiera__gnome-podcasts__2020-12-19-LinuxUnplugged.xml',
  pc20: 'podverse__partytime__pc20rss.xml',
  na: 'podverse__partytime__no-agenda.xml',
  gb: 'rbren__rss-parser__giantbomb-podcast.rss',
  sic: 'alatiera__gnome-podcasts__2022-series-i-cinema.xml',
  pl: 'podlove__metalove__podlovers.xml',
  mn: 'podverse__partytime__themnshow.xml',
  rtve: 'akupila__node-podcast-parser__rtve-podcast.xml',
  ra: 'alatiera__gnome-podcasts__2020-12-29-replyall.xml',
  atr: 'danjac__radiofeed-app__rss_invalid_duration.xml',
} as const;
type FeedKey = keyof typeof FEEDS;

interface TopicRow {
  feed: FeedKey;
  title: string;
  /** Topics (texts) that must be shown. */
  has?: string[];
  /** Texts no topic may contain. */
  not?: string[];
  /** No topic list at all. */
  none?: true;
  why: string;
}

const T: TopicRow[] = [
  // Design Details: a "Show Notes" list of links; the guest's social list ("Daniel on the Web") is an aside.
  {
    feed: 'dd',
    title: '100: Goldilocks Fidelity (feat. Daniel Burka)',
    has: ['GV', 'Google Ventures Rebrand', 'Dribbble'],
    not: ['Twitter', 'Website', 'Instagram'],
    why: 'show-notes links; Dribbble is a subject here, "Twitter"/"Website" profile links are not',
  },
  {
    feed: 'dd',
    title: '99: Internet Points (feat. Ian Silber)',
    has: ['Cookie Clicker', 'typeracer'],
    not: ['UENO'],
    why: 'show-notes list, not the sponsor',
  },
  {
    feed: 'dd',
    title: '98: Inhale the Flattery (feat. Marc Hemeon & Joshua Taylor)',
    has: ['Evernote', 'Watchville'],
    why: 'products the guests discuss',
  },
  { feed: 'dd', title: '96: Granola Mogul (feat. Kerem Suer)', has: ['Operator', 'Fitbit'], why: 'show-notes links' },
  {
    feed: 'dd',
    title: '95: Sandwich Artist (feat. Brian Benitez)',
    has: ['Weebly', 'Disqus'],
    why: 'show-notes links',
  },
  {
    feed: 'dd',
    title: '62: Pencil Mileage (feat. Alice Lee)',
    not: ['Sponsor', 'Twitter'],
    why: 'never sponsor or social lines',
  },
  // Coding Blocks: explicit topic lists and outline headings; news and tips are asides.
  {
    feed: 'cb',
    title: 'Design Anti-Patterns: YoYo, The God Object and More',
    has: ['Object Cesspool', 'Poltergeists', 'Yo-Yo Problem'],
    not: ['Spotify', 'Git Lens'],
    why: 'the anti-patterns, not the tips',
  },
  {
    feed: 'cb',
    title: 'All Your Database Are Belong to Us',
    has: ['How much should a developer know about databases in general?'],
    why: 'explicit "Topics" list, a question under 90 characters kept whole',
  },
  {
    feed: 'cb',
    title: 'Clean Code - Writing Meaningful Names',
    has: ['Use pronounceable names'],
    why: 'the points of the chapter discussed',
  },
  {
    feed: 'cb',
    title: 'Clean Code - Formatting Matters',
    has: ['Vertical Formatting', 'Horizontal Formatting'],
    why: 'outline headings',
  },
  {
    feed: 'cb',
    title: 'Caching Overview and Hardware',
    has: ['Main Memory', 'Spinning Disk'],
    why: 'the cache levels discussed',
  },
  {
    feed: 'cb',
    title: 'Javascript Promises and Beyond',
    none: true,
    why: 'keywords "javascript, promises" are the title split in two: repeating the title is no topic',
  },
  // CRE: "Themen:" lines; Podlove chapters are shown as the chapter list, so chapter titles are not topics.
  {
    feed: 'cre',
    title: 'CRE196 Feminismus',
    has: ['Persönliche Sozialisierung in Ost und West', 'Frauen in der DDR'],
    why: 'German "Themen" lead-in',
  },
  { feed: 'cre', title: 'CRE189 Chaos macht Schule', has: ['Hackerdemos'], why: '"Themen" line' },
  { feed: 'cre', title: 'CRE194 Bier', has: ['Malzherstellung', 'Grutbier'], why: '"Themen" line' },
  {
    feed: 'cre',
    title: 'CRE197 IPv6',
    has: ['Datex-P'],
    not: ['Routing im Internet', 'Intro'],
    why: 'chapters shown as chapters; the Wikipedia glossary links remain',
  },
  {
    feed: 'cre',
    title: 'CRE202 Hackerfilme',
    not: ['Vorstellung', 'Intro', 'Kultur und Fernsehen'],
    why: 'chapter headings repeated in the notes are the chapter list',
  },
  {
    feed: 'cre',
    title: 'CRE207 Planetarien',
    not: ['Begrüßung und Vorstellung', 'Sternenprojektor', 'Int NTP example'],
    why: 'chapters shown; no junk from the contributor table',
  },
  // LINUX Unplugged: the Links list keeps its links; sponsors, Patreon and "X on Twitter" are asides.
  {
    feed: 'lup',
    title: '384: Born To Run Fedora',
    has: ['Matrix Client: Fractal'],
    not: ['Linode', 'A Cloud Guru'],
    why: 'links list; sponsors before it are an aside',
  },
  {
    feed: 'lup',
    title: '383: Murder of a Distro',
    has: ['CentOS Project shifts focus to CentOS Stream'],
    why: 'the story of the episode, as its link titles',
  },
  {
    feed: 'lup',
    title: '382: A New Endeavour',
    has: ['ZaReason is Done. The Store is Closed.'],
    not: ['Patreon', 'on Twitter'],
    why: 'support and social lines are asides',
  },
  { feed: 'lup', title: '381: Secret Modem Sounds', has: ['Ruffle'], why: 'link title' },
  { feed: 'lup', title: '378: All in One Pi', has: ['Happy birthday VIM!'], why: 'link title' },
  {
    feed: 'lup',
    title: '379: Favorite Linux Tweaks',
    has: ['Arch Conf 2020 Videos'],
    not: ['Linode'],
    why: 'link title, not sponsor',
  },
  // Podcasting 2.0: one paragraph per topic under "ShowNotes"; "Positioning" opens every episode (boilerplate).
  {
    feed: 'pc20',
    title: 'Episode 56: Rocket in your Pocket',
    has: ['James ad tracking', 'Apple is going to war with trackers!'],
    not: ['Positioning', 'Download the mp3', 'Last Modified'],
    why: 'ShowNotes paragraphs; recurring and download lines left out',
  },
  {
    feed: 'pc20',
    title: 'Episode 57: Rebel Rubes',
    has: ['PodPing Watcher'],
    not: ['Last Modified', 'Positioning'],
    why: 'generator footer is an aside',
  },
  {
    feed: 'pc20',
    title: 'Episode 55: All Jacked Up',
    has: ['Breez boost repeat snafu'],
    not: ['Positioning'],
    why: 'ShowNotes paragraphs',
  },
  {
    feed: 'pc20',
    title: 'Episode 54: Power to the People',
    has: ['Namespace Phase IV'],
    not: ['Positioning'],
    why: 'ShowNotes paragraphs',
  },
  {
    feed: 'pc20',
    title: 'Episode 53: Fully Tagged and Noded',
    has: ['CurioCaster RSS Generator'],
    why: 'ShowNotes paragraphs',
  },
  {
    feed: 'pc20',
    title: 'Episode 52: Celebrating Our First Anniversary',
    has: ['Dave new exhaust'],
    not: ['Download the mp3'],
    why: 'ShowNotes paragraphs',
  },
  // No Agenda: notes are credits (executive producers, knights, art) and app lists: no topics at all.
  { feed: 'na', title: '1393: "Space Wake"', none: true, why: 'credits only: "Sir …, Black Knight" are producers' },
  { feed: 'na', title: '1392: "TRANSNOODLE"', none: true, why: 'credits only' },
  {
    feed: 'na',
    title: '1391: "Clown World"',
    none: true,
    why: 'credits only; quoted nicknames in credits are no titles',
  },
  { feed: 'na', title: '1390: "No Hugs For You!"', none: true, why: 'credits only' },
  { feed: 'na', title: '1389: "Wigglesworth"', none: true, why: 'credits only' },
  {
    feed: 'na',
    title: '1388: "Sandwich Generation"',
    none: true,
    why: 'credits only; the title in quotes is not a topic',
  },
  // Giant Bomb: the show's keywords on every episode are boilerplate, never topics.
  { feed: 'gb', title: 'Giant Bombcast 603: Call of Tuesday', none: true, why: 'show-wide keywords only' },
  {
    feed: 'gb',
    title: 'Giant Bombcast 602: Easy Chicken',
    not: ['GiantBomb', 'PS3', 'Jeff Gerstmann'],
    why: 'show-wide keywords',
  },
  {
    feed: 'gb',
    title: 'Giant Bombcast 601: Chief Daedra Officer',
    not: ['GiantBomb', 'video games'],
    why: 'show-wide keywords',
  },
  { feed: 'gb', title: 'Giant Bombcast 600: Big Game Pass', none: true, why: 'show-wide keywords only' },
  {
    feed: 'gb',
    title: 'Game of the Year 2018: Day One Deliberations',
    not: ['GiantBomb', 'PSP'],
    why: 'show-wide keywords',
  },
  { feed: 'gb', title: 'Giant Bombcast E3 2012 Day Two', not: ['Giant Bomb', 'DS'], why: 'show-wide keywords' },
  // Sèries i Cinema (Catalan prose): titles in quotation marks are the films and series discussed.
  {
    feed: 'sic',
    title: `S'estrena, per fi, un dels millors films del 2021, "Drive my car"`,
    has: ['Moonfall', 'Reacher'],
    not: ['Drive my car'],
    why: 'quoted titles; the one in the episode title is not repeated',
  },
  {
    feed: 'sic',
    title: 'Sèries per mirar al febrer',
    has: ['Super pumped', 'El visitante'],
    why: 'quoted series titles',
  },
  {
    feed: 'sic',
    title: '"La abuela" i "Belfast", per gaudir del cinema',
    has: ['Attica', 'Swan Song'],
    why: 'quoted film titles',
  },
  {
    feed: 'sic',
    title: "El minimalisme dels 80 i dels 90. De l'inici exultant a la domesticació",
    has: ['Gattaca', 'El piano'],
    why: 'quoted film titles',
  },
  {
    feed: 'sic',
    title: '"El callejón de las almas perdidas", una nova joia de Guillermo del Toro',
    has: ['Lizzie'],
    why: 'quoted film titles',
  },
  {
    feed: 'sic',
    title: '"Todos mienten" o la subversió del Cluedo',
    has: ['Polseres vermelles'],
    not: ['Todos mienten'],
    why: 'quoted titles, not the episode title',
  },
  // Podlovers: the chapters are shown right below, so they are not topics; the links are.
  {
    feed: 'pl',
    title: 'PTF Sprint 8: Design der Import-Seite',
    not: ['Intro und Begrüßung', 'Organisatorisches', 'Beta-Test'],
    why: 'chapter list shown beside the topics',
  },
  {
    feed: 'pl',
    title: 'Wir. Müssen Reden',
    has: ['Podlove', 'Auphonic'],
    not: ['Vorstellung Eric'],
    why: 'links list, not the chapter titles',
  },
  // The Mike Neumann Show: the same three keywords on every episode are boilerplate.
  { feed: 'mn', title: 'Social Media', none: true, why: '"technology, travel, stories" on every episode' },
  { feed: 'mn', title: 'Reentry', none: true, why: 'boilerplate keywords only' },
  { feed: 'mn', title: 'The OODA Loop', none: true, why: 'boilerplate keywords only' },
  { feed: 'mn', title: 'Culture', not: ['technology', 'travel'], why: 'boilerplate keywords' },
  // RTVE: every episode carries the same category path.
  {
    feed: 'rtve',
    title: 'El Ministerio del Tiempo - Tiempo de valientes: capítulo 6',
    none: true,
    why: 'same categories on every episode',
  },
  {
    feed: 'rtve',
    title: 'El Ministerio del Tiempo - Tiempo de valientes: capítulo 5',
    not: ['Radio', 'Programas de RNE'],
    why: 'same categories on every episode',
  },
  {
    feed: 'rtve',
    title: 'El Ministerio del Tiempo - Tiempo de valientes: capítulo 4',
    not: ['Cultura'],
    why: 'same categories on every episode',
  },
  // Reply All: prose; one list of references in #162.
  {
    feed: 'ra',
    title: '#162 The Least You Could Do',
    has: ["Noni's petition to reform the film department at UNC"],
    why: 'its only list',
  },
  { feed: 'ra', title: '#59 Good Job, Alex', none: true, why: 'prose with one quotation: speech, not a title' },
];

interface RelatedRow {
  feed: FeedKey;
  title: string;
  /** Titles that must make up the first `first.length` related episodes, in any order. */
  first: string[];
  why: string;
}

const R: RelatedRow[] = [
  {
    feed: 'gb',
    title: 'Game of the Year 2018: Day One Deliberations',
    first: [
      'Game of the Year 2018: Day Two Deliberations',
      'Game of the Year 2018: Day Three Deliberations',
      'Game of the Year 2018: Day Four Deliberations',
      'Game of the Year 2018: Day Five Deliberations',
    ],
    why: 'the other days of the same deliberations (they share few words)',
  },
  {
    feed: 'gb',
    title: 'Giant Bombcast Game of the Year 2017: Day Three Deliberations',
    first: [
      'Giant Bombcast Game of the Year 2017: Day Two Deliberations',
      'Giant Bombcast Game of the Year 2017: Day Four Deliberations',
    ],
    why: 'nearest days of the same year first',
  },
  {
    feed: 'gb',
    title: 'Giant Bombcast Giant Bomb LIVE! at E3 2016: Day 02: The Podcast',
    first: [
      'Giant Bombcast Giant Bomb LIVE! at E3 2016: Day 01: The Podcast',
      'Giant Bombcast Giant Bomb LIVE! at E3 2016: Day 03: The Podcast',
    ],
    why: 'same E3 coverage',
  },
  {
    feed: 'gb',
    title: "Giant Bombcast Giant Bomb's Game of the Year 2015: Day Five",
    first: ["Giant Bombcast Giant Bomb's Game of the Year 2015: Day Four"],
    why: 'the day before first',
  },
  {
    feed: 'atr',
    title: 'NHC-2021 Live coverage Day 1 Part 1',
    first: ['NHC-2021 Live coverage Day 1 Part 2'],
    why: 'the second part of the same broadcast',
  },
  {
    feed: 'atr',
    title: 'Part 1: From Vegas/NHC ~ Dave Grening, James Scully',
    first: ['Part 2: From Vegas/NHC ~ Jay Privman, Hammer, Ed DeRosa, Andy Serling, Nick Tammaro, Mike Welsch'],
    why: 'parts published the same day, titled by their guests',
  },
];

describe('issue 11 expectations on the shared real feeds', () => {
  const data = new Map<FeedKey, FeedData>();
  before(async function () {
    this.timeout(120_000);
    const config = (await (await fetch('/test-api/config')).json()) as { sharedFeeds?: boolean; feedsDir?: string };
    if (!config.sharedFeeds) {
      console.warn(`Skipping issue 11 expectations: no shared feeds at ${config.feedsDir ?? '/work/shared/feeds'}.`);
      this.skip();
    }
    for (const key of Object.keys(FEEDS) as FeedKey[]) {
      const response = await fetch(`/feeds/${FEEDS[key]}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      data.set(key, await buildFeedData(bytes, response.headers.get('content-type'), response.url));
    }
  });

  const episode = (feed: FeedKey, title: string) => {
    const found = data.get(feed)!.feed.episodes.find((e) => e.title === title);
    if (!found) throw new Error(`no episode "${title}" in ${FEEDS[feed]}`);
    return found;
  };

  it(`covers at least 60 episodes of at least 10 feeds`, () => {
    expect(T.length + R.length).to.be.at.least(60);
    expect(new Set([...T, ...R].map((row) => row.feed)).size).to.be.at.least(10);
  });

  for (const row of T) {
    it(`${row.feed} "${row.title}": ${row.why}`, () => {
      const topics = episode(row.feed, row.title).topics;
      const texts = topics.map((t) => t.text);
      if (row.none) expect(texts, 'no topic list').to.deep.equal([]);
      for (const wanted of row.has ?? []) expect(texts, `has "${wanted}"`).to.include(wanted);
      for (const unwanted of row.not ?? [])
        expect(
          texts.filter((t) => t.includes(unwanted)),
          `nothing with "${unwanted}"`,
        ).to.deep.equal([]);
      for (const topic of topics) {
        expect(topic.text.length, `short: "${topic.text}"`).to.be.at.most(110);
        if (topic.url) expect(topic.url, 'links are http(s)').to.match(/^https?:\/\//);
      }
    });
  }

  for (const row of R) {
    it(`related ${row.feed} "${row.title}": ${row.why}`, () => {
      const { feed, related } = data.get(row.feed)!;
      const self = episode(row.feed, row.title);
      const ids = findRelated(related, self.id, 4).slice(0, row.first.length);
      const titles = ids.map((id) => feed.episodes.find((e) => e.id === id)!.title);
      expect([...titles].sort()).to.deep.equal([...row.first].sort());
    });
  }

  it('a topic taken from a link keeps it (LINUX Unplugged 381: Ruffle)', () => {
    const ruffle = episode('lup', '381: Secret Modem Sounds').topics.find((t) => t.text === 'Ruffle');
    expect(ruffle?.url).to.equal('https://ruffle.rs/');
  });
});
