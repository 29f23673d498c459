import type { Episode } from '../feed/model.js';
import { tokenize } from './tokenize.js';

/**
 * What `findRelated` needs to compare episodes by what they are about, built once per feed.
 * Plain arrays only, so a Web Worker can build it and post it to the page (structured clone) as it is.
 * All arrays are parallel, indexed by the episode's position in the feed.
 */
export interface RelatedIndex {
  /** Episode ids, in feed order. */
  ids: string[];
  /** Publication times (ms since 1970), `null` for undated episodes: the fallback when nothing is similar. */
  times: (number | null)[];
  /**
   * Each episode's strongest TF-IDF terms, as term numbers in ascending order (the words themselves are not
   * needed to compare, so they are not kept).
   */
  terms: number[][];
  /** The weights of `terms`, scaled so that the episode's whole vector has length 1 (cosine = dot product). */
  weights: number[][];
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
 * Below this cosine two episodes share only incidental words. Cosines are small here (show notes are long and
 * mostly unique): episodes of one series score 0.1 to 0.5, and nine pairs in ten of a real feed under 0.05.
 */
const MIN_SIMILARITY = 0.02;

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
  const add = (text: string | undefined, weight: number, limit?: number) => {
    if (!text) return;
    for (const term of tokenize(text, limit)) counts.set(term, (counts.get(term) ?? 0) + weight);
  };
  add(episode.title, FIELD_WEIGHT.title);
  for (const topic of episode.topics) add(topic.text, FIELD_WEIGHT.topic);
  for (const keyword of episode.keywords) add(keyword, FIELD_WEIGHT.keyword);
  add(notes, FIELD_WEIGHT.notes, NOTES_TERM_LIMIT);
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

  return {
    ids: episodes.map((e) => e.id),
    times: episodes.map((e) => e.published?.getTime() ?? null),
    terms,
    weights,
  };
}

/** Cosine of two unit vectors stored as ascending term numbers and weights: a merge of the two lists. */
function cosine(index: RelatedIndex, a: number, b: number): number {
  const termsA = index.terms[a];
  const termsB = index.terms[b];
  const weightsA = index.weights[a];
  const weightsB = index.weights[b];
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < termsA.length && j < termsB.length) {
    if (termsA[i] === termsB[j]) sum += weightsA[i++] * weightsB[j++];
    else if (termsA[i] < termsB[j]) i++;
    else j++;
  }
  return sum;
}

/** How far apart two episodes are in time; episodes without dates are compared by their place in the feed. */
function distanceInTime(index: RelatedIndex, a: number, b: number): number {
  const ta = index.times[a];
  const tb = index.times[b];
  // Any dated pair is nearer than any pair involving an undated episode.
  if (ta !== null && tb !== null) return Math.abs(ta - tb);
  return Number.MAX_SAFE_INTEGER / 2 + Math.abs(a - b);
}

/**
 * The ids of up to `count` episodes most like `episodeId`, most similar first; never the episode itself, never
 * twice. When fewer than `count` are similar at all, the rest are the episodes nearest in date (so a show whose
 * notes say little still gets "more episodes"). Returns an empty list for an id that is not in the index.
 */
export function findRelated(index: RelatedIndex, episodeId: string, count: number): string[] {
  const self = index.ids.indexOf(episodeId);
  if (self < 0 || count <= 0) return [];
  const n = index.ids.length;
  const scores = new Float64Array(n);
  const similar: number[] = [];
  for (let at = 0; at < n; at++) {
    if (at === self) continue;
    scores[at] = cosine(index, self, at);
    if (scores[at] >= MIN_SIMILARITY) similar.push(at);
  }
  const nearer = (a: number, b: number) => distanceInTime(index, self, a) - distanceInTime(index, self, b);
  const chosen = similar.sort((a, b) => scores[b] - scores[a] || nearer(a, b)).slice(0, count);
  if (chosen.length < count) {
    const taken = new Set(chosen);
    const rest: number[] = [];
    for (let at = 0; at < n; at++) if (at !== self && !taken.has(at)) rest.push(at);
    chosen.push(...rest.sort(nearer).slice(0, count - chosen.length));
  }
  return chosen.map((at) => index.ids[at]);
}
