// The small views kept for a returning reader's first card (view-keep.ts writes, view-db.ts reads), in the page's
// real localStorage: what is kept reads back with its dates, the host page's storage is bounded, and storage that
// is full or refuses changes nothing but the revisit.
import { expect } from '@esm-bundle/chai';
import { keepView } from '../../src/feed/view-keep.js';
import { readKeptView, viewKey } from '../../src/feed/view-db.js';
import type { EpisodeView } from '../../src/feed/feed-protocol.js';
import type { Episode } from '../../src/feed/model.js';

const episode = (id: string, notes = ''): Episode => ({
  id,
  title: `Episode ${id}`,
  published: new Date('2026-03-26T10:00:00Z'),
  notesHtml: notes,
  notesText: notes,
  persons: [],
  transcripts: [],
  inlineChapters: [],
  soundbites: [],
  keywords: [],
  topics: [],
});

const view = (id: string, notes = ''): EpisodeView => ({
  feedUrl: 'http://127.0.0.1/feed.xml',
  podcast: { title: 'A show', persons: [], categories: [], keywords: [] },
  episode: episode(id, notes),
  related: [episode(`${id}-related`)],
  stage: 'full',
});

const ours = () => Object.keys(localStorage).filter((key) => key.startsWith('podcast-episode:view:')).length;

describe('views kept for returning readers', () => {
  beforeEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('podcast-episode:')) localStorage.removeItem(key);
  });

  it('reads back what was kept, as a stored view with its dates', () => {
    const key = viewKey('http://127.0.0.1/feed.xml', { spec: 'latest', count: 3 });
    keepView(key, view('a'));
    const kept = readKeptView(key);
    expect(kept?.episode.title).to.equal('Episode a');
    expect(kept?.stage).to.equal('stored');
    expect(kept?.episode.published instanceof Date).to.equal(true);
    expect(kept?.episode.published?.toISOString()).to.equal('2026-03-26T10:00:00.000Z');
    expect(kept?.related[0]?.published instanceof Date).to.equal(true);
    expect(readKeptView(viewKey('http://127.0.0.1/feed.xml', { spec: '2', count: 3 }))).to.equal(undefined);
  });

  it('keeps at most eight views, the least recently kept out first, and none too large for a host page', () => {
    const keys = Array.from({ length: 10 }, (_, i) =>
      viewKey(`http://127.0.0.1/feed-${i}.xml`, { spec: 'latest', count: 3 }),
    );
    keys.forEach((key, i) => keepView(key, view(String(i))));
    expect(ours()).to.equal(8);
    expect(readKeptView(keys[0]!)).to.equal(undefined);
    expect(readKeptView(keys[1]!)).to.equal(undefined);
    expect(readKeptView(keys[9]!)?.episode.title).to.equal('Episode 9');
    keepView(keys[9]!, view('9', 'x'.repeat(60_000)));
    expect(readKeptView(keys[9]!), 'a view too large is not kept').to.equal(undefined);
    expect(ours()).to.equal(7);
  });

  it('full or refusing storage throws nothing and keeps nothing', () => {
    const key = viewKey('http://127.0.0.1/full.xml', { spec: 'latest', count: 3 });
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('quota exceeded (the test)', 'QuotaExceededError');
    };
    try {
      expect(() => keepView(key, view('full'))).not.to.throw();
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(readKeptView(key)).to.equal(undefined);
    localStorage.setItem(key, '{not json');
    expect(readKeptView(key), 'a damaged entry reads as none').to.equal(undefined);
  });
});
