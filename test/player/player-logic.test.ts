import { expect } from '@esm-bundle/chai';
import { PLAYBACK_RATES, nextRate, stepRate } from '../../src/player/playback-steps.js';
import { chapterAt, nextChapterStart, previousChapterStart } from '../../src/player/chapter-navigation.js';
import { RETRY_DELAYS_MS, failureKind, retryDelay } from '../../src/player/retry-policy.js';
import { spokenTime } from '../../src/player/spoken-time.js';
import { strings } from '../../src/i18n/strings.js';
import type { Chapter } from '../../src/chapters/model.js';

describe('player logic', () => {
  it('the speed button cycles through the offered speeds; < and > stop at either end', () => {
    expect(nextRate(1)).to.equal(1.25);
    expect(nextRate(2)).to.equal(0.75);
    expect(nextRate(1.1)).to.equal(1.25);
    expect(stepRate(1, 1)).to.equal(1.25);
    expect(stepRate(1, -1)).to.equal(0.75);
    expect(stepRate(2, 1)).to.equal(2);
    expect(stepRate(0.75, -1)).to.equal(0.75);
    expect(stepRate(2.5, -1)).to.equal(2);
    expect(PLAYBACK_RATES[0]).to.equal(0.75);
  });

  it('says positions in words', () => {
    expect(spokenTime(250, strings)).to.equal('4 minutes 10 seconds');
    expect(spokenTime(1860, strings)).to.equal('31 minutes');
    expect(spokenTime(3601, strings)).to.equal('1 hour 1 second');
    expect(spokenTime(0, strings)).to.equal('0 seconds');
    expect(spokenTime(Number.NaN, strings)).to.equal('0 seconds');
    expect(spokenTime(61, strings)).to.equal('1 minute 1 second');
  });

  it('retries the network with growing waits, then gives up; a missing or broken file is not retried', () => {
    expect(RETRY_DELAYS_MS.length).to.be.at.least(3);
    const delays = RETRY_DELAYS_MS.map((_, i) => retryDelay(i)!);
    expect(delays).to.deep.equal([...delays].sort((a, b) => a - b));
    expect(retryDelay(RETRY_DELAYS_MS.length)).to.equal(undefined);
    expect(failureKind(2, false)).to.equal('network');
    expect(failureKind(2, true)).to.equal('network');
    expect(failureKind(4, true), 'a reload that finds the server gone').to.equal('network');
    expect(failureKind(4, false), '404 or a format the browser cannot play').to.equal('unplayable');
    expect(failureKind(3, true), 'a broken file').to.equal('unplayable');
    expect(failureKind(0, false)).to.equal('unplayable');
  });

  const chapters: Chapter[] = [
    { start: 0, title: 'Intro' },
    { start: 60, title: 'Interview' },
    { start: 120, end: 150, title: 'News' },
    { start: 160, title: 'Outro' },
  ];

  it('moves between chapters like track skipping: well into a chapter, "previous" restarts it', () => {
    expect(nextChapterStart(chapters, 10)).to.equal(60);
    expect(nextChapterStart(chapters, 60)).to.equal(120);
    expect(nextChapterStart(chapters, 170)).to.equal(undefined);
    expect(previousChapterStart(chapters, 90)).to.equal(60);
    expect(previousChapterStart(chapters, 61)).to.equal(0);
    expect(previousChapterStart(chapters, 2)).to.equal(0);
    expect(previousChapterStart(chapters, 155), 'in the gap after News').to.equal(120);
    expect(previousChapterStart([], 50)).to.equal(undefined);
    expect(chapterAt(chapters, 130)?.title).to.equal('News');
    expect(chapterAt(chapters, 155)).to.equal(undefined);
  });
});
