/**
 * How much of a feed the widget takes in. Real feeds stay far below these; a feed above them is trimmed (with an
 * ellipsis) rather than allowed to freeze the page. One place, so the numbers can be compared and tuned together.
 */

// Bytes of feed the widget downloads at most: MAX_FEED_BYTES in feed-bytes.ts, a module of its own so that the
// parse client's chunk needs no other chunk before it runs.
/** Characters of an episode or show title. */
export const MAX_TITLE = 500;
/** Characters of plain-text summaries: the show's description, an episode's subtitle, a name. */
export const MAX_SUMMARY = 4_000;
/** Characters of show-notes markup kept per episode; the rest is cut at a tag and marked with an ellipsis. */
export const MAX_NOTES_HTML = 200_000;
/** Characters of show-notes text (search, topics, related episodes). */
export const MAX_NOTES_TEXT = 50_000;
/** Entries of the small lists an episode carries (persons, transcripts, keywords, soundbites, categories). */
export const MAX_LIST = 100;
/** Chapters kept per episode. */
export const MAX_CHAPTERS = 500;
/** Characters of a chapter title. */
export const MAX_CHAPTER_TITLE = 300;

/** `text` cut to `max` characters, ending in an ellipsis when cut (never inside a surrogate pair). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/**
 * Markup cut to about `max` characters, before the last tag that starts within them (never inside a tag), followed
 * by an ellipsis paragraph. The HTML parser closes whatever elements were left open.
 */
export function clipMarkup(markup: string, max: number): string {
  if (markup.length <= max) return markup;
  const lastTag = markup.lastIndexOf('<', max);
  const end = lastTag > max / 2 ? lastTag : max;
  return `${markup.slice(0, end)}<p>…</p>`;
}

/** Show-notes markup: nesting, elements and images kept (see bound-markup.ts); real notes use a fraction. */
export const NOTES_BOUNDS = { maxDepth: 48, maxElements: 5_000, maxImages: 50 } as const;
/** Items of one list in the notes; a longer list ends in "…". */
export const MAX_LIST_ITEMS = 300;
