// The pure parts of the viewer: paragraphs, the segment at a time, search.
import { expect } from '@esm-bundle/chai';
import type { TranscriptSegment } from '../../src/transcript/model.js';
import { groupParagraphs } from '../../src/transcript/paragraphs.js';
import { foldForSearch, SearchIndex } from '../../src/transcript/text-search.js';
import { TimeIndex } from '../../src/transcript/time-index.js';

describe('groupParagraphs', () => {
  it('starts a paragraph at each speaker change and shows the name only then', () => {
    const segments: TranscriptSegment[] = [
      { speaker: 'Anna', text: 'One.', start: 0, end: 1 },
      { speaker: 'Anna', text: 'Two.', start: 1, end: 2 },
      { speaker: 'Ben', text: 'Three.', start: 2, end: 3 },
      { speaker: 'Ben', text: 'Four, after a long pause.', start: 10, end: 12 },
      { text: 'Nobody.', start: 12 },
    ];
    expect(groupParagraphs(segments)).to.deep.equal([
      { from: 0, to: 2, speaker: 'Anna', start: 0, showSpeaker: true },
      { from: 2, to: 3, speaker: 'Ben', start: 2, showSpeaker: true },
      { from: 3, to: 4, speaker: 'Ben', start: 10, showSpeaker: false },
      { from: 4, to: 5, start: 12, showSpeaker: false },
    ]);
  });

  it('breaks a long monologue at a sentence end after ~600 characters', () => {
    const sentence = 'This sentence is exactly fifty characters long ok. ';
    const segments = Array.from({ length: 40 }, (_, i) => ({
      speaker: 'Anna',
      text: sentence.trim(),
      start: i,
      end: i + 1,
    }));
    const paragraphs = groupParagraphs(segments);
    expect(paragraphs.length).to.be.within(3, 4);
    expect(paragraphs[0]!.to - paragraphs[0]!.from).to.equal(12);
    expect(paragraphs.every((p, i) => p.showSpeaker === (i === 0))).to.equal(true);
    expect(paragraphs[paragraphs.length - 1]!.to).to.equal(40);
  });
});

describe('TimeIndex', () => {
  const index = new TimeIndex([
    { text: 'a', start: 0.5 },
    { text: 'untimed' },
    { text: 'b', start: 2 },
    { text: 'c', start: 2 },
    { text: 'd', start: 7.25 },
  ]);

  it('finds the last segment started at or before the time, skipping untimed ones', () => {
    expect([0, 0.49, 0.5, 1.9, 2, 5, 7.25, 1e6].map((t) => index.segmentAt(t))).to.deep.equal([
      -1, -1, 0, 0, 3, 3, 4, 4,
    ]);
    expect(index.segmentAt(Number.NaN)).to.equal(-1);
    expect(index.size).to.equal(4);
  });
});

describe('SearchIndex', () => {
  const texts = ['Welcome to the Café,', 'said Anna. The café', 'is closed.', 'New paragraph about CAFES.'];
  const search = new SearchIndex(texts, [
    { from: 0, to: 3 },
    { from: 3, to: 4 },
  ]);

  it('ignores case and accents', () => {
    expect(search.find('cafe').map((m) => m.segment)).to.deep.equal([0, 1, 3]);
    expect(foldForSearch('Ærøskøbing İstanbul ÇA')).to.have.length('Ærøskøbing İstanbul ÇA'.length);
    expect(foldForSearch('Crème Brûlée')).to.equal('creme brulee');
  });

  it('finds a phrase across two segments of one paragraph, as pieces of each', () => {
    expect(search.find('the  café is')).to.deep.equal([
      {
        segment: 1,
        pieces: [
          { segment: 1, from: 11, to: 19 },
          { segment: 2, from: 0, to: 2 },
        ],
      },
    ]);
  });

  it('does not match across paragraphs, and finds nothing for an empty query', () => {
    expect(search.find('closed. new')).to.deep.equal([]);
    expect(search.find('   ')).to.deep.equal([]);
  });
});
