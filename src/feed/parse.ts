/**
 * Feed XML → the raw object rss-parser (on xml2js) builds, with the extra tags podcasts need, and its failures
 * turned into {@link PodcastEpisodeError}s. What the fields mean is decided later, in `normalize.ts`.
 */
import Parser from 'rss-parser';
import { PodcastEpisodeError } from './errors.js';

/**
 * An XML element as xml2js gives it: its text, or an object with the attributes in `$`, the text in `_` and each
 * child element as an array under its tag name (prefix included, e.g. `itunes:name`).
 * rss-parser flattens elements that have text to the text alone, dropping their attributes; fields below that
 * need attributes are therefore kept as arrays of elements, which it leaves alone.
 */
export type XmlValue = string | XmlElement;

export interface XmlElement {
  $?: Record<string, string | undefined>;
  _?: string;
  [child: string]: unknown;
}

/** One `<item>` (RSS) or `<entry>` (Atom). */
export interface RawItem {
  title?: XmlValue;
  /** RSS `<link>` text; for Atom, rss-parser's pick (the `alternate` link, else the first). */
  link?: string;
  /** Every `<link>` element: strings in RSS, `{ $: { rel, href, type, length } }` in Atom. */
  links?: XmlValue[];
  guid?: string;
  /** Atom `<id>`. */
  id?: string;
  pubDate?: string;
  /** `dc:date`. */
  date?: string;
  /** Atom `<published>` / `<updated>`, kept as written (see `tagNameProcessors` below). */
  atomPublished?: XmlValue;
  atomUpdated?: XmlValue;
  /** `<description>` (RSS) or `<content>` (Atom): markup text, or XHTML elements. */
  content?: XmlValue;
  /** Atom `<summary>`. */
  summary?: XmlValue;
  'content:encoded'?: XmlValue;
  /** RSS `<author>` or `dc:creator`. */
  creator?: string;
  enclosure?: { url?: string; length?: string; type?: string };
  /** `<category>` elements: text, or `{ _, $: { domain } }`. */
  categories?: XmlValue[];
  itunesTitle?: XmlValue;
  itunesEpisode?: XmlValue;
  itunesSeason?: XmlValue;
  itunesEpisodeType?: XmlValue;
  itunesDuration?: XmlValue;
  itunesImage?: XmlValue[];
  itunesAuthor?: XmlValue;
  itunesSubtitle?: XmlValue;
  itunesSummary?: XmlValue;
  itunesKeywords?: XmlValue;
  itunesExplicit?: XmlValue;
  podcastTranscripts?: XmlValue[];
  podcastPersons?: XmlValue[];
  podcastChapters?: XmlValue[];
  podcastSeason?: XmlValue[];
  podcastEpisode?: XmlValue[];
  podcastSoundbites?: XmlValue[];
  /** `psc:chapters` elements, each with `psc:chapter` children. */
  pscChapters?: XmlValue[];
}

/** The channel (RSS) or feed (Atom). */
export interface RawFeed {
  title?: XmlValue;
  link?: string;
  links?: XmlValue[];
  description?: XmlValue;
  /** Atom `<subtitle>`. */
  subtitle?: XmlValue;
  language?: XmlValue;
  managingEditor?: XmlValue;
  /** RSS `<image>`, as rss-parser builds it. */
  image?: { url?: string; link?: string; title?: string };
  /** Atom `<logo>` and `<icon>`. */
  logo?: XmlValue;
  icon?: XmlValue;
  categories?: XmlValue[];
  itunesAuthor?: XmlValue;
  itunesOwner?: XmlValue[];
  itunesImage?: XmlValue[];
  itunesCategories?: XmlValue[];
  itunesType?: XmlValue;
  itunesExplicit?: XmlValue;
  itunesSummary?: XmlValue;
  itunesKeywords?: XmlValue;
  podcastPersons?: XmlValue[];
  items: RawItem[];
}

type Field = string | [from: string, to: string] | [from: string, to: string, options: { keepArray: boolean }];
const KEEP = { keepArray: true };

// Feed-level `image` is not listed: rss-parser builds `{ url, link, title }` itself, and a custom field would
// overwrite it with the raw element.
const FEED_FIELDS: Field[] = [
  ['rss-description', 'description'],
  ['subtitle', 'subtitle'],
  ['logo', 'logo'],
  ['icon', 'icon'],
  ['link', 'links', KEEP],
  ['category', 'categories', KEEP],
  ['itunes:author', 'itunesAuthor'],
  ['itunes:owner', 'itunesOwner', KEEP],
  ['itunes:image', 'itunesImage', KEEP],
  ['itunes:category', 'itunesCategories', KEEP],
  ['itunes:type', 'itunesType'],
  ['itunes:explicit', 'itunesExplicit'],
  ['itunes:summary', 'itunesSummary'],
  ['itunes:keywords', 'itunesKeywords'],
  ['podcast:person', 'podcastPersons', KEEP],
];

const ITEM_FIELDS: Field[] = [
  ['rss-description', 'content'],
  ['atom-content', 'content'],
  ['atom-summary', 'summary'],
  ['content-encoded', 'content:encoded'],
  ['link', 'links', KEEP],
  ['atom-published', 'atomPublished'],
  ['atom-updated', 'atomUpdated'],
  ['itunes:title', 'itunesTitle'],
  ['itunes:episode', 'itunesEpisode'],
  ['itunes:season', 'itunesSeason'],
  ['itunes:episodeType', 'itunesEpisodeType'],
  ['itunes:duration', 'itunesDuration'],
  ['itunes:image', 'itunesImage', KEEP],
  ['itunes:author', 'itunesAuthor'],
  ['itunes:subtitle', 'itunesSubtitle'],
  ['itunes:summary', 'itunesSummary'],
  ['itunes:keywords', 'itunesKeywords'],
  ['itunes:explicit', 'itunesExplicit'],
  ['podcast:transcript', 'podcastTranscripts', KEEP],
  ['podcast:person', 'podcastPersons', KEEP],
  ['podcast:chapters', 'podcastChapters', KEEP],
  ['podcast:season', 'podcastSeason', KEEP],
  ['podcast:episode', 'podcastEpisode', KEEP],
  ['podcast:soundbite', 'podcastSoundbites', KEEP],
  ['psc:chapters', 'pscChapters', KEEP],
];

// Tags renamed so rss-parser leaves them alone:
// - Atom's <published>/<updated>: it turns them into ISO strings with `new Date(x).toISOString()`, which throws on
//   a date it cannot read and so loses the whole feed;
// - the markup fields: it makes a "snippet" of each with a regular expression that is quadratic in unclosed `<`
//   (a description of 180 KB of `&lt;` took 44 s), and rebuilds element content (XHTML) with an XML writer the
//   build leaves out. normalize.ts reads them instead.
const RENAMED: Record<string, string> = {
  published: 'atom-published',
  updated: 'atom-updated',
  description: 'rss-description',
  content: 'atom-content',
  summary: 'atom-summary',
  'content:encoded': 'content-encoded',
};
const renameTags = (name: string) => RENAMED[name] ?? name;

/**
 * Parses feed XML (RSS 2.0, RSS 0.9x/1.0 or Atom); `sliced` yields to the page between pieces. Rejects with a {@link PodcastEpisodeError}:
 * `not-a-feed` for anything that is not RSS or Atom (an HTML page, JSON, other XML, nothing),
 * `malformed` for a feed whose XML is broken.
 */
export async function parseFeedXml(xml: string, options: { sliced?: boolean } = {}): Promise<RawFeed> {
  const root = documentKind(xml);
  if (root !== 'feed')
    throw new PodcastEpisodeError('not-a-feed', `The address returned ${root}, not a podcast feed (RSS or Atom).`);

  // A parser per call: xml2js keeps state between calls, and a failed parse can leave it unusable.
  const parser = new Parser<Record<string, unknown>, Record<string, unknown>>({
    // Feeds that say <rss> without a version are still RSS 2.0 in practice.
    defaultRSS: 2,
    // Sliced: the XML is read 64 KB at a time, yielding to the page between pieces (main-thread fallback).
    xml2js: { tagNameProcessors: [renameTags], ...(options.sliced ? { async: true, chunkSize: 65536 } : {}) },
    customFields: { feed: FEED_FIELDS as unknown as string[], item: ITEM_FIELDS as unknown as string[] },
  });
  try {
    return (await parser.parseString(xml)) as unknown as RawFeed;
  } catch (error) {
    throw parseFailure(error);
  }
}

// Elements an HTML page or fragment starts with (servers and proxies answer with fragments too).
const HTML_ROOTS = new Set(
  'html head body div p span a cite h1 h2 h3 h4 h5 h6 table ul ol pre script style meta link title br img section article main header nav form'.split(
    ' ',
  ),
);

/** What the document is, from its first element: `feed` for RSS/Atom roots, else a phrase for the message. */
function documentKind(xml: string): string {
  const head = xml.slice(0, 65536).trimStart();
  if (!head) return 'an empty answer';
  if (head[0] === '{' || head[0] === '[') return 'JSON';
  const { end, doctypeHtml } = skipProlog(head);
  const root = /^<([A-Za-z_][\w.:-]*)/.exec(head.slice(end))?.[1];
  if (!root) return doctypeHtml ? 'a web page' : 'text';
  const local = root.toLowerCase();
  if (local === 'rss' || local === 'feed' || local === 'rdf:rdf') return 'feed';
  if (doctypeHtml || HTML_ROOTS.has(local)) return 'a web page';
  return `an XML document of another kind (<${root}>)`;
}

/**
 * Where the prolog ends (declaration, processing instructions, comments, doctype, whitespace), in one pass: a
 * crafted doctype (`[` after `[`, never closed) must not make this backtrack, as a regular expression would.
 */
function skipProlog(head: string): { end: number; doctypeHtml: boolean } {
  let i = 0;
  let doctypeHtml = false;
  for (;;) {
    while (i < head.length && /\s/.test(head[i]!)) i++;
    let next = -1;
    if (head.startsWith('<?', i)) next = endAfter(head, '?>', i + 2);
    else if (head.startsWith('<!--', i)) next = endAfter(head, '-->', i + 4);
    else if (head.slice(i, i + 9).toUpperCase() === '<!DOCTYPE') {
      next = doctypeEnd(head, i + 9);
      if (next > 0 && /^<!DOCTYPE\s+html/i.test(head.slice(i, i + 20))) doctypeHtml = true;
    }
    if (next < 0) return { end: i, doctypeHtml };
    i = next;
  }
}

function endAfter(text: string, marker: string, from: number): number {
  const at = text.indexOf(marker, from);
  return at < 0 ? -1 : at + marker.length;
}

/** The end of a doctype whose name starts at `from`: the first `>` outside its `[...]` internal subset. */
function doctypeEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '>') return i + 1;
    if (text[i] === '[') {
      const close = text.indexOf(']', i + 1);
      if (close < 0) return -1;
      i = close;
    }
  }
  return -1;
}

/** rss-parser rejects with xml2js/sax errors (broken XML) and with its own (structure it does not know). */
function parseFailure(error: unknown): PodcastEpisodeError {
  const message = error instanceof Error ? error.message : String(error);
  // sax: "Unclosed root tag\nLine: 18\nColumn: 84\nChar: " (lines counted from 0).
  const sax = /^([^\n]+)\nLine: (\d+)\nColumn: (\d+)/.exec(message);
  if (sax) {
    const where = `line ${Number(sax[2]) + 1}, column ${Number(sax[3])}`;
    return new PodcastEpisodeError('malformed', `The feed's XML is broken (${sax[1]!.replace(/\.$/, '')}, ${where}).`, {
      cause: error,
    });
  }
  return new PodcastEpisodeError('not-a-feed', `The address did not return a readable RSS or Atom feed (${message}).`, {
    cause: error,
  });
}
