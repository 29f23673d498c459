/**
 * The feed pipeline of pipeline.ts for the main thread, when no worker may run (a CSP with `worker-src 'none'`):
 * the same steps, done in slices that yield to the page, so reading a large or crafted feed never freezes it.
 * Given up (`malformed`, "took too long") once `deadline` passes.
 */
import { decodeFeedBytes } from './decode.js';
import type { FeedData } from './feed-data.js';
import type { Episode } from './model.js';
import { giveUniqueIds, normalizeEpisode, normalizePodcast } from './normalize.js';
import { parseFeedXml } from './parse.js';
import { assertEpisodes } from './read-feed.js';
import { repairXml } from './repair.js';
import { xhtmlToCdata } from './xhtml-content.js';
import { Slicer } from './slicer.js';
import { extractFeedTopics } from '../episode/topics.js';
import { buildRelatedIndex } from '../episode/related-index.js';

/**
 * The topics and the related-episodes index are built in one go each (episode/ has no sliced form of them yet): on
 * this path they cover the newest MAX_INDEXED episodes, the index reading the first NOTES_INDEXED characters of
 * their notes, which keeps those tasks short on any feed. Older episodes of huge feeds then show no topics and no
 * related list on strict-CSP pages.
 */
const MAX_INDEXED = 1_000;
const NOTES_INDEXED = 2_000;

/** Builds `FeedData` like `buildFeedData`, yielding at least every few tens of milliseconds. */
export async function buildFeedDataInSlices(
  bytes: Uint8Array,
  contentType: string | null,
  url: string,
  deadline: number,
): Promise<FeedData> {
  const slicer = new Slicer(deadline);
  const text = decodeFeedBytes(bytes, contentType);
  await slicer.pause();
  const { xml, repairs } = repairXml(text);
  await slicer.pause();
  const raw = await slicer.race(parseFeedXml(xhtmlToCdata(xml), { sliced: true }));
  await slicer.pause();
  const episodes: Episode[] = [];
  for (const item of raw.items ?? []) {
    episodes.push(normalizeEpisode(item, url));
    await slicer.tick();
  }
  giveUniqueIds(episodes);
  const feed = { url, podcast: normalizePodcast(raw, url), episodes, repairs };
  assertEpisodes(feed);
  await slicer.pause();
  // Topics are chosen across the feed (episode/topics.ts), in one go: here across its newest MAX_INDEXED episodes.
  const topics = extractFeedTopics(episodes.slice(0, MAX_INDEXED), feed.podcast);
  episodes.forEach((episode, i) => (episode.topics = topics[i] ?? []));
  await slicer.pause();
  const indexed = episodes
    .slice(0, MAX_INDEXED)
    .map((episode) => ({ ...episode, notesText: episode.notesText.slice(0, NOTES_INDEXED) }));
  return { feed, related: buildRelatedIndex(indexed) };
}
