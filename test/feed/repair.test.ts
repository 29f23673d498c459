// Broken XML that podcast apps read anyway must load here too; what is broken beyond repair must not.
import { expect } from '@esm-bundle/chai';
import { parseFeedXml } from '../../src/feed/parse.js';
import { repairXml } from '../../src/feed/repair.js';
import { decodeFeedBytes } from '../../src/feed/decode.js';
import {
  TRIMMED,
  feedAvailable,
  fetchFeedBytes,
  fetchFeedText,
  fullOr,
  readFeedFile,
  rejectionOf,
  requireFeeds,
} from '../support/feeds.js';

const NO_AGENDA = TRIMMED.noAgenda; // items 1, 2 and 20 (1374: "Shetard", with the broken entity)
const NEW_FEED_URL = 'danjac__radiofeed-app__rss_new_feed_url.xml';

describe('repairXml on real broken feeds', () => {
  it('No Agenda: the undefined entity &gtgt; and the whitespace before <rss> are repaired, the feed loads', async () => {
    const raw = await fetchFeedText(NO_AGENDA);
    expect(raw).to.include('Pat E&lt;/p&gtgt;&lt;p&gt;');
    expect((await rejectionOf(parseFeedXml(raw))).code).to.equal('malformed');

    const feed = await readFeedFile(NO_AGENDA);
    expect(feed.repairs).to.deep.equal(['leading-whitespace', 'unknown-entity']);
    expect(feed.podcast.title).to.equal('No Agenda');
    expect(feed.episodes).to.have.length(3);
    const shetard = feed.episodes.find((e) => e.title === '1374: "Shetard"');
    expect(shetard, 'episode 1374').to.exist;
    expect(shetard!.notesText).to.include('Associate Executive Producers:\n\nPat E\n\nKristi Jensen');
    // The notes carry an escaped <script>document.write("Last Modified " ...)</script>: no code shows as text.
    expect(shetard!.notesHtml).to.include('<script>');
    expect(shetard!.notesText).not.to.include('Last Modified');
  });

  it('Alien UFO Podcast: the bare & in an attribute and the missing </rss> are repaired, the feed loads', async () => {
    const raw = await fetchFeedText(NEW_FEED_URL);
    expect(raw).to.include('<itunes:category text="Society & Culture">');
    expect(raw.trimEnd().endsWith('</channel>')).to.equal(true);
    expect((await rejectionOf(parseFeedXml(raw))).code).to.equal('malformed');

    const feed = await readFeedFile(NEW_FEED_URL);
    expect(feed.repairs).to.deep.equal(['bare-ampersand', 'missing-rss-end-tag']);
    expect(feed.podcast.title).to.equal('Alien UFO Podcast');
    expect(feed.podcast.categories).to.include('Society & Culture');
    expect(feed.episodes).to.have.length(1);
    expect(feed.episodes[0]!.episode).to.equal(337);
  });

  it('leaves CDATA alone: CRE writes &nbsp; and &uuml; inside CDATA, which stay HTML for the notes', async () => {
    const raw = await fetchFeedText(TRIMMED.cre);
    const { xml, repairs } = repairXml(raw);
    expect(repairs).to.deep.equal([]);
    expect(xml).to.equal(raw);

    const feed = await readFeedFile(TRIMMED.cre);
    const withNbsp = feed.episodes.find((e) => e.notesHtml.includes('&nbsp;'));
    expect(withNbsp, 'an episode whose notes use &nbsp;').to.exist;
    expect(withNbsp!.notesText).not.to.match(/&[a-z]+;/);
  });

  it('changes nothing in feeds that are already well-formed', async () => {
    const giantbomb = 'rbren__rss-parser__giantbomb-podcast.rss';
    for (const file of [
      await fullOr('alatiera__gnome-podcasts__2020-12-19-LinuxUnplugged.xml', TRIMMED.linuxUnplugged),
      await fullOr('podverse__partytime__pc20rss.xml', TRIMMED.pc20rss),
      ...((await feedAvailable(giantbomb)) ? [giantbomb] : []),
    ]) {
      const text = await fetchFeedText(file);
      const { xml, repairs } = repairXml(text);
      expect(repairs, file).to.deep.equal([]);
      expect(xml === text, file).to.equal(true);
    }
  });

  it('repairs the 2.7 MB LinuxUnplugged text quickly (time printed, not asserted)', async function () {
    await requireFeeds(this, 'alatiera__gnome-podcasts__2020-12-19-LinuxUnplugged.xml');
    const { bytes } = await fetchFeedBytes('alatiera__gnome-podcasts__2020-12-19-LinuxUnplugged.xml');
    const text = decodeFeedBytes(bytes);
    const start = performance.now();
    repairXml(text);
    console.log(`repairXml(LinuxUnplugged, ${text.length} chars): ${(performance.now() - start).toFixed(1)} ms`);
  });
});

describe('repairXml, each repair', () => {
  it('turns HTML entities into numeric references and escapes unknown ones so they show as written', () => {
    const { xml, repairs } = repairXml('<title>Caf&eacute;&nbsp;Talk &hellip; &gtgt; &amp; &lt;b&gt;</title>');
    expect(xml).to.equal('<title>Caf&#233;&#160;Talk &#8230; &amp;gtgt; &amp; &lt;b&gt;</title>');
    expect(repairs).to.deep.equal(['html-entity', 'unknown-entity']);
  });

  it('escapes bare ampersands in text and attributes, not in CDATA, comments or processing instructions', () => {
    const input =
      '<?xml-stylesheet href="a.xsl?x=1&y=2"?><rss><a href="?a=1&b=2">Q & A</a><!-- R & D --><![CDATA[Tom & Jerry &nbsp;]]></rss>';
    const { xml, repairs } = repairXml(input);
    expect(xml).to.equal(
      '<?xml-stylesheet href="a.xsl?x=1&y=2"?><rss><a href="?a=1&amp;b=2">Q &amp; A</a><!-- R & D --><![CDATA[Tom & Jerry &nbsp;]]></rss>',
    );
    expect(repairs).to.deep.equal(['bare-ampersand']);
  });

  it('drops control characters and references to characters XML forbids; reads &#146; as windows-1252', () => {
    const { xml, repairs } = repairXml('<t>a\u0001b\u000Bc &#1;&#x0; It&#146;s <![CDATA[x\u0002y]]></t>');
    expect(xml).to.equal('<t>abc  It&#8217;s <![CDATA[xy]]></t>');
    expect(repairs).to.deep.equal(['control-character', 'invalid-reference', 'windows-1252-reference']);
  });

  it('strips junk before the XML declaration', () => {
    expect(repairXml('\uFEFF\n  <?xml version="1.0"?><rss/>')).to.deep.equal({
      xml: '<?xml version="1.0"?><rss/>',
      repairs: ['leading-whitespace'],
    });
    expect(repairXml('Warning: headers sent\n<?xml version="1.0"?><rss/>').repairs).to.deep.equal(['leading-garbage']);
  });
});
