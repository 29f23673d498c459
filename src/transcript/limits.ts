/** How much transcript the widget takes in: beyond these a file is refused or trimmed, never allowed to freeze it. */

/** Bytes of a transcript file (a three-hour show's word-level JSON is a few MB). */
export const MAX_TRANSCRIPT_BYTES = 8 * 1024 * 1024;
/** Segments (cues, paragraphs) kept; the rest of a longer file is left out and a warning says so. */
export const MAX_TRANSCRIPT_SEGMENTS = 50_000;
/** Characters of one segment's text. */
export const MAX_SEGMENT_TEXT = 5_000;
