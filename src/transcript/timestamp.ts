/**
 * Timestamps as transcript files write them, read as seconds.
 */

// [hours:]minutes:seconds[.fraction]: `01:02:03.456` (WebVTT), `02:03.456` (WebVTT without hours),
// `01:02:03,456` (SRT), `1:02:03`, `0:53` (HTML transcripts). One-digit fields and 1-3 fraction digits are tolerated.
const CLOCK = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/;
const SECONDS = /^\d+(?:\.\d+)?$/;
// ISO 8601 durations, as HTML `<time datetime="PT1M30S">` writes them.
const ISO_DURATION = /^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$/i;

/**
 * Seconds from a clock timestamp (`01:02:03.456`, `02:03,5`, `1:02`), or `undefined` when it is not one
 * (minutes or seconds of 60 and more included). With `bareSeconds`, a plain number (`83.5`) is read as seconds too.
 */
export function parseClock(text: string, { bareSeconds = false } = {}): number | undefined {
  const value = text.trim();
  if (bareSeconds && SECONDS.test(value)) return Number(value);
  const match = CLOCK.exec(value);
  if (!match) return undefined;
  const [, hours, minutes, seconds, fraction] = match;
  if (Number(minutes) >= 60 || Number(seconds) >= 60) return undefined;
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds) + (fraction ? Number(`0.${fraction}`) : 0);
}

/** Seconds from an ISO 8601 duration (`PT1H2M3.5S`), or `undefined`. */
export function parseIsoDuration(text: string): number | undefined {
  const match = ISO_DURATION.exec(text.trim());
  if (!match || text.trim().length <= 2) return undefined;
  const [, hours, minutes, seconds] = match;
  return Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
}

/** A time a file states as a number or a string of seconds or a clock (JSON transcripts use numbers). */
export function parseSeconds(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value === 'string') return parseClock(value, { bareSeconds: true });
  return undefined;
}
