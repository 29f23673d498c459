// The one timestamp parser: each format's shapes, and the edges where the formats differ on purpose.
import { expect } from '@esm-bundle/chai';
import { CUE_CLOCK_PATTERN, NOTES_CLOCK_PATTERN, parseClock, type ClockFormat } from '../../src/time/parse-clock.js';

const FORMATS: ClockFormat[] = ['cue', 'cue-or-seconds', 'html-datetime', 'link', 'notes', 'feed'];

/** `[input, expected]` pairs read with one format, each checked on its own so a failure names the input. */
function expectAll(format: ClockFormat, cases: [unknown, number | undefined][]): void {
  for (const [input, expected] of cases) {
    expect(parseClock(input, format), `${format}: ${JSON.stringify(input)}`).to.equal(expected);
  }
}

describe('parseClock', () => {
  it('cue (WebVTT, SRT): hh:mm:ss.ttt, mm:ss.ttt, the SRT comma, one-digit fields', () => {
    expectAll('cue', [
      ['01:02:03.456', 3723.456],
      ['02:03.456', 123.456],
      ['01:02:03,456', 3723.456],
      ['00:00:05.000', 5],
      [' 00:00:05,000 ', 5],
      ['1:02', 62],
      ['0:0:1', 1],
      ['100:00:00.000', 360000],
    ]);
  });

  it('cue: refuses minutes or seconds of 60 and more (hour-less minutes too), bare numbers and junk', () => {
    expectAll('cue', [
      ['00:75:00,000', undefined],
      ['75:00.000', undefined],
      ['00:00:60.000', undefined],
      ['00:00:xx,000', undefined],
      ['83', undefined],
      ['83.5', undefined],
      ['1000:00:00.000', undefined],
      ['00:100:00.000', undefined],
      ['1:2:3:4', undefined],
      ['00::01', undefined],
      ['00:01.', undefined],
      ['-00:01.000', undefined],
      ['00:01 --> 00:02', undefined],
      ['', undefined],
    ]);
  });

  it('cue-or-seconds (JSON transcripts, <time> text): a cue clock, a string of seconds or a number', () => {
    expectAll('cue-or-seconds', [
      ['83.5', 83.5],
      ['0', 0],
      ['3723', 3723],
      [83.5, 83.5],
      [0, 0],
      ['0:53', 53],
      ['00:01:02,5', 62.5],
      [-1, undefined],
      [NaN, undefined],
      [Infinity, undefined],
      ['12s', undefined],
      ['1e3', undefined],
      [null, undefined],
      [{}, undefined],
    ]);
  });

  it('html-datetime: a cue clock or an ISO 8601 duration', () => {
    expectAll('html-datetime', [
      ['PT1M30S', 90],
      ['pt1h2m3.5s', 3723.5],
      ['PT45S', 45],
      ['00:01:30', 90],
      ['PT', undefined],
      ['P1D', undefined],
      ['90', undefined],
    ]);
  });

  it('link (start attribute, #t=): seconds, m:ss, h:mm:ss, the npt: prefix', () => {
    expectAll('link', [
      ['83', 83],
      ['83.5', 83.5],
      ['1:23', 83],
      ['01:23', 83],
      ['99:59', 5999],
      ['1:02:03', 3723],
      ['100:00:00', 360000],
      ['npt:1:23', 83],
      ['NPT:83', 83],
      [' 0 ', 0],
      ['7200', 7200],
    ]);
  });

  it('link: refuses commas, three-digit minutes, out-of-range fields and anything that is not digits', () => {
    expectAll('link', [
      ['83,5', undefined],
      ['1:02:03,5', undefined],
      ['123:45', undefined],
      ['1:75', undefined],
      ['1:60:00', undefined],
      ['1::2', undefined],
      ['1:2:3:4', undefined],
      ['12s', undefined],
      ['-5', undefined],
      ['1e3', undefined],
      ['npt:', undefined],
      [null, undefined],
      [undefined, undefined],
    ]);
  });

  it('notes (chapter lines): h:mm:ss and m:ss with up to three digits of minutes, no fraction', () => {
    expectAll('notes', [
      ['1:02:03', 3723],
      ['00:12:34', 754],
      ['12:34', 754],
      ['125:30', 7530],
      ['0:00', 0],
      ['12:75', undefined],
      ['1:60:00', undefined],
      ['12:34.5', undefined],
      ['83', undefined],
    ]);
  });

  it('feed (values feed-time.ts has tidied): decimal commas, fields over 59, a fourth field of frames', () => {
    expectAll('feed', [
      ['1:02:03', 3723],
      ['62:03', 3723],
      ['1:75', 135],
      ['3723', 3723],
      ['3723.5', 3723.5],
      ['2131,28', 2131.28],
      ['01:02:03.500', 3723.5],
      ['00:03:49:15', 229],
      ['1486746233', 1486746233],
      [3723.5, 3723.5],
      ['1:2:3:4:5', undefined],
      ['45 min', undefined],
      ['-1:00', undefined],
      ['', undefined],
    ]);
  });

  it('reads fractions as one decimal number, exactly as written', () => {
    expect(parseClock('00:01:45.77', 'link')).to.equal(105.77);
    expect(parseClock('2:33.545', 'link')).to.equal(153.545);
    expect(parseClock('00:24:41.928', 'cue')).to.equal(1481.928);
    expect(parseClock('00:01:29.201', 'feed')).to.equal(89.201);
    expect(parseClock('59.12', 'cue-or-seconds')).to.equal(59.12);
  });

  it('never gives NaN, Infinity or a negative number, whatever the format', () => {
    const junk: unknown[] = [
      NaN,
      -5,
      Infinity,
      '-1:00',
      '9'.repeat(400),
      `${'9'.repeat(400)}:00`,
      '1:xx',
      ':',
      '.',
      ',5',
      '1e999',
      'Infinity',
      null,
      undefined,
      {},
      [],
      true,
    ];
    for (const format of FORMATS) {
      for (const value of junk) {
        const seconds = parseClock(value, format);
        if (seconds === undefined) continue;
        expect(Number.isFinite(seconds) && seconds >= 0, `${format}: ${String(value)} gave ${seconds}`).to.equal(true);
      }
    }
  });
});

describe('the clock patterns that find a time inside a line', () => {
  it('NOTES_CLOCK_PATTERN finds what the notes format reads, and nothing with a fraction', () => {
    const leading = new RegExp(`^(${NOTES_CLOCK_PATTERN})(?![\\d:])`);
    const found = ['00:12:34 Intro', '1:02:03 – Topic', '125:30 Late topic', '12:34. Full stop', '12:345 no'].map(
      (line) => {
        const time = leading.exec(line)?.[1];
        return time === undefined ? undefined : parseClock(time, 'notes');
      },
    );
    expect(found).to.deep.equal([754, 3723, 7530, 754, undefined]);
  });

  it('CUE_CLOCK_PATTERN finds what the cue format reads', () => {
    const leading = new RegExp(`^\\[?(${CUE_CLOCK_PATTERN})\\]?(?:\\s|$)`);
    const found = ['[00:01:30] Anna: Hi', '1:02 text', '00:01:02,500 text', 'no time'].map((line) => {
      const time = leading.exec(line)?.[1];
      return time === undefined ? undefined : parseClock(time, 'cue');
    });
    expect(found).to.deep.equal([90, 62, 62.5, undefined]);
  });
});
