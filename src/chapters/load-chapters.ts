/**
 * An episode's chapters from the best source it has: its `podcast:chapters` JSON file, else its Podlove Simple
 * Chapters, else timestamped lines in its show notes. Nothing is requested until {@link loadChapters} is called.
 */
import type { Episode } from '../feed/model.js';
import type { Chapter } from './model.js';
import { fetchBody, proxiedUrl } from '../net/fetch-resource.js';
import { RequestCache } from '../net/request-cache.js';
import { FILE_DEADLINES } from '../net/deadline.js';
import { PodcastEpisodeError } from '../feed/errors.js';
import { strings } from '../i18n/strings.js';
import { parseJsonChapters } from './parse-json-chapters.js';
import { chaptersFromPsc } from './from-psc.js';
import { chaptersFromNotes } from './from-notes.js';

/** Where the chapters came from: the JSON file, Podlove Simple Chapters in the feed, the notes, or nowhere. */
export type ChaptersSource = 'json' | 'psc' | 'notes' | 'none';

/** Why the episode's JSON chapters file was not used. */
export interface ChaptersFailure {
  /**
   * `network`, `cors` (its server does not let other sites read it), `http` (with `status`), `malformed` (not a
   * chapters file), `empty` (a chapters file listing no chapters) or `unsupported` (a type other than JSON).
   */
  code: 'network' | 'cors' | 'http' | 'malformed' | 'empty' | 'unsupported';
  /** A sentence for people, from `strings`. */
  message: string;
  /** The chapters file's URL (before any proxy). */
  url: string;
  status?: number;
}

/** What {@link loadChapters} found. */
export interface LoadedChapters {
  /** Sorted by start, ends filled in, `toc: false` chapters left out; empty when the episode has none. */
  chapters: Chapter[];
  source: ChaptersSource;
  /** Set when the episode names a JSON chapters file that could not be used (the chapters then come from the others). */
  error?: ChaptersFailure;
}

export interface LoadChaptersOptions {
  /** The widget's `proxy` template (`https://proxy.example/?url={url}`), used for the chapters file. */
  proxy?: string | null;
  /** The episode's length in seconds, when better known than the feed's `itunes:duration` (the audio's own). */
  duration?: number;
}

const ACCEPT = 'application/json+chapters, application/json;q=0.9';
/** Real chapters files are a few KB; a larger one is refused rather than read on the page's thread. */
const MAX_CHAPTERS_FILE_BYTES = 8 * 1024 * 1024;

/** One request per chapters file (and proxy) for the whole page, however many widgets show the episode. */
const files = new RequestCache<string>();

/**
 * The episode's chapters and where they came from. The JSON file is fetched (through `proxy`) only when the
 * episode names one; when that fails or lists nothing, the Podlove chapters or the notes are used, and `error`
 * says why the file was not. Never rejects.
 */
export async function loadChapters(
  episode: Pick<Episode, 'chapters' | 'inlineChapters' | 'notesHtml' | 'notesText' | 'duration'>,
  options: LoadChaptersOptions = {},
): Promise<LoadedChapters> {
  const duration = options.duration ?? episode.duration;
  let error: ChaptersFailure | undefined;
  if (episode.chapters?.url) {
    const fromFile = await chaptersFromFile(episode.chapters.url, episode.chapters.type, options.proxy, duration);
    if (Array.isArray(fromFile)) return { chapters: fromFile, source: 'json' };
    error = fromFile;
  }
  const fallback = chaptersWithoutFile(episode, duration);
  return error ? { ...fallback, error } : fallback;
}

/** The chapters written in the feed itself: Podlove Simple Chapters, else the notes' timestamps. */
function chaptersWithoutFile(
  episode: Pick<Episode, 'inlineChapters' | 'notesHtml' | 'notesText'>,
  duration: number | undefined,
): LoadedChapters {
  const psc = chaptersFromPsc(episode.inlineChapters ?? [], duration);
  if (psc.length) return { chapters: psc, source: 'psc' };
  const notes = chaptersFromNotes(episode, duration);
  return notes.length ? { chapters: notes, source: 'notes' } : { chapters: [], source: 'none' };
}

/** The listed chapters of a JSON chapters file, or why there are none. */
async function chaptersFromFile(
  url: string,
  type: string | undefined,
  proxy: string | null | undefined,
  duration: number | undefined,
): Promise<Chapter[] | ChaptersFailure> {
  // The tag's type is a hint only (Fireside writes application/json); anything that is not JSON is not read.
  if (type && !/json/i.test(type)) {
    return { code: 'unsupported', message: strings.chaptersErrorUnsupported(type), url };
  }
  let text: string;
  try {
    text = await fetchText(url, proxy);
  } catch (cause) {
    return failure(cause, url, proxy);
  }
  const chapters = parseJsonChapters(text, url, duration);
  if (!chapters) return { code: 'malformed', message: strings.chaptersErrorMalformed, url };
  if (!chapters.length) return { code: 'empty', message: strings.chaptersErrorEmpty, url };
  return chapters;
}

function fetchText(url: string, proxy: string | null | undefined): Promise<string> {
  // A failure is forgotten, so a later attempt (another widget, a fixed proxy) tries again.
  const options = { deadlines: FILE_DEADLINES, maxBytes: MAX_CHAPTERS_FILE_BYTES };
  return files.get(`${proxy ?? ''} ${url}`, () =>
    fetchBody(url, proxy, ACCEPT, options).then(({ bytes }) => new TextDecoder().decode(bytes)),
  );
}

/** `fetchResource`'s error in the chapters file's words. */
function failure(cause: unknown, url: string, proxy: string | null | undefined): ChaptersFailure {
  const code = cause instanceof PodcastEpisodeError ? cause.code : 'network';
  // The server that refused is the proxy's when there is one.
  if (code === 'cors') return { code, message: strings.chaptersErrorCors(hostOf(proxiedUrl(url, proxy))), url };
  if (code === 'http' && cause instanceof PodcastEpisodeError) {
    const status = cause.status ?? 0;
    return { code, message: strings.chaptersErrorHttp(status), url, status };
  }
  return { code: 'network', message: strings.chaptersErrorNetwork, url };
}

function hostOf(url: string): string {
  try {
    return new URL(url, document.baseURI).host;
  } catch {
    return url;
  }
}
