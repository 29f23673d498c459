/**
 * What an email card shows of one episode, taken from a read snapshot: plain strings and absolute http(s) URLs
 * only, bounded in length, so the HTML, text and Markdown renderers have nothing left to decide or to trust.
 */
import type { EpisodeSnapshot } from '../../src/snapshot/snapshot-model.js';
import { formatDuration } from '../../src/episode/format.js';
import { cardWords, type CardWords } from './card-words.js';

/** Longest summary, in characters: about three lines at 600 px, six at 320 px. */
export const SUMMARY_MAX = 280;
/** Topics shown at most. */
export const TOPICS_MAX = 5;
/** Longest title or show name kept (a feed may put a paragraph there). */
const TITLE_MAX = 200;
/** Longest topic kept. */
const TOPIC_MAX = 80;

export interface CardData {
  show: string;
  title: string;
  /** "Jun 2, 2026", empty when the feed gives no date. */
  date: string;
  /** ISO date for machines (`<time datetime>` is not used in mail, but the text formats keep it readable). */
  dateIso?: string;
  /** "1 h 2 min", empty when unknown. */
  length: string;
  /** Plain text, at most {@link SUMMARY_MAX} characters, cut at a word with an ellipsis. */
  summary: string;
  /** At most {@link TOPICS_MAX}. */
  topics: string[];
  /** Absolute http(s) URL of the artwork (the episode's, else the show's). */
  artwork?: string;
  /** Alternative text of the artwork. */
  artworkAlt: string;
  /** Where "Listen" goes: the episode's page, else the embed page, else the show's page, else the audio file. */
  listenUrl: string;
  /** BCP 47 language of the feed's text, when it says. */
  language?: string;
  /** The card's own words ("Listen", "Topics") in that language. */
  words: CardWords;
}

export interface CardOptions {
  /**
   * Absolute origin (and path prefix) of a podcast-episode server, e.g. `https://pod.example`: "Listen" falls back
   * to its `/embed` page when the episode has no page of its own. The CLI has none unless `--server` is given.
   */
  server?: string;
}

/** An absolute http(s) URL, or undefined. */
export function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Collapses whitespace and control characters; cuts at `max` on a word boundary with "…". */
export function clip(text: string, max: number): string {
  const flat = text
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // A word boundary unless that throws away most of the text (one very long word).
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.\-–—]+$/, '')}…`;
}

function formatDay(date: Date | undefined, language: string | undefined): string {
  if (!date || Number.isNaN(date.getTime())) return '';
  // UTC: the card is made once on a server and read anywhere; a date that moves with the server's zone would not do.
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(language || 'en', options).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', options).format(date);
  }
}

/** The `/embed` page of `server` for this episode. */
export function embedUrl(server: string, feedUrl: string, episode: string): string {
  const url = new URL('embed', server.endsWith('/') ? server : `${server}/`);
  url.searchParams.set('feed', feedUrl);
  url.searchParams.set('episode', episode);
  return url.href;
}

/** The card of a snapshot's episode. */
export function cardFromSnapshot(snapshot: EpisodeSnapshot, options: CardOptions = {}): CardData {
  const { podcast, episode } = snapshot;
  const show = clip(podcast.title || 'Podcast', TITLE_MAX);
  const title = clip(episode.title || 'Untitled episode', TITLE_MAX);
  const language = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(podcast.language ?? '') ? podcast.language : undefined;
  const summarySource = episode.subtitle && episode.subtitle.length >= 40 ? episode.subtitle : episode.notesText;
  const topics = [...new Set(episode.topics.map((topic) => clip(topic.text, TOPIC_MAX)).filter(Boolean))].slice(
    0,
    TOPICS_MAX,
  );
  // Notes that are only the topic list would say the same thing twice: the topics line says it.
  let summary = clip(summarySource ?? '', SUMMARY_MAX);
  let rest = summary.toLowerCase();
  for (const topic of topics) rest = rest.replace(topic.toLowerCase(), ' ');
  if (topics.length && (rest.match(/[\p{L}\p{N}]+/gu) ?? []).length < 4) summary = '';
  const server = httpUrl(options.server);
  const listenUrl =
    httpUrl(episode.link) ??
    (server && httpUrl(snapshot.feedUrl) ? embedUrl(server, snapshot.feedUrl, episode.id) : undefined) ??
    httpUrl(podcast.link) ??
    httpUrl(episode.enclosure?.url) ??
    httpUrl(snapshot.feedUrl);
  if (!listenUrl) throw new Error('The episode has no page, audio or feed address to link to.');
  const card: CardData = {
    show,
    title,
    date: formatDay(episode.published, language),
    length: episode.duration !== undefined && episode.duration > 0 ? formatDuration(episode.duration, language) : '',
    summary,
    topics,
    artworkAlt: `Artwork of ${show}`,
    listenUrl,
    words: cardWords(language),
  };
  if (episode.published && !Number.isNaN(episode.published.getTime()))
    card.dateIso = episode.published.toISOString().slice(0, 10);
  const artwork = httpUrl(episode.image) ?? httpUrl(podcast.image);
  if (artwork) card.artwork = artwork;
  if (language) card.language = language;
  return card;
}
