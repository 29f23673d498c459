// Each format's parser on the Podcasting 2.0 example files (real episodes, except the JSON toy) and on written
// files that use what the formats allow: voice spans, cue settings, NOTE blocks, "Speaker:" prefixes, <cite>/<time>.
import { expect } from '@esm-bundle/chai';
import { parseHtml } from '../../src/transcript/parse-html.js';
import { parseJsonTranscript } from '../../src/transcript/parse-json.js';
import { parseSrt } from '../../src/transcript/parse-srt.js';
import { parsePlainText } from '../../src/transcript/parse-text.js';
import { parseVtt } from '../../src/transcript/parse-vtt.js';
import type { Transcript } from '../../src/transcript/model.js';
import { exampleUrl, fetchText, fixtureText } from './helpers.js';

const speakers = (t: Transcript) => [...new Set(t.segments.map((s) => s.speaker))];

describe('the Podcasting 2.0 example transcripts', () => {
  it('WebVTT: 7 cues, all Sarah and Gillian from their voice spans, times in seconds, &amp; decoded', async () => {
    const t = parseVtt(await fetchText(exampleUrl('vtt')));
    expect(t.timed).to.equal(true);
    expect(t.warnings).to.deep.equal([]);
    expect(t.segments).to.have.length(7);
    expect(t.segments[0]).to.deep.equal({
      text: "In today's episode, you'll learn whether or not you",
      speaker: 'Sarah',
      start: 0,
      end: 2.76,
    });
    expect(t.segments[2]!.text).to.equal('include in one? Welcome to Podcasting Q&A, where you learn');
    expect(t.segments[5]).to.deep.equal({
      text: 'Hi Buzzsprout, Gillian here from breaking through',
      speaker: 'Gillian',
      start: 19.08,
      end: 21.45,
    });
    expect(speakers(t)).to.deep.equal(['Sarah', 'Gillian']);
  });

  it('SRT: 222 cards, "Travis:" prefixes name the speaker until the next name, comma milliseconds', async () => {
    const t = parseSrt(await fetchText(exampleUrl('srt')));
    expect(t.timed).to.equal(true);
    expect(t.warnings).to.deep.equal([]);
    expect(t.segments).to.have.length(222);
    expect(t.segments[0]).to.deep.equal({
      text: "When you first get started in podcasting, it's",
      speaker: 'Travis',
      start: 0.179,
      end: 2.399,
    });
    // Card 2 names nobody: Travis is still speaking.
    expect(t.segments[1]!.speaker).to.equal('Travis');
    expect(speakers(t)).to.deep.equal(['Travis', 'Sarah', 'Gilon']);
    const last = t.segments[221]!;
    expect(last).to.deep.include({
      text: 'best thing to do is to batch your episodes.',
      speaker: 'Travis',
      start: 752.671,
      end: 754.769,
    });
    // No speaker name is left in the text.
    expect(t.segments.filter((s) => /^(Travis|Sarah|Gilon):/.test(s.text))).to.deep.equal([]);
  });

  it('HTML: 10 paragraphs from <cite>, <time> and <p>, entities decoded', async () => {
    const t = parseHtml(await fetchText(exampleUrl('html')));
    expect(t.timed).to.equal(true);
    expect(t.segments).to.have.length(10);
    expect(t.segments.map((s) => [s.speaker, s.start])).to.deep.equal([
      ['Travis', 0],
      ['Sarah', 53],
      ['Travis', 102],
      ['Gilon', 219],
      ['Travis', 263],
      ['Gilon', 322],
      ['Travis', 376],
      ['Sarah', 562],
      ['Gilon', 617],
      ['Travis', 691],
    ]);
    expect(t.segments[0]!.text).to.match(/^When you first get started in podcasting, it's almost guaranteed/);
    expect(t.segments.some((s) => s.text.includes('&#39;'))).to.equal(false);
  });

  it('JSON: the word-by-word example becomes "I am your father." (Darth Vader) and "Nooooo" (Luke)', async () => {
    const t = parseJsonTranscript(await fetchText(exampleUrl('json')));
    expect(t.segments).to.deep.equal([
      { text: 'I am your father.', speaker: 'Darth Vader', start: 0.5, end: 2.5 },
      { text: 'Nooooo', speaker: 'Luke', start: 2.75, end: 3 },
    ]);
    expect(t.warnings).to.deep.equal([]);
  });
});

describe('parseVtt', () => {
  it('reads BOM, CRLF, header text, NOTE/STYLE/REGION blocks, cue ids and settings, hour-less times, tags', async () => {
    const t = parseVtt(await fixtureText('everything.vtt'));
    expect(t.warnings).to.deep.equal([]);
    expect(t.segments.map((s) => s.text)).to.deep.equal([
      'Welcome to Podcasting Q&A.',
      'Today: trailers, and why you need one.',
      'And a second cue from Sarah, without a voice span.',
      'Hi, Gillian here.',
      'Hello Gillian!',
      'Do we need a podcast trailer?',
      'An hour later <still> here.',
    ]);
    // "Today:" after a voice span is text, not a speaker; a cue without a voice span keeps the last speaker.
    expect(t.segments.map((s) => s.speaker)).to.deep.equal([
      'Sarah',
      'Sarah',
      'Sarah',
      'Gillian',
      'Sarah',
      'Gillian',
      'Sarah',
    ]);
    expect(t.segments[0]).to.include({ start: 0, end: 2.5 });
    expect(t.segments[6]).to.include({ start: 3600, end: 3601.5 });
  });

  it('divides a cue with two voices between them by the length of what each says', async () => {
    const t = parseVtt(await fixtureText('everything.vtt'));
    const [gillian, sarah] = [t.segments[3]!, t.segments[4]!];
    expect(gillian.start).to.equal(6);
    expect(sarah.end).to.equal(10);
    expect(gillian.end).to.equal(sarah.start);
    // "Hi, Gillian here." is 17 characters of 31.
    expect(gillian.end).to.be.closeTo(6 + (4 * 17) / 31, 1e-9);
  });

  it('starts a new cue at a timing line even without the blank line before it', async () => {
    const t = parseVtt(await fixtureText('missing-blank-lines.vtt'));
    expect(t.segments.map((s) => [s.speaker, s.text, s.start])).to.deep.equal([
      ['Anna', 'One.', 0],
      ['Ben', 'Two.', 1],
      ['Ben', 'Three.', 2],
    ]);
  });

  it('reads "Speaker:" prefixes in cues without voice spans, as some VTT generators write them', () => {
    const t = parseVtt(
      'WEBVTT\n\n00:01.000 --> 00:02.000\nSPEAKER_00: Hello.\n\n00:02.000 --> 00:03.000\nSpeaker 2: Hi.\n',
    );
    expect(t.segments.map((s) => [s.speaker, s.text])).to.deep.equal([
      ['SPEAKER_00', 'Hello.'],
      ['Speaker 2', 'Hi.'],
    ]);
  });
});

describe('parseSrt', () => {
  it('ignores numbering, reads dots as commas, joins text after a blank line, strips <i>, <font> and {\\an8}', async () => {
    const t = parseSrt(await fixtureText('sloppy.srt'));
    expect(t.warnings).to.deep.equal([]);
    expect(t.segments.map((s) => [s.speaker, s.text, s.start])).to.deep.equal([
      ['Anna', 'Welcome back.', 0.25],
      ['Anna', 'The captions are yellow and this line came after a blank line.', 2],
      ['Ben', 'A card without a number.', 4],
      // Out-of-order cards are put in time order; "So here's the thing:" is not a speaker.
      ['Ben', "- So here's the thing: the order was wrong.", 6],
      ['Anna', 'This card came before its time.', 8],
    ]);
  });

  it('splits cards written without blank lines between them, number lines included', async () => {
    const t = parseSrt(await fixtureText('missing-blank-lines.srt'));
    expect(t.segments).to.deep.equal([
      { text: 'First card, two lines.', speaker: 'Anna', start: 0.5, end: 2 },
      { text: 'second card.', speaker: 'Anna', start: 2, end: 4 },
      { text: 'Third card.', speaker: 'Ben', start: 4, end: 6 },
    ]);
  });

  it('reads windows-1252 files (old subtitle tools) even when the server says UTF-8', async () => {
    const t = parseSrt(await fixtureText('windows-1252.srt'));
    expect(t.segments[0]!.text).to.equal('Café crème – “quoted”');
  });

  it('knows a speaker from a sentence: names are capitalised words before the colon', () => {
    const t = parseSrt(
      [
        '1\n00:00:01,000 --> 00:00:02,000\nDr. Tim: Hello.',
        '2\n00:00:02,000 --> 00:00:03,000\nJean de la Fontaine: Bonjour.',
        '3\n00:00:03,000 --> 00:00:04,000\nThe answer is simple: no.',
        '4\n00:00:04,000 --> 00:00:05,000\n>> ADAM: Closed-caption style.',
        '5\n00:00:05,000 --> 00:00:06,000\nNote: not a speaker.',
        '6\n00:00:06,000 --> 00:00:07,000\nhttps://example.com: not a speaker either.',
      ].join('\n\n'),
    );
    expect(t.segments.map((s) => s.speaker)).to.deep.equal([
      'Dr. Tim',
      'Jean de la Fontaine',
      'Jean de la Fontaine',
      'ADAM',
      'ADAM',
      'ADAM',
    ]);
    expect(t.segments[2]!.text).to.equal('The answer is simple: no.');
    expect(t.segments[4]!.text).to.equal('Note: not a speaker.');
  });
});

describe('parseJsonTranscript', () => {
  it('merges word-by-word segments into sentences per speaker, at punctuation and pauses', async () => {
    const t = parseJsonTranscript(await fixtureText('words.json'));
    expect(t.segments).to.deep.equal([
      { text: 'Hello, and welcome.', speaker: 'Anna', start: 0, end: 1.3 },
      { text: "It's episode twelve!", speaker: 'Anna', start: 1.4, end: 2.3 },
      { text: 'Thanks Anna', speaker: 'Ben', start: 2.5, end: 3 },
      // 3 s of silence ends the sentence though it has no full stop.
      { text: 'after a pause', speaker: 'Ben', start: 6, end: 7 },
    ]);
  });

  it('keeps sentence-level segments as they are, times as numbers, strings or clocks', () => {
    const t = parseJsonTranscript(
      JSON.stringify({
        version: '1.0.0',
        segments: [
          { speaker: 'Anna', startTime: 0, endTime: 4.2, body: 'A whole sentence here.' },
          { speaker: 'Ben', startTime: '4.2', endTime: '00:00:09.5', body: 'And a reply to it.' },
          { startTime: 9.5, body: 'Nobody named.' },
        ],
      }),
    );
    expect(t.segments).to.deep.equal([
      { text: 'A whole sentence here.', speaker: 'Anna', start: 0, end: 4.2 },
      { text: 'And a reply to it.', speaker: 'Ben', start: 4.2, end: 9.5 },
      { text: 'Nobody named.', start: 9.5 },
    ]);
  });

  it('accepts a bare array of segments', () => {
    const t = parseJsonTranscript(
      '[{"startTime": 1, "body": "One sentence, alone."}, {"startTime": 2, "body": "Another one."}]',
    );
    expect(t.segments.map((s) => s.text)).to.deep.equal(['One sentence, alone.', 'Another one.']);
  });
});

describe('parseHtml', () => {
  it('reads documents: skips head, scripts, styles and comments; <b>Name:</b> and <br> lines name speakers; datetime', async () => {
    const t = parseHtml(await fixtureText('document.html'));
    expect(t.segments).to.deep.equal([
      { text: 'Episode 12' },
      { text: 'The opening & the welcome.', speaker: 'Anna', start: 90 },
      { text: 'A reply.', speaker: 'Ben' },
      { text: 'A second line by Anna. still Anna.', speaker: 'Anna' },
      { text: 'From the div.', speaker: 'Ben', start: 125 },
    ]);
    expect(t.timed).to.equal(true);
  });

  it('is untimed without <time>, and a lone "<" is text', () => {
    const t = parseHtml('<p>Anna: 3 < 4, she said.</p><p>And more.</p>');
    expect(t.timed).to.equal(false);
    expect(t.segments).to.deep.equal([
      { text: '3 < 4, she said.', speaker: 'Anna' },
      { text: 'And more.', speaker: 'Anna' },
    ]);
  });
});

describe('parsePlainText', () => {
  it('makes paragraphs, reads "Name:" lines, [hh:mm:ss] stamps and "Name  m:ss" headings', async () => {
    const t = parsePlainText(await fixtureText('plain.txt'));
    expect(t.segments).to.deep.equal([
      { text: "Hello and welcome. This line continues Anna's paragraph.", speaker: 'Anna' },
      { text: "Hi Anna. So here's the thing: this colon is not a speaker.", speaker: 'Ben' },
      { text: 'A timestamped line.', speaker: 'Anna', start: 90 },
      { text: 'Carla speaks from two minutes five, over two lines.', speaker: 'Carla Smith', start: 125 },
      { text: 'A paragraph without a speaker.', speaker: 'Carla Smith' },
    ]);
  });

  it('is untimed when nothing has a time', () => {
    const t = parsePlainText('First paragraph,\nwrapped.\n\nSecond one.');
    expect(t).to.deep.equal({
      timed: false,
      segments: [{ text: 'First paragraph, wrapped.' }, { text: 'Second one.' }],
      warnings: [],
    });
  });
});
