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
 * | `feed` | `itunes:duration`, `psc:chapter start`, soundbites, JSON chapters | whatever real feeds write (below) |
 *
 * Pure functions, no DOM.
 */

/** The places times are read from; see the table above. */
export type ClockFormat = 'cue' | 'cue-or-seconds' | 'html-datetime' | 'link' | 'notes' | 'feed';

/**
 * Longest time believed in a feed: 48 hours. Longer values in real feeds are byte counts, milliseconds or Unix
 * timestamps put in the wrong tag (`itunes:duration` of 1472738526), not episode lengths.
 */
export const MAX_DURATION_SECONDS = 48 * 3600;

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
const FIELDS = /^(\d+)((?::\d+){0,3})(?:([.,])(\d+))?$/;
/** ISO 8601 durations, as HTML `<time datetime="PT1M30S">` writes them. */
const ISO_DURATION = /^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$/i;

/**
 * Seconds, fractions kept, from a time written in `format` (see the table above), or `undefined` when it is not
 * one. Never NaN, never negative. A number is taken as seconds (JSON files write them); `feed` times beyond
 * {@link MAX_DURATION_SECONDS} are `undefined`.
 */
export function parseClock(value: unknown, format: ClockFormat): number | undefined {
  if (format === 'feed') return plausible(typeof value === 'number' ? value : feedSeconds(value));
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
 * Length in whole seconds from an `itunes:duration` (or similar) value: `parseClock(value, 'feed')`, rounded.
 * `undefined` when unreadable or implausible.
 */
export function parseDuration(value: unknown): number | undefined {
  const seconds = parseClock(value, 'feed');
  return seconds === undefined ? undefined : Math.round(seconds);
}

/** The one grammar, as strict as `grammar` says. */
function readClock(text: string, grammar: Grammar): number | undefined {
  const match = FIELDS.exec(text);
  if (!match) return undefined;
  const [, lead, rest, mark, fraction] = match as unknown as [string, string, string, string?, string?];
  const fields = rest ? [lead, ...rest.slice(1).split(':')] : [lead];
  if (fields.length === 1 ? !grammar.bare : fields.length > grammar.maxFields) return undefined;
  if (mark !== undefined && !grammar.decimal.includes(mark)) return undefined;
  // A fourth field counts video frames: not part of the time.
  const clock = fields.slice(0, 3);
  const units = grammar.digits.slice(3 - clock.length);
  if (clock.length > 1 && clock.some((field, i) => field.length > units[i]!)) return undefined;
  const numbers = clock.map(Number);
  if (grammar.sixty !== 'none') {
    const first = grammar.sixty === 'all' && numbers.length === 2 ? 0 : 1;
    if (numbers.some((n, i) => i >= first && n >= 60)) return undefined;
  }
  let whole = 0;
  for (const n of numbers) whole = whole * 60 + n;
  // Read as one decimal number, so "89.201" is exactly 89.201 (not 89 + 0.201, which may differ in the last bit).
  const seconds = fraction ? Number(`${whole}.${fraction}`) : whole;
  return Number.isFinite(seconds) ? seconds : undefined;
}

/** Seconds from an ISO 8601 duration (`PT1H2M3.5S`), or `undefined`. */
function isoDuration(text: string): number | undefined {
  const match = ISO_DURATION.exec(text);
  if (!match || text.length <= 2) return undefined;
  const [, hours, minutes, seconds] = match;
  return Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
}

// ---------------------------------------------------------------------------------------------------------------
// Feeds: every shape real feeds use, not only the specs'. Tidied into the one grammar where they are clocks.

const UNIT_SECONDS: Record<string, number> = {};
for (const [seconds, names] of [
  [3600, 'h hr hrs hour hours std stunde stunden heure heures hora horas ora ore u uur'],
  [60, "m min mins minute minutes minuten minuto minutos minuti mn ' ´ ′"],
  [1, 's sec secs second seconds sek sekunde sekunden seg segundo segundos seconde secondes secondi " ″'],
] as const) {
  for (const name of names.split(' ')) UNIT_SECONDS[name] = seconds;
}

// "1:02:03", "0:45:10,5", "00:03:49:15" (frames), "1 : 02 ; 03", optionally followed by a unit word ("45:10 min").
const FEED_CLOCK = /^(\d+(?:\s*[:;]\s*\d+){1,3}(?:[.,]\d+)?)(?:\s*[a-z]+\.?)?$/i;
// One "<number> <unit>" step of "1h 2m", "45 min", "1 hour and 5 minutes", "9h9´"; the unit may be left out
// after a larger one ("1 Hour 9" is 1 h 9 min).
const UNIT_STEP = /(\d+(?:[.,]\d+)?)\s*([a-z'´′"″]+)?\.?\s*(?:(?:,|and|und|et|y|e)\s+)?/iy;
const LABEL = /^(?:duration|dur[ée]e|length|time|runtime|dauer|laufzeit|länge)\s*:?\s*/i;

/**
 * A feed's time as written: `"1:02:03"`, `"62:03"`, `"3723"`, `"3723.5"`, `"2131,28"`, `"01:02:03.500"`,
 * `"1:59:494"` (m:s:ms), `"00:03:49:15"` (frames), `"1.58.00"` (a clock with dots), `"1h 2m"`, `"45 min"`,
 * `"DURATION 1:20:04"`, HTML around it. Not yet checked for plausibility.
 */
function feedSeconds(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  let text = value.includes('<') ? value.replace(/<[^>]*>/g, ' ') : value;
  text = text
    .replace(/：/g, ':')
    .trim()
    .replace(LABEL, '')
    // Quotes, brackets and stray separators around the value: "(1:02:03)", "\"45:10\"", ":45:10", "45:10:".
    .replace(/^["'([:;\s]+|["')\]:;\s]+$/g, '')
    .replace(/\.+$/, '');
  if (!text) return undefined;

  // "1.58.00", "51.1.767": a clock written with dots.
  if (/^\d+(?:\.\d+){2}$/.test(text)) text = text.replace(/\./g, ':');
  const clock = FEED_CLOCK.exec(text)?.[1]?.replace(/\s*[:;]\s*/g, ':');
  if (clock === undefined) return readClock(text, GRAMMARS.feed) ?? unitSeconds(text.toLowerCase());
  // "11:25:474" is minutes, seconds and milliseconds.
  const seconds = readClock(clock.replace(/^(\d+:\d+):(\d{3})$/, '$1.$2'), GRAMMARS.feed);
  // "58:24:00" from a feed whose template says h:mm:ss is 58 minutes and 24 seconds followed by frames: read an
  // impossible number of hours that way rather than lose the duration.
  if (seconds !== undefined && seconds > MAX_DURATION_SECONDS && clock.split(':').length >= 3) {
    return readClock(clock.split(':').slice(0, 2).join(':'), GRAMMARS.feed);
  }
  return seconds;
}

function unitSeconds(text: string): number | undefined {
  let total = 0;
  let previousUnit = 0;
  UNIT_STEP.lastIndex = 0;
  while (UNIT_STEP.lastIndex < text.length) {
    const start = UNIT_STEP.lastIndex;
    const step = UNIT_STEP.exec(text);
    if (!step || UNIT_STEP.lastIndex === start) return undefined;
    const amount = Number(step[1]!.replace(',', '.'));
    const unit = step[2] === undefined ? smallerUnit(previousUnit) : UNIT_SECONDS[step[2]];
    if (unit === undefined) return undefined;
    total += amount * unit;
    previousUnit = unit;
  }
  return previousUnit ? total : undefined;
}

function smallerUnit(unit: number): number | undefined {
  return unit === 3600 ? 60 : unit === 60 ? 1 : undefined;
}

function plausible(seconds: number | undefined): number | undefined {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0 || seconds > MAX_DURATION_SECONDS)
    return undefined;
  return seconds;
}
