/**
 * The podcast namespace's JSON chapters file (`podcast:chapters`, types `application/json+chapters` and
 * `application/json`), read as tolerantly as the feeds are.
 */
import type { Chapter } from './model.js';
import { finishChapters } from './finish-chapters.js';
import { httpUrl } from './http-url.js';
import { parseFeedTime } from '../time/feed-time.js';
import { htmlToText } from '../text/html-text.js';
import { chapterObjectSources, withoutTrailingCommas } from './lenient-json.js';
import { MAX_CHAPTER_TITLE } from '../feed/limits.js';

/** Entries read from a file at most (finishChapters keeps the first MAX_CHAPTERS of them in time order). */
const MAX_ENTRIES = 5_000;

/**
 * The chapters of a JSON chapters file, as the widget lists them: sorted by start, ends filled in (see
 * {@link finishChapters}), image and link URLs resolved against `fileUrl` and kept only when http(s).
 *
 * - `toc: false` chapters are left out entirely. The spec calls them "silent": metadata such as an artwork change,
 *   never shown in a table of contents or used as a jump-to point. So they do not end the chapter before them
 *   either: that chapter runs on to the next listed one.
 * - A chapter without a title is listed as "Chapter N"; one without a readable `startTime` is dropped.
 * - A file that is not valid JSON gives the chapter objects that can still be read from it.
 *
 * Returns `undefined` when `text` is not a chapters file at all (not JSON, no chapters in it); an empty list when it
 * is one but lists nothing. Never throws.
 */
export function parseJsonChapters(text: string, fileUrl: string, duration?: number): Chapter[] | undefined {
  const entries = typeof text === 'string' ? chapterEntries(text.replace(/^\uFEFF/, '')) : undefined;
  if (!entries) return undefined;
  const chapters: Chapter[] = [];
  for (const entry of entries.slice(0, MAX_ENTRIES)) {
    const chapter = readChapter(entry, fileUrl);
    if (chapter) chapters.push(chapter);
  }
  return finishChapters(chapters, duration);
}

/** The raw chapter entries: `chapters` of the document (or the document itself, when it is a bare array). */
function chapterEntries(text: string): unknown[] | undefined {
  const document = parseLeniently(text);
  if (document === undefined) return salvage(text);
  if (Array.isArray(document)) return document;
  const chapters = isObject(document) ? document.chapters : undefined;
  return Array.isArray(chapters) ? chapters : undefined;
}

/** The chapter objects a broken file still holds, each parsed on its own. */
function salvage(text: string): unknown[] | undefined {
  const sources = chapterObjectSources(text);
  if (!sources) return undefined;
  const entries: unknown[] = [];
  for (const source of sources) {
    // A chapter broken in itself is skipped; its neighbours still count.
    const entry = parseLeniently(source);
    if (entry !== undefined) entries.push(entry);
  }
  return entries.length ? entries : undefined;
}

/** JSON, also with the trailing commas hand-edited files have (`{ "title": "Intro", }`); `undefined` otherwise. */
function parseLeniently(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Commas before a closing bracket go; commas inside strings stay.
    const repaired = withoutTrailingCommas(text);
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

function readChapter(entry: unknown, fileUrl: string): Chapter | undefined {
  if (!isObject(entry)) return undefined;
  if (entry.toc === false || entry.toc === 'false') return undefined;
  const start = parseFeedTime(entry.startTime);
  if (start === undefined) return undefined;
  const end = parseFeedTime(entry.endTime);
  return {
    start,
    end,
    title: plainTitle(entry.title),
    img: httpUrl(entry.img, fileUrl),
    url: httpUrl(entry.url, fileUrl),
  };
}

/** A title as text: numbers written as numbers are titles too; markup and entities that tools leave in are read. */
function plainTitle(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return '';
  // finishChapters cuts titles to MAX_CHAPTER_TITLE: reading 40,000 characters of markup to keep 300 is waste.
  const head = value.slice(0, MAX_CHAPTER_TITLE * 4);
  const text = /<[a-z/!]|&(?:#\d+|#x[\da-f]+|[a-z]+);/i.test(head) ? htmlToText(head) : head;
  return text.replace(/\s+/g, ' ').trim();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
