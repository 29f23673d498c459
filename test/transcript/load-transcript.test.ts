// Fetching transcripts over real HTTP: through the widget's proxy, refused by CORS, missing, unreachable; and the
// real feeds that carry transcripts, their remote files stood in for by /test-api/local-copy.
import { expect } from '@esm-bundle/chai';
import type { TranscriptRef } from '../../src/feed/model.js';
import { loadTranscript } from '../../src/transcript/load-transcript.js';
import { pickTranscript } from '../../src/transcript/pick-transcript.js';
import { formatOfRef } from '../../src/transcript/transcript-format.js';
import { TRIMMED, readFeedFile } from '../support/feeds.js';
import { exampleUrl, fixtureUrl, testConfig } from './helpers.js';

const LOCAL_COPY = '/test-api/local-copy?url={url}';
/** A unique query, so the loader's page-wide cache never answers for another test. */
const fresh = (url: string) => `${url}${url.includes('?') ? '&' : '?'}t=${Math.random().toString(36).slice(2)}`;

describe('loadTranscript', () => {
  it('loads and parses a file from another origin that allows it (CORS)', async () => {
    const ref: TranscriptRef = {
      url: fresh(await fixtureUrl('missing-blank-lines.srt')),
      type: 'application/x-subrip',
    };
    const result = await loadTranscript(ref);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.ref).to.equal(ref);
    expect(result.transcript.segments.map((s) => s.text)).to.deep.equal([
      'First card, two lines.',
      'second card.',
      'Third card.',
    ]);
  });

  it('says the server does not allow other sites when it sends no CORS headers', async () => {
    const { crossOrigin } = await testConfig();
    const result = await loadTranscript({
      url: fresh(`${crossOrigin}/nocors/test/fixtures/transcripts/sloppy.srt`),
      type: 'application/srt',
    });
    expect(result).to.deep.include({ ok: false, code: 'cors' });
    if (result.ok) return;
    expect(result.reason).to.equal(`Its server (${new URL(crossOrigin).host}) does not allow other sites to read it.`);
  });

  it('says the file was not found on 404, and what status other errors had', async () => {
    const missing = await loadTranscript({
      url: fresh('/test/fixtures/transcripts/no-such-file.vtt'),
      type: 'text/vtt',
    });
    expect(missing).to.deep.include({
      ok: false,
      code: 'http',
      status: 404,
      reason: 'The file was not found (HTTP 404).',
    });
    const broken = await loadTranscript({ url: fresh('/test-api/status/503'), type: 'text/vtt' });
    expect(broken).to.deep.include({
      ok: false,
      code: 'http',
      status: 503,
      reason: 'Its server answered with an error (HTTP 503).',
    });
  });

  it('says the server could not be reached when the connection drops', async () => {
    const result = await loadTranscript({ url: fresh('/test-api/drop'), type: 'text/vtt' });
    expect(result).to.deep.include({ ok: false, code: 'network', reason: 'Its server could not be reached.' });
  });

  it('fetches once per file for the whole page, and forgets failures so a retry fetches again', async () => {
    const ref: TranscriptRef = { url: fresh(await fixtureUrl('missing-blank-lines.vtt')), type: 'text/vtt' };
    expect(loadTranscript(ref)).to.equal(loadTranscript({ ...ref }));
    const failing: TranscriptRef = { url: fresh('/test-api/status/500'), type: 'text/vtt' };
    const first = loadTranscript(failing);
    await first;
    expect(loadTranscript(failing)).not.to.equal(first);
  });

  it('goes through the proxy template, as the widget does for every fetch', async () => {
    // The example file's remote URL does not exist here; the proxy serves the local copy.
    const result = await loadTranscript(
      { url: 'https://transcripts.example.org/episode-1.vtt', type: 'text/vtt' },
      fresh(LOCAL_COPY),
    );
    expect(result.ok, JSON.stringify(result)).to.equal(true);
  });
});

describe('real feeds that carry transcripts', () => {
  // What each feed's picks are, and what their local copy (the example file of that format) reads as. The large
  // feeds are their committed trimmed copies (test/fixtures/feeds/README.md).
  const FEEDS = [
    { file: TRIMMED.pc20rss, episodes: 5, format: 'srt', segments: 222 },
    { file: TRIMMED.noAgenda, episodes: 3, format: 'srt', segments: 222 },
    // Two episodes offer WebVTT beside SRT: WebVTT is picked there.
    { file: TRIMMED.themnshow, episodes: 8, format: 'srt', segments: 222, vtt: 2 },
    // A German feed whose transcript names no language: it is German, and still the one to show to an English reader.
    { file: 'podlove__metalove__podlovers.xml', episodes: 1, format: 'vtt', segments: 7 },
  ];

  for (const expected of FEEDS) {
    it(`${expected.file}: every episode's pick loads through /test-api/local-copy`, async () => {
      const feed = await readFeedFile(expected.file);
      const withTranscripts = feed.episodes.filter((e) => e.transcripts.length);
      expect(withTranscripts).to.have.length(expected.episodes);
      const picks = withTranscripts.map((e) =>
        pickTranscript(e.transcripts, { language: 'en', feedLanguage: feed.podcast.language })!,
      );
      const formats = picks.map(formatOfRef);
      expect(formats.filter((f) => f === 'vtt').length).to.equal(
        expected.vtt ?? (expected.format === 'vtt' ? expected.episodes : 0),
      );
      const results = await Promise.all(picks.map((ref) => loadTranscript(ref, LOCAL_COPY)));
      for (const result of results) {
        expect(result.ok, JSON.stringify(result)).to.equal(true);
        if (!result.ok) continue;
        const format = formatOfRef(result.ref);
        expect(result.transcript.segments.length).to.equal(format === 'vtt' ? 7 : expected.segments);
        expect(result.transcript.timed).to.equal(true);
        expect(result.transcript.warnings).to.deep.equal([]);
      }
    });
  }

  it('the example files are what the local copies serve', async () => {
    const direct = await loadTranscript({ url: exampleUrl('srt'), type: 'application/srt' });
    const copied = await loadTranscript(
      { url: 'https://mp3s.nashownotes.com/PC20-11-Captions.srt', type: 'application/srt' },
      LOCAL_COPY,
    );
    expect(direct.ok && copied.ok && copied.transcript).to.deep.equal(direct.ok && direct.transcript);
  });
});
