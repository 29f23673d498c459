import type { InlineChapter } from '../feed/model.js';
import type { Chapter } from './model.js';
import { finishChapters } from './finish-chapters.js';
import { httpUrl } from './http-url.js';

/**
 * Chapters from Podlove Simple Chapters (`psc:chapter`), which the feed normaliser has already read into
 * `episode.inlineChapters` (times in seconds, URLs absolute). Ends come from the next start, the last one's from
 * `duration` when known; the URLs are checked again because this list ends up in `href` and `src` attributes.
 */
export function chaptersFromPsc(inlineChapters: readonly InlineChapter[], duration?: number): Chapter[] {
  const chapters = inlineChapters
    .filter((chapter) => Number.isFinite(chapter.start) && chapter.start >= 0)
    .map((chapter) => ({
      start: chapter.start,
      title: chapter.title,
      img: httpUrl(chapter.image),
      url: httpUrl(chapter.href),
    }));
  return finishChapters(chapters, duration);
}
