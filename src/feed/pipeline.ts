import { readFeed } from './read-feed.js';
import { extractFeedTopics } from '../episode/topics.js';
import { buildRelatedIndex } from '../episode/related-index.js';
import type { FeedData } from './feed-data.js';

/**
 * Everything that turns a feed's bytes into what the element shows, short of choosing an episode:
 * decode, repair, parse, normalise, topics for every episode, and the related-episodes index.
 * Pure and DOM-free: it runs in the parser Web Worker, on the main thread when no worker can be made, and in Node.
 */
export async function buildFeedData(bytes: Uint8Array, contentType: string | null, url: string): Promise<FeedData> {
  const feed = await readFeed(bytes, contentType, url);
  // Topics are chosen across the whole feed: what recurs on many episodes is the show's boilerplate.
  const topics = extractFeedTopics(feed.episodes, feed.podcast);
  feed.episodes.forEach((episode, i) => (episode.topics = topics[i]));
  return { feed, related: buildRelatedIndex(feed.episodes) };
}
