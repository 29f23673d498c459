/**
 * What a lead-in says a list is, and which items are asides (never topics) whatever list they stand in: the word
 * lists of topic-words.ts compiled once.
 */
import { wordsOf } from './topic-words.js';

/** Whole words of any script: `\b` only knows ASCII letters ("Themen" yes, "références" no). */
const anyWord = (fragments: readonly string[]) =>
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${fragments.join('|')})(?![\p{L}\p{N}])`, 'iu');

const TOPIC_WORDS = anyWord(wordsOf('topicLeadIns'));
const REFERENCE_WORDS = anyWord(wordsOf('referenceLeadIns'));
const ASIDE_WORDS = anyWord(wordsOf('asideLeadIns'));
// No `u` flag where no `\p{…}` is needed: case-insensitive Unicode matching is some 30 times slower in V8.
// Item patterns that may match anywhere ("….*sponsored by") are searched once, unanchored; a leading `.*` in one
// alternation with the others would backtrack over every item once per pattern.
const ANYWHERE = wordsOf('asideItems').filter((p) => p.startsWith('.*'));
const ASIDE_ITEM_START = new RegExp(
  `^(?:${wordsOf('asideItems')
    .filter((p) => !p.startsWith('.*'))
    .join('|')})`,
  'i',
);
const ASIDE_ITEM_ANYWHERE = new RegExp(ANYWHERE.map((p) => p.slice(2)).join('|'), 'i');
const ROUTINE_CHAPTER = new RegExp(String.raw`^(?:${wordsOf('routineChapters').join('|')})[\s.!:]*$`, 'i');

/** Items that name a place to follow someone, not a subject. */
const SOCIAL_ITEM =
  /^(?:twitter|x|facebook|instagram|linkedin|youtube|github|gitlab|web ?site|homepage|home page|blog|site|mastodon|threads|bluesky|tiktok|dribbble|medium|behance|e-?mail|newsletter|patreon|rss|spotify|apple podcasts|itunes|google podcasts|overcast|pocket casts|stitcher|discord|slack|telegram|twitch|reddit|soundcloud|bandcamp|flickr|xing|vimeo|substack|ko-?fi|paypal|portfolio|profile|\w+ profile|art|web|app\.net|website)$/i;
/** A profile named by its kind alone ("Twitter", "Website", "GV Profile"); "Dribbble" or "Medium" may be subjects. */
const GENERIC_PROFILE =
  /^(?:twitter|x|facebook|instagram|linkedin|web ?site|homepage|home page|blog|e-?mail|newsletter|patreon|rss|portfolio|profile|\w+ profile|mastodon|threads|bluesky|tiktok)[:.]?$/i;
/** "@handle", "Twitter - @handle", "mail@example.com": where to reach someone. */
const HANDLE = /(?:^|\s|[:(])@[\w.]{2,}|[\w.+-]+@[\w-]+\.[\w.]+/;
/** A key, hash or node id ("Node: 0396693dee59…"): addressed to machines, not listeners. */
const MACHINE_ID = /[0-9a-f]{24,}/i;
/** "12:34", "(1:02:03)", "[00:12]": a time and nothing else. */
const BARE_TIME = /^[[(]?\s*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\.\d+)?\s*[\])]?$/;

/**
 * What a list in the notes is: `topics`; `references` (links to what the episode mentions); `aside` (sponsors,
 * support, social profiles, credits, news and housekeeping: never topics); `plain` (no telling).
 */
export type ListKind = 'topics' | 'references' | 'aside' | 'plain';

/** What a lead-in line says about the list after it: the vocabulary whose word comes first wins. */
export function leadInKind(leadIn: string | undefined): ListKind {
  if (!leadIn) return 'plain';
  let kind: ListKind = 'plain';
  let at = Number.POSITIVE_INFINITY;
  // Link and aside words only count in a heading-like line, not somewhere in a paragraph before a list.
  const short = leadIn.length <= 80 || /[:：]$/.test(leadIn);
  for (const [words, candidate, applies] of [
    [TOPIC_WORDS, 'topics', leadIn.length <= 200],
    [REFERENCE_WORDS, 'references', short],
    [ASIDE_WORDS, 'aside', short],
  ] as const) {
    const index = applies ? leadIn.search(words) : -1;
    if (index >= 0 && index < at) [kind, at] = [candidate, index];
  }
  return kind;
}

/** A social profile's name ("Twitter", "Website", "GV Profile"): where to follow someone. */
export function isSocialItem(text: string): boolean {
  return SOCIAL_ITEM.test(text.replace(/[:.]$/, '').trim());
}

/**
 * An item that is never a topic, in any list: sponsor, ad, affiliate and price lines; support and donation
 * appeals; social handles and "X on Twitter"; credits (producers, hosts, artwork, music); download, subscribe and
 * newsletter lines; generator footers; a bare timestamp; a hash or node id.
 */
export function isAsideItem(text: string): boolean {
  const plain = text.trim();
  return (
    ASIDE_ITEM_START.test(plain) ||
    ASIDE_ITEM_ANYWHERE.test(plain) ||
    HANDLE.test(plain) ||
    BARE_TIME.test(plain) ||
    MACHINE_ID.test(plain) ||
    GENERIC_PROFILE.test(plain)
  );
}

/** A chapter name every episode has ("Intro", "Begrüßung", "Organisatorisches", "Sponsor: Acme", "Outro"). */
export function isRoutineChapter(title: string): boolean {
  return ROUTINE_CHAPTER.test(title.trim());
}
