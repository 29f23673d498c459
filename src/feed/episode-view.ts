/**
 * The part of a read feed that one widget shows: the episode its request names and its related episodes. Runs
 * where the feed is kept (the parser worker, the main-thread fallback, a snapshot's reader), so only this crosses.
 */
import { selectEpisode } from '../episode/select.js';
import { findRelated } from '../episode/related.js';
import type { FeedData } from './feed-data.js';
import type { EpisodeView, ViewRequest } from './feed-protocol.js';
import type { Episode } from './model.js';

/** A related episode as its list shows it: everything but the notes, the heavy part. */
function summary(episode: Episode): Episode {
  return { ...episode, notesHtml: '', notesText: '' };
}

/**
 * The view `request` asks for. Throws `episode-not-found` (or `empty-feed`) from the selection, as the element
 * reports it.
 */
export function viewOf(data: FeedData, request: ViewRequest, stage: EpisodeView['stage']): EpisodeView {
  const { feed } = data;
  const picked = request.picked ? feed.episodes.find((e) => e.id === request.picked) : undefined;
  const episode = picked ?? selectEpisode(feed, request.spec);
  const count = Math.max(0, request.count);
  const ids = count ? (data.relatedIds?.slice(0, count) ?? findRelated(data.related, episode.id, count)) : [];
  const byId = new Map(feed.episodes.map((e) => [e.id, e]));
  const related = ids.map((id) => byId.get(id)).filter((e): e is Episode => e !== undefined);
  return {
    feedUrl: feed.url,
    podcast: feed.podcast,
    episode,
    related: data.relatedIds ? related : related.map(summary),
    stage,
  };
}
