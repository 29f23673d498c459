/**
 * Publication dates as feeds write them (every shape real feeds use, not only the specs'). Pure functions, no DOM.
 */

/** Month by the first letters of its name in the languages feeds are written in (accents removed). */
const MONTHS: Record<string, number> = {};
for (const [month, prefixes] of [
  [1, 'jan ene gen ian oca sty jen'],
  [2, 'feb fev sub lut'],
  [3, 'mar mrz maa'],
  [4, 'apr abr avr nis kwi'],
  [5, 'may mai maj mag mei'],
  [6, 'jun juin giu iun haz cze'],
  [7, 'jul juil lug iul tem lip juy'],
  [8, 'aug ago aou agu ags sie'],
  [9, 'sep set spt wrz eyl'],
  [10, 'oct okt out ott eki'],
  [11, 'nov noi lis kas'],
  [12, 'dec dic dez des ara gru'],
] as const) {
  for (const prefix of prefixes.split(' ')) MONTHS[prefix] = month;
}

/** Offsets in minutes of the zone names feeds use (North American, European, Australian and a few more). */
const ZONES: Record<string, number> = {
  z: 0,
  ut: 0,
  utc: 0,
  gmt: 0,
  wet: 0,
  bst: 60,
  west: 60,
  cet: 60,
  met: 60,
  mez: 60,
  cest: 120,
  mest: 120,
  mesz: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  sast: 120,
  ist: 330,
  wib: 420,
  sgt: 480,
  hkt: 480,
  awst: 480,
  jst: 540,
  kst: 540,
  acst: 570,
  acdt: 630,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780,
  nst: -210,
  ndt: -150,
  ast: -240,
  adt: -180,
  et: -300,
  est: -300,
  edt: -240,
  ct: -360,
  cst: -360,
  cdt: -300,
  mt: -420,
  mst: -420,
  mdt: -360,
  pt: -480,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
  brt: -180,
  art: -180,
};

const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const TIME = /(?<![\d:])(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(?:[.,]\d+)?(?!\d)(?:\s*([ap])\.?\s?m\b\.?)?/i;
const OFFSET = /(?:^|[\s(]|gmt|utc|ut)\s*([+-])(\d{1,2})(?::?(\d{2}))?(?!\d)/i;
const NUMERIC_DATE = /(?<!\d)(\d{1,4})([/.-])(\d{1,2})\2(\d{2,4})(?!\d)/;

/**
 * A publication date from RFC 822 (`Thu, 14 Jul 2016 00:27:00 +0000`), ISO 8601, and the shapes real feeds write
 * instead: two-digit years, missing commas, zone names (PST, EDT, CEST, AEDT), day and month names in other
 * languages (`jue, 21 abr 2016`, `Sábado 3 de mayo de 2014`), ordinals (`January 31st`), numeric dates
 * (`06/30/2013` is US month/day, `24.12.2015` European day.month), HTML around the date.
 * A time without a zone is read as UTC; a date without a time as 12:00 UTC, so it shows as the same day in every
 * time zone. `undefined` when unreadable, without a day (`sep 2016`, `2016`: no day is invented) or outside
 * 1970–2100.
 */
export function parseDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  let text = value.trim();
  if (text.includes('<')) {
    // Drupal writes <span content="2017-04-02T00:00:00-04:00">Sunday, April 2, 2017</span>: the attribute is exact.
    const machine = /\scontent="([^"]+)"/.exec(text)?.[1];
    const fromAttribute = machine ? parseDate(machine) : undefined;
    if (fromAttribute) return fromAttribute;
    text = text.replace(/<[^>]*>/g, ' ').trim();
  }
  text = text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/["“”]/g, ' ')
    .trim();
  if (!text) return undefined;
  return parseIso(text) ?? parseWritten(text);
}

function parseIso(text: string): Date | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const time = m[4] === undefined ? undefined : { hour: +m[4], minute: +m[5]!, second: +(m[6] ?? 0) };
  return build(+m[1]!, +m[2]!, +m[3]!, time, m[7] === undefined ? undefined : offsetMinutes(m[7]));
}

/** Everything but ISO: find the time, the zone after it, then the day, month and year in what is left. */
function parseWritten(original: string): Date | undefined {
  let text = original;
  let time: { hour: number; minute: number; second: number } | undefined;
  let offset: number | undefined;
  const t = TIME.exec(text);
  if (t) {
    let hour = +t[1]!;
    if (t[4]) hour = (hour % 12) + (t[4].toLowerCase() === 'p' ? 12 : 0);
    time = { hour, minute: +t[2]!, second: +(t[3] ?? 0) };
    const after = text.slice(t.index + t[0].length);
    const numeric = OFFSET.exec(after);
    if (numeric) {
      offset = offsetMinutes(`${numeric[1]}${numeric[2]!.padStart(2, '0')}${numeric[3] ?? '00'}`);
    } else {
      const name = /[a-z]+/i.exec(after)?.[0].toLowerCase();
      if (name !== undefined && name in ZONES) offset = ZONES[name];
    }
    // The zone (and anything after the time) is not part of the date.
    text = text.slice(0, t.index) + ' ' + after.replace(OFFSET, ' ');
  }

  const words = normalizeLetters(text).match(/\p{L}+|\d+/gu) ?? [];
  let month: number | undefined;
  for (const word of words) {
    // Day names share letters with months ("mar" is martes in Spanish): the last month-like word wins.
    const found = monthOf(word);
    if (found !== undefined) month = found;
  }
  if (month !== undefined) {
    const numbers = words.filter((word) => /^\d+$/.test(word));
    const yearAt = numbers.findIndex((n) => n.length === 4);
    let year: number;
    let day: string | undefined;
    if (yearAt >= 0) {
      year = +numbers[yearAt]!;
      day = numbers.find((n, i) => i !== yearAt && n.length <= 2);
    } else {
      // RFC 822's two-digit year comes after the day: "14 Jul 16".
      if (numbers.length < 2 || numbers[1]!.length !== 2) return undefined;
      day = numbers[0];
      year = twoDigitYear(+numbers[1]!);
    }
    if (day === undefined) return undefined;
    return build(year, month, +day, time, offset);
  }

  const numeric = NUMERIC_DATE.exec(text);
  if (!numeric) return undefined;
  const [, a, separator, b, c] = numeric as unknown as [string, string, string, string, string];
  if (a.length === 4) return build(+a, +b, +c, time, offset);
  if (c.length === 3) return undefined;
  const year = c.length === 2 ? twoDigitYear(+c) : +c;
  // Slashes are American (month/day), dots and dashes European (day.month), unless the numbers say otherwise.
  let [day, month2] = separator === '/' ? [+b, +a] : [+a, +b];
  if (month2 > 12 && day <= 12) [day, month2] = [month2, day];
  return build(year, month2, day, time, offset);
}

function normalizeLetters(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

function monthOf(word: string): number | undefined {
  if (word.length < 3 || /\d/.test(word)) return undefined;
  // French juin/juillet differ only in the fourth letter.
  return MONTHS[word.slice(0, 4)] ?? MONTHS[word.slice(0, 3)];
}

function twoDigitYear(year: number): number {
  // RFC 2822: 00-49 are 2000-2049, 50-99 are 1950-1999.
  return year < 50 ? 2000 + year : 1900 + year;
}

/** "+0900", "-05:00", "Z" → minutes east of UTC; `undefined` when impossible. */
function offsetMinutes(zone: string): number | undefined {
  if (/^z$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return undefined;
  const minutes = +m[2]! * 60 + +(m[3] ?? 0);
  if (minutes > 14 * 60) return undefined;
  return m[1] === '-' ? -minutes : minutes;
}

function build(
  year: number,
  month: number,
  day: number,
  time: { hour: number; minute: number; second: number } | undefined,
  offset: number | undefined,
): Date | undefined {
  if (year < 1970 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  // A time that cannot be (25:61) is dropped, keeping the date.
  const valid = time && time.hour <= 24 && time.minute <= 59 && time.second <= 60;
  const { hour, minute, second } = valid ? time : { hour: 12, minute: 0, second: 0 };
  const zone = valid ? (offset ?? 0) : 0;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second) - zone * 60_000;
  // Date.UTC rolls 31 April over to 1 May; such a date is not a date.
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return undefined;
  return new Date(ms);
}
