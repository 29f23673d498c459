/**
 * The notes chunk: show-notes HTML from the feed made safe (sanitize.ts) and fitted to the widget's outline
 * (notes-accessibility.ts), in one lazy piece so the script-tag module carries neither.
 */
import { sanitizeNotes } from './sanitize.js';
import { fitNotes } from './notes-accessibility.js';

export function notesHtml(html: string, baseUrl: string, topics: readonly string[], sectionLevel: number): string {
  return fitNotes(sanitizeNotes(html, baseUrl, topics), sectionLevel);
}

/**
 * The first sanitising of a page compiles DOMPurify's code paths: the element calls this in a task of its own while
 * the feed is read, rather than in the task that puts the episode on screen.
 */
export function warmUpNotes(): void {
  notesHtml('<h2>Notes</h2><p>A <a href="#w">link</a>, <b>bold</b><br><img alt=""></p>', document.baseURI, [], 3);
}
