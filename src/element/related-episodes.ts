import { findRelated } from '../episode/related.js';
import type { FeedData } from '../feed/feed-data.js';
import type { Episode } from '../feed/model.js';

/** The episodes most like one episode, computed once per episode and count (the index is the worker's). */
export class RelatedEpisodes {
  private kept?: { data: FeedData; id: string; count: number; episodes: Episode[] };

  of(data: FeedData, episode: Episode, count: number): Episode[] {
    const kept = this.kept;
    if (kept && kept.data === data && kept.id === episode.id && kept.count === count) return kept.episodes;
    const byId = new Map(data.feed.episodes.map((e) => [e.id, e]));
    const episodes = count
      ? (data.relatedIds?.slice(0, count) ?? findRelated(data.related, episode.id, count))
          .map((id) => byId.get(id))
          .filter((e): e is Episode => e !== undefined)
      : [];
    this.kept = { data, id: episode.id, count, episodes };
    return episodes;
  }
}
