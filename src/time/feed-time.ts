/**
 * Times as feeds write them (every shape real feeds use, not only the specs'): `itunes:duration`,
 * `psc:chapter start`, soundbites, JSON chapters' `startTime`. Tidied into the one clock grammar (parse-clock.ts)
 * where they are clocks; unit words ("1 h 2 min") where they are not. Pure functions, no DOM.
 */
import { parseClock } from './parse-clock.js';

/**
 * Longest time believed in a feed: 48 hours. Longer values in real feeds are byte counts, milliseconds or Unix
 * timestamps put in the wrong tag (`itunes:duration` of 1472738526), not episode lengths.
 */
export const MAX_DURATION_SECONDS = 48 * 3600;

const UNIT_SECONDS: Record<string, number> = {};
for (const [seconds, names] of [
  [3600, 'h hr hrs hour hours std stunde stunden heure heures hora horas ora ore u uur'],
  [60, "m min mins minute minutes minuten minuto minutos minuti mn ' ´ ′"],
  [1, 's sec secs second seconds sek sekunde sekunden seg segundo segundos seconde secondes secondi " ″'],
] as const) {
  for (const name of names.split(' ')) UNIT_SECONDS[name] = seconds;
}

// "1:02:03", "0:45:10,5", "00:03:49:15" (frames), "1 : 02 ; 03", optionally followed by a unit word ("45:10 min").
const CLOCK = /^(\d+(?:\s*[:;]\s*\d+){1,3}(?:[.,]\d+)?)(?:\s*[a-z]+\.?)?$/i;
// One "<number> <unit>" step of "1h 2m", "45 min", "1 hour and 5 minutes", "9h9´"; the unit may be left out
// after a larger one ("1 Hour 9" is 1 h 9 min).
const UNIT_STEP = /(\d+(?:[.,]\d+)?)\s*([a-z'´′"″]+)?\.?\s*(?:(?:,|and|und|et|y|e)\s+)?/iy;
const LABEL = /^(?:duration|dur[ée]e|length|time|runtime|dauer|laufzeit|länge)\s*:?\s*/i;

/**
 * Seconds, fractions kept, from a feed's time: `"1:02:03"`, `"62:03"`, `"3723"`, `"3723.5"`, `"2131,28"`,
 * `"01:02:03.500"`, `"1:59:494"` (m:s:ms), `"00:03:49:15"` (frames), `"1.58.00"` (a clock with dots), `"1h 2m"`,
 * `"45 min"`, `"DURATION 1:20:04"`, HTML around it, or a number. `undefined` for anything else (garbage, URLs,
 * `"Two hours"`) and for values beyond {@link MAX_DURATION_SECONDS}; never NaN, never negative.
 */
export function parseFeedTime(value: unknown): number | undefined {
  const seconds = typeof value === 'number' ? value : typeof value === 'string' ? feedSeconds(value) : undefined;
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0 || seconds > MAX_DURATION_SECONDS)
    return undefined;
  return seconds;
}

/**
 * Length in whole seconds from an `itunes:duration` (or similar) value; see {@link parseFeedTime} for the shapes.
 * `undefined` when unreadable or implausible.
 */
export function parseDuration(value: unknown): number | undefined {
  const seconds = parseFeedTime(value);
  return seconds === undefined ? undefined : Math.round(seconds);
}

function feedSeconds(value: string): number | undefined {
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
  const clock = CLOCK.exec(text)?.[1]?.replace(/\s*[:;]\s*/g, ':');
  if (clock === undefined) return parseClock(text, 'feed') ?? unitSeconds(text.toLowerCase());
  // "11:25:474" is minutes, seconds and milliseconds.
  const seconds = parseClock(clock.replace(/^(\d+:\d+):(\d{3})$/, '$1.$2'), 'feed');
  // "58:24:00" from a feed whose template says h:mm:ss is 58 minutes and 24 seconds followed by frames: read an
  // impossible number of hours that way rather than lose the duration.
  if (seconds !== undefined && seconds > MAX_DURATION_SECONDS && clock.split(':').length >= 3) {
    return parseClock(clock.split(':').slice(0, 2).join(':'), 'feed');
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
