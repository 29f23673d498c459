/**
 * Building a feed's {@link RelatedIndex}: TF-IDF terms, the parts of multi-part stories, links between episodes.
 * Runs where the feed is parsed (the worker, the main-thread fallback, Node); the page needs only related.ts.
 */
import type { Episode } from '../feed/model.js';
import type { RelatedIndex } from './related.js';
import { tokenize } from './tokenize.js';

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  eins: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  uno: 1,
  dos: 2,
  tres: 3,
  un: 1,
  deux: 2,
  trois: 3,
};
const NUMBER = String.raw`(\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
/** "Part 2", "Pt. 2", "Teil 2", "Day Five", "Parte 1", "Partie 2", "(1/2)", "1 of 3": a part of a longer story. */
const PART_MARKER = new RegExp(
  // "(1/2)" needs its brackets: "07/19/2016" is a date, not part 7 of 19.
  String.raw`(?<![\p{L}\p{N}])(?:(?:part|pt\.?|teil|day|tag|parte|partie)\s*:?\s*${NUMBER}(?![\p{L}\p{N}])|[(\[]\s*${NUMBER}\s*(?:\/|of|von|de)\s*\d{1,2}\s*[)\]]|${NUMBER}\s+(?:of|von|de)\s+\d{1,2}(?![\p{L}\p{N}]))`,
  'giu',
);

/** A title's part marker: the story's stem (the rest of the title, as a key) and the part's number. */
export function partOf(title: string): { stem: string; part: number } | undefined {
  // The last marker counts: "Day 1 Part 2" is part 2 of day 1's story.
  const match = [...title.matchAll(PART_MARKER)].pop();
  if (!match) return undefined;
  const word = (match[1] ?? match[2] ?? match[3]).toLowerCase();
  const part = NUMBER_WORDS[word] ?? Number(word);
  const stem = (title.slice(0, match.index) + ' ' + title.slice(match.index + match[0].length))
    // The episode's own number ("#153 The Real Enemy, Part 2") differs between the parts of one story.
    .replace(/^\s*(?:#|(?:ep(?:isode)?|folge|no)\.?\s*)?\d+\s*[:.\-–—]?\s+/i, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return { stem, part };
}

/** A page address as notes write it: without scheme, `www.`, trailing slash or fragment. */
function pageKey(url: string): string {
  return url
    .trim()
    .replace(/^https?:\/\/(?:www\.)?/i, '')
    .replace(/[#?].*$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

/** Which episodes each episode's notes link to (by the episodes' own page links), both ways. */
function linksBetween(episodes: readonly Episode[]): number[][] {
  const byPage = new Map<string, number>();
  episodes.forEach((e, i) => {
    if (e.link && pageKey(e.link).includes('/')) byPage.set(pageKey(e.link), i);
  });
  const linked = episodes.map(() => new Set<number>());
  if (byPage.size === 0) return linked.map(() => []);
  episodes.forEach((e, i) => {
    for (const match of (e.notesHtml ?? '').matchAll(/href\s*=\s*["']?([^"'\s>]+)/gi)) {
      const target = byPage.get(pageKey(match[1]));
      if (target !== undefined && target !== i) {
        linked[i].add(target);
        linked[target].add(i);
      }
    }
  });
  return linked.map((set) => [...set]);
}

/** How much one occurrence counts, by where it occurs: a title says most about an episode. */
const FIELD_WEIGHT = { title: 3, topic: 2, keyword: 2, notes: 1 } as const;
/** Show notes beyond this many terms add cost, not meaning. */
const NOTES_TERM_LIMIT = 600;
/** Terms kept per episode: the rest weigh little and would only slow comparisons down. */
const TERMS_KEPT = 80;
/** A paragraph found in this share of the episodes (and in three at least) is boilerplate, not content. */
const BOILERPLATE_SHARE = 0.1;

/**
 * Each episode's notes without the paragraphs that several episodes repeat word for word: sponsor blurbs,
 * "support the show", sign-offs. Their words would otherwise make every episode look like every other.
 * Notes that are nothing but such paragraphs give way to the episode's subtitle.
 */
function notesWithoutBoilerplate(episodes: readonly Episode[]): string[] {
  const paragraphsOf = episodes.map((e) => [
    ...new Set(
      e.notesText
        .split(/\n+/)
        .map((p) => p.trim())
        .filter(Boolean),
    ),
  ]);
  const seenIn = new Map<string, number>();
  for (const paragraphs of paragraphsOf) for (const p of paragraphs) seenIn.set(p, (seenIn.get(p) ?? 0) + 1);
  const repeated = Math.max(3, episodes.length * BOILERPLATE_SHARE);
  return paragraphsOf.map(
    (paragraphs, i) =>
      paragraphs.filter((p) => (seenIn.get(p) ?? 0) < repeated).join('\n') || episodes[i].subtitle || '',
  );
}

/** Weighted term counts of one episode. */
function termCounts(episode: Episode, notes: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (text: string | undefined, weight: number, limit?: number, pairs = true) => {
    if (!text) return;
    const terms = tokenize(text, limit);
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + weight);
    // Adjacent word pairs ("clean code", a guest's full name) from the short fields only: measured on the shared
    // feeds they raise precision@4 by 0.04-0.13 for 0-17% more build time; pairs from the notes as well add
    // little more and cost half again the build time (issue 11).
    if (pairs) {
      for (let i = 1; i < terms.length; i++) {
        const pair = `${terms[i - 1]} ${terms[i]}`;
        counts.set(pair, (counts.get(pair) ?? 0) + weight);
      }
    }
  };
  add(episode.title, FIELD_WEIGHT.title);
  for (const topic of episode.topics) add(topic.text, FIELD_WEIGHT.topic);
  for (const keyword of episode.keywords) add(keyword, FIELD_WEIGHT.keyword);
  add(notes, FIELD_WEIGHT.notes, NOTES_TERM_LIMIT, false);
  return counts;
}

/**
 * Builds the similarity index of a feed's episodes: TF-IDF over title (weighted up), topics, keywords and notes.
 * Boilerplate weighs (next to) nothing twice over: paragraphs that several episodes repeat are dropped before
 * counting, and a term's weight falls with the share of episodes that use it, to zero when all do (the show's
 * name, "sponsored by"). Terms found in one episode only are not kept either: they make an episode less like the
 * others, which its vector length still records, but can never make two alike.
 */
export function buildRelatedIndex(episodes: readonly Episode[]): RelatedIndex {
  const notes = notesWithoutBoilerplate(episodes);
  const counts = episodes.map((episode, i) => termCounts(episode, notes[i]));
  const documentFrequency = new Map<string, number>();
  for (const episodeCounts of counts) {
    for (const term of episodeCounts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }

  const n = episodes.length;
  const termNumbers = new Map<string, number>();
  const terms: number[][] = [];
  const weights: number[][] = [];
  for (const episodeCounts of counts) {
    let sumOfSquares = 0;
    const kept: { term: string; weight: number }[] = [];
    for (const [term, count] of episodeCounts) {
      const df = documentFrequency.get(term) ?? 1;
      // A term in every episode weighs nothing; one in half of them, an eighth of one found in two of 384.
      const weight = (1 + Math.log(count)) * Math.log(n / df);
      sumOfSquares += weight * weight;
      if (df > 1) kept.push({ term, weight });
    }
    const norm = Math.sqrt(sumOfSquares) || 1;
    const strongest = kept.sort((a, b) => b.weight - a.weight).slice(0, TERMS_KEPT);
    const numbered = strongest.map(({ term, weight }) => {
      let number = termNumbers.get(term);
      if (number === undefined) termNumbers.set(term, (number = termNumbers.size));
      return { number, weight: weight / norm };
    });
    numbered.sort((a, b) => a.number - b.number);
    terms.push(numbered.map((t) => t.number));
    weights.push(numbered.map((t) => t.weight));
  }

  const parts = episodes.map((e) => partOf(e.title));
  return {
    ids: episodes.map((e) => e.id),
    times: episodes.map((e) => e.published?.getTime() ?? null),
    terms,
    weights,
    stems: parts.map((p) => p?.stem ?? null),
    parts: parts.map((p) => p?.part ?? null),
    linked: linksBetween(episodes),
  };
}
