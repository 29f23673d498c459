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
import { extractTopics } from '../episode/topics.js';
import { buildRelatedIndex } from '../episode/related.js';

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
  for (const episode of episodes) {
    episode.topics = extractTopics(episode);
    await slicer.tick();
  }
  await slicer.pause();
  return { feed, related: buildRelatedIndex(episodes) };
}
