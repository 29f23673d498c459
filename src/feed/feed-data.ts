import type { Feed } from './model.js';
import type { RelatedIndex } from '../episode/related.js';

/** What reading one feed produces: the feed itself and its similarity index, both plain data. */
export interface FeedData {
  feed: Feed;
  related: RelatedIndex;
  /** A snapshot's related episodes, ranked by whoever made it (then `related` is empty). */
  relatedIds?: string[];
}
