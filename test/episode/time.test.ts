// Durations and dates the way 67,741 real itunes:duration values and 4,345 hard pubDate strings write them (those
// two lists only beside ../shared/feeds/aux), and the way the element shows them.
import { expect } from '@esm-bundle/chai';
import { parseDate } from '../../src/time/parse-date.js';
import { parseDuration, parseFeedTime } from '../../src/time/feed-time.js';
import { formatClock, formatDate, formatDuration } from '../../src/episode/format.js';
import { requireFeeds } from '../support/feeds.js';

/** Lines of an aux file, exactly as written (a last line without a newline counts). */
async function auxLines(file: string): Promise<string[]> {
  const text = await (await fetch(`/feeds/aux/${file}`)).text();
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

/** Shapes found in ../shared/feeds/aux/mdewilde__podcast-parser__durations.txt, and what each means. */
const DURATION_SHAPES: [string, number | undefined][] = [
  ['01:02:03', 3723],
  ['1:36:04', 5764],
  ['02:27', 147],
  ['3640', 3640],
  ['3194.0', 3194],
  ['1071.2294166667', 1071],
  ['00:24:12.456', 1452],
  ['2131,28', 2131], // decimal comma
  ['1:59:494', 119], // minutes:seconds:milliseconds
  ['00:03:49:15', 229], // ends in frames
  ['0.19.00', 1140], // a clock written with dots
  ['13 min', 780],
  ['5mins', 300],
  ['80 Minutes', 4800],
  ['1h', 3600],
  ['1h13min', 4380],
  ['1h04´', 3840],
  ['1 Hour', 3600],
  ['1 minute 42 seconds', 102],
  ['DURATION 1:20:04', 4804],
  ['<span class="hms hms-format-h-mm-ss">1:00:57</span>', 3657],
  ['<span class="hms hms-format-h-mm-ss">58:24:00</span>', 3504], // not 58 hours: minutes, seconds, frames
  ['1486746233', undefined], // a Unix timestamp
  ['The Amazing Hour', undefined],
  [
    '<span class="file file--mime-audio-mpeg file--audio"><a href="http://static4.metaltoad.com/sites/default/files/podcasts/Toadcast%2025.mp3" type="audio/mpeg; length=42470422">Toadcast 25.mp3</a></span>',
    undefined,
  ],
  ['', undefined],
];

describe('parseDuration on the real-world itunes:duration values', function () {
  let lines: string[] = [];

  before(async function () {
    await requireFeeds(this, 'aux/mdewilde__podcast-parser__durations.txt');
    lines = await auxLines('mdewilde__podcast-parser__durations.txt');
  });

  it('gives a finite, non-negative whole number of seconds (at most 48 h) or undefined for every value', () => {
    expect(lines.length).to.equal(67741);
    let readable = 0;
    for (const line of lines) {
      const seconds = parseDuration(line);
      if (seconds === undefined) continue;
      readable++;
      expect(Number.isInteger(seconds), JSON.stringify(line)).to.equal(true);
      expect(seconds, JSON.stringify(line)).to.be.within(0, 48 * 3600);
    }
    const blank = lines.filter((line) => !line.trim()).length;
    console.log(`durations: ${readable} of ${lines.length} readable (${blank} blank)`);
    expect(readable).to.be.greaterThan(0.95 * (lines.length - blank));
  });

  it('has every shape below among the real values', () => {
    for (const [value] of DURATION_SHAPES) expect(lines, 'the shape occurs in the real values').to.include(value);
  });
});

describe('parseDuration on shapes taken from the real-world itunes:duration values', () => {
  for (const [value, expected] of DURATION_SHAPES) {
    it(`reads ${JSON.stringify(value.length > 50 ? value.slice(0, 50) + '…' : value)} as ${expected}`, () => {
      expect(parseDuration(value)).to.equal(expected);
    });
  }
});

describe('parseDuration and parseFeedTime', () => {
  it('read the shapes the brief names', () => {
    expect(['1:02:03', '62:03', '3723', '3723.5', '01:02:03.500', '1h 2m', '45 min'].map(parseDuration)).to.deep.equal([
      3723, 3723, 3723, 3724, 3724, 3720, 2700,
    ]);
  });

  it('never give NaN or a negative number', () => {
    for (const value of [NaN, -5, Infinity, '-1:00', 'abc', '1:xx', null, undefined, {}, '999999:00:00']) {
      expect(parseDuration(value), String(value)).to.equal(undefined);
    }
  });

  it('parseFeedTime keeps fractions for chapter starts', () => {
    expect(parseFeedTime('00:01:29.201')).to.equal(89.201);
    expect(parseFeedTime('59.12')).to.equal(59.12);
    expect(parseFeedTime('00:00:00.000')).to.equal(0);
  });
});

/** Strings found in ../shared/feeds/aux/mdewilde__podcast-parser__problemdates.txt, and what each means. */
const DATE_CASES: [string, string | undefined][] = [
  [' Thu, 14 Jul 2016 00:27:00 +0000', '2016-07-14T00:27:00.000Z'],
  ['Mon, 03 Nov 2014 11:57:49 AEDT', '2014-11-03T00:57:49.000Z'],
  ['Thu, 11 Feb 2016 10:40:30 CST', '2016-02-11T16:40:30.000Z'],
  ['Fri, 14 Aug 2010 9:4:38 +0900', '2010-08-14T00:04:38.000Z'],
  [' Sun, January 31st, 2016 10:30:00 +0900', '2016-01-31T01:30:00.000Z'],
  [' Tue, 16Jun 2009 14:29:00 GMT', '2009-06-16T14:29:00.000Z'],
  [' Fri, 22 Abr 2016 09:42:00', '2016-04-22T09:42:00.000Z'],
  [' jue, 13 abr 2017 09:01:00 GMT', '2017-04-13T09:01:00.000Z'],
  [' Sábado 22 de diciembre de 2007 11:30:00 -0300', '2007-12-22T14:30:00.000Z'],
  [' Cum, 20 Ağu 2015 00:00:00 EST', '2015-08-20T05:00:00.000Z'],
  [' So, 19 Mrz 2017 20:23:59 UTC', '2017-03-19T20:23:59.000Z'],
  [' Thu, 12 Sept 2013 21:16:00 PST', '2013-09-13T05:16:00.000Z'],
  [' Nov. 19, 2009, 3:44 p.m.', '2009-11-19T15:44:00.000Z'],
  [' Sa, 25.08.2012 18:00:00 +0100', '2012-08-25T17:00:00.000Z'],
  [' 06/30/2013', '2013-06-30T12:00:00.000Z'], // no time: noon UTC, the same day everywhere
  [' 04/21/09', '2009-04-21T12:00:00.000Z'],
  [' 21.02.2016', '2016-02-21T12:00:00.000Z'],
  [
    ' <span class="date-display-single" property="dc:date" datatype="xsd:dateTime" content="2017-04-02T00:00:00-04:00">Sunday, April 2, 2017</span>',
    '2017-04-02T04:00:00.000Z',
  ],
  [' 20161014T15:35:26+0000', '2016-10-14T15:35:26.000Z'],
  [' Sun, 21 Oct 2012 30:17:00 +0100', '2012-10-21T12:00:00.000Z'], // impossible time: the date is kept
  [' EST', undefined],
  [' 0837', undefined],
  [' 0 Dec 2011 20:46:05 GMT', undefined],
  [' Mon, 80 Aug 2011 12:00:00 +0200', undefined],
];

describe('parseDate on the real-world hard pubDate strings', function () {
  let lines: string[] = [];

  before(async function () {
    await requireFeeds(this, 'aux/mdewilde__podcast-parser__problemdates.txt');
    lines = await auxLines('mdewilde__podcast-parser__problemdates.txt');
  });

  it('reads most of them and never returns an invalid Date', () => {
    expect(lines.length).to.equal(4345);
    let readable = 0;
    for (const line of lines) {
      const date = parseDate(line);
      if (date === undefined) continue;
      readable++;
      expect(Number.isNaN(date.getTime()), line).to.equal(false);
      expect(date.getUTCFullYear(), line).to.be.within(1970, 2100);
    }
    console.log(
      `problem dates: ${readable} of ${lines.length} readable (${((100 * readable) / lines.length).toFixed(1)}%)`,
    );
    expect(readable / lines.length).to.be.greaterThan(0.85);
  });

  it('has every string below among the real values', () => {
    for (const [value] of DATE_CASES) {
      expect(
        lines.some((line) => line.trim() === value.trim()),
        `${JSON.stringify(value)} occurs in the real values`,
      ).to.equal(true);
    }
  });
});

describe('parseDate on strings taken from the real-world hard pubDate strings', () => {
  for (const [value, expected] of DATE_CASES) {
    it(`reads ${JSON.stringify(value.trim().slice(0, 60))} as ${expected}`, () => {
      expect(parseDate(value)?.toISOString()).to.equal(expected);
    });
  }
});

describe('parseDate', () => {
  it('reads RFC 822 with two-digit years and ISO 8601', () => {
    expect(parseDate('Sat, 14 Sep 24 19:05:58 +0000')?.toISOString()).to.equal('2024-09-14T19:05:58.000Z');
    expect(parseDate('Wed, 1 Dec 99 10:00:00 GMT')?.toISOString()).to.equal('1999-12-01T10:00:00.000Z');
    expect(parseDate('2024-09-14T19:05:58+02:00')?.toISOString()).to.equal('2024-09-14T17:05:58.000Z');
    expect(parseDate('2024-09-14')?.toISOString()).to.equal('2024-09-14T12:00:00.000Z');
  });

  it('gives undefined for what has no day, no date or no meaning', () => {
    for (const value of ['', 'sep 2016', '2016', '31 Apr 2016', 'Sun, 99 Wed 2016 10:00 GMT', 42, null]) {
      expect(parseDate(value), String(value)).to.equal(undefined);
    }
  });
});

describe('formatting', () => {
  it('formatDuration: seconds under a minute, minutes, hours and minutes', () => {
    expect([45, 59.4, 60, 1860, 1889, 3600, 3599, 4320, 7200, 7230].map((s) => formatDuration(s))).to.deep.equal([
      '45 s',
      '59 s',
      '1 min',
      '31 min',
      '31 min',
      '1 h',
      '1 h',
      '1 h 12 min',
      '2 h',
      '2 h 1 min',
    ]);
    expect(formatDuration(NaN)).to.equal('');
  });

  it('formatClock: m:ss under an hour, h:mm:ss above', () => {
    expect([0, 5, 245, 245.9, 3723, 36000, -3, NaN].map(formatClock)).to.deep.equal([
      '0:00',
      '0:05',
      '4:05',
      '4:05',
      '1:02:03',
      '10:00:00',
      '0:00',
      '0:00',
    ]);
  });

  it("formatDate: short month, day and year in the reader's language", () => {
    const date = parseDate('2026-04-19')!;
    expect(formatDate(date, 'en')).to.equal('Apr 19, 2026');
    expect(formatDate(date, 'de')).to.equal('19. Apr. 2026');
    expect(formatDate(date, 'es')).to.match(/^19 abr 2026$/);
    expect(formatDate(date, 'not a language!')).to.equal('Apr 19, 2026');
    expect(formatDate(new Date(NaN), 'en')).to.equal('');
  });
});
