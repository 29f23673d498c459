import { expect } from '@esm-bundle/chai';
import { loadChapters } from '../../src/chapters/load-chapters.js';
import type { Episode, Feed } from '../../src/feed/model.js';
import { TRIMMED, readFeedFile } from '../support/feeds.js';
import { EXAMPLE_OUTLINE, expectWellFormed, fixtureUrl, outline, requestCount, testConfig } from './helpers.js';

/** Stands in for the real feeds' remote chapters files: the Podcasting 2.0 example file (see test-server.mjs). */
const LOCAL_COPY = '/test-api/local-copy?url={url}';

/** An episode with nothing but what chapters are read from. */
function episodeWith(fields: Partial<Episode>): Episode {
  return {
    id: 'test',
    title: 'Test episode',
    notesHtml: '',
    notesText: '',
    persons: [],
    transcripts: [],
    inlineChapters: [],
    soundbites: [],
    keywords: [],
    topics: [],
    ...fields,
  };
}

/** A unique URL, so request counts and the page-wide cache see each test's file afresh. */
function fresh(url: string): string {
  return `${url}?test=${Math.random().toString(36).slice(2)}`;
}

const NOTES_CHAPTERS = '<p>0:00 From the notes<br>5:00 Also from the notes</p>';

describe('loadChapters: the best source an episode has', () => {
  describe('podcast:chapters JSON in real feeds, through the local-copy proxy', () => {
    const withJson = [TRIMMED.linuxUnplugged, TRIMMED.pc20rss, TRIMMED.themnshow];
    const feeds: Record<string, Feed> = {};
    before(async function () {
      for (const file of withJson) feeds[file] = await readFeedFile(file);
    });

    for (const file of withJson) {
      it(`${file}: the first episode's chapters file, fetched through the proxy`, async () => {
        const episode = feeds[file]!.episodes.find((e) => e.chapters)!;
        const before = await requestCount(`local-copy?url=${encodeURIComponent(episode.chapters!.url)}`);
        const result = await loadChapters(episode, { proxy: LOCAL_COPY });
        expect(result.source).to.equal('json');
        expect(result.error).to.equal(undefined);
        expect(outline(result.chapters)).to.deep.equal(EXAMPLE_OUTLINE);
        expectWellFormed(result.chapters, file);
        const after = await requestCount(`local-copy?url=${encodeURIComponent(episode.chapters!.url)}`);
        expect(after - before, 'one request, through the proxy, for the remote URL').to.be.at.most(1);
        expect(after, 'the proxy was asked for the remote URL').to.be.at.least(1);
      });
    }

    it("LINUX Unplugged 378: when the chapters file refuses cross-origin reads, the notes' chapters, and why", async () => {
      const { crossOrigin } = await testConfig();
      const episode = feeds[TRIMMED.linuxUnplugged]!.episodes.find((e) => e.title === '378: All in One Pi')!;
      expect(episode.chapters, 'the episode names a chapters file').not.to.equal(undefined);
      const result = await loadChapters(episode, { proxy: `${crossOrigin}/nocors/test-api/local-copy?url={url}` });
      expect(result.source).to.equal('notes');
      expect(result.chapters.map((c) => c.title)).to.include.members(['Meet the Raspberry Pi 400', 'GNOME 40']);
      expect(result.chapters).to.have.length(11);
      expect(result.error).to.include({ code: 'cors', url: episode.chapters!.url });
      expect(result.error!.message).to.contain(new URL(crossOrigin).host);
    });

    it('CRE207: when the chapters file is missing (HTTP 404), the Podlove chapters, and why', async () => {
      const cre = await readFeedFile(TRIMMED.cre);
      const episode = cre.episodes.find((e) => e.title === 'CRE207 Planetarien')!;
      const url = fresh(fixtureUrl('missing.json'));
      const result = await loadChapters({ ...episode, chapters: { url, type: 'application/json+chapters' } });
      expect(result.source).to.equal('psc');
      expect(result.chapters[0]!.title).to.equal('Neil DeGrasse Tyson on Science');
      expect(result.error).to.deep.equal({
        code: 'http',
        status: 404,
        url,
        message: 'The chapters file was not found (HTTP 404).',
      });
    });
  });

  describe('fallbacks and failures', () => {
    it('a JSON file that loads wins over Podlove chapters and notes; its URLs resolve against the file, not the proxy', async () => {
      const url = fixtureUrl('messy.json');
      const episode = episodeWith({
        chapters: { url, type: 'application/json+chapters' },
        inlineChapters: [
          { start: 0, title: 'Podlove' },
          { start: 9, title: 'Podlove 2' },
        ],
        notesHtml: NOTES_CHAPTERS,
      });
      const result = await loadChapters(episode, { proxy: LOCAL_COPY, duration: 2000 });
      expect(result.source).to.equal('json');
      expect(result.chapters[1]!.img).to.equal(new URL('images/qa.jpg', url).href);
      expect(result.chapters.at(-1)!.end, 'the duration passed in ends the last chapter').to.equal(2000);
    });

    it('a page that is not a chapters file: the notes, and "malformed"', async () => {
      const result = await loadChapters(
        episodeWith({
          chapters: { url: fixtureUrl('error-page.json'), type: 'application/json' },
          notesHtml: NOTES_CHAPTERS,
        }),
      );
      expect(result.source).to.equal('notes');
      expect(outline(result.chapters)).to.deep.equal(['0 From the notes', '300 Also from the notes']);
      expect(result.error).to.include({ code: 'malformed', message: 'The chapters file could not be read.' });
    });

    it('a file of silent chapters only: the Podlove chapters, and "empty"', async () => {
      const result = await loadChapters(
        episodeWith({
          chapters: { url: fixtureUrl('silent-only.json'), type: 'application/json+chapters' },
          inlineChapters: [
            { start: 0, title: 'A' },
            { start: 60, title: 'B' },
          ],
        }),
      );
      expect(result.source).to.equal('psc');
      expect(result.error?.code).to.equal('empty');
    });

    it('a server that drops the connection: "network"; with nothing else to go on, no chapters', async () => {
      const url = fresh(new URL('/test-api/drop', location.href).href);
      const result = await loadChapters(episodeWith({ chapters: { url, type: 'application/json' } }));
      expect(result).to.deep.equal({
        chapters: [],
        source: 'none',
        error: { code: 'network', url, message: 'The chapters file could not be reached.' },
      });
    });

    it('a chapters file of another type is not requested', async () => {
      const url = fresh(fixtureUrl('messy.json'));
      const result = await loadChapters(
        episodeWith({ chapters: { url, type: 'text/html' }, notesHtml: NOTES_CHAPTERS }),
      );
      expect(result.source).to.equal('notes');
      expect(result.error?.code).to.equal('unsupported');
      expect(await requestCount(url.slice(url.indexOf('/test/')))).to.equal(0);
    });

    it('an episode without any chapters: none, and no error', async () => {
      const result = await loadChapters(episodeWith({ notesHtml: '<p>Just a chat, no times.</p>' }));
      expect(result).to.deep.equal({ chapters: [], source: 'none' });
    });
  });

  describe('requests', () => {
    it('asks for nothing until called, then once per file however many widgets ask at the same time', async () => {
      // From the second origin, which sends no validators: the browser's HTTP cache cannot merge the requests into
      // one, so the count is the loader's own.
      const { crossOrigin } = await testConfig();
      const url = fresh(`${crossOrigin}/test/fixtures/chapters/trailing-commas.json`);
      const path = url.slice(url.indexOf('/test/'));
      const episode = episodeWith({ chapters: { url, type: 'application/json+chapters' } });
      expect(await requestCount(path), 'before loadChapters').to.equal(0);
      const results = await Promise.all([loadChapters(episode), loadChapters(episode), loadChapters(episode)]);
      expect(await requestCount(path)).to.equal(1);
      for (const result of results) expect(outline(result.chapters)).to.have.length(3);
    });

    it('tries a failed file again on the next call', async () => {
      // The test server's status route, not a missing fixture: the dev server lets browsers cache its 404s.
      const url = fresh(new URL('/test-api/status/503', location.href).href);
      const path = url.slice(url.indexOf('/test-api/'));
      const episode = episodeWith({ chapters: { url, type: 'application/json' } });
      const first = await loadChapters(episode);
      expect(first.error).to.include({
        code: 'http',
        status: 503,
        message: 'The chapters file’s server answered with an error (HTTP 503).',
      });
      await loadChapters(episode);
      expect(await requestCount(path)).to.equal(2);
    });
  });
});
