// Show notes as plain text (src/text/): entity decoding and HTML → text, on real notes and on the cases that matter.
import { expect } from '@esm-bundle/chai';
import { decodeEntities, namedEntityCodePoint } from '../../src/text/entities.js';
import { htmlToText } from '../../src/text/html-text.js';
import { TRIMMED, fetchFeedText, fullOr, readFeedFile, requireFeeds } from '../support/feeds.js';

describe('decodeEntities', () => {
  it('decodes numeric references, decimal and hexadecimal, beyond the BMP too', () => {
    expect(decodeEntities('caf&#233; &#xE9;&#XE9; &#x1F399;&#65039;')).to.equal('café éé 🎙️');
  });

  it('decodes HTML 4 / XHTML names, and &apos;', () => {
    expect(
      decodeEntities(
        'Q&amp;A &ndash; &ldquo;Caf&eacute;&rdquo;&nbsp;&hellip; &euro;5 &apos;s &Omega;&omega; &lang;x&rang;',
      ),
    ).to.equal("Q&A – “Café”\u00a0… €5 's Ωω ⟨x⟩");
  });

  it('leaves what it cannot resolve as written: unknown names, &#0;, no semicolon', () => {
    expect(decodeEntities('&gtgt; &#0; &amp &foo; AT&T &#xD800;')).to.equal('&gtgt; &#0; &amp &foo; AT&T &#xD800;');
  });

  it('reads &#128;–&#159; as windows-1252, as browsers do', () => {
    expect(decodeEntities('It&#146;s &#147;quoted&#148; &#150; &#128;')).to.equal('It’s “quoted” – €');
  });

  it('knows the 253 names, case-sensitively', () => {
    expect(namedEntityCodePoint('eacute')).to.equal(0xe9);
    expect(namedEntityCodePoint('Eacute')).to.equal(0xc9);
    expect(namedEntityCodePoint('thetasym')).to.equal(0x3d1);
    expect(namedEntityCodePoint('diams')).to.equal(0x2666);
    expect(namedEntityCodePoint('EACUTE')).to.equal(undefined);
    expect(namedEntityCodePoint('gtgt')).to.equal(undefined);
  });
});

describe('htmlToText', () => {
  it('ends lines at block tags so list items and paragraphs do not run together', () => {
    expect(htmlToText('<p>Topics:</p><ul><li>One</li><li>Two</li></ul><p>Thanks<br>Bye</p>')).to.equal(
      'Topics:\n\nOne\nTwo\n\nThanks\nBye',
    );
  });

  it('drops script and style content, comments and tags, and decodes entities once', () => {
    expect(
      htmlToText(
        '<style>p{color:red}</style><SCRIPT>alert(1)</SCRIPT><!-- note --><b>Q&amp;A</b> &lt;tag&gt; <a href="x>y">link</a>',
      ),
    ).to.equal('Q&A <tag> link');
  });

  it('keeps text that only looks like markup: "a < b"', () => {
    expect(htmlToText('a < b and c > d')).to.equal('a < b and c > d');
  });

  it('collapses whitespace and no-break spaces; keeps the line breaks of notes written as plain text', () => {
    expect(htmlToText('  Hello&nbsp;&nbsp; \t world  ')).to.equal('Hello world');
    expect(htmlToText('First line\nSecond line\n\n\n\nNew paragraph')).to.equal(
      'First line\nSecond line\n\nNew paragraph',
    );
    expect(htmlToText('<p>Formatted\n   source</p>')).to.equal('Formatted source');
    expect(htmlToText('')).to.equal('');
  });

  it('separates table cells and images', () => {
    expect(htmlToText('<table><tr><td>a</td><td>b</td></tr></table>x<img src="i.png">y')).to.equal('a b\n\nx y');
  });
});

describe('htmlToText on real show notes', () => {
  it('Design Details: every list item of an episode on its own line', async () => {
    const feed = await readFeedFile(TRIMMED.designDetails);
    const episode = feed.episodes.find((e) => /<li>/.test(e.notesHtml))!;
    const items = [...episode.notesHtml.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => htmlToText(m[1]!));
    expect(items.length).to.be.greaterThan(2);
    const lines = episode.notesText.split('\n');
    for (const item of items) expect(lines, item).to.include(item);
  });

  it('no tags or entities are left in any episode of the feeds with HTML notes', async () => {
    for (const file of [
      await fullOr('akupila__node-podcast-parser__coding-blocks.xml', TRIMMED.codingBlocks),
      await fullOr('feedjira__feedjira__CRE.xml', TRIMMED.cre),
      'akupila__node-podcast-parser__rtve-podcast.xml',
      await fullOr('podverse__partytime__pc20rss.xml', TRIMMED.pc20rss),
    ]) {
      const feed = await readFeedFile(file);
      for (const episode of feed.episodes) {
        expect(episode.notesText, `${file}: ${episode.title}`).not.to.match(/<\/?(p|li|ul|a|br|div|span|strong)\b/i);
        expect(episode.notesText, `${file}: ${episode.title}`).not.to.match(/&(amp|lt|gt|quot|nbsp|#\d+);/);
      }
    }
  });

  it('converts the whole 2.7 MB LinuxUnplugged file in one call (time printed, not asserted)', async function () {
    await requireFeeds(this, 'alatiera__gnome-podcasts__2020-12-19-LinuxUnplugged.xml');
    const xml = await fetchFeedText('alatiera__gnome-podcasts__2020-12-19-LinuxUnplugged.xml');
    const start = performance.now();
    const text = htmlToText(xml);
    console.log(`htmlToText(${xml.length} chars): ${(performance.now() - start).toFixed(1)} ms`);
    expect(text).to.include('LINUX Unplugged');
  });
});
