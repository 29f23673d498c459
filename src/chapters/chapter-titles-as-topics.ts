/**
 * The one rule for chapter titles as topics: they become topics only when the chapter list is not shown beside
 * them. The element shows a chapter list whenever the episode has chapters (a `podcast:chapters` file, Podlove
 * Simple Chapters, or timestamped lines in its notes), so in practice the titles of a chapter list are never
 * topics: the same titles twice, one above the other, tell a listener nothing new.
 *
 * Pure and DOM-free: topics.ts calls it in the parser worker and in Node.
 */
import type { Episode } from '../feed/model.js';
import { chaptersFromNotes } from './from-notes.js';
import { isRoutineChapter } from '../episode/asides.js';

type ChapterSources = Pick<Episode, 'notesHtml'> &
  Partial<Pick<Episode, 'notesText' | 'chapters' | 'inlineChapters' | 'duration'>>;

/**
 * Whether the element shows a chapter list for `episode`: it names a chapters file, has Podlove chapters, or its
 * notes list timestamped lines the chapter reader takes as chapters. (A chapters file that fails to load falls
 * back to the other two; when it has neither, a message says why the chapters are missing.)
 */
export function chapterListShown(episode: ChapterSources): boolean {
  if (episode.chapters?.url || (episode.inlineChapters?.length ?? 0) > 0) return true;
  return chaptersFromNotes(episode, episode.duration).length > 0;
}

/**
 * Chapter titles that may stand as topics: none when the chapter list is shown (see {@link chapterListShown});
 * otherwise the titles without routine ones ("Intro", "Begrüßung", "Sponsor: Acme", the "Chapter N" given to an
 * untitled chapter: see topic-words.ts).
 */
export function chapterTitlesAsTopics(titles: readonly string[], listShown: boolean): string[] {
  if (listShown) return [];
  return titles.filter((title) => !isRoutineChapter(title));
}
