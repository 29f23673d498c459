import type { Episode } from '../feed/model.js';
import { decodeEntities } from '../text/entities.js';
import { outlineNotes, type OutlineBlock, type OutlineItem, type OutlineLine } from './notes-outline.js';
import { NOTES_CLOCK_PATTERN } from '../time/parse-clock.js';

/** At most this many topics: the element shows them as a short list, not a table of contents. */
const MAX_TOPICS = 12;
/** Longer topics are cut at a word boundary near this length. */
const MAX_TOPIC_CHARS = 120;

// What a lead-in ("Topics:", "<h5>Show Notes:</h5>", "Sponsored By:") says the list after it is. The word that
// comes first decides: "Links mentioned in this episode" is links, "Topics we discuss with our guest" is topics.
// ASIDE_WORDS name lists that are about the show rather than the episode's subject.
const TOPIC_WORDS =
  /\b(?:(?:key )?topics?|in (?:this|today'?s) (?:episode|show)|on (?:this|today'?s) (?:episode|show)|this (?:episode|week)|we (?:discuss|talk|cover|chat|dig|dive|get into)\w*|discuss(?:ed|ing)?|what we (?:cover|discuss|talk about)\w*|(?:covered|discussed) in|show ?notes|agenda|highlights|rundown|segments?|outline|timestamps?|chapters?|themen|inhalt|temas|sujets)\b/i;
const REFERENCE_WORDS =
  /\b(?:links?|weblinks?|resources?|references?|mentioned|sources?|(?:further |recommended )?reading|read more|books?|tools?|picks?|tips?|related|previous(?:ly)?|see also|check out)\b/i;
const ASIDE_WORDS =
  /\b(?:news|announcements?|housekeeping|reviews?|feedback|mailbag|errata|giveaways?|contests?|survey|sponsor\w*|support\w*|donat\w*|patreon|patrons?|follow|social|on the (?:web|internet)|find (?:us|me|him|her|them)|connect|subscribe|contact|merch\w*|credits?|music|thanks?|thank you|advertis\w*|partners?|promo\w*|offers?|discount|coupon|listen on|available on|hosts?|guests?|panel|crew|unterstütz\w*|spenden)\b/i;

/** Items that name a place to follow someone, not a subject. */
const SOCIAL_ITEM =
  /^(?:twitter|x|facebook|instagram|linkedin|youtube|github|gitlab|web ?site|homepage|home page|blog|site|mastodon|threads|bluesky|tiktok|dribbble|medium|behance|e-?mail|newsletter|patreon|rss|spotify|apple podcasts|itunes|google podcasts|overcast|pocket casts|stitcher|discord|slack|telegram|twitch|reddit|soundcloud|bandcamp|flickr|xing|vimeo|substack|ko-?fi|paypal|portfolio|profile|\w+ profile|art|web)$/i;

/** "Topics: a; b; c" written on one line. */
const INLINE_TOPICS =
  /^(?:(?:key )?topics?(?: covered| discussed)?|themen|temas|sujets|in this episode|we discuss|we cover|covered|discussed|agenda|highlights)\s*[:：–—-]\s*(.+)$/i;

/** "- item", "• item", "1. item" in notes written as plain text. */
const BULLET = /^\s*(?:[-–—•*·▪►✓→]|\d{1,2}[.)])\s+(?=\S)/;

/** A time as show notes write it: the one chapter lines use (see chapters/from-notes.ts). */
const TIMESTAMP = NOTES_CLOCK_PATTERN;
/** "12:34 – Topic", "(00:12:34) Topic", "[1:02:03] Topic". */
const LEADING_TIMESTAMP = new RegExp(String.raw`^[\[(]?\s*${TIMESTAMP}\s*[\])]?\s*(?:[-–—:|.>]\s*)?(?=\S)`);
/** "Topic – 12:34", "Topic (12:34)". */
const TRAILING_TIMESTAMP = new RegExp(String.raw`\s*(?:[-–—|@]\s*)?[\[(]?\s*${TIMESTAMP}\s*[\])]?$`);
const ONLY_TIMESTAMP = new RegExp(String.raw`^[\[(]?\s*${TIMESTAMP}\s*[\])]?$`);

/** Chapter names every episode has: they say nothing about this one. */
const ROUTINE_CHAPTER =
  /^(?:(?:cre|show|the|podcast)\s+)?(?:intro(?:duction)?|outro|opening|closing|start|end|ende|abschied|begrüßung|verabschiedung|pre-?roll|post-?roll|pre-?show|post-?show|mid-?roll|ads?|sponsors?|werbung|credits)$/i;

/**
 * What a list in the notes is: `topics`; `references` (links to what the episode mentions); `aside` (sponsors,
 * support, social profiles, hosts and guests, news and housekeeping: never topics); `plain` (no telling).
 */
type ListKind = 'topics' | 'references' | 'aside' | 'plain';

/** What a lead-in line says about the list after it: the earliest of the three vocabularies wins. */
function leadInKind(leadIn: string | undefined): ListKind {
  if (!leadIn) return 'plain';
  let kind: ListKind = 'plain';
  let at = Number.POSITIVE_INFINITY;
  // Link words only count in a heading-like line, not somewhere in a paragraph that happens to precede a list.
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

/** A list's kind from its lead-in, else from its items: social profiles are an aside, all-link lists references. */
function listKind(items: readonly OutlineItem[], leadIn: string | undefined): ListKind {
  const fromLeadIn = leadInKind(leadIn);
  if (fromLeadIn !== 'plain') return fromLeadIn;
  const social = items.filter((i) => SOCIAL_ITEM.test(i.text.replace(/[:.]$/, ''))).length;
  if (social * 2 >= items.length) return 'aside';
  const links = items.filter((i) => i.linkChars >= 0.8 * i.text.replace(/\s+/g, '').length).length;
  return links * 10 >= items.length * 6 ? 'references' : 'plain';
}

/** A candidate source of topics: its kind, its raw texts, and the heading-like line right before it, if any. */
interface Candidate {
  kind: ListKind;
  texts: string[];
  heading?: string;
}

/** An item's topic text: the title of a link-led item ("<a>Title</a> — blurb" → "Title"), else the whole text. */
function itemText(item: OutlineItem): string {
  const lead = item.leadingLink;
  if (lead && item.text.startsWith(lead)) {
    const rest = item.text.slice(lead.length).trim();
    if (rest === '' || /^[-–—:|]/.test(rest)) return lead;
  }
  return item.text;
}

/** The last line before block `at`, when the block right before it is a line: its lead-in. */
function leadInBefore(blocks: readonly OutlineBlock[], at: number): string | undefined {
  const previous = blocks[at - 1];
  return previous?.kind === 'line' ? previous.text : undefined;
}

/** Every list-shaped source in the notes: `ul`/`ol`, runs of bullet lines, lines under a topic heading, inline lists. */
function listCandidates(blocks: readonly OutlineBlock[]): Candidate[] {
  const found: Candidate[] = [];
  for (let at = 0; at < blocks.length; at++) {
    const block = blocks[at];
    if (block.kind === 'list') {
      const leadIn = leadInBefore(blocks, at);
      found.push({ kind: listKind(block.items, leadIn), texts: block.items.map(itemText), heading: asHeading(leadIn) });
      continue;
    }
    const inline = INLINE_TOPICS.exec(block.text);
    if (inline) {
      const texts = splitInline(inline[1]);
      if (texts.length >= 2) found.push({ kind: 'topics', texts });
      continue;
    }
    if (BULLET.test(block.text)) {
      let end = at;
      while (blocks[end]?.kind === 'line' && BULLET.test((blocks[end] as OutlineLine).text)) end++;
      if (end - at >= 2) {
        const lines = blocks.slice(at, end) as OutlineLine[];
        const items = lines.map((l) => ({ ...l, text: l.text.replace(BULLET, '') }));
        const leadIn = leadInBefore(blocks, at);
        found.push({ kind: listKind(items, leadIn), texts: items.map((i) => i.text), heading: asHeading(leadIn) });
        at = end - 1;
      }
      continue;
    }
    const underHeading = linesUnderTopicHeading(blocks, at);
    if (underHeading.lines.length >= 2) {
      found.push({ kind: 'topics', texts: underHeading.lines });
      at = underHeading.end - 1;
    }
  }
  return found;
}

/** A lead-in that reads as a section heading ("Vertical Formatting"), not a sentence or a bare "Why?". */
function asHeading(leadIn: string | undefined): string | undefined {
  const text = leadIn?.replace(/(?:https?:\/\/|www\.)\S+/gi, '').trim();
  if (!text || text.length > 80 || /^\S+(?:\s+\S+){0,2}\?$/.test(text)) return undefined;
  return text;
}

/**
 * Notes written as an outline, each section a heading and a list of points: the headings name the topics better
 * than any one section's points. Needs three such sections, so one list after a stray line does not count.
 */
function sectionHeadings(candidates: readonly Candidate[]): string[] {
  const headings = candidates.filter((c) => c.kind === 'plain' && c.heading !== undefined).map((c) => c.heading!);
  return headings.length >= 3 ? headings : [];
}

/** "a; b; c" or "a, b and c" → its parts. */
function splitInline(text: string): string[] {
  const bySeparator = text.split(/\s*[;•·|]\s*/);
  const parts = bySeparator.length > 1 ? bySeparator : text.split(/\s*,\s*/);
  const last = parts.pop() ?? '';
  parts.push(...(parts.length > 0 ? last.split(/\s+(?:and|&|und|y|i|et)\s+/) : [last]));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * Paragraph-per-topic notes: a short heading such as "Show Notes" standing on its own line, then short lines.
 * Returns those lines (none when `at` is not such a heading) and the index of the first block after them.
 */
function linesUnderTopicHeading(blocks: readonly OutlineBlock[], at: number): { lines: string[]; end: number } {
  const heading = blocks[at] as OutlineLine;
  const next = blocks[at + 1];
  const none = { lines: [], end: at + 1 };
  // A heading, not a sentence: "Show Notes", "Topics:", but not "This week — a new technology falls into…".
  if (!heading.hard || heading.text.length > 60 || /[.!?]$/.test(heading.text)) return none;
  if (leadInKind(heading.text) !== 'topics') return none;
  // Bullet lines under the heading are read as a list of their own.
  if (!next || next.kind !== 'line' || !next.hard || BULLET.test(next.text)) return none;
  const lines: string[] = [];
  let end = at + 1;
  for (; end < blocks.length; end++) {
    const block = blocks[end];
    if (block.kind !== 'line' || !block.hard) break;
    // A run of several links ("A — B — C.") lists references, not a topic.
    if (block.links >= 3 || (block.links === 2 && block.linkChars * 2 >= block.text.length)) continue;
    if (block.text.length > 150) break;
    // Timestamped lines are chapters, read as such further down the order.
    if (ONLY_TIMESTAMP.test(block.text) || LEADING_TIMESTAMP.test(block.text)) return none;
    if (/[:：]$/.test(block.text) && leadInKind(block.text) !== 'plain') break;
    lines.push(block.text);
  }
  return { lines, end };
}

/** Topics from lines that carry a timestamp: "12:34 Topic", "Topic (12:34)", or a line, then its time alone. */
function timestampedLines(blocks: readonly OutlineBlock[]): string[] {
  const texts: string[] = [];
  for (let at = 0; at < blocks.length; at++) {
    const block = blocks[at];
    if (block.kind !== 'line') continue;
    const text = block.text.replace(BULLET, '');
    if (ONLY_TIMESTAMP.test(text)) {
      const previous = blocks[at - 1];
      if (previous?.kind === 'line' && previous.text.length <= 100 && !TRAILING_TIMESTAMP.test(previous.text)) {
        texts.push(previous.text);
      }
    } else if (LEADING_TIMESTAMP.test(text)) {
      texts.push(text.replace(LEADING_TIMESTAMP, ''));
    } else if (TRAILING_TIMESTAMP.test(text)) {
      const title = text.replace(TRAILING_TIMESTAMP, '');
      // "Duration: 1:36:29" is a label with a value, not a chapter; a long line is prose that ends with a time.
      if (!/[:：]$/.test(title) && title.length <= 100) texts.push(title);
    }
  }
  return texts.filter((t) => !ROUTINE_CHAPTER.test(t.trim()));
}

/** Cuts a long topic at the last word boundary before the limit and marks the cut. */
function shorten(text: string): string {
  if (text.length <= MAX_TOPIC_CHARS) return text;
  const cut = text.slice(0, MAX_TOPIC_CHARS);
  const space = cut.lastIndexOf(' ');
  const head = space > MAX_TOPIC_CHARS / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.\-–—(]+$/, '')}…`;
}

/** Plain, short, link-free text: what a reader sees in the topic list. */
function cleanTopic(raw: string): string {
  const text = decodeEntities(raw)
    .replace(/<[^>]*>/g, ' ')
    .replace(/(?:https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEADING_TIMESTAMP, '')
    .replace(/^[-–—•*·▪►✓→:;,|\s]+/, '')
    .replace(/[\s:;,|\-–—]+$/, '');
  return /[\p{L}\p{N}]/u.test(text) ? shorten(text) : '';
}

/** Cleaned, without empties and repeats (ignoring case), at most `MAX_TOPICS`. */
function finish(texts: readonly string[]): string[] {
  const topics: string[] = [];
  const seen = new Set<string>();
  for (const raw of texts) {
    const topic = cleanTopic(raw);
    const key = topic.toLowerCase();
    if (!topic || seen.has(key)) continue;
    seen.add(key);
    topics.push(topic);
    if (topics.length === MAX_TOPICS) break;
  }
  return topics;
}

/**
 * The topics an episode covers, as short plain-text strings (no markup, entities decoded, at most 12, each at
 * most about 120 characters, no repeats). Taken from the first of these that yields any:
 * 1. a list introduced as topics: a `ul`/`ol` (or bullet lines, or short lines) after a lead-in such as "Topics",
 *    "Key topics", "In this episode", "We discuss", "Show notes", "What we cover", "Themen" — a heading, a bold
 *    paragraph or a line ending in ":" — or a one-line "Topics: a; b; c";
 * 2. notes written as an outline (three or more lists, each under a short heading): the headings;
 * 3. the first list that is neither an aside (sponsors, support, "X on the web", social profiles, hosts, news and
 *    housekeeping) nor references ("Links", "Resources", or a list of nothing but links);
 * 4. the inline (Podlove) chapters, without routine ones such as "Intro";
 * 5. lines that start (or end) with a timestamp: "12:34 – Topic", "(00:12:34) Topic", "[1:02:03] Topic";
 * 6. the first list of references ("Links:"): what an episode links to still says what it is about, better than
 *    keywords shared by the whole show;
 * 7. the item's keywords.
 * Asides are never topics.
 */
export function extractTopics(
  episode: Pick<Episode, 'notesHtml' | 'keywords'> & Partial<Pick<Episode, 'inlineChapters'>>,
): string[] {
  const blocks = outlineNotes(episode.notesHtml ?? '');
  const candidates = listCandidates(blocks);
  const sources: (() => readonly string[])[] = [
    () => candidates.find((c) => c.kind === 'topics')?.texts ?? [],
    () => sectionHeadings(candidates),
    () => candidates.find((c) => c.kind === 'plain')?.texts ?? [],
    () => (episode.inlineChapters ?? []).map((c) => c.title).filter((t) => !ROUTINE_CHAPTER.test(t.trim())),
    () => {
      const lines = timestampedLines(blocks);
      return lines.length >= 2 ? lines : [];
    },
    () => candidates.find((c) => c.kind === 'references')?.texts ?? [],
    () => episode.keywords ?? [],
  ];
  for (const source of sources) {
    const topics = finish(source());
    if (topics.length > 0) return topics;
  }
  return [];
}
