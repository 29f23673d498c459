import { expect } from '@esm-bundle/chai';
import { parseJsonChapters } from '../../src/chapters/parse-json-chapters.js';
import { feedUrl } from '../support/feeds.js';
import {
  AUX_COMPLEX,
  AUX_EXAMPLE,
  EXAMPLE_OUTLINE,
  expectWellFormed,
  fetchText,
  fixtureUrl,
  outline,
} from './helpers.js';

/** Fetches a chapters file over HTTP and parses it against its own URL, as the loader does. */
async function parseAt(url: string, duration?: number) {
  const file = await fetchText(url);
  return parseJsonChapters(file.text, file.url, duration);
}

describe('parseJsonChapters: the podcast namespace JSON chapters file', () => {
  describe('the Podcasting 2.0 example files', () => {
    it('reads chapters-example.json: nine chapters, each ending where the next starts, images and links kept', async () => {
      const chapters = (await parseAt(feedUrl(AUX_EXAMPLE), 6200))!;
      expect(outline(chapters)).to.deep.equal(EXAMPLE_OUTLINE);
      expect(chapters.map((c) => c.end)).to.deep.equal([168, 260, 410, 3990, 4600, 5510, 5854, 6089, 6200]);
      expect(chapters[3]).to.deep.equal({
        start: 410,
        end: 3990,
        title: 'Namespace',
        img: 'https://example.com/images/namepsace_example.jpg',
        url: 'https://github.com/Podcastindex-org/podcast-namespace',
      });
      expectWellFormed(chapters, AUX_EXAMPLE);
    });

    it('leaves the last chapter open when the episode length is unknown', async () => {
      const chapters = (await parseAt(feedUrl(AUX_EXAMPLE)))!;
      expect(chapters.at(-1)).to.deep.equal({ start: 6089, title: 'Outro' });
    });

    it('reads chapters-exampleComplex.json: the toc:false chapter is not listed and does not cut Donations short', async () => {
      const chapters = (await parseAt(feedUrl(AUX_COMPLEX)))!;
      expect(chapters).to.have.length(10);
      expect(chapters.map((c) => c.start)).not.to.include(4826);
      expect(chapters.some((c) => c.img === 'https://example.com/images/parisfrance.jpg')).to.equal(false);
      const donations = chapters.find((c) => c.title === 'Donations')!;
      expect(donations.end, 'runs on to the next listed chapter').to.equal(5510);
      const song = chapters.find((c) => c.start === 4200)!;
      expect(song.title).to.equal('Played song by artist');
      expect(song.url).to.equal('https://www.discogs.com/master/96559-Rick-Astley-Never-Gonna-Give-You-Up');
      expect(song.img).to.match(/^https:\/\/i\.discogs\.com\//);
      expect(Object.keys(song).sort(), 'the non-spec "value" key is ignored').to.deep.equal([
        'end',
        'img',
        'start',
        'title',
        'url',
      ]);
      expectWellFormed(chapters, AUX_COMPLEX);
    });
  });

  describe('malformed files give what can be read', () => {
    it('reads a hand-edited file: sorted, bad starts dropped, untitled named, ends filled, only http(s) URLs', async () => {
      const url = fixtureUrl('messy.json');
      const chapters = (await parseAt(url))!;
      expect(chapters).to.deep.equal([
        { start: 0, end: 120.5, title: 'Opening words' },
        { start: 120.5, end: 300, title: 'Q&A with guests', img: new URL('images/qa.jpg', url).href },
        { start: 300, end: 600, title: 'Chapter 3' },
        { start: 600, end: 900, title: 'Listed out of order', url: 'https://example.org/third' },
        { start: 900, end: 960, title: 'Clock-style start, explicit end', url: 'http://example.org/protocol-relative' },
        { start: 1200, end: 1300, title: '42' },
        { start: 1300, title: 'Unknown keys' },
      ]);
      expectWellFormed(chapters, 'messy.json');
    });

    it('reads the complete chapters of a file cut off mid-chapter', async () => {
      const chapters = (await parseAt(fixtureUrl('truncated.json')))!;
      expect(outline(chapters)).to.deep.equal(['0 Intro', '168 Hearing Aids', '260 Progress Report', '410 Namespace']);
    });

    it('reads a file with trailing commas, leaving commas and brackets inside titles alone', async () => {
      const chapters = (await parseAt(fixtureUrl('trailing-commas.json')))!;
      expect(outline(chapters)).to.deep.equal(['0 Intro', '95 Commas, } and ] inside a title stay', '380.25 Last']);
    });

    it('reads each chapter on its own when commas are missing between them; a broken chapter alone is lost', async () => {
      const chapters = (await parseAt(fixtureUrl('missing-commas.json')))!;
      expect(outline(chapters)).to.deep.equal([
        '0 Intro',
        '95 Why {braces} in titles are fine',
        '380.25 A "quoted" title',
      ]);
      expect(chapters[1]!.img).to.equal('https://example.org/braces.png');
    });

    it('returns an empty list for a file whose chapters are all silent (toc: false)', async () => {
      expect(await parseAt(fixtureUrl('silent-only.json'))).to.deep.equal([]);
    });

    it('returns undefined for what is not a chapters file: an HTML error page, a JSON transcript', async () => {
      expect(await parseAt(fixtureUrl('error-page.json'))).to.equal(undefined);
      expect(await parseAt(fixtureUrl('transcript-not-chapters.json'))).to.equal(undefined);
    });

    it('never throws, whatever the text', () => {
      const base = 'https://example.com/chapters.json';
      const inputs = [
        '',
        'null',
        '42',
        '"chapters"',
        '{}',
        '{"chapters": null}',
        '{"chapters": {"startTime": 0}}',
        '{"chapters": [',
        '{"chapters": [{"startTime": 1e400, "title": "Infinity"}, {"startTime": {}, "title": {}}]}',
        '{"chapters": [{"startTime": 5, "title": "x", "img": 7, "url": ["https://a.example"], "toc": "false"}]}',
        '\uFEFF{"chapters": [{"startTime": 0, "title": "After a byte-order mark"}]}',
        '[{"startTime": 3, "title": "A bare array"}]',
        '{"chapters": [{"startTime": 1, "title": "x", "img": "http://[not a url"}]}',
      ];
      for (const input of inputs) {
        expect(() => parseJsonChapters(input, base), input).not.to.throw();
      }
      expect(parseJsonChapters(inputs[9]!, base), 'toc "false" written as a string is silent too').to.deep.equal([]);
      expect(outline(parseJsonChapters(inputs[10]!, base)!)).to.deep.equal(['0 After a byte-order mark']);
      expect(outline(parseJsonChapters(inputs[11]!, base)!)).to.deep.equal(['3 A bare array']);
      expect(parseJsonChapters(inputs[12]!, base)).to.deep.equal([{ start: 1, title: 'x' }]);
    });
  });
});
