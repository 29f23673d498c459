import type { Chapter } from './model.js';
import { strings } from '../i18n/strings.js';

/**
 * The list every source ends in: sorted by start (chapters with the same start keep their order), each with an
 * end, and each with a title.
 * - An end the source gives is kept when it is after the start; otherwise the chapter ends where the next one
 *   starts, and the last one at `duration` when that is known and later than its start.
 * - An untitled chapter is called "Chapter N" by its place in the list.
 */
export function finishChapters(chapters: readonly Chapter[], duration?: number): Chapter[] {
  const sorted = chapters
    .map((chapter, order) => ({ chapter, order }))
    .sort((a, b) => a.chapter.start - b.chapter.start || a.order - b.order)
    .map(({ chapter }) => chapter);
  const knownDuration = duration !== undefined && Number.isFinite(duration) && duration > 0 ? duration : undefined;
  return sorted.map((chapter, index) => {
    // Chapters sharing a start end where the next *later* one starts, not after zero seconds.
    const next = sorted.slice(index + 1).find((later) => later.start > chapter.start);
    const end =
      chapter.end !== undefined && chapter.end > chapter.start
        ? chapter.end
        : (next?.start ?? (knownDuration !== undefined && knownDuration > chapter.start ? knownDuration : undefined));
    // Data from a worker or a caller may not match its type: a missing title must not throw.
    const title = (typeof chapter.title === 'string' ? chapter.title.trim() : '') || strings.untitledChapter(index + 1);
    return compact({ ...chapter, title, end });
  });
}

/** The chapter without keys whose value is `undefined`, so lists compare and clone cleanly. */
function compact(chapter: Chapter): Chapter {
  const result = { ...chapter };
  for (const key of Object.keys(result) as (keyof Chapter)[]) {
    if (result[key] === undefined) delete result[key];
  }
  return result;
}
