/**
 * Every clock the element reads, in one grammar: `[[h:]m:]s[.fraction]`. What differs between the places a time
 * comes from is only how strict the grammar is there, so each place names its {@link ClockFormat} instead of
 * writing its own parser:
 *
 * | format | where | accepts |
 * | --- | --- | --- |
 * | `cue` | WebVTT and SRT timing lines, plain-text transcripts | `01:02:03.456`, `02:03.456`, `01:02:03,456`, `1:02` |
 * | `cue-or-seconds` | JSON transcripts, the text of an HTML transcript's `<time>` | a `cue` clock, or `83.5` |
 * | `html-datetime` | an HTML transcript's `<time datetime>` | a `cue` clock, or an ISO 8601 duration `PT1M30S` |
 * | `link` | the `start` attribute, the page's `#t=` | `83`, `83.5`, `1:23`, `1:02:03`, `npt:1:23` |
 * | `notes` | chapter lines in show notes | `1:02:03`, `12:34`, `125:30` |
 * | `feed` | feed values, once feed-time.ts has tidied them | `2131,28`, `1:75`, `00:03:49:15` (frames dropped) |
 *
 * Feed values (`itunes:duration`, `psc:chapter start`, soundbites, JSON chapters) come with labels, HTML, dots for
 * colons and unit words: read them with `parseFeedTime` (feed-time.ts), which tidies them for this grammar. It
 * lives apart so the element's entry module, which reads only links, does not carry what feeds need.
 * Pure functions, no DOM.
 */

/** The places times are read from; see the table above. */
export type ClockFormat = 'cue' | 'cue-or-seconds' | 'html-datetime' | 'link' | 'notes' | 'feed';

/**
 * A time as show notes write it, for finding one inside a line: `h:mm:ss` (`1:02:03`) or `m:ss` (`12:34`,
 * `125:30`). No fraction: "12:34. Topic" ends in a full stop. Read what it matched with the `notes` format.
 */
export const NOTES_CLOCK_PATTERN = String.raw`(?:\d{1,2}:\d{2}|\d{1,3}):\d{2}`;

/**
 * A time as transcripts write it, for finding one inside a line: `00:01:02`, `1:02`, `00:01:02.500`. Read what it
 * matched with the `cue` format.
 */
export const CUE_CLOCK_PATTERN = String.raw`\d{1,2}(?::\d{1,2}){1,2}(?:[.,]\d{1,3})?`;

/** How strict the one grammar is for a format. */
interface Grammar {
  /** Whether a plain count of seconds (`83`, `83.5`) is a time. */
  bare: boolean;
  /** The marks that may start the fraction of the last field; empty: no fraction. */
  decimal: string;
  /** Most digits of hours, minutes and seconds in a clock (a plain count of seconds may have any number). */
  digits: [hours: number, minutes: number, seconds: number];
  /** Most fields: 3 for `h:m:s`; 4 when a fourth is video frames (`00:03:49:15`), which are dropped. */
  maxFields: 3 | 4;
  /**
   * Which fields must be below 60: `after-colon` (minutes after hours, seconds after minutes: "1:75" is a typo,
   * not 2:15), `all` (leading minutes too: `75:00.000` is no WebVTT time), `none` (feeds write "1:75" and mean it).
   */
  sixty: 'after-colon' | 'all' | 'none';
}

const ANY = Infinity;
const CUE: Grammar = { bare: false, decimal: '.,', digits: [3, 2, 2], maxFields: 3, sixty: 'all' };
const GRAMMARS: Record<Exclude<ClockFormat, 'html-datetime'>, Grammar> = {
  // Real files use one-digit fields, hour-less times in SRT and commas in WebVTT: all read, both formats alike.
  cue: CUE,
  'cue-or-seconds': { ...CUE, bare: true },
  link: { bare: true, decimal: '.', digits: [ANY, 2, ANY], maxFields: 3, sixty: 'after-colon' },
  // The digits NOTES_CLOCK_PATTERN finds: "1:02:03", "12:34", "125:30".
  notes: { bare: false, decimal: '', digits: [2, 3, 2], maxFields: 3, sixty: 'after-colon' },
  feed: { bare: true, decimal: '.,', digits: [ANY, ANY, ANY], maxFields: 4, sixty: 'none' },
};

/** Up to four colon-separated digit fields, then an optional fraction. */
const FIELDS = /^(\d+)(?::(\d+))?(?::(\d+))?(?::(\d+))?(?:([.,])(\d+))?$/;
/** ISO 8601 durations, as HTML `<time datetime="PT1M30S">` writes them. */
const ISO_DURATION = /^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$/i;

/**
 * Seconds, fractions kept, from a time written in `format` (see the table above), or `undefined` when it is not
 * one. Never NaN, never negative. A number is taken as seconds (JSON files write them).
 */
export function parseClock(value: unknown, format: ClockFormat): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  switch (format) {
    case 'link':
      // Media fragments may write normal play time with its scheme: `#t=npt:1:23`.
      return readClock(text.replace(/^npt:/i, ''), GRAMMARS.link);
    case 'html-datetime':
      return readClock(text, CUE) ?? isoDuration(text);
    default:
      return readClock(text, GRAMMARS[format]);
  }
}

/**
 * The one grammar, as strict as `grammar` says. Written without arrays or closures: a long transcript reads
 * tens of thousands of times.
 */
function readClock(text: string, grammar: Grammar): number | undefined {
  const match = FIELDS.exec(text);
  if (!match) return undefined;
  // The optional fields fill in order, so the last one present says how many there are. A fourth counts video
  // frames: not part of the time.
  const [, first, second, third, frames, mark, fraction] = match;
  const count = frames !== undefined ? 4 : third !== undefined ? 3 : second !== undefined ? 2 : 1;
  if (count === 1 ? !grammar.bare : count > grammar.maxFields) return undefined;
  if (mark !== undefined && !grammar.decimal.includes(mark)) return undefined;
  const h = count >= 3 ? first! : undefined;
  const m = count >= 3 ? second! : count === 2 ? first! : undefined;
  const s = count >= 3 ? third! : count === 2 ? second! : first!;
  const [hourDigits, minuteDigits, secondDigits] = grammar.digits;
  if (count > 1 && ((h?.length ?? 0) > hourDigits || m!.length > minuteDigits || s.length > secondDigits)) {
    return undefined;
  }
  const hours = h === undefined ? 0 : Number(h);
  const minutes = m === undefined ? 0 : Number(m);
  const seconds = Number(s);
  if (grammar.sixty !== 'none') {
    if (count > 1 && seconds >= 60) return undefined;
    if (minutes >= 60 && (h !== undefined || grammar.sixty === 'all')) return undefined;
  }
  const whole = hours * 3600 + minutes * 60 + seconds;
  // Read as one decimal number, so "89.201" is exactly 89.201 (not 89 + 0.201, which may differ in the last bit).
  const total = fraction ? Number(`${whole}.${fraction}`) : whole;
  return Number.isFinite(total) ? total : undefined;
}

/** Seconds from an ISO 8601 duration (`PT1H2M3.5S`), or `undefined`. */
function isoDuration(text: string): number | undefined {
  const match = ISO_DURATION.exec(text);
  if (!match || text.length <= 2) return undefined;
  const [, hours, minutes, seconds] = match;
  return Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
}
