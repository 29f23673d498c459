/** The short plain-text summaries the embed page, its link previews and oEmbed show. */
import type { EpisodeSnapshot } from '../../src/snapshot/snapshot-model.js';

/** Plain text cut at a word boundary near `max` characters. */
export function shortText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut.slice(0, max)).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** The episode's summary: the start of its notes as text, else its subtitle, else the show's description. */
export function episodeSummary(snapshot: EpisodeSnapshot, max: number): string {
  const { episode } = snapshot;
  return shortText(episode.notesText || episode.subtitle || snapshot.podcast.description || '', max);
}
