import { PodcastEpisodeError } from '../feed/errors.js';
import type { Episode, Feed } from '../feed/model.js';

/**
 * Picks the episode named by the element's `episode` attribute.
 *
 * `spec` is tried against these, in order; the first rule that finds an episode wins:
 * 1. empty, absent or `latest` (any case): the newest episode by `published`. Not simply the first item, since
 *    serial shows list oldest first; undated episodes lose to dated ones, and ties go to file order.
 * 2. an exact guid, or the episode's `id` (so a page can hand back an id it got from this library).
 * 3. a URL (`http(s)://...`): the item's link or its enclosure URL, ignoring the scheme, a trailing slash, the
 *    fragment and the host's case.
 * 4. season and episode: `S2E5`, `s02e05`, `S2 E5`, `2x05`; matched against `season` and `episode`.
 * 5. an episode number: `12`, `#12`, `Ep 12`, `Ep. 12`, `Episode 12`. First the feed's own numbers
 *    (`itunes:episode`/`podcast:episode`; the newest wins when seasons repeat a number), then numbers that titles
 *    carry as a label (`Ep 12: …`, `#12 …`, `12: …`, `Show 12: …`, `CRE207 …`), newest first.
 * 6. a title, compared case-insensitively with whitespace, dashes and quotes normalised: an exact title first
 *    (the newest, when a rerun repeats it), then the only title that starts with `spec`, then the only title that
 *    contains it.
 *
 * @throws PodcastEpisodeError `episode-not-found` when nothing matches (or a partial title matches several
 *   episodes), with a message saying how to name one; `empty-feed` when the feed has no episodes at all.
 */
export function selectEpisode(feed: Feed, spec: string | null | undefined): Episode {
  const episodes = feed.episodes;
  if (episodes.length === 0) throw new PodcastEpisodeError('empty-feed', 'This feed has no episodes.');
  const wanted = (spec ?? '').trim();
  const newestFirst = byNewest(episodes);
  if (wanted === '' || wanted.toLowerCase() === 'latest') return newestFirst[0];

  const found =
    episodes.find((e) => e.guid === wanted || e.id === wanted) ??
    byLink(episodes, wanted) ??
    bySeasonAndEpisode(newestFirst, wanted) ??
    byNumber(newestFirst, wanted) ??
    byTitle(newestFirst, wanted);
  if (found) return found;
  throw new PodcastEpisodeError('episode-not-found', notFoundMessage(wanted, newestFirst));
}

/** Episodes newest first; undated ones after all dated ones; equal dates keep file order (the sort is stable). */
function byNewest(episodes: readonly Episode[]): Episode[] {
  const time = (e: Episode) => e.published?.getTime() ?? Number.NaN;
  return [...episodes].sort((a, b) => {
    const ta = time(a);
    const tb = time(b);
    if (Number.isNaN(ta) || Number.isNaN(tb)) return Number(Number.isNaN(ta)) - Number(Number.isNaN(tb));
    return tb - ta;
  });
}

export const URL_LIKE = /^(?:https?:)?\/\//i;

/** A URL reduced to what identifies a page: no scheme, fragment or trailing slash; host lower-cased. */
function comparableUrl(url: string): string {
  const noScheme = url
    .trim()
    .replace(/^(?:https?:)?\/\//i, '')
    .replace(/#.*$/, '');
  const slash = noScheme.search(/[/?]/);
  const host = slash < 0 ? noScheme : noScheme.slice(0, slash);
  const rest = slash < 0 ? '' : noScheme.slice(slash);
  return host.toLowerCase() + rest.replace(/\/+(?=\?|$)/, '');
}

function byLink(episodes: readonly Episode[], wanted: string): Episode | undefined {
  if (!URL_LIKE.test(wanted)) return undefined;
  const target = comparableUrl(wanted);
  const same = (url: string | undefined) => url !== undefined && comparableUrl(url) === target;
  return episodes.find((e) => same(e.link)) ?? episodes.find((e) => same(e.enclosure?.url));
}

function bySeasonAndEpisode(newestFirst: readonly Episode[], wanted: string): Episode | undefined {
  const match =
    /^s(?:eason)?\s*0*(\d+)\s*[-.,]?\s*e(?:p(?:isode)?)?\.?\s*0*(\d+)$/i.exec(wanted) ??
    /^0*(\d+)x0*(\d+)$/i.exec(wanted);
  if (!match) return undefined;
  const season = Number(match[1]);
  const number = Number(match[2]);
  return newestFirst.find((e) => e.season === season && e.episode === number);
}

/** An episode number as the `episode` attribute writes it (`12`, `#12`, `Ep. 12`). */
export const NUMBER_SPEC = /^(?:(?:ep(?:isode)?|no|nr|folge)\.?\s*|#\s*)?0*(\d+)$/i;

/** Numbers a title uses as the episode's label, most explicit first. */
const TITLE_NUMBER_PATTERNS: readonly RegExp[] = [
  /(?:^|[^\p{L}])(?:episode|ep|folge|episodio|épisode|afl|aflevering)\.?\s*#?\s*0*(\d+)(?!\d)/iu, // Ep 2: …, Episode 12 …
  /(?:^|\s|\()#\s?0*(\d+)(?!\d)/u, // #86 Man of the People
  /^\s*0*(\d+)\s*[:.)|\-–—]/u, // 384: Born To Run Fedora
  /^[\p{L}\s]{1,40}?\s0*(\d+)\s*:/u, // Giant Bombcast 602: Easy Chicken
  /^\p{Lu}{2,6}0*(\d+)(?!\d)/u, // CRE207 Planetarien
];

function titleNumbers(title: string): number[] {
  const numbers: number[] = [];
  for (const pattern of TITLE_NUMBER_PATTERNS) {
    const match = pattern.exec(title);
    if (match) numbers.push(Number(match[1]));
  }
  return numbers;
}

function byNumber(newestFirst: readonly Episode[], wanted: string): Episode | undefined {
  const match = NUMBER_SPEC.exec(wanted);
  if (!match) return undefined;
  const number = Number(match[1]);
  return (
    newestFirst.find((e) => e.episode === number) ?? newestFirst.find((e) => titleNumbers(e.title).includes(number))
  );
}

/** Lower case, one kind of dash and quote, single spaces: how a person retyping a title would write it. */
export function comparableTitle(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A partial title that fits several episodes throws rather than guessing which one the page meant. */
function byTitle(episodes: readonly Episode[], wanted: string): Episode | undefined {
  const target = comparableTitle(wanted);
  const titles = episodes.map((e) => comparableTitle(e.title));
  const exact = titles.indexOf(target);
  if (exact >= 0) return episodes[exact];
  for (const fits of [(t: string) => t.startsWith(target), (t: string) => t.includes(target)]) {
    const hits = episodes.filter((_, i) => fits(titles[i]));
    if (hits.length === 1) return hits[0];
    if (hits.length > 1) throw ambiguous(wanted, hits);
  }
  return undefined;
}

function ambiguous(wanted: string, hits: readonly Episode[]): PodcastEpisodeError {
  const shown = hits.slice(0, 3).map((e) => `"${e.title}"`);
  const more = hits.length > 3 ? ` and ${hits.length - 3} more` : '';
  return new PodcastEpisodeError(
    'episode-not-found',
    `"${wanted}" matches ${hits.length} episodes (${shown.join(', ')}${more}). Use the full title, an episode number, a guid or the episode's link.`,
  );
}

function notFoundMessage(wanted: string, newestFirst: readonly Episode[]): string {
  const example = newestFirst.find((e) => e.episode !== undefined)?.episode ?? 12;
  return `No episode matches "${wanted}". Use episode="latest", an episode number such as "${example}", a guid, the episode's link, or its exact title.`;
}
