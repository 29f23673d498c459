/**
 * The notes chunk: show-notes HTML from the feed made safe (sanitize.ts) and fitted to the widget's outline
 * (notes-accessibility.ts), in one lazy piece so the script-tag module carries neither.
 */
import { sanitizeNotes } from './sanitize.js';
import { fitNotes } from './notes-accessibility.js';

export function notesHtml(html: string, baseUrl: string, topics: readonly string[], sectionLevel: number): string {
  return fitNotes(sanitizeNotes(html, baseUrl, topics), sectionLevel);
}
