import type { Chapter } from '../chapters/model.js';
import { chapterIndexAt } from '../chapters/chapter-at.js';

/** Within this many seconds of a chapter's start, "previous" goes to the chapter before (as track skipping does). */
const RESTART_GRACE_SECONDS = 3;

/**
 * Where "previous chapter" goes from `time`: the start of the current chapter when well into it, else the start of
 * the one before (or of the episode, before the first chapter). Undefined without chapters.
 */
export function previousChapterStart(chapters: readonly Chapter[], time: number): number | undefined {
  if (!chapters.length) return undefined;
  const index = chapterIndexAt(chapters, time);
  // In a gap between chapters, or before the first: the last chapter that started.
  let current = index;
  if (current < 0) for (let i = 0; i < chapters.length && chapters[i]!.start <= time; i++) current = i;
  if (current < 0) return 0;
  if (time - chapters[current]!.start > RESTART_GRACE_SECONDS) return chapters[current]!.start;
  return current > 0 ? chapters[current - 1]!.start : 0;
}

/** Where "next chapter" goes from `time`: the start of the first chapter after it; undefined in the last one. */
export function nextChapterStart(chapters: readonly Chapter[], time: number): number | undefined {
  return chapters.find((c) => c.start > time + 0.5)?.start;
}

/** The chapter playing at `time`, if any. */
export function chapterAt(chapters: readonly Chapter[], time: number): Chapter | undefined {
  return chapters[chapterIndexAt(chapters, time)];
}
