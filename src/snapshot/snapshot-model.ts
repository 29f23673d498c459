/**
 * The `/episode.json` snapshot: one episode as the widget shows it, made ahead of time (by the server or the CLI)
 * so that `<podcast-episode src="…">` renders it with one small request and without reading the feed.
 *
 * Plain JSON. Dates are ISO 8601 strings here; {@link readSnapshot} turns them back into `Date`s.
 */
import type { Episode, Podcast } from '../feed/model.js';

/** The format's name and version, written into every snapshot; a reader refuses other versions. */
export const SNAPSHOT_FORMAT = 'podcast-episode-snapshot';
export const SNAPSHOT_VERSION = 1;

/** An episode as JSON: the model's `Episode` with its date as an ISO string. */
export type EpisodeJson = Omit<Episode, 'published'> & { published?: string };

/** What the related list shows of another episode of the same feed. */
export interface RelatedSummary {
  id: string;
  guid?: string;
  title: string;
  /** ISO 8601 date, when the feed gives one. */
  published?: string;
  /** Whole seconds, when known. */
  duration?: number;
}

/** A snapshot as written to JSON. */
export interface EpisodeSnapshotJson {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  /** The feed the episode was read from (before any proxy): memory and sharing key on it, as with `feed`. */
  feedUrl: string;
  /** When the snapshot was made (ISO 8601). */
  generated: string;
  podcast: Podcast;
  /** The episode, with its topics, transcript links, chapters link and inline chapters. */
  episode: EpisodeJson;
  /** Episodes like this one, most similar first. */
  related: RelatedSummary[];
}

/** A snapshot as {@link readSnapshot} returns it: validated, dates as `Date`s. */
export interface EpisodeSnapshot {
  feedUrl: string;
  generated?: Date;
  podcast: Podcast;
  episode: Episode;
  related: (Omit<RelatedSummary, 'published'> & { published?: Date })[];
}
