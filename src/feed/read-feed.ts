/**
 * A feed's bytes → the {@link Feed} the element shows: decode, repair, parse, normalise.
 * The function the parser Web Worker calls; also runs on the main thread and in Node.
 */
import { decodeFeedBytes } from './decode.js';
import { PodcastEpisodeError } from './errors.js';
import type { Feed } from './model.js';
import { normalizeFeed } from './normalize.js';
import { parseFeedXml } from './parse.js';
import { repairXml } from './repair.js';
import { xhtmlToCdata } from './xhtml-content.js';

/**
 * Reads a feed from the bytes of the HTTP answer, its `Content-Type` header and the URL it came from.
 * Rejects with a {@link PodcastEpisodeError}: `not-a-feed`, `malformed`, or `empty-feed` when it has no episodes.
 */
export async function readFeed(bytes: Uint8Array, contentType: string | null, url: string): Promise<Feed> {
  const { xml, repairs } = repairXml(decodeFeedBytes(bytes, contentType));
  const feed = normalizeFeed(await parseFeedXml(xhtmlToCdata(xml)), url);
  assertEpisodes(feed);
  feed.repairs = repairs;
  return feed;
}

/** Rejects a feed without episodes (`empty-feed`). */
export function assertEpisodes(feed: Feed): void {
  if (feed.episodes.length > 0) return;
  const name = feed.podcast.title ? `“${feed.podcast.title}”` : 'This feed';
  throw new PodcastEpisodeError('empty-feed', `${name} has no episodes yet.`);
}
