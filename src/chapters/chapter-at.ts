import type { Chapter } from './model.js';

/**
 * How far before a chapter's start a position still counts as that chapter: a seek to 168 may report 167.98,
 * and the list must not show the previous chapter as current right after "Play from 2:48".
 */
const START_TOLERANCE = 0.25;

/**
 * The index of the chapter playing at `seconds` in a list sorted by start (as every source here returns it):
 * the last one that has started, unless it ended before the next one starts (a gap between chapters). The last
 * chapter lasts to the end of the audio, whatever end the feed's duration gave it: that duration is often a little
 * off. −1 before the first chapter, in a gap, or for an invalid time.
 */
export function chapterIndexAt(chapters: readonly Chapter[], seconds: number): number {
  if (!Number.isFinite(seconds)) return -1;
  let found = -1;
  for (let index = 0; index < chapters.length; index++) {
    if (chapters[index]!.start - START_TOLERANCE <= seconds) found = index;
    else break;
  }
  const chapter = chapters[found];
  const inGap = chapter?.end !== undefined && found < chapters.length - 1 && seconds >= chapter.end;
  return inGap ? -1 : found;
}
