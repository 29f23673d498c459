/**
 * Sending a large `FeedData` from the worker in pieces, and putting it back together on the page. Copying a feed of
 * 20,000 episodes in one message costs the page one task of a few hundred milliseconds; in pieces of
 * PART_EPISODES it is many short ones.
 */
import type { FeedData } from './feed-data.js';
import type { ParsePart } from './parse-protocol.js';

/** Episodes (and their index entries) per message. */
export const PART_EPISODES = 100;

/** The pieces to send ahead (none for a small feed) and the final data, stripped of what the pieces carry. */
export function splitResult(data: FeedData): { parts: ParsePart[]; rest: FeedData } {
  const { episodes } = data.feed;
  if (episodes.length <= PART_EPISODES) return { parts: [], rest: data };
  const related = data.related as unknown as Record<string, unknown>;
  const perEpisode = Object.keys(related).filter(
    (key) => Array.isArray(related[key]) && (related[key] as unknown[]).length === episodes.length,
  );
  const parts: ParsePart[] = [];
  for (let at = 0; at < episodes.length; at += PART_EPISODES) {
    const slice: Record<string, unknown[]> = {};
    for (const key of perEpisode) slice[key] = (related[key] as unknown[]).slice(at, at + PART_EPISODES);
    parts.push({ episodes: episodes.slice(at, at + PART_EPISODES), related: slice });
  }
  const restRelated: Record<string, unknown> = { ...related };
  for (const key of perEpisode) restRelated[key] = [];
  return {
    parts,
    rest: { feed: { ...data.feed, episodes: [] }, related: restRelated as unknown as FeedData['related'] },
  };
}

/** Collects the pieces of one result. */
export class ResultAssembler {
  private readonly episodes: FeedData['feed']['episodes'] = [];
  private readonly related: Record<string, unknown[]> = {};
  private received = false;

  add(part: ParsePart): void {
    this.received = true;
    for (const episode of part.episodes ?? []) this.episodes.push(episode);
    for (const [key, values] of Object.entries(part.related ?? {})) {
      const list = (this.related[key] ??= []);
      for (const value of values) list.push(value);
    }
  }

  /** The final data with the pieces put back. */
  finish(data: FeedData): FeedData {
    if (!this.received) return data;
    data.feed.episodes = this.episodes;
    Object.assign(data.related, this.related);
    return data;
  }
}
