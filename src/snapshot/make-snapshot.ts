import type { FeedData } from '../feed/feed-data.js';
import type { Episode } from '../feed/model.js';
import { findRelated } from '../episode/related.js';
import { selectEpisode } from '../episode/select.js';
import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  type EpisodeJson,
  type EpisodeSnapshotJson,
  type RelatedSummary,
} from './snapshot-model.js';

/** How many related episodes a snapshot carries: the element shows 4 by default, and a page may ask for more. */
export const SNAPSHOT_RELATED = 8;

/**
 * One episode of a read feed as a snapshot: chosen by `spec` exactly as the element's `episode` attribute chooses
 * (see `selectEpisode`), with related episodes from the same index the element uses.
 * @throws PodcastEpisodeError `episode-not-found` or `empty-feed`, as `selectEpisode` does.
 */
export function makeSnapshot(data: FeedData, spec: string | null | undefined, now = new Date()): EpisodeSnapshotJson {
  const episode = selectEpisode(data.feed, spec);
  const byId = new Map(data.feed.episodes.map((e) => [e.id, e]));
  const related = findRelated(data.related, episode.id, SNAPSHOT_RELATED)
    .map((id) => byId.get(id))
    .filter((e): e is Episode => e !== undefined)
    .map(summary);
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    feedUrl: data.feed.url,
    generated: now.toISOString(),
    podcast: data.feed.podcast,
    episode: episodeJson(episode),
    related,
  };
}

function isoDate(date: Date | undefined): string | undefined {
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}

function episodeJson(episode: Episode): EpisodeJson {
  const { published, ...rest } = episode;
  const date = isoDate(published);
  return date === undefined ? rest : { ...rest, published: date };
}

function summary(episode: Episode): RelatedSummary {
  const out: RelatedSummary = { id: episode.id, title: episode.title };
  if (episode.guid !== undefined) out.guid = episode.guid;
  const date = isoDate(episode.published);
  if (date !== undefined) out.published = date;
  if (episode.duration !== undefined) out.duration = episode.duration;
  return out;
}
