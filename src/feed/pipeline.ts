import { readFeed } from './read-feed.js';
import { extractTopics } from '../episode/topics.js';
import { buildRelatedIndex } from '../episode/related.js';
import type { FeedData } from './feed-data.js';

/**
 * Everything that turns a feed's bytes into what the element shows, short of choosing an episode:
 * decode, repair, parse, normalise, topics for every episode, and the related-episodes index.
 * Pure and DOM-free: it runs in the parser Web Worker, on the main thread when no worker can be made, and in Node.
 */
export async function buildFeedData(bytes: Uint8Array, contentType: string | null, url: string): Promise<FeedData> {
  const feed = await readFeed(bytes, contentType, url);
  for (const episode of feed.episodes) episode.topics = extractTopics(episode);
  return { feed, related: buildRelatedIndex(feed.episodes) };
}
