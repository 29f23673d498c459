/**
 * Lengths, positions and dates as people read them. Kept apart from time.ts (which reads them from feeds) so
 * the element's own bundle does not carry the feed parsers' date tables.
 */

/**
 * A length for people in `lang`: `"45 s"` under a minute, else rounded to minutes: `"31 min"`, `"1 h 12 min"`,
 * `"1 h"` in English, `"1 Std., 12 Min."` in German. Empty for a negative or non-finite value.
 */
export function formatDuration(seconds: number, lang = 'en'): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '';
  // English keeps the abbreviations podcast apps use ("34 s", "1 h"), where Intl writes "34 sec", "1 hr".
  const english = !/^[a-z]{2,3}/i.test(lang) || /^en\b/i.test(lang);
  const unit = (unit: 'second' | 'minute' | 'hour', value: number) =>
    english ? `${value} ${ENGLISH_UNITS[unit]}` : numberFormat(lang, unit).format(value);
  if (seconds < 60) return unit('second', Math.round(seconds));
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return unit('minute', minutes);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${unit('hour', hours)} ${unit('minute', rest)}` : unit('hour', hours);
}

const ENGLISH_UNITS = { second: 's', minute: 'min', hour: 'h' } as const;

/** A playback speed in `lang`: `"1.25×"`, `"1,25×"`. */
export function formatRate(rate: number, lang = 'en'): string {
  return `${numberFormat(lang).format(rate)}×`;
}

/**
 * Number formatters, one per language and unit (building one costs milliseconds). Latin digits throughout, as
 * the player's clock uses: one digit system per widget.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: string, unit?: string): Intl.NumberFormat {
  const key = `${lang} ${unit ?? ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    const options: Intl.NumberFormatOptions = unit
      ? { style: 'unit', unit, unitDisplay: 'short', numberingSystem: 'latn' }
      : { maximumFractionDigits: 2, numberingSystem: 'latn' };
    try {
      format = new Intl.NumberFormat(lang, options);
    } catch {
      format = new Intl.NumberFormat('en', options);
    }
    numberFormats.set(key, format);
  }
  return format;
}

/** A player position: `"4:05"`, `"1:02:03"` (whole seconds, rounded down; `"0:00"` for invalid input). */
export function formatClock(seconds: number): string {
  const whole = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

const DATE_OPTIONS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  numberingSystem: 'latn',
};

/**
 * A publication date in the reader's language, year always included: `"Apr 19, 2026"` in `en`,
 * `"19 abr 2026"` in `es`. Shown in the reader's own time zone. Unknown language tags fall back to English;
 * an invalid date gives an empty string.
 */
export function formatDate(date: Date, lang: string): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return '';
  return dateFormat(lang || 'en').format(date);
}

/** Building an Intl formatter costs milliseconds (the benchmark saw 12–17 ms per render): one per language. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: string): Intl.DateTimeFormat {
  let format = dateFormats.get(lang);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(lang, DATE_OPTIONS);
    } catch {
      format = new Intl.DateTimeFormat('en', DATE_OPTIONS);
    }
    dateFormats.set(lang, format);
  }
  return format;
}

/** Names in a list in `lang`: `"Anne, Bo and Jon"`, `"Anne, Bo und Jon"`. */
export function formatList(items: readonly string[], lang: string): string {
  let format = listFormats.get(lang);
  if (!format) {
    const options: Intl.ListFormatOptions = { style: 'long', type: 'conjunction' };
    try {
      format = new Intl.ListFormat(lang, options);
    } catch {
      format = new Intl.ListFormat('en', options);
    }
    listFormats.set(lang, format);
  }
  return format.format(items);
}

const listFormats = new Map<string, Intl.ListFormat>();

/**
 * Builds the formatters the first card of `lang` uses. The first Intl formatter of a browser process costs 15–20 ms
 * (its ICU data), each further one a millisecond or two: paid here, while the feed is read, rather than in the task
 * that puts the episode on screen.
 */
export function warmUpFormats(lang: string): void {
  formatDate(new Date(0), lang);
  formatDuration(3661, lang);
  formatRate(1, lang);
  formatList(['a', 'b'], lang);
}
