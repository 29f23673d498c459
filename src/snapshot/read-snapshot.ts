/**
 * Untrusted snapshot JSON → a typed {@link EpisodeSnapshot}, or a `PodcastEpisodeError` (`not-a-feed`) that says
 * what is wrong. A snapshot comes from wherever `src` points, so nothing in it is trusted: every field is checked
 * for its type, URLs must be http(s), unknown fields are dropped, and lists and strings are bounded.
 * Show-notes HTML stays untrusted, exactly as when it comes from a feed (the element sanitises it before use).
 */
import { PodcastEpisodeError } from '../feed/errors.js';
import type {
  ChaptersRef,
  Enclosure,
  Episode,
  InlineChapter,
  Person,
  Podcast,
  Soundbite,
  Topic,
  TranscriptRef,
} from '../feed/model.js';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type EpisodeSnapshot } from './snapshot-model.js';

/** Longest string kept (show notes can be long; nothing else comes near). */
const MAX_STRING = 1_000_000;
/** Longest list kept (chapters, persons, transcripts, related, topics…). */
const MAX_LIST = 2_000;

type Json = Record<string, unknown>;

class Invalid extends Error {}

function fail(path: string, what: string): never {
  throw new Invalid(`${path} ${what}`);
}

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'is not an object');
  return value as Json;
}

function string(value: unknown, path: string): string {
  if (typeof value !== 'string') fail(path, 'is not a string');
  if (value.length > MAX_STRING) fail(path, 'is too long');
  return value;
}

function optionalString(value: unknown, path: string): string | undefined {
  return value === undefined || value === null ? undefined : string(value, path);
}

function optionalNumber(value: unknown, path: string, min = 0): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) fail(path, 'is not a valid number');
  return value;
}

function optionalBoolean(value: unknown, path: string): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') fail(path, 'is not true or false');
  return value;
}

/** http(s) URLs only: a snapshot must not smuggle `javascript:` or `data:` into links, images or audio. */
function optionalUrl(value: unknown, path: string): string | undefined {
  const text = optionalString(value, path);
  if (text === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    fail(path, 'is not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail(path, 'is not an http(s) URL');
  return url.href;
}

function url(value: unknown, path: string): string {
  return optionalUrl(value, path) ?? fail(path, 'is missing');
}

/** The feed's address: http(s), or `file:` for a snapshot the CLI made from a file. An identifier, never a link. */
function feedUrl(value: unknown): string {
  const text = string(value, 'feedUrl');
  if (/^file:/i.test(text)) {
    try {
      return new URL(text).href;
    } catch {
      fail('feedUrl', 'is not a URL');
    }
  }
  return url(text, 'feedUrl');
}

function optionalDate(value: unknown, path: string): Date | undefined {
  const text = optionalString(value, path);
  if (text === undefined) return undefined;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) fail(path, 'is not a date');
  return date;
}

function list<T>(value: unknown, path: string, item: (v: unknown, p: string) => T): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) fail(path, 'is not a list');
  if (value.length > MAX_LIST) fail(path, 'is too long');
  return value.map((v, i) => item(v, `${path}[${i}]`));
}

/** Copies only the keys whose value is defined, so the result has no `key: undefined` entries. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function person(value: unknown, path: string): Person {
  const o = object(value, path);
  return defined({
    name: string(o.name, `${path}.name`),
    role: optionalString(o.role, `${path}.role`) ?? 'host',
    group: optionalString(o.group, `${path}.group`),
    img: optionalUrl(o.img, `${path}.img`),
    href: optionalUrl(o.href, `${path}.href`),
  });
}

/** A topic: its words, and the http(s) link it came from (older snapshots hold plain strings). */
function topic(value: unknown, path: string): Topic {
  if (typeof value === 'string') return { text: string(value, path) };
  const o = object(value, path);
  return defined({ text: string(o.text, `${path}.text`), url: optionalUrl(o.url, `${path}.url`) });
}

function podcast(value: unknown, path: string): Podcast {
  const o = object(value, path);
  return defined({
    title: string(o.title, `${path}.title`),
    link: optionalUrl(o.link, `${path}.link`),
    description: optionalString(o.description, `${path}.description`),
    image: optionalUrl(o.image, `${path}.image`),
    author: optionalString(o.author, `${path}.author`),
    language: optionalString(o.language, `${path}.language`),
    persons: list(o.persons, `${path}.persons`, person),
    type: optionalString(o.type, `${path}.type`),
    explicit: optionalBoolean(o.explicit, `${path}.explicit`),
    categories: list(o.categories, `${path}.categories`, string),
    keywords: o.keywords === undefined ? [] : list(o.keywords, `${path}.keywords`, string),
  });
}

function enclosure(value: unknown, path: string): Enclosure | undefined {
  if (value === undefined || value === null) return undefined;
  const o = object(value, path);
  return defined({
    url: url(o.url, `${path}.url`),
    type: optionalString(o.type, `${path}.type`) ?? '',
    length: optionalNumber(o.length, `${path}.length`),
  });
}

function transcript(value: unknown, path: string): TranscriptRef {
  const o = object(value, path);
  return defined({
    url: url(o.url, `${path}.url`),
    type: optionalString(o.type, `${path}.type`) ?? '',
    language: optionalString(o.language, `${path}.language`),
    rel: optionalString(o.rel, `${path}.rel`),
  });
}

function chaptersRef(value: unknown, path: string): ChaptersRef | undefined {
  if (value === undefined || value === null) return undefined;
  const o = object(value, path);
  return { url: url(o.url, `${path}.url`), type: optionalString(o.type, `${path}.type`) ?? '' };
}

function inlineChapter(value: unknown, path: string): InlineChapter {
  const o = object(value, path);
  return defined({
    start: optionalNumber(o.start, `${path}.start`) ?? fail(`${path}.start`, 'is missing'),
    title: string(o.title, `${path}.title`),
    href: optionalUrl(o.href, `${path}.href`),
    image: optionalUrl(o.image, `${path}.image`),
  });
}

function soundbite(value: unknown, path: string): Soundbite {
  const o = object(value, path);
  return defined({
    start: optionalNumber(o.start, `${path}.start`) ?? fail(`${path}.start`, 'is missing'),
    duration: optionalNumber(o.duration, `${path}.duration`) ?? fail(`${path}.duration`, 'is missing'),
    title: optionalString(o.title, `${path}.title`),
  });
}

function episode(value: unknown, path: string): Episode {
  const o = object(value, path);
  const notesHtml = optionalString(o.notesHtml, `${path}.notesHtml`) ?? '';
  return defined({
    id: string(o.id, `${path}.id`),
    guid: optionalString(o.guid, `${path}.guid`),
    title: string(o.title, `${path}.title`),
    link: optionalUrl(o.link, `${path}.link`),
    published: optionalDate(o.published, `${path}.published`),
    duration: optionalNumber(o.duration, `${path}.duration`),
    season: optionalNumber(o.season, `${path}.season`),
    seasonName: optionalString(o.seasonName, `${path}.seasonName`),
    episode: optionalNumber(o.episode, `${path}.episode`),
    episodeDisplay: optionalString(o.episodeDisplay, `${path}.episodeDisplay`),
    episodeType: optionalString(o.episodeType, `${path}.episodeType`),
    notesHtml,
    notesText: optionalString(o.notesText, `${path}.notesText`) ?? '',
    subtitle: optionalString(o.subtitle, `${path}.subtitle`),
    image: optionalUrl(o.image, `${path}.image`),
    enclosure: enclosure(o.enclosure, `${path}.enclosure`),
    persons: list(o.persons, `${path}.persons`, person),
    author: optionalString(o.author, `${path}.author`),
    transcripts: list(o.transcripts, `${path}.transcripts`, transcript),
    chapters: chaptersRef(o.chapters, `${path}.chapters`),
    inlineChapters: list(o.inlineChapters, `${path}.inlineChapters`, inlineChapter),
    soundbites: list(o.soundbites, `${path}.soundbites`, soundbite),
    keywords: list(o.keywords, `${path}.keywords`, string),
    topics: list(o.topics, `${path}.topics`, topic),
    explicit: optionalBoolean(o.explicit, `${path}.explicit`),
  });
}

function related(value: unknown, path: string): EpisodeSnapshot['related'][number] {
  const o = object(value, path);
  return defined({
    id: string(o.id, `${path}.id`),
    guid: optionalString(o.guid, `${path}.guid`),
    title: string(o.title, `${path}.title`),
    published: optionalDate(o.published, `${path}.published`),
    duration: optionalNumber(o.duration, `${path}.duration`),
  });
}

/**
 * Checks parsed JSON (`JSON.parse` of what `src` returned) and returns the snapshot it holds.
 * @throws PodcastEpisodeError `not-a-feed` naming the first field that is wrong, e.g.
 *   "This is not an episode snapshot: episode.enclosure.url is not an http(s) URL."
 */
export function readSnapshot(json: unknown): EpisodeSnapshot {
  try {
    const o = object(json, 'the snapshot');
    if (o.format !== SNAPSHOT_FORMAT) fail('format', `is not "${SNAPSHOT_FORMAT}"`);
    if (o.version !== SNAPSHOT_VERSION) fail('version', `is not ${SNAPSHOT_VERSION} (this version reads only it)`);
    return defined({
      feedUrl: feedUrl(o.feedUrl),
      generated: optionalDate(o.generated, 'generated'),
      podcast: podcast(o.podcast, 'podcast'),
      episode: episode(o.episode, 'episode'),
      related: list(o.related, 'related', related),
    });
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    throw new PodcastEpisodeError('not-a-feed', `This is not an episode snapshot: ${error.message}.`);
  }
}

/** Reads snapshot text (the body of a `src` answer): JSON syntax errors become the same `not-a-feed` error. */
export function readSnapshotText(text: string): EpisodeSnapshot {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new PodcastEpisodeError('not-a-feed', 'This is not an episode snapshot: it is not JSON.');
  }
  return readSnapshot(json);
}
