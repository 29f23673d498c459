/**
 * Chapters written into the show notes as timestamped lines, for episodes with no chapters of their own:
 * "00:12:34 Topic", "12:34 – Topic", "(1:02:03) Topic", "[12:34] Topic", "00:00–05:30 Topic", "Topic (12:34)",
 * "Topic – 12:34", or a heading with its time alone on the next line.
 */
import type { Episode } from '../feed/model.js';
import type { Chapter } from './model.js';
import { finishChapters } from './finish-chapters.js';
import { htmlToText } from '../text/html-text.js';
import { NOTES_CLOCK_PATTERN, parseClock } from '../time/parse-clock.js';

/** "1:02:03" (h:mm:ss) or "12:34", "125:30" (m:ss), without a fraction; read with `parseClock(time, 'notes')`. */
const TIME = NOTES_CLOCK_PATTERN;
/** A list marker before the time: "- 12:34 Topic", "• 12:34 Topic", "3. 12:34 Topic". */
const BULLET = /^(?:[-–—•*·▪►✓→]|\d{1,3}[.)])\s+/;
/** "12:34 – Topic", "(00:12:34) Topic", "[1:02:03]: Topic", and ranges: "00:00–05:30 Topic", "(5:30 - 20:00) Topic". */
const LEADING = new RegExp(
  String.raw`^[\[(]?\s*(${TIME})(?![\d:])(?:\s*[-–—]\s*(${TIME})(?![\d:]))?\s*[\])]?\s*(?:[-–—:|.>~]+\s*)?(.*)$`,
);
/** "Topic (12:34)", "Topic – 12:34", "Topic | [12:34]": a bracket or a dash is required, so "John 3:16" is no chapter. */
const TRAILING = new RegExp(String.raw`^(.+?)\s*(?:[-–—|@~]\s*[\[(]?|[\[(])\s*(${TIME})\s*[\])]?$`);
/** A time alone on its line, below the heading it belongs to (Podlove-made notes). */
const ALONE = new RegExp(String.raw`^[\[(]?\s*(${TIME})\s*[\])]?$`);

/**
 * What after a time makes it a clock time ("10:30 am", "19:00 Uhr"), not a position in the episode. Case matters:
 * "am" is a clock, "Am Anfang" a German title.
 */
const CLOCK_TIME_AFTER = /^(?:[ap]\.?m\b\.?|[AP]\.?M\b|[Uu]hr\b|h\b|hrs?\b|o'?clock\b)/;
/** A label with a value ("Duration – 1:02:03", "Recorded 24.10.2021 – 15:00"), not a chapter. */
const LABEL =
  /^(?:duration|length|run ?time|total|recorded|dauer|laufzeit|länge|aufgenommen)\b|\d[./-]\d{1,2}[./-]\d{2,4}$/i;
const ONLY_ADDRESS = /^(?:https?:\/\/|www\.)\S*$/i;

/** The longest heading a time alone on the next line is taken to belong to; longer lines are prose. */
const MAX_HEADING_CHARS = 100;
/** Longer "12:34 …" lines are paragraphs that happen to start with a time. */
const MAX_TITLE_CHARS = 200;

/**
 * The chapters the show notes list, or none. Lines count only as a list: at least two timestamped lines, in
 * increasing order, each before the end of the episode when its `duration` (seconds) is known. When the notes hold
 * several runs of increasing times, the longest run is taken (a stray "Live from 21:00" before the list is not a
 * chapter). Reads `notesText` (else `notesHtml`, tags stripped and entities decoded). Never throws.
 */
export function chaptersFromNotes(
  notes: Partial<Pick<Episode, 'notesHtml' | 'notesText'>>,
  duration?: number,
): Chapter[] {
  let text =
    typeof notes.notesText === 'string' && notes.notesText ? notes.notesText : htmlToText(notes.notesHtml ?? '');
  // Notes written as escaped HTML ("&lt;p&gt;") become markup once their entities are decoded.
  if (/<(?:p|br|li|div|h[1-6])\b/i.test(text)) text = htmlToText(text);
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const limit =
    duration !== undefined && Number.isFinite(duration) && duration > 0 ? duration : Number.POSITIVE_INFINITY;
  const found = timestampedLines(lines).filter((chapter) => chapter.start < limit);
  const run = longestIncreasingRun(found);
  return run.length >= 2 ? finishChapters(run, duration) : [];
}

/** Every line that reads as a chapter, in the order of the notes. */
function timestampedLines(lines: readonly string[]): Chapter[] {
  const chapters: Chapter[] = [];
  lines.forEach((raw, index) => {
    const line = raw.replace(BULLET, '');
    const alone = ALONE.exec(line);
    if (alone) {
      const heading = lines[index - 1]?.replace(BULLET, '');
      if (heading !== undefined && isHeading(heading)) add(chapters, alone[1]!, heading);
      return;
    }
    const leading = LEADING.exec(line);
    if (leading) {
      const [, start, end, title = ''] = leading;
      if (!CLOCK_TIME_AFTER.test(title) && title.length <= MAX_TITLE_CHARS) add(chapters, start!, title, end);
      return;
    }
    const trailing = TRAILING.exec(line);
    if (trailing) {
      const title = trailing[1]!.replace(/[\s\-–—|@~]+$/, '');
      if (title.length <= MAX_HEADING_CHARS && !/[:：]$/.test(title) && !LABEL.test(title))
        add(chapters, trailing[2]!, title);
    }
  });
  return chapters;
}

/** A short line that is not itself timestamped and does not introduce something ("Shownotes:"). */
function isHeading(text: string): boolean {
  return (
    text.length <= MAX_HEADING_CHARS &&
    !/[:：]$/.test(text) &&
    !ALONE.test(text) &&
    !LEADING.test(text) &&
    !TRAILING.test(text)
  );
}

function add(chapters: Chapter[], time: string, rawTitle: string, endTime?: string): void {
  const start = parseClock(time, 'notes');
  const end = endTime === undefined ? undefined : parseClock(endTime, 'notes');
  const title = rawTitle.replace(/^[\s\-–—:|.>~]+/, '').trim();
  if (start === undefined || !/[\p{L}\p{N}]/u.test(title) || ONLY_ADDRESS.test(title)) return;
  chapters.push(end === undefined ? { start, title } : { start, end, title });
}

/** The longest stretch of chapters whose starts increase strictly (the first, when two are as long). */
function longestIncreasingRun(chapters: readonly Chapter[]): Chapter[] {
  let best: Chapter[] = [];
  let run: Chapter[] = [];
  for (const chapter of chapters) {
    if (run.length && chapter.start <= run[run.length - 1]!.start) run = [];
    run.push(chapter);
    if (run.length > best.length) best = run;
  }
  return best;
}
