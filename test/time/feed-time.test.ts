// Feed times: the shapes real feeds write around the clock grammar (the 67,741 real itunes:duration values are
// read in test/episode/time.test.ts, beside ../shared).
import { expect } from '@esm-bundle/chai';
import { MAX_DURATION_SECONDS, parseDuration, parseFeedTime } from '../../src/time/feed-time.js';

describe('parseFeedTime', () => {
  const cases: [unknown, number | undefined][] = [
    ['1:02:03', 3723],
    ['62:03', 3723],
    ['1:75', 135],
    ['3723', 3723],
    ['3723.5', 3723.5],
    ['2131,28', 2131.28],
    ['00:03:49:15', 229],
    ['1:59:494', 119.494],
    ['1.58.00', 7080],
    ['1 h 2 min', 3720],
    ['1h 2m', 3720],
    ['45 min', 2700],
    ['45:10 min', 2710],
    ['1 hour and 5 minutes', 3900],
    ['1 Hour 9', 4140],
    ['Duration: 45:10', 2710],
    ['(1:02:03)', 3723],
    ['"45:10"', 2710],
    ['1 : 02 ; 03', 3723],
    ['1：02：03', 3723],
    ['<span>1:00:57</span>', 3657],
    ['58:24:00', 3504],
    [3723.5, 3723.5],
    [MAX_DURATION_SECONDS, MAX_DURATION_SECONDS],
    [MAX_DURATION_SECONDS + 1, undefined],
    ['49:00:00', 2940],
    ['1486746233', undefined],
    ['Two hours', undefined],
    ['https://example.com/1:02:03', undefined],
    ['-1:00', undefined],
    [-5, undefined],
    [NaN, undefined],
    [null, undefined],
    ['', undefined],
  ];
  for (const [value, expected] of cases) {
    it(`reads ${JSON.stringify(value)} as ${expected}`, () => {
      expect(parseFeedTime(value)).to.equal(expected);
    });
  }

  it('parseDuration rounds it to whole seconds', () => {
    expect(['1:02:03', '3723.5', '01:02:03.499', '45 min', 'soon'].map(parseDuration)).to.deep.equal([
      3723,
      3724,
      3723,
      2700,
      undefined,
    ]);
  });
});
