/**
 * `/episodes.json`: what a picker needs of every episode of a feed (title, guid, date, length, number), newest
 * first, so the embed builder can find an episode by typing part of its title. Made from the same read feed as
 * `/episode.json`; the `id` it gives is an `episode=` value that picks exactly that episode.
 */
import type { Feed } from '../../src/feed/model.js';

/** Episodes listed at most: a picker over thousands is no use, and the answer stays small. */
export const EPISODE_LIST_MAX = 1000;

export interface EpisodeListItem {
  /** The `episode=` value that picks this episode (its guid, else its id). */
  id: string;
  title: string;
  /** ISO 8601, when the feed gives a date. */
  published?: string;
  /** Whole seconds, when known. */
  duration?: number;
  /** `podcast:episode`/`itunes:episode`. */
  number?: number;
}

export interface EpisodeList {
  feedUrl: string;
  podcast: { title: string; image?: string };
  /** How many episodes the feed has (the list may hold fewer). */
  total: number;
  episodes: EpisodeListItem[];
}

/** The list, newest first (undated last, file order otherwise), at most {@link EPISODE_LIST_MAX}. */
export function listEpisodes(feed: Feed): EpisodeList {
  const time = (date: Date | undefined) => (date && !Number.isNaN(date.getTime()) ? date.getTime() : -Infinity);
  const sorted = [...feed.episodes].sort((a, b) => time(b.published) - time(a.published));
  const episodes = sorted.slice(0, EPISODE_LIST_MAX).map((episode) => {
    const item: EpisodeListItem = { id: episode.id, title: episode.title };
    if (episode.published && !Number.isNaN(episode.published.getTime()))
      item.published = episode.published.toISOString();
    if (episode.duration !== undefined) item.duration = episode.duration;
    if (episode.episode !== undefined) item.number = episode.episode;
    return item;
  });
  const podcast: EpisodeList['podcast'] = { title: feed.podcast.title };
  if (feed.podcast.image) podcast.image = feed.podcast.image;
  return { feedUrl: feed.url, podcast, total: feed.episodes.length, episodes };
}
