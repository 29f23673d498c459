// Character encodings: the ISO-8859-1 Catalan feed must read "Sèries i Cinema" whichever way its encoding is told.
import { expect } from '@esm-bundle/chai';
import { decodeFeedBytes } from '../../src/feed/decode.js';
import { readFeed } from '../../src/feed/read-feed.js';
import { feedUrl, fetchFeedBytes, requireFeeds } from '../support/feeds.js';

const CATALAN = 'alatiera__gnome-podcasts__2022-series-i-cinema.xml';
const GREEK = 'alatiera__gnome-podcasts__2018-03-28-Ellinofreneia.xml';

/** The file as served by /test-api/charset, whose Content-Type carries `charset`. */
async function withCharset(file: string, charset: string) {
  const response = await fetch(`/test-api/charset?path=/feeds/${file}&charset=${charset}`);
  return { bytes: new Uint8Array(await response.arrayBuffer()), contentType: response.headers.get('content-type') };
}

/** The bytes without their `<?xml ...?>` declaration, so only the header can tell the encoding. */
function withoutDeclaration(bytes: Uint8Array): Uint8Array {
  const end = bytes.indexOf(0x3e /* > */) + 1;
  expect(new TextDecoder('latin1').decode(bytes.subarray(0, end))).to.match(/^<\?xml .*\?>$/);
  return bytes.subarray(end);
}

const title = (text: string) => /<title>([^<]*)<\/title>/.exec(text)?.[1];

describe('decodeFeedBytes', () => {
  before(async function () {
    await requireFeeds(this, CATALAN, GREEK);
  });

  it('reads ISO-8859-1 from the XML declaration (the server sends no charset)', async () => {
    const { bytes, contentType } = await fetchFeedBytes(CATALAN);
    expect(contentType).not.to.match(/charset/i);
    expect(title(decodeFeedBytes(bytes, contentType))).to.equal('Sèries i Cinema');
  });

  it('reads ISO-8859-1 from the Content-Type charset when the file does not declare it', async () => {
    const { bytes, contentType } = await withCharset(CATALAN, 'ISO-8859-1');
    expect(contentType).to.equal('application/rss+xml; charset=ISO-8859-1');
    expect(title(decodeFeedBytes(withoutDeclaration(bytes), contentType))).to.equal('Sèries i Cinema');
  });

  it('trusts the declaration over a header that contradicts it', async () => {
    const catalan = await withCharset(CATALAN, 'utf-8');
    expect(title(decodeFeedBytes(catalan.bytes, catalan.contentType))).to.equal('Sèries i Cinema');
    const greek = await withCharset(GREEK, 'ISO-8859-1');
    expect(title(decodeFeedBytes(greek.bytes, greek.contentType))).to.equal('Ελληνοφρένεια');
  });

  it('reads undeclared, unlabelled ISO-8859-1 as windows-1252 instead of showing replacement characters', async () => {
    const { bytes } = await fetchFeedBytes(CATALAN);
    const text = decodeFeedBytes(withoutDeclaration(bytes), null);
    expect(title(text)).to.equal('Sèries i Cinema');
    expect(text).not.to.include('\uFFFD');
  });

  it('falls back to UTF-8 for encoding names nobody knows, without throwing', async () => {
    const { bytes } = await fetchFeedBytes(GREEK);
    const relabelled = new TextDecoder().decode(bytes).replace("encoding='UTF-8'", "encoding='x-no-such-charset'");
    const encoded = new TextEncoder().encode(relabelled);
    expect(title(decodeFeedBytes(encoded, 'text/xml; charset=bogus'))).to.equal('Ελληνοφρένεια');
  });

  it('removes a UTF-8 byte-order mark and reads UTF-16 files by theirs', async () => {
    const { bytes } = await fetchFeedBytes(GREEK);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeFeedBytes(withBom, null).startsWith('<?xml')).to.equal(true);

    const text = new TextDecoder().decode(bytes);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      utf16[2 + 2 * i] = unit & 0xff;
      utf16[3 + 2 * i] = unit >> 8;
    }
    expect(title(decodeFeedBytes(utf16, 'application/xml; charset=utf-8'))).to.equal('Ελληνοφρένεια');
  });

  it('gives readFeed the Catalan feed with every episode readable, via both routes', async () => {
    const declared = await fetchFeedBytes(CATALAN);
    const byHeader = await withCharset(CATALAN, 'ISO-8859-1');
    const a = await readFeed(declared.bytes, declared.contentType, declared.url);
    const b = await readFeed(withoutDeclaration(byHeader.bytes), byHeader.contentType, feedUrl(CATALAN));
    expect(a.podcast.title).to.equal('Sèries i Cinema');
    expect(b.episodes.map((e) => e.title)).to.deep.equal(a.episodes.map((e) => e.title));
    expect(a.episodes.map((e) => e.title).join('')).not.to.include('\uFFFD');
  });
});
