import type { Chapter } from './model.js';
import { strings } from '../i18n/strings.js';
import { MAX_CHAPTERS, MAX_CHAPTER_TITLE, clip } from '../feed/limits.js';

/**
 * The list every source ends in: sorted by start (chapters with the same start keep their order), each with an
 * end, and each with a title.
 * - An end the source gives is kept when it is after the start; otherwise the chapter ends where the next one
 *   starts, and the last one at `duration` when that is known and later than its start.
 * - An untitled chapter is called "Chapter N" by its place in the list.
 * - At most MAX_CHAPTERS chapters (the first ones in time), titles cut to MAX_CHAPTER_TITLE characters: a list
 *   and slider marks beyond that help nobody and cost the page seconds of layout.
 */
export function finishChapters(chapters: readonly Chapter[], duration?: number): Chapter[] {
  const sorted = chapters
    .map((chapter, order) => ({ chapter, order }))
    .sort((a, b) => a.chapter.start - b.chapter.start || a.order - b.order)
    .map(({ chapter }) => chapter);
  const knownDuration = duration !== undefined && Number.isFinite(duration) && duration > 0 ? duration : undefined;
  const nextStarts = laterStarts(sorted);
  return sorted.slice(0, MAX_CHAPTERS).map((chapter, index) => {
    // Chapters sharing a start end where the next *later* one starts, not after zero seconds.
    const next = nextStarts[index];
    const end =
      chapter.end !== undefined && chapter.end > chapter.start
        ? chapter.end
        : (next ?? (knownDuration !== undefined && knownDuration > chapter.start ? knownDuration : undefined));
    // Data from a worker or a caller may not match its type: a missing title must not throw.
    const title =
      clip(typeof chapter.title === 'string' ? chapter.title.trim() : '', MAX_CHAPTER_TITLE) ||
      strings.untitledChapter(index + 1);
    return compact({ ...chapter, title, end });
  });
}

/** For each chapter of a sorted list, the first start later than its own (one pass from the end). */
function laterStarts(sorted: readonly Chapter[]): (number | undefined)[] {
  const result: (number | undefined)[] = new Array<number | undefined>(sorted.length);
  let later: number | undefined;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const start = sorted[i]!.start;
    result[i] = later;
    // The next chapter's start counts for this one only when it is later; equal starts pass on what came after.
    if (i > 0 && sorted[i - 1]!.start < start) later = start;
  }
  return result;
}

/** The chapter without keys whose value is `undefined`, so lists compare and clone cleanly. */
function compact(chapter: Chapter): Chapter {
  const result = { ...chapter };
  for (const key of Object.keys(result) as (keyof Chapter)[]) {
    if (result[key] === undefined) delete result[key];
  }
  return result;
}
