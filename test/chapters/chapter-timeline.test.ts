import { expect } from '@esm-bundle/chai';
import { finishChapters } from '../../src/chapters/finish-chapters.js';
import { chapterIndexAt } from '../../src/chapters/chapter-at.js';
import type { Chapter } from '../../src/chapters/model.js';

describe('finishChapters: sorted, ended, titled', () => {
  it('sorts by start, keeping the source order of chapters that start together', () => {
    const chapters = finishChapters([
      { start: 30, title: 'C' },
      { start: 10, title: 'A' },
      { start: 10, title: 'B' },
    ]);
    expect(chapters.map((c) => c.title)).to.deep.equal(['A', 'B', 'C']);
  });

  it('ends each chapter at the next later start, the last at the duration', () => {
    expect(
      finishChapters(
        [
          { start: 0, title: 'A' },
          { start: 0, title: 'B' },
          { start: 50, title: 'C' },
        ],
        90,
      ),
    ).to.deep.equal([
      { start: 0, end: 50, title: 'A' },
      { start: 0, end: 50, title: 'B' },
      { start: 50, end: 90, title: 'C' },
    ]);
  });

  it('keeps an end the source gives when it is after the start; ignores a duration before the last start', () => {
    expect(
      finishChapters(
        [
          { start: 0, end: 20, title: 'A' },
          { start: 60, end: 50, title: 'B' },
        ],
        40,
      ),
    ).to.deep.equal([
      { start: 0, end: 20, title: 'A' },
      { start: 60, title: 'B' },
    ]);
  });

  it('names untitled chapters by their place in the list', () => {
    const untitled = { start: 5, title: ' ' } as Chapter;
    const missing = { start: 7 } as Chapter;
    expect(finishChapters([missing, { start: 0, title: 'A' }, untitled]).map((c) => c.title)).to.deep.equal([
      'A',
      'Chapter 2',
      'Chapter 3',
    ]);
  });
});

describe('chapterIndexAt: the chapter playing now', () => {
  const chapters: Chapter[] = [
    { start: 10, end: 100, title: 'A' },
    { start: 100, end: 200, title: 'B' },
    { start: 300, end: 400, title: 'C' },
  ];

  it('is the last chapter that has started', () => {
    expect([10, 50, 99.7, 100, 150, 300, 350].map((t) => chapterIndexAt(chapters, t))).to.deep.equal([
      0, 0, 0, 1, 1, 2, 2,
    ]);
  });

  it('counts a position a hair before a start (where a seek may land) as that chapter', () => {
    expect(chapterIndexAt(chapters, 99.8)).to.equal(1);
    expect(chapterIndexAt(chapters, 99.5)).to.equal(0);
  });

  it('is none before the first chapter, in a gap between chapters, and for an invalid time', () => {
    expect([0, 9, 250, Number.NaN, Number.POSITIVE_INFINITY].map((t) => chapterIndexAt(chapters, t))).to.deep.equal([
      -1, -1, -1, -1, -1,
    ]);
    expect(chapterIndexAt([], 10)).to.equal(-1);
  });

  it("keeps the last chapter current to the end of the audio, past the end the feed's duration gave it", () => {
    expect(chapterIndexAt(chapters, 420)).to.equal(2);
  });
});
