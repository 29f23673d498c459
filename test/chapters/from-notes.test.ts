import { expect } from '@esm-bundle/chai';
import { chaptersFromNotes } from '../../src/chapters/from-notes.js';
import { chaptersFromPsc } from '../../src/chapters/from-psc.js';
import type { Episode, Feed } from '../../src/feed/model.js';
import { TRIMMED, manifest, readFeedFile, requireSharedFolder } from '../support/feeds.js';
import { expectWellFormed, outline } from './helpers.js';

const html = (notesHtml: string) => ({ notesHtml });

describe('chaptersFromNotes: timestamped lines in the show notes', () => {
  describe('hand-written notes', () => {
    it('reads every way notes write a timestamp', () => {
      const notes = html(
        '<p>We talk about tides.</p><p>' +
          '00:00:00 Welcome<br>' +
          '02:10 – Why the moon matters<br>' +
          '(0:05:30) Spring and neap tides<br>' +
          '[07:45] Tide tables<br>' +
          'Rogue waves (12:00)<br>' +
          'Tsunamis – 15:30<br>' +
          '- 18:02 A bulleted line<br>' +
          '(1:02:03) Goodbye</p>',
      );
      expect(outline(chaptersFromNotes(notes))).to.deep.equal([
        '0 Welcome',
        '130 Why the moon matters',
        '330 Spring and neap tides',
        '465 Tide tables',
        '720 Rogue waves',
        '930 Tsunamis',
        '1082 A bulleted line',
        '3723 Goodbye',
      ]);
    });

    it('reads list items, with markup stripped and entities decoded', () => {
      const notes = html(
        '<ul><li><strong>04:10</strong> &ndash; Caf&eacute; talk</li><li><b>9:30</b> &amp; more: <a href="https://x.example">links</a></li></ul>',
      );
      expect(outline(chaptersFromNotes(notes))).to.deep.equal(['250 Café talk', '570 & more: links']);
    });

    it('reads plain-text notes, and notes written as escaped HTML', () => {
      expect(outline(chaptersFromNotes({ notesText: 'Topics\n0:00 Start here\n3:00 Then this' }))).to.deep.equal([
        '0 Start here',
        '180 Then this',
      ]);
      expect(outline(chaptersFromNotes(html('&lt;p&gt;1:00 One&lt;br&gt;2:00 Two&lt;/p&gt;')))).to.deep.equal([
        '60 One',
        '120 Two',
      ]);
    });

    it('reads ranges, keeping their ends', () => {
      const notes = html('<p>(00:00 - 05:30) Intro<br>05:30–20:00 Main part<br>25:00 – Questions</p>');
      expect(chaptersFromNotes(notes, 1800)).to.deep.equal([
        { start: 0, end: 330, title: 'Intro' },
        { start: 330, end: 1200, title: 'Main part' },
        { start: 1500, end: 1800, title: 'Questions' },
      ]);
    });

    it('takes a heading with its time alone on the next line', () => {
      const notes = html(
        '<p>Shownotes:</p><p>Vorstellung</p><p>00:01:58</p><p>Long description — of the part.</p><p>Kultur</p><p>00:11:03</p>',
      );
      expect(outline(chaptersFromNotes(notes))).to.deep.equal(['118 Vorstellung', '663 Kultur']);
    });

    it('fills each end from the next start and the last from the duration', () => {
      const chapters = chaptersFromNotes(html('<p>0:00 A<br>10:00 B</p>'), 1500);
      expect(chapters).to.deep.equal([
        { start: 0, end: 600, title: 'A' },
        { start: 600, end: 1500, title: 'B' },
      ]);
    });

    it('needs at least two timestamped lines: one is a remark, not a table of contents', () => {
      expect(chaptersFromNotes(html('<p>At the end, 45:10 – a surprise.</p><p>45:10 Surprise</p>'))).to.deep.equal([]);
    });

    it('needs increasing times: the longest increasing run is taken, a shuffled list gives nothing', () => {
      const strayFirst = html('<p>Replay (45:00)</p><p>0:00 Intro<br>5:00 Main part<br>30:00 Questions</p>');
      expect(outline(chaptersFromNotes(strayFirst))).to.deep.equal(['0 Intro', '300 Main part', '1800 Questions']);
      expect(chaptersFromNotes(html('<p>30:00 C<br>20:00 B<br>10:00 A</p>'))).to.deep.equal([]);
    });

    it('keeps only times before the end of the episode when its length is known', () => {
      const notes = html('<p>0:00 Intro<br>20:00 Main<br>55:00 Extended cut only</p>');
      expect(outline(chaptersFromNotes(notes, 40 * 60))).to.deep.equal(['0 Intro', '1200 Main']);
      expect(chaptersFromNotes(notes), 'length unknown: all three').to.have.length(3);
      expect(chaptersFromNotes(html('<p>50:00 A<br>55:00 B</p>'), 40 * 60)).to.deep.equal([]);
    });

    it('does not take clock times, ranges, labels, dates or verses for chapters', () => {
      const notes = html(
        '<p>Duration: 1:02:03</p><p>Length – 1:02:03</p><p>Recorded 24.10.2021 – 15:00</p>' +
          '<p>Last Modified 10/24/2021 15:00:38</p><p>10:30 am Keynote</p><p>11:45 AM Lunch</p>' +
          '<p>7:00 pm – 9:00 pm Live stream</p><p>19:30 Uhr Einlass</p><p>John 3:16</p><p>Psalm 23:4</p><p>Score 12:34 and 23:45</p>',
      );
      expect(chaptersFromNotes(notes)).to.deep.equal([]);
    });

    it('does not read "12:75" or "1:75:00" as times, or a line that is only a web address as a title', () => {
      expect(chaptersFromNotes(html('<p>12:75 Nope<br>13:80 Nope</p>'))).to.deep.equal([]);
      expect(chaptersFromNotes(html('<p>1:75:00 Nope<br>2:75:00 Nope</p>'))).to.deep.equal([]);
      expect(chaptersFromNotes(html('<p>1:00 https://a.example<br>2:00 https://b.example</p>'))).to.deep.equal([]);
    });

    it('never throws, and gives nothing for empty or missing notes', () => {
      for (const notes of [{}, { notesHtml: '' }, { notesText: '' }, html('<p>'), html('1:00'), html('((((')]) {
        expect(chaptersFromNotes(notes)).to.deep.equal([]);
      }
    });
  });

  describe('real feeds', () => {
    const feeds = new Map<string, Feed>();
    before(async function () {
      for (const file of [TRIMMED.linuxUnplugged, TRIMMED.designDetails, TRIMMED.cre]) {
        feeds.set(file, await readFeedFile(file));
      }
    });

    function episode(file: string, title: string): Episode {
      const found = feeds.get(file)?.episodes.find((e) => e.title === title);
      if (!found) throw new Error(`no episode "${title}" in ${file}`);
      return found;
    }

    it('LINUX Unplugged 378: the "Chapters:" lines of the notes', () => {
      const notesEpisode = episode(TRIMMED.linuxUnplugged, '378: All in One Pi');
      const chapters = chaptersFromNotes(notesEpisode, notesEpisode.duration);
      expect(outline(chapters)).to.deep.equal([
        '0 Pre-show',
        '61 Intro',
        '143 Meet the Raspberry Pi 400',
        '681 Manjaro Update',
        '1019 State of Linux Gaming',
        '1391 GNOME 40',
        '1656 Building Native Apps on Linux',
        '2896 Housekeeping',
        '3005 Feedback',
        '3527 Pick',
        '3863 Post-show',
      ]);
      expect(chapters.at(-1)!.end).to.equal(notesEpisode.duration);
    });

    it('Design Details 80: "4:00 - Introductions" in bold-time paragraphs under "Show Notes:"', () => {
      const notesEpisode = episode(
        TRIMMED.designDetails,
        '80: Helvetica, Helvetica, Helvetica (feat. Jason Santa Maria)',
      );
      expect(outline(chaptersFromNotes(notesEpisode, notesEpisode.duration))).to.deep.equal([
        '240 Introductions',
        '1200 Typekit, Editorially, etc.',
        '2400 Type',
        '2700 Process, mentorship',
      ]);
    });

    it("CRE202: the times under the notes' headings are the Podlove chapters' starts", () => {
      const notesEpisode = episode(TRIMMED.cre, 'CRE202 Hackerfilme');
      const fromNotes = chaptersFromNotes(notesEpisode, notesEpisode.duration);
      const fromPsc = chaptersFromPsc(notesEpisode.inlineChapters, notesEpisode.duration);
      expect(fromNotes).to.have.length(30);
      // The notes list no time for the intro at 0:00; every other start matches to the second.
      expect(fromNotes.map((c) => c.start)).to.deep.equal(fromPsc.slice(1).map((c) => Math.floor(c.start)));
      expect(fromNotes[0]!.title).to.equal('Vorstellung');
    });

    it('finds notes chapters where the notes have them, and nowhere else (No Agenda\'s "Last Modified" time is no chapter)', async function () {
      this.timeout(60_000);
      await requireSharedFolder(this);
      const counts: Record<string, number> = {};
      for (const row of await manifest()) {
        const file = row.filename;
        const feed = await readFeedFile(file).catch(() => undefined);
        if (!feed) continue;
        const withChapters = feed.episodes.filter((e) => {
          const chapters = chaptersFromNotes(e, e.duration);
          expectWellFormed(chapters, `${file}: ${e.title}`);
          for (const c of chapters) if (e.duration) expect(c.start, `${file}: ${e.title}`).to.be.below(e.duration);
          return chapters.length > 0;
        });
        if (withChapters.length) counts[file] = withChapters.length;
      }
      expect(counts).to.deep.equal({
        'akupila__node-podcast-parser__design-details.xml': 74,
        'alatiera__gnome-podcasts__2020-12-19-LinuxUnplugged.xml': 14,
        'feedjira__feedjira__CRE.xml': 4,
      });
    });
  });
});
