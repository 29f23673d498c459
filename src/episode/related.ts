/**
 * Related episodes from a feed's {@link RelatedIndex} (built by related-index.ts, in the parser worker): what the
 * element runs on the page. Parts of one story first, then linked episodes, then the most similar by content.
 */

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
  /**
   * Parts of one story: the title without its part marker ("Game of the Year 2018: Day Five Deliberations" →
   * "game of the year 2018 deliberations", see related-index.ts), `null` for a title without one.
   */
  stems?: (string | null)[];
  /** The part's number ("Day Five" → 5, "(1/2)" → 1), `null` without a part marker. */
  parts?: (number | null)[];
  /** For each episode, the positions of the episodes its notes link to or that link to it. */
  linked?: number[][];
}

/**
 * Below this cosine two episodes share only incidental words. Cosines are small here (show notes are long and
 * mostly unique): episodes of one series score 0.1 to 0.5, and nine pairs in ten of a real feed under 0.05.
 */
const MIN_SIMILARITY = 0.02;

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

/** Two parts published this close together belong to one story (a show recorded in parts, posted at once). */
const SAME_DAY_MS = 12 * 60 * 60 * 1000;

/**
 * The other parts of `self`'s story, nearest part first: the same title stem with a part marker ("Day One" …
 * "Day Five"), or, when the stems differ (part titles that name the guests), parts published the same day.
 */
function otherParts(index: RelatedIndex, self: number): number[] {
  const stems = index.stems ?? [];
  const parts = index.parts ?? [];
  const part = parts[self];
  if (part === null || part === undefined) return [];
  const stem = stems[self] ?? '';
  // Of each other part number, only the nearest in time: one story has one Part 2. ("Part 2: Sid Fernando" every
  // few weeks is a guest's slot, not a story; a daily show's next Part 1 may come out less than a day after this
  // Part 2, but later than this day's own Part 1.)
  const sameStem = new Map<number, number>();
  const sameDay = new Map<number, number>();
  const ta = index.times[self];
  const nearest = (chosen: Map<number, number>, other: number, at: number) => {
    const best = chosen.get(other);
    if (best === undefined || distanceInTime(index, self, at) < distanceInTime(index, self, best))
      chosen.set(other, at);
  };
  for (let at = 0; at < index.ids.length; at++) {
    const other = parts[at];
    if (at === self || other === null || other === undefined || other === part) continue;
    const tb = index.times[at];
    if (stem.length >= 3 && stems[at] === stem) nearest(sameStem, other, at);
    else if (ta !== null && tb !== null && Math.abs(ta - tb) <= SAME_DAY_MS) nearest(sameDay, other, at);
  }
  const found = [...sameStem.values()];
  for (const at of sameDay.values()) if (!sameStem.has(parts[at]!)) found.push(at);
  return found.sort(
    (a, b) =>
      Math.abs(parts[a]! - part) - Math.abs(parts[b]! - part) ||
      distanceInTime(index, self, a) - distanceInTime(index, self, b),
  );
}

/** The ids of the other parts of `episodeId`'s story (see {@link findRelated}), nearest part first. */
export function storyParts(index: RelatedIndex, episodeId: string): string[] {
  const self = index.ids.indexOf(episodeId);
  return self < 0 ? [] : otherParts(index, self).map((at) => index.ids[at]);
}

/**
 * The ids of up to `count` episodes most like `episodeId`; never the episode itself, never twice. Parts of the
 * same story come first (same title stem with a part marker such as "Part 2", "Teil 2", "(1/2)", "Day Three", or
 * parts published the same day), then the episodes its notes link to (or that link to it), then the most similar
 * by content. When fewer than `count` are similar at all, the rest are the episodes nearest in date (so a show
 * whose notes say little still gets "more episodes"). Returns an empty list for an id that is not in the index.
 */
export function findRelated(index: RelatedIndex, episodeId: string, count: number): string[] {
  const self = index.ids.indexOf(episodeId);
  if (self < 0 || count <= 0) return [];
  const n = index.ids.length;
  const chosen: number[] = [];
  const taken = new Set<number>([self]);
  const take = (at: number) => {
    if (chosen.length < count && !taken.has(at)) {
      taken.add(at);
      chosen.push(at);
    }
  };
  for (const at of otherParts(index, self)) take(at);
  const nearer = (a: number, b: number) => distanceInTime(index, self, a) - distanceInTime(index, self, b);
  for (const at of [...(index.linked?.[self] ?? [])].sort(nearer)) take(at);

  const scores = new Float64Array(n);
  const similar: number[] = [];
  for (let at = 0; at < n; at++) {
    if (taken.has(at)) continue;
    scores[at] = cosine(index, self, at);
    if (scores[at] >= MIN_SIMILARITY) similar.push(at);
  }
  for (const at of similar.sort((a, b) => scores[b] - scores[a] || nearer(a, b))) take(at);
  if (chosen.length < count) {
    const rest: number[] = [];
    for (let at = 0; at < n; at++) if (!taken.has(at)) rest.push(at);
    for (const at of rest.sort(nearer)) take(at);
  }
  return chosen.map((at) => index.ids[at]);
}
