// Malformed transcripts: what can be read comes out, with a warning when something could not; nothing throws.
import { expect } from '@esm-bundle/chai';
import { parseTranscript } from '../../src/transcript/parse-transcript.js';
import type { TranscriptFormat } from '../../src/transcript/transcript-format.js';
import { exampleUrl, fetchText, fixtureText } from './helpers.js';

describe('malformed transcript files', () => {
  it('truncated WebVTT: every complete cue and the cut-off text; the cut timing line is dropped', async () => {
    const t = parseTranscript(await fixtureText('truncated.vtt'), 'vtt');
    expect(t.segments).to.deep.equal([
      { text: 'The first cue is complete.', speaker: 'Anna', start: 0, end: 3 },
      { text: 'The second one is cut off in the mid', speaker: 'Anna', start: 3, end: 6 },
    ]);
  });

  it('bad timestamps: the cards keep their text without a time, with a warning saying how many', async () => {
    const t = parseTranscript(await fixtureText('bad-timestamps.srt'), 'srt');
    expect(t.segments.map((s) => [s.text, s.start])).to.deep.equal([
      ['A good first card.', 1],
      ["This card's start time is unreadable.", undefined],
      ['Back to normal.', 5],
      ['Minutes over fifty-nine.', undefined],
      ['And the last card.', 9],
    ]);
    expect(t.timed).to.equal(true);
    expect(t.warnings).to.deep.equal([{ code: 'bad-times', count: 2 }]);
  });

  it('binary junk inside a WebVTT file: the junk lines are dropped with a warning, all 40 cues read', async () => {
    const t = parseTranscript(await fixtureText('binary-junk.vtt'), 'vtt');
    expect(t.segments).to.have.length(40);
    expect(t.segments[19]).to.deep.equal({ text: 'Cue 19 is fine.', speaker: 'Anna', start: 19, end: 20 });
    expect(t.segments[20]).to.deep.equal({ text: 'Cue 20 is fine.', speaker: 'Ben', start: 20, end: 21 });
    expect(t.warnings).to.deep.equal([{ code: 'junk-lines', count: 2 }]);
  });

  it('a file that is not text at all: no segments and a warning', async () => {
    const t = parseTranscript(await fixtureText('not-text.srt'), 'srt');
    expect(t).to.deep.equal({ timed: false, segments: [], warnings: [{ code: 'not-text' }] });
  });

  it('empty and blank files, and a WebVTT file with no cues: nothing, no warning', async () => {
    for (const [file, format] of [
      ['empty.vtt', 'vtt'],
      ['blank.srt', 'srt'],
      ['header-only.vtt', 'vtt'],
    ] as const) {
      expect(parseTranscript(await fixtureText(file), format), file).to.deep.equal({
        timed: false,
        segments: [],
        warnings: [],
      });
    }
  });

  it('plain text served as SRT: shown as text, saying it has no cues', () => {
    const t = parseTranscript('Anna: We never wrote timestamps.\n\nBen: Indeed.', 'srt');
    expect(t.segments).to.deep.equal([
      { text: 'We never wrote timestamps.', speaker: 'Anna' },
      { text: 'Indeed.', speaker: 'Ben' },
    ]);
    expect(t.warnings).to.deep.equal([{ code: 'no-cues' }]);
  });

  it('truncated JSON: the complete segments before the cut, with a warning', async () => {
    const t = parseTranscript(await fixtureText('truncated.json'), 'json');
    expect(t.segments).to.deep.equal([
      { text: 'A whole sentence {with braces} in it.', speaker: 'Anna', start: 0, end: 4.5 },
      { text: 'Another "quoted" sentence.', speaker: 'Ben', start: 4.5, end: 9 },
    ]);
    expect(t.warnings).to.deep.equal([{ code: 'broken-json', count: 2 }]);
  });

  it('JSON with odd shapes: non-objects, missing bodies, bad times and speakers are skipped or left out', async () => {
    const t = parseTranscript(await fixtureText('odd-shapes.json'), 'json');
    expect(t.segments).to.deep.equal([
      { text: 'Clock times as strings.', speaker: 'Anna', start: 62.5, end: 64 },
      { text: 'Unreadable time and speaker.' },
      { text: 'Negative start.', speaker: 'Ben' },
    ]);
  });

  it('JSON without segments says so', async () => {
    const t = parseTranscript(await fixtureText('no-segments.json'), 'json');
    expect(t).to.deep.equal({ timed: false, segments: [], warnings: [{ code: 'no-segments' }] });
  });

  it('UTF-16 with a byte order mark (Windows editors) reads like UTF-8', async () => {
    const t = parseTranscript(await fixtureText('utf-16.vtt'), 'vtt');
    expect(t.segments).to.deep.equal([{ text: 'Grüß Gott, ça va?', speaker: 'Zoë', start: 0, end: 1 }]);
  });
});

describe('the content wins over the label', () => {
  for (const [file, label] of [
    ['vtt', 'srt'],
    ['srt', 'vtt'],
    ['json', 'text'],
    ['vtt', 'html'],
    ['srt', 'text'],
  ] as const) {
    it(`a ${file.toUpperCase()} file labelled ${label} is read as ${file.toUpperCase()}`, async () => {
      const text = await fetchText(exampleUrl(file));
      const expected = parseTranscript(text, file);
      expect(expected.segments.length).to.be.greaterThan(1);
      expect(parseTranscript(text, label)).to.deep.equal(expected);
    });
  }
});

describe('parseTranscript never throws', () => {
  const formats: TranscriptFormat[] = ['vtt', 'srt', 'json', 'html', 'text'];

  it('on every example file cut at 200 places, read as every format', async function () {
    let parsed = 0;
    for (const extension of ['vtt', 'srt', 'html', 'json'] as const) {
      const text = await fetchText(exampleUrl(extension));
      for (let i = 1; i <= 200; i++) {
        const cut = text.slice(0, Math.floor((text.length * i) / 200));
        for (const format of formats) {
          const t = parseTranscript(cut, format);
          expect(t.segments.every((s) => s.text.trim().length > 0)).to.equal(true);
          parsed++;
        }
      }
    }
    expect(parsed).to.equal(4 * 200 * 5);
  });

  it('on random bytes and random mixes of transcript syntax', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pieces = [
      'WEBVTT',
      '\n',
      '\n\n',
      '-->',
      ' --> ',
      '00:00:01.000',
      '1:02',
      ',500',
      '<v Anna>',
      '</v>',
      '<p>',
      '<cite>',
      '</cite>',
      '<time>',
      '</time>',
      '{',
      '}',
      '[',
      ']',
      '"body":',
      '"startTime":',
      '"segments":',
      ':',
      'Anna:',
      '&amp;',
      '&#',
      '\uFEFF',
      '\u0000',
      'NOTE',
      ' ',
    ];
    for (let run = 0; run < 300; run++) {
      let text = '';
      const length = Math.floor(random() * 80);
      for (let i = 0; i < length; i++) {
        text +=
          random() < 0.7
            ? pieces[Math.floor(random() * pieces.length)]
            : String.fromCharCode(Math.floor(random() * 0xffff));
      }
      for (const format of [...formats, undefined]) {
        const t = parseTranscript(text, format);
        expect(t.segments).to.be.an('array');
        expect(t.warnings).to.be.an('array');
        // Timed segments come in time order (following playback depends on it).
        const starts = t.segments.flatMap((s) => (s.start === undefined ? [] : [s.start]));
        expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
      }
    }
  });
});
