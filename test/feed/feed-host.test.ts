// The feed host (the parser worker's logic, here run on the page itself): a feed streamed in pieces is read and
// only views come out; storage that throws or is missing changes nothing but the revisit.
import { expect } from '@esm-bundle/chai';
import { FeedHost } from '../../src/feed/feed-host.js';
import { buildFeedData } from '../../src/feed/pipeline.js';
import type { HostResponse } from '../../src/feed/feed-protocol.js';
import { TRIMMED, fetchFeedBytes } from '../support/feeds.js';
import { waitFor } from '../support/wait.js';

/** Streams `file` through a host in pieces of `size` and collects its answers to one watch of `spec`. */
async function streamThrough(file: string, spec: string, size = 8192): Promise<HostResponse[]> {
  const { bytes, contentType, url } = await fetchFeedBytes(file);
  const answers: HostResponse[] = [];
  const host = new FeedHost((message) => answers.push(message), buildFeedData);
  host.handle({ type: 'open', feed: 1, url, key: `${url}#host-test-${Math.random()}` });
  host.handle({ type: 'view', id: 2, feed: 1, watch: true, spec, count: 3 });
  host.handle({ type: 'head', feed: 1, contentType, validator: null });
  for (let at = 0; at < bytes.length; at += size)
    host.handle({ type: 'chunk', feed: 1, bytes: bytes.slice(at, at + size).buffer });
  host.handle({ type: 'end', feed: 1 });
  await waitFor(() => answers.some((a) => 'done' in a || 'error' in a), 10_000, 'the watch to end');
  return answers;
}

describe('the feed host', () => {
  // First: the store opens its database once per page, so a later test would not reach indexedDB.open.
  it('reads the feed when IndexedDB throws', async () => {
    const open = indexedDB.open;
    indexedDB.open = () => {
      throw new DOMException('blocked by the test', 'SecurityError');
    };
    try {
      const answers = await streamThrough(TRIMMED.themnshow, 'latest', 1024);
      expect(answers.some((a) => 'view' in a && a.view.stage === 'full')).to.equal(true);
      expect(answers.some((a) => 'error' in a)).to.equal(false);
    } finally {
      indexedDB.open = open;
    }
  });

  it('sends views of the one episode, with related summaries, never the feed', async () => {
    const answers = await streamThrough(TRIMMED.linuxUnplugged, 'latest');
    const views = answers.flatMap((a) => ('view' in a ? [a.view] : []));
    expect(views.at(-1)?.stage).to.equal('full');
    expect(
      views.every((v) => v.episode.title === views[0]!.episode.title),
      'every view the same episode',
    ).to.equal(true);
    const last = views.at(-1)!;
    expect(last.related.length).to.be.within(1, 3);
    expect(last.related.every((r) => r.notesHtml === '' && r.id !== last.episode.id)).to.equal(true);
    expect(last.episode.topics.length, 'the full read has topics').to.be.greaterThan(0);
    expect(JSON.stringify(answers).length, 'far less than the feed').to.be.below(70_000);
  });
});
