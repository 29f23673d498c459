import type { FeedData } from '../feed/feed-data.js';
import type { Episode } from '../feed/model.js';
import type { EpisodeSnapshot } from './snapshot-model.js';

/**
 * A snapshot as the element shows it: a one-episode "feed" whose related list is the snapshot's own (already
 * ranked by the server). The related episodes are summaries: picking one reads the feed itself.
 */
export function snapshotData(snapshot: EpisodeSnapshot): FeedData {
  const related: Episode[] = snapshot.related.map((summary) => ({
    id: summary.id,
    guid: summary.guid,
    title: summary.title,
    published: summary.published,
    duration: summary.duration,
    notesHtml: '',
    notesText: '',
    persons: [],
    transcripts: [],
    inlineChapters: [],
    soundbites: [],
    keywords: [],
    topics: [],
  }));
  return {
    feed: { url: snapshot.feedUrl, podcast: snapshot.podcast, episodes: [snapshot.episode, ...related], repairs: [] },
    related: { ids: [], times: [], terms: [], weights: [] },
    relatedIds: related.map((episode) => episode.id),
  };
}
