/**
 * rss-parser's raw object → the project's {@link Feed}: what each tag means, with the fallbacks podcast apps use.
 * Pure: no I/O, no DOM.
 */
import { parseDate } from '../time/parse-date.js';
import { parseDuration, parseFeedTime } from '../time/feed-time.js';
import { decodeEntities } from '../text/entities.js';
import { htmlToText } from '../text/html-text.js';
import type {
  ChaptersRef,
  Enclosure,
  Episode,
  Feed,
  InlineChapter,
  Person,
  Podcast,
  Soundbite,
  TranscriptRef,
} from './model.js';
import type { RawFeed, RawItem, XmlElement, XmlValue } from './parse.js';
import {
  MAX_CHAPTERS,
  MAX_CHAPTER_TITLE,
  MAX_LIST,
  MAX_NOTES_HTML,
  MAX_NOTES_TEXT,
  MAX_SUMMARY,
  MAX_TITLE,
  NOTES_BOUNDS,
  clip,
  clipMarkup,
} from './limits.js';
import { markupOf } from './xml-markup.js';
import { boundMarkup } from './bound-markup.js';

/**
 * Builds the {@link Feed} for a parsed feed read from `url` (used to resolve relative URLs; pass it absolute).
 * `repairs` is left empty for the caller to fill; `topics` are left empty for `episode/topics.ts`.
 */
export function normalizeFeed(raw: RawFeed, url: string): Feed {
  const episodes = (raw.items ?? []).map((item) => normalizeEpisode(item, url));
  giveUniqueIds(episodes);
  return { url, podcast: normalizePodcast(raw, url), episodes, repairs: [] };
}

/** The show itself. */
export function normalizePodcast(raw: RawFeed, base: string): Podcast {
  const owner = elements(raw.itunesOwner)[0];
  const description = markupOf(raw.description) ?? text(raw.itunesSummary) ?? text(raw.subtitle);
  return compact({
    title: titleText(text(raw.title)) ?? '',
    link: resolveUrl(raw.link ?? pageLink(raw.links), base),
    description: summary(description),
    image: resolveUrl(imageUrl(raw.itunesImage) ?? raw.image?.url ?? text(raw.logo) ?? text(raw.icon), base),
    author: plainText(text(raw.itunesAuthor) ?? text(owner?.['itunes:name']) ?? editorName(text(raw.managingEditor))),
    language: text(raw.language)?.toLowerCase(),
    persons: persons(raw.podcastPersons, base),
    type: oneOf(text(raw.itunesType), ['episodic', 'serial']),
    explicit: explicit(raw.itunesExplicit),
    categories: unique([...itunesCategories(raw.itunesCategories), ...texts(raw.categories)]),
    keywords: unique(splitKeywords(text(raw.itunesKeywords))),
  });
}

/** One episode; ids are made unique afterwards by {@link giveUniqueIds}. */
export function normalizeEpisode(item: RawItem, base: string): Episode {
  const guid = plainText(text(item.guid) ?? text(item.id));
  const enclosure = normalizeEnclosure(item, base);
  const link = resolveUrl(pageLink(item.links) ?? item.link, base);
  const title = titleText(text(item.title) ?? text(item.itunesTitle)) ?? '';
  const notesHtml = boundMarkup(
    clipMarkup(
      markupOf(item['content:encoded']) ??
        markupOf(item.content) ??
        text(item.itunesSummary) ??
        markupOf(item.summary) ??
        '',
      MAX_NOTES_HTML,
    ),
    NOTES_BOUNDS,
  );
  const podcastSeason = elements(item.podcastSeason)[0];
  const podcastEpisode = elements(item.podcastEpisode)[0];
  const duration = parseDuration(text(item.itunesDuration));
  const subtitle = text(item.itunesSubtitle);

  return compact({
    id: guid ?? enclosure?.url ?? link ?? title,
    guid,
    title,
    link,
    published: firstDate(item.pubDate, text(item.atomPublished), text(item.atomUpdated), item.date),
    // 0 is what feeds write when they do not know.
    duration: duration ? duration : undefined,
    season: wholeNumber(text(podcastSeason)) ?? wholeNumber(text(item.itunesSeason)),
    seasonName: plainText(podcastSeason?.$?.name),
    episode: episodeNumber(text(podcastEpisode)) ?? episodeNumber(text(item.itunesEpisode)),
    episodeDisplay: plainText(podcastEpisode?.$?.display),
    episodeType: oneOf(text(item.itunesEpisodeType), ['full', 'trailer', 'bonus']),
    notesHtml: notesHtml.trim(),
    notesText: clip(htmlToText(notesHtml), MAX_NOTES_TEXT),
    subtitle: summary(subtitle),
    image: resolveUrl(imageUrl(item.itunesImage), base),
    enclosure,
    persons: persons(item.podcastPersons, base),
    author: plainText(text(item.itunesAuthor) ?? item.creator),
    transcripts: transcripts(item.podcastTranscripts, base),
    chapters: chaptersRef(item.podcastChapters, base),
    inlineChapters: inlineChapters(item.pscChapters, base),
    soundbites: soundbites(item.podcastSoundbites),
    keywords: unique([...splitKeywords(text(item.itunesKeywords)), ...texts(item.categories)]),
    topics: [],
    explicit: explicit(item.itunesExplicit),
  });
}

/** Ids must be unique within a feed: a second `abc` becomes `abc#2`; an episode with nothing to go by, `#n`. */
export function giveUniqueIds(episodes: Episode[]): void {
  const seen = new Map<string, number>();
  episodes.forEach((episode, index) => {
    const id = episode.id || `#${index + 1}`;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    episode.id = count === 1 ? id : `${id}#${count}`;
  });
}

function normalizeEnclosure(item: RawItem, base: string): Enclosure | undefined {
  // RSS <enclosure>, else Atom's <link rel="enclosure">.
  const source: Record<string, string | undefined> | undefined =
    item.enclosure ?? elements(item.links).find((link) => link.$?.rel === 'enclosure' && link.$?.href)?.$;
  if (!source) return undefined;
  const url = resolveUrl(source.url ?? source.href, base);
  if (!url) return undefined;
  const length = Number(source.length);
  return compact({
    url,
    type: (source.type ?? '').trim().toLowerCase(),
    length: Number.isSafeInteger(length) && length > 0 ? length : undefined,
  });
}

function persons(values: XmlValue[] | undefined, base: string): Person[] {
  const result: Person[] = [];
  for (const element of elements(values)) {
    const name = plainText(text(element));
    if (!name) continue;
    const attributes = element.$ ?? {};
    result.push(
      compact({
        name,
        // The podcast namespace's defaults: role "host" (in group "cast").
        role: attributes.role?.trim().toLowerCase() || 'host',
        group: attributes.group?.trim().toLowerCase() || undefined,
        img: resolveUrl(attributes.img, base),
        href: resolveUrl(attributes.href, base),
      }),
    );
  }
  return result;
}

// Feeds that leave out a transcript's `type` still name the file; the extension tells the format.
const TRANSCRIPT_TYPES: Record<string, string> = {
  vtt: 'text/vtt',
  srt: 'application/x-subrip',
  json: 'application/json',
  html: 'text/html',
  htm: 'text/html',
  txt: 'text/plain',
};

function transcripts(values: XmlValue[] | undefined, base: string): TranscriptRef[] {
  const result: TranscriptRef[] = [];
  for (const { $: attributes = {} } of elements(values)) {
    const url = resolveUrl(attributes.url, base);
    if (!url) continue;
    const extension = /\.([a-z]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase() ?? '';
    result.push(
      compact({
        url,
        type: attributes.type?.trim().toLowerCase() || TRANSCRIPT_TYPES[extension] || '',
        language: attributes.language?.trim().toLowerCase() || undefined,
        rel: attributes.rel?.trim().toLowerCase() || undefined,
      }),
    );
  }
  return result;
}

function chaptersRef(values: XmlValue[] | undefined, base: string): ChaptersRef | undefined {
  for (const { $: attributes = {} } of elements(values)) {
    const url = resolveUrl(attributes.url, base);
    if (url) return { url, type: attributes.type?.trim().toLowerCase() || 'application/json+chapters' };
  }
  return undefined;
}

/** Podlove Simple Chapters: `<psc:chapters><psc:chapter start="00:01:02.500" title="..."/></psc:chapters>`. */
function inlineChapters(values: XmlValue[] | undefined, base: string): InlineChapter[] {
  const result: InlineChapter[] = [];
  for (const group of elements(values)) {
    for (const { $: attributes = {} } of elements(group['psc:chapter'] as XmlValue[] | undefined, MAX_CHAPTERS)) {
      if (result.length >= MAX_CHAPTERS) break;
      const start = parseFeedTime(attributes.start);
      const title = plainText(attributes.title, MAX_CHAPTER_TITLE);
      if (start === undefined || title === undefined) continue;
      result.push(
        compact({ start, title, href: resolveUrl(attributes.href, base), image: resolveUrl(attributes.image, base) }),
      );
    }
  }
  // Players step through chapters in time order, whatever order the feed lists them in.
  return result.sort((a, b) => a.start - b.start);
}

function soundbites(values: XmlValue[] | undefined): Soundbite[] {
  const result: Soundbite[] = [];
  for (const element of elements(values)) {
    const start = parseFeedTime(element.$?.startTime);
    const duration = parseFeedTime(element.$?.duration);
    if (start === undefined || !duration) continue;
    result.push(compact({ start, duration, title: plainText(text(element)) }));
  }
  return result;
}

/** Categories and their subcategories (two levels in the spec; deeper nesting is not read). */
function itunesCategories(values: XmlValue[] | undefined, depth = 0): string[] {
  const names: string[] = [];
  if (depth > 3) return names;
  for (const category of elements(values)) {
    const name = plainText(category.$?.text);
    if (name) names.push(name);
    names.push(...itunesCategories(category['itunes:category'] as XmlValue[] | undefined, depth + 1));
  }
  return names;
}

function splitKeywords(keywords: string | undefined): string[] {
  if (!keywords) return [];
  return keywords.split(',', MAX_LIST).flatMap((keyword) => plainText(keyword) ?? []);
}

/** `itunes:image` is `<itunes:image href="..."/>`; some feeds write the URL as text or in `url`. */
function imageUrl(values: XmlValue[] | undefined): string | undefined {
  for (const value of values ?? []) {
    const url = typeof value === 'string' ? value : (value.$?.href ?? value.$?.url ?? value._);
    if (url?.trim()) return url;
  }
  return undefined;
}

/** An Atom feed's page link: the `alternate` (or rel-less) `<link>`; RSS `<link>`s are plain text. */
function pageLink(links: XmlValue[] | undefined): string | undefined {
  for (const link of links ?? []) {
    if (typeof link === 'string') {
      if (link.trim()) return link;
    } else if (link.$?.href && (!link.$.rel || link.$.rel === 'alternate')) {
      return link.$.href;
    }
  }
  return undefined;
}

/** `managingEditor` is "mail@example.com (Jane Doe)" by the RSS spec: the name is what people read. */
function editorName(editor: string | undefined): string | undefined {
  if (!editor) return undefined;
  return /\(([^)]+)\)\s*$/.exec(editor)?.[1] ?? editor;
}

/** The first of the candidates that reads as a date (Atom's <published> may be junk while <updated> is fine). */
function firstDate(...candidates: (string | undefined)[]): Date | undefined {
  for (const candidate of candidates) {
    const date = parseDate(candidate);
    if (date) return date;
  }
  return undefined;
}

function explicit(value: XmlValue | undefined): boolean | undefined {
  const word = text(value)?.toLowerCase();
  if (word === 'yes' || word === 'true' || word === 'explicit') return true;
  if (word === 'no' || word === 'false' || word === 'clean') return false;
  return undefined;
}

function wholeNumber(value: string | undefined): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : undefined;
}

/** `podcast:episode` allows decimals (episode 4.5 between 4 and 5). */
function episodeNumber(value: string | undefined): number | undefined {
  if (!value || !/^\d+(?:\.\d+)?$/.test(value)) return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

function oneOf(value: string | undefined, allowed: string[]): string | undefined {
  const word = value?.toLowerCase();
  return word !== undefined && allowed.includes(word) ? word : undefined;
}

/**
 * An absolute http(s) URL, resolved against the feed's URL, or `undefined`. Other schemes (`javascript:`, `data:`)
 * are refused: these URLs end up in `href` and `src` attributes.
 */
function resolveUrl(value: string | undefined, base: string): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    try {
      url = new URL(trimmed);
    } catch {
      return undefined;
    }
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading xml2js values

/** The text of an element (or of the first of several), trimmed; `undefined` when empty. */
function text(value: unknown): string | undefined {
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'string') return nonEmpty(value);
  if (value && typeof value === 'object' && typeof (value as XmlElement)._ === 'string') {
    return nonEmpty((value as XmlElement)._);
  }
  return undefined;
}

function texts(values: XmlValue[] | undefined): string[] {
  return (values ?? []).slice(0, MAX_LIST).flatMap((value) => plainText(text(value)) ?? []);
}

/** Elements as objects, whether xml2js gave text alone (no attributes) or an object; the first `max` only. */
function elements(values: unknown, max = MAX_LIST): XmlElement[] {
  if (!Array.isArray(values)) return [];
  return values.slice(0, max).flatMap((value): XmlElement[] => {
    if (typeof value === 'string') return [{ _: value }];
    return value && typeof value === 'object' ? [value as XmlElement] : [];
  });
}

function nonEmpty(value: string | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}

/**
 * Text meant to be plain (titles, names): entities a feed escaped twice decoded, whitespace collapsed, at most
 * `max` characters (cut first, so a 2 MB "name" costs no more than a long one).
 */
function plainText(value: string | undefined, max = MAX_SUMMARY): string | undefined {
  if (value === undefined) return undefined;
  const head = value.length > max * 2 ? value.slice(0, max * 2) : value;
  return clip(decodeEntities(head).replace(/\s+/g, ' ').trim(), max) || undefined;
}

/** A title: plain text, at most MAX_TITLE characters. */
function titleText(value: string | undefined): string | undefined {
  return plainText(value, MAX_TITLE);
}

/** A description or subtitle written as markup → plain text of at most MAX_SUMMARY characters. */
function summary(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return clip(htmlToText(clipMarkup(value, MAX_SUMMARY * 4)), MAX_SUMMARY) || undefined;
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.slice(0, MAX_LIST).filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Drops `undefined` properties, so the objects compare and serialise cleanly. */
function compact<T extends object>(object: T): T {
  for (const key of Object.keys(object) as (keyof T)[]) {
    if (object[key] === undefined) delete object[key];
  }
  return object;
}
