// Which transcript is shown: the reader's language first, then timed formats before untimed ones.
import { expect } from '@esm-bundle/chai';
import type { TranscriptRef } from '../../src/feed/model.js';
import { pickTranscript } from '../../src/transcript/pick-transcript.js';
import { formatOfRef, formatOfType, formatOfUrl, sniffFormat } from '../../src/transcript/transcript-format.js';

const ref = (url: string, type: string, language?: string): TranscriptRef =>
  language ? { url, type, language } : { url, type };

describe('formatOfRef', () => {
  it('knows application/srt and application/x-subrip (and the other SRT labels) as SRT', () => {
    for (const type of [
      'application/srt',
      'application/x-subrip',
      'text/srt',
      'application/x-srt',
      'Application/X-SubRip; charset=utf-8',
    ]) {
      expect(formatOfType(type), type).to.equal('srt');
    }
  });

  it('judges by extension when the type names no format, and prefers the extension over text/plain', () => {
    expect(formatOfRef(ref('https://x.example/ep1.srt', ''))).to.equal('srt');
    expect(formatOfRef(ref('https://x.example/ep1.vtt?token=1', 'application/octet-stream'))).to.equal('vtt');
    expect(formatOfRef(ref('https://x.example/ep1.SRT', 'text/plain'))).to.equal('srt');
    expect(formatOfRef(ref('https://x.example/ep1.htm#top', 'captions'))).to.equal('html');
    expect(formatOfRef(ref('https://x.example/ep1.txt', 'text/plain'))).to.equal('text');
    expect(formatOfRef(ref('https://x.example/transcript', 'application/pdf'))).to.equal(undefined);
    expect(formatOfUrl('https://x.example/a.json/b')).to.equal(undefined);
  });

  it('sniffs content: a WEBVTT header, JSON, SRT timing lines, HTML; nothing for plain text', () => {
    expect(sniffFormat('\uFEFFWEBVTT\n\n00:00.000 --> 00:01.000\nHi')).to.equal('vtt');
    expect(sniffFormat('  {"segments": []}')).to.equal('json');
    expect(sniffFormat('[ {"body": "x"} ]')).to.equal('json');
    expect(sniffFormat('1\n00:00:01,000 --> 00:00:02,000\nHi')).to.equal('srt');
    expect(sniffFormat('<cite>Travis:</cite>\n<time>0:00</time>')).to.equal('html');
    expect(sniffFormat('[00:01:02] Anna: hello')).to.equal(undefined);
    expect(sniffFormat('Just words.')).to.equal(undefined);
  });
});

describe('pickTranscript', () => {
  const html = ref('https://x.example/t.html', 'text/html');
  const text = ref('https://x.example/t.txt', 'text/plain');
  const srt = ref('https://x.example/t.srt', 'application/srt');
  const subrip = ref('https://x.example/t2.srt', 'application/x-subrip');
  const json = ref('https://x.example/t.json', 'application/json');
  const vtt = ref('https://x.example/t.vtt', 'text/vtt');

  it('prefers VTT, then JSON, then SRT, then HTML, then plain text', () => {
    expect(pickTranscript([text, html, srt, json, vtt])).to.equal(vtt);
    expect(pickTranscript([text, html, srt, json])).to.equal(json);
    expect(pickTranscript([text, html, srt])).to.equal(srt);
    expect(pickTranscript([text, html])).to.equal(html);
    expect(pickTranscript([text])).to.equal(text);
    expect(pickTranscript([])).to.equal(undefined);
  });

  it('ranks application/srt and application/x-subrip alike (feed order decides), and an .srt by its extension', () => {
    expect(pickTranscript([srt, subrip])).to.equal(srt);
    expect(pickTranscript([subrip, srt])).to.equal(subrip);
    const byExtension = ref('https://x.example/captions.srt', 'application/octet-stream');
    expect(pickTranscript([html, byExtension])).to.equal(byExtension);
    const plainSrt = ref('https://x.example/captions.srt', 'text/plain');
    expect(pickTranscript([html, plainSrt])).to.equal(plainSrt);
  });

  it("puts the reader's language before any format", () => {
    const germanVtt = ref('https://x.example/de.vtt', 'text/vtt', 'de');
    const englishText = ref('https://x.example/en.txt', 'text/plain', 'en');
    expect(pickTranscript([germanVtt, englishText], { language: 'en-GB' })).to.equal(englishText);
    expect(pickTranscript([germanVtt, englishText], { language: 'de-AT' })).to.equal(germanVtt);
  });

  it('prefers the exact tag over the same primary language, and either over a language it does not know', () => {
    const enUs = ref('https://x.example/us.srt', 'application/srt', 'en-US');
    const en = ref('https://x.example/en.srt', 'application/srt', 'EN');
    const unknownVtt = ref('https://x.example/none.vtt', 'text/vtt');
    expect(pickTranscript([en, enUs], { language: 'en-us' })).to.equal(enUs);
    expect(pickTranscript([unknownVtt, en], { language: 'en-us' })).to.equal(en);
  });

  it("takes a transcript without language to be in the feed's language, and uses the feed's language without a reader's", () => {
    const unlabelled = ref('https://x.example/t.srt', 'application/srt');
    const french = ref('https://x.example/fr.vtt', 'text/vtt', 'fr');
    // The feed is German, so the unlabelled SRT is German; the reader reads German.
    expect(pickTranscript([french, unlabelled], { language: 'de', feedLanguage: 'de-DE' })).to.equal(unlabelled);
    // No reader's language: the feed's decides.
    expect(pickTranscript([french, unlabelled], { feedLanguage: 'de' })).to.equal(unlabelled);
    expect(pickTranscript([french, unlabelled], { feedLanguage: 'fr' })).to.equal(french);
    // A reader of Spanish gets the best format of what there is.
    expect(pickTranscript([unlabelled, french], { language: 'es', feedLanguage: 'de' })).to.equal(french);
  });
});
