/**
 * The chapters chunk: reading an episode's chapters, and the chapter list that shows them with its styles. Every
 * episode needs the reader to learn whether it has chapters at all; the list comes in the same request, so the
 * main module carries neither.
 */
export { loadChapters } from './load-chapters.js';
export { renderChapters } from '../ui/chapters-view.js';
export { chaptersStyles } from '../ui/chapters-view.styles.js';
