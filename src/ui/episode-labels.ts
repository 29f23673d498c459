import type { Episode, Person, Podcast } from '../feed/model.js';
import type { Strings } from '../i18n/strings.js';
import { formatList } from '../episode/format.js';

/** "S2 · Ep 5", "Ep 5", or the feed's own `podcast:episode display` text; empty when the feed numbers nothing. */
export function episodeLabel(episode: Episode, t: Strings): string {
  if (episode.episodeDisplay) return episode.episodeDisplay;
  const parts: string[] = [];
  if (episode.season !== undefined && episode.episode !== undefined) parts.push(t.seasonLabel(episode.season));
  if (episode.episode !== undefined) parts.push(t.episodeLabel(episode.episode));
  return parts.join(' · ');
}

/** "Anne, Bo and Jon" in the interface language (`lang`). */
function names(people: Person[], lang: string): string {
  return formatList(
    people.map((p) => p.name),
    lang,
  );
}

/** Who hosts this episode: its own `podcast:person` hosts, else the show's, else `itunes:author`. */
export function hostLine(episode: Episode, podcast: Podcast, t: Strings, lang: string): string {
  const hosts = episode.persons.filter((p) => p.role === 'host');
  if (hosts.length) return t.hostedBy(names(hosts, lang));
  const showHosts = podcast.persons.filter((p) => p.role === 'host');
  if (showHosts.length) return t.hostedBy(names(showHosts, lang));
  const author = episode.author ?? podcast.author;
  return author ? t.hostedBy(author) : '';
}

/** "with Jon Berger" for the episode's guests; empty when it names none. */
export function guestLine(episode: Episode, t: Strings, lang: string): string {
  const guests = episode.persons.filter((p) => p.role === 'guest');
  return guests.length ? t.withGuests(names(guests, lang)) : '';
}

/** A short name for a transcript's format, from its MIME type or file extension. */
export function transcriptFormat(type: string, url: string): string {
  const t = type.toLowerCase();
  if (t.includes('vtt')) return 'WebVTT';
  if (t.includes('srt') || t.includes('subrip')) return 'SRT';
  if (t.includes('json')) return 'JSON';
  if (t.includes('html')) return 'HTML';
  if (t.includes('plain')) return 'text';
  return /\.([a-z0-9]+)(?:$|[?#])/i.exec(url)?.[1]?.toUpperCase() ?? 'file';
}
