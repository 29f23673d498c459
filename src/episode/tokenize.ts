/**
 * Words that say nothing about what an episode is about: English function words, and the contractions they
 * become once apostrophes are dropped. Other languages rely on IDF alone (their function words are in every
 * episode, so they weigh next to nothing).
 */
const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are aren arent as at be because been before being ' +
    'below between both but by can cannot could couldnt did didnt do does doesnt doing dont down during each few ' +
    'for from further get gets got had hadnt has hasnt have havent having he hed hell hes her here heres hers ' +
    'herself him himself his how hows i id ill im ive if in into is isnt it its itself just lets like me more most ' +
    'much my myself no nor not now of off on once one only or other ought our ours ourselves out over own really ' +
    'same shant she shed shell shes should shouldnt so some such than that thats the their theirs them themselves ' +
    'then there theres these they theyd theyll theyre theyve this those through to too under until up upon us very ' +
    'via was wasnt we wed well were weve werent what whats when whens where wheres which while who whos whom why ' +
    'whys will with wont would wouldnt you youd youll youre youve your yours yourself yourselves ' +
    'http https www com net org html'
  ).split(' '),
);

/** Web addresses carry hosts and paths, not subjects. */
const URL_PATTERN = /\b(?:https?:\/\/|www\.)\S+/giu;
/** Apostrophes inside words (it's, don’t) are dropped so contractions become one stop word. */
const INNER_APOSTROPHE = /(\p{L})['’](?=\p{L})/gu;
/** A word: letters with their combining marks (Hebrew points, decomposed accents) and digits. */
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
  const words = head.toLowerCase().replace(URL_PATTERN, ' ').replace(INNER_APOSTROPHE, '$1').match(WORD) ?? [];
  for (const word of words) {
    if (word.length < 2 || DIGITS_ONLY.test(word) || STOP_WORDS.has(word)) continue;
    terms.push(singular(word));
    if (terms.length >= limit) break;
  }
  return terms;
}
