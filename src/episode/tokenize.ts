/**
 * Words that say nothing about what an episode is about: English function words, and the pieces contractions
 * leave once apostrophes split them ("don't" → "don", "we'll" → "ll"). Other languages rely on IDF alone: their
 * function words are in every episode, so they weigh next to nothing.
 */
const STOP_WORDS = new Set(
  (
    'about above after again against all also am an and any are as at be because been before being below between ' +
    'both but by can cannot could did do does doing down during each few for from further get gets got had has ' +
    'have having he her here hers herself him himself his how if in into is it its itself just let like me more ' +
    'most much my myself no nor not now of off on once one only or other ought our ours ourselves out over own ' +
    'really same she should so some such than that the their theirs them themselves then there these they this ' +
    'those through to too under until up upon us very via was we were what when where which while who whom why ' +
    'will with would you your yours yourself yourselves ' +
    'aren couldn didn doesn don hadn hasn haven isn ll re shan shouldn ve wasn weren won wouldn ' +
    'http https www com net org html'
  ).split(' '),
);

/** Web addresses carry hosts and paths, not subjects. */
const URL_PATTERN = /(?:https?:\/\/|www\.)\S+/giu;
/**
 * A word: letters with their combining marks (Hebrew points, decomposed accents) and digits. Apostrophes split
 * words, so elisions lose their article (Catalan "l'estrena" → "estrena") and contractions their ending.
 */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const DIGITS_ONLY = /^\p{N}+$/u;
const PLAIN_LATIN = /^[a-z]+$/;

/**
 * Folds an English plural to its singular (`patterns` → `pattern`, `stories` → `story`) so both forms count as
 * one term. Deliberately light: only plain ASCII words longer than four letters, never `-ss`, `-us` or `-is`.
 */
function singular(word: string): string {
  if (word.length <= 4 || !PLAIN_LATIN.test(word) || !word.endsWith('s')) return word;
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('ies') && word.length > 5) return `${word.slice(0, -3)}y`;
  return word.slice(0, -1);
}

/**
 * Splits text into the terms the related-episodes index compares: lower-cased Unicode words (any script), without
 * web addresses, numbers, one-letter words and English stop words, plurals folded to singular.
 * Stops after `limit` terms, so one very long set of show notes costs no more than a normal one.
 */
export function tokenize(text: string, limit = Number.POSITIVE_INFINITY): string[] {
  const terms: string[] = [];
  if (!text || limit <= 0) return terms;
  // Words average well under 16 characters: reading that much is enough to reach `limit` terms.
  const head = Number.isFinite(limit) ? text.slice(0, limit * 16) : text;
  const words = head.toLowerCase().replace(URL_PATTERN, ' ').match(WORD) ?? [];
  for (const word of words) {
    if (word.length < 2 || DIGITS_ONLY.test(word) || STOP_WORDS.has(word)) continue;
    terms.push(singular(word));
    if (terms.length >= limit) break;
  }
  return terms;
}
