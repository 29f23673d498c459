/**
 * What the element asks once an episode's chapters file is read. The rule for chapter titles as topics lives in
 * chapter-titles-as-topics.ts (the worker applies it); this module stays tiny because the element loads it lazily.
 */
import type { Episode, Topic } from '../feed/model.js';
import type { Chapter } from './model.js';

/**
 * The topics to show once `episode`'s chapters are loaded. Loaded chapters are shown as the chapter list, so they
 * add no topics: the episode's own topics stand (the worker already left chapter titles out, by the same rule).
 * Kept for the element, which asks after reading a chapters file.
 */
export function chapterTopics(episode: Pick<Episode, 'topics'>, _chapters: readonly Chapter[]): Topic[] {
  return episode.topics;
}
