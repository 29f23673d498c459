/**
 * "Chapter titles feed the topic list when the notes have no list of their own." The worker computes topics before
 * any chapters file is read; once the chapters are known, this computes them again with the chapters in place of
 * the feed's Podlove chapters, so topics.ts's order still decides: a list in the notes first, chapters before
 * timestamped lines, links and keywords.
 *
 * It imports topics.ts (with the notes outline, about 4 KB gzip): load it lazily, and only when the chapters came
 * from a JSON file (with Podlove or notes chapters the worker's topics already took them into account).
 */
import type { Episode, InlineChapter } from '../feed/model.js';
import type { Chapter } from './model.js';
import { extractTopics } from '../episode/topics.js';
import { strings } from '../i18n/strings.js';

/**
 * Chapter names that say nothing about this episode, beyond the intros and outros topics.ts already skips:
 * sponsor and ad breaks, listener mail, the show's recurring segments, support appeals.
 */
const ROUTINE_SEGMENT = new RegExp(
  `^(?:${[
    String.raw`(?:sponsor(?:ed by)?|ad(?: break)?|ads|advert\w*|werbung|promo)\b.*`,
    'house ?keeping',
    'feedback|listener (?:mail|feedback|questions)|mailbag',
    'picks?(?: of the week)?',
    'donations?|boost(?:s|agrams?)?|value for value|v4v|support(?: the show| us)?',
    'announcements?|news|credits|thanks|thank you|danke',
    String.raw`chapter \d+`,
  ].join('|')})$`,
  'i',
);

/**
 * The topics to show for `episode` once its `chapters` are loaded: at most 12 short plain-text strings, taken as
 * topics.ts takes them, with the chapter titles (routine ones such as "Intro" or "Sponsor: Acme" left out) standing
 * where Podlove chapters would. Without chapters, the topics the notes and keywords give.
 */
export function chapterTopics(
  episode: Pick<Episode, 'notesHtml' | 'keywords'> & Partial<Pick<Episode, 'inlineChapters'>>,
  chapters: readonly Chapter[],
): string[] {
  const inlineChapters: InlineChapter[] = chapters.length
    ? chapters
        .filter((chapter, index) => !isRoutine(chapter.title, index))
        .map((chapter) => ({ start: chapter.start, title: chapter.title }))
    : (episode.inlineChapters ?? []);
  return extractTopics({ notesHtml: episode.notesHtml, keywords: episode.keywords, inlineChapters });
}

/** A routine segment, or the "Chapter N" name given to an untitled chapter. */
function isRoutine(title: string, index: number): boolean {
  const text = title.trim();
  return ROUTINE_SEGMENT.test(text) || text === strings.untitledChapter(index + 1);
}
