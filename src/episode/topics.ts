import type { Episode, Podcast, Topic } from '../feed/model.js';
import { decodeEntities } from '../text/entities.js';
import { chapterListShown, chapterTitlesAsTopics } from '../chapters/chapter-titles-as-topics.js';
import { isAsideItem, isSocialItem, leadInKind, type ListKind } from './asides.js';
import { outlineNotes, type OutlineBlock, type OutlineLine, type TextRun } from './notes-outline.js';
import { NOTES_CLOCK_PATTERN } from '../time/parse-clock.js';

/** At most this many topics: the element shows them as a short list, not a table of contents. */
const MAX_TOPICS = 12;
/** A topic is a short phrase or sentence: longer ones are cut at a clause boundary before this length... */
const MAX_TOPIC_CHARS = 90;
/** ...unless they are at most this much longer. */
const SLACK_CHARS = 20;
/**
 * A candidate found in this share of a feed's episodes (and in three at least) is the show's boilerplate: the same
 * keywords, sponsor, support line or segment name on every episode says nothing about any one of them.
 */
const RECURRING_SHARE = 0.1;
const RECURRING_MIN = 3;

/** "Topics: a; b; c" written on one line. */
const INLINE_TOPICS =
  /^(?:(?:key )?topics?(?: covered| discussed)?|themen|temas|sujets|thèmes|in this episode|we discuss|we cover|covered|discussed|agenda|highlights)\s*[:：–—-]\s*(.+)$/i;
/** "- item", "• item", "1. item" in notes written as plain text. */
const BULLET = /^\s*(?:[-–—•*·▪►✓→]|\d{1,2}[.)])\s+(?=\S)/;

/** A time as show notes write it: the one chapter lines use (see chapters/from-notes.ts). */
const TIMESTAMP = NOTES_CLOCK_PATTERN;
/** "12:34 – Topic", "(00:12:34) Topic", "[1:02:03] Topic". */
const LEADING_TIMESTAMP = new RegExp(String.raw`^[\[(]?\s*${TIMESTAMP}\s*[\])]?\s*(?:[-–—:|.>]\s*)?(?=\S)`);
/** "Topic – 12:34", "Topic (12:34)". */
const TRAILING_TIMESTAMP = new RegExp(String.raw`\s*(?:[-–—|@]\s*)?[\[(]?\s*${TIMESTAMP}\s*[\])]?$`);
const ONLY_TIMESTAMP = new RegExp(String.raw`^[\[(]?\s*${TIMESTAMP}\s*[\])]?$`);
/** Quoted titles in prose: „…“, «…», “…”, "…". */
const QUOTED = /„([^“”"]{2,70})[“”"]|«\s?([^»]{2,70}?)\s?»|“([^”]{2,70})”|"([^"]{2,70})"/g;

/** Where a topic came from, in the order they are tried (see {@link extractTopics}). */
type SourceKind = 'topics' | 'headings' | 'plain' | 'chapters' | 'references' | 'keywords' | 'prose';

/** A topic as found: its cleaned text, its link, and whether it carried a timestamp (then it is a chapter). */
interface Draft extends Topic {
  timed?: boolean;
}

interface Source {
  kind: SourceKind;
  drafts: Draft[];
}

/** What {@link extractTopics} knows about the rest of the feed. */
export interface TopicContext {
  /**
   * Keys (see `keyOf`) of candidates that recur across the feed's episodes (and openings of long ones, see
   * `openingOf`), and of the show's own keywords.
   */
  boilerplate: ReadonlySet<string>;
  /**
   * The hosts' full names, lower-cased: a line that names one ("… my friend on the other end, Dave Jones!") is the
   * show introducing itself, not a topic.
   */
  hosts?: readonly string[];
}

const NO_CONTEXT: TopicContext = { boilerplate: new Set() };

type TopicEpisode = Pick<Episode, 'notesHtml' | 'keywords'> &
  Partial<Pick<Episode, 'inlineChapters' | 'chapters' | 'notesText' | 'duration' | 'title' | 'persons'>>;

const keys = new Map<string, string>();

/** The same candidate however it is written: case, spacing, punctuation and numbers ("1393 Club") do not count. */
function keyOf(text: string): string {
  let key = keys.get(text);
  if (key !== undefined) return key;
  // Feeds repeat the same lines on every episode: worth remembering, within bounds.
  if (keys.size > 20_000) keys.clear();
  key = text
    .toLowerCase()
    .replace(/\p{N}+/gu, '#')
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim();
  keys.set(text, key);
  return key;
}

/**
 * The opening words of a sentence-long candidate: "And In Alabama, the man who …", "Become a member of the 1394
 * Club …" open every episode's notes with a tail that changes. Shorter candidates have none (`undefined`).
 */
function openingOf(key: string): string | undefined {
  const words = key.split(' ');
  return words.length >= 6 ? `${words.slice(0, 4).join(' ')} …` : undefined;
}

/** An absolute http(s) address, or nothing: topic links end up in `href`. */
function httpUrl(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(decodeEntities(href).trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Cuts a long topic to a short one: at the last clause boundary (". ", "; ", ": ", ", ", " – ", " (") that leaves
 * at least a third of the limit, else at the last word boundary, marked "…". Never mid-word.
 */
function shorten(text: string): string {
  // "About 90": a phrase a little longer reads better whole than cut.
  if (text.length <= MAX_TOPIC_CHARS + SLACK_CHARS) return text;
  const head = text.slice(0, MAX_TOPIC_CHARS + 1);
  let clause = -1;
  for (const match of head.matchAll(/[.!?;:](?=\s)|,(?=\s)|\s[-–—|]\s|\s\(/g)) {
    if (match.index >= MAX_TOPIC_CHARS / 3 && match.index <= MAX_TOPIC_CHARS) clause = match.index;
  }
  if (clause > 0) {
    const cut = head.slice(0, clause).replace(/[\s,;:\-–—(]+$/, '');
    return /[.!?]$/.test(head[clause]) && head[clause] !== '.' ? cut + head[clause] : cut;
  }
  const space = head.lastIndexOf(' ', MAX_TOPIC_CHARS - 1);
  const words = space > MAX_TOPIC_CHARS / 2 ? head.slice(0, space) : head.slice(0, MAX_TOPIC_CHARS - 1);
  return `${words.replace(/[\s,;:.\-–—(]+$/, '')}…`;
}

/** Plain, short, link-free text: what a reader sees in the topic list ('' when nothing is left). */
function cleanTopic(raw: string): string {
  const text = decodeEntities(raw)
    .replace(/<[^>]*>/g, ' ')
    .replace(/(?:https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEADING_TIMESTAMP, '')
    // "WP: Moderne": the Wikipedia marker of Podlove link lists.
    .replace(/^(?:WP|Wikipedia)\s*:\s*/i, '')
    .replace(/^[-–—•*·▪►✓→:;,|\s]+/, '')
    .replace(/[\s:;,|\-–—]+$/, '');
  return /[\p{L}\p{N}]/u.test(text) ? shorten(text) : '';
}

/** A draft from raw text: cleaned, with its link when the text is the link's, marked when it had a timestamp. */
function draft(raw: string, href?: string): Draft | undefined {
  const trimmed = raw.trim();
  // The cheap test first: the trailing pattern, unanchored at its start, is slow on long text.
  const endsInTime = raw.length <= 100 && /\d:\d\d\s*[\])]?$/.test(trimmed) && TRAILING_TIMESTAMP.test(trimmed);
  const timed = LEADING_TIMESTAMP.test(trimmed) || endsInTime;
  const text = cleanTopic(timed ? raw.replace(TRAILING_TIMESTAMP, '') : raw);
  if (!text) return undefined;
  const url = httpUrl(href);
  return { text, ...(url ? { url } : {}), ...(timed ? { timed } : {}) };
}

const drafts = (items: readonly (Draft | undefined)[]): Draft[] => items.filter((d): d is Draft => d !== undefined);

/** An item's topic: the title of a link-led item ("<a>Title</a> — blurb" → "Title", with its link), else the text. */
function itemDraft(item: TextRun): Draft | undefined {
  const lead = item.leadingLink;
  if (lead && item.text.startsWith(lead)) {
    const rest = item.text.slice(lead.length).trim();
    if (rest === '' || /^[-–—:|]/.test(rest)) return draft(lead, item.leadingHref);
  }
  return draft(item.text);
}

/** A list's kind from its lead-in, else from its items: social profiles are an aside, all-link lists references. */
function listKind(items: readonly TextRun[], leadIn: string | undefined): ListKind {
  const fromLeadIn = leadInKind(leadIn);
  if (fromLeadIn !== 'plain') return fromLeadIn;
  const social = items.filter((i) => isSocialItem(i.text)).length;
  if (social * 2 >= items.length) return 'aside';
  const links = items.filter((i) => i.linkChars >= 0.8 * i.text.replace(/\s+/g, '').length).length;
  return links * 10 >= items.length * 6 ? 'references' : 'plain';
}

/** A list-shaped part of the notes: its kind, its items, and the heading-like line right before it, if any. */
interface Candidate {
  kind: ListKind;
  items: Draft[];
  heading?: string;
}

/** The last line before block `at`, when the block right before it is a line: its lead-in. */
function leadInBefore(blocks: readonly OutlineBlock[], at: number): string | undefined {
  const previous = blocks[at - 1];
  return previous?.kind === 'line' ? previous.text : undefined;
}

/** A lead-in that reads as a section heading ("Vertical Formatting"), not a sentence or a bare "Why?". */
function asHeading(leadIn: string | undefined): string | undefined {
  const text = leadIn?.replace(/(?:https?:\/\/|www\.)\S+/gi, '').trim();
  if (!text || text.length > 80 || /^\S+(?:\s+\S+){0,2}\?$/.test(text)) return undefined;
  return text;
}

/** "a; b; c" or "a, b and c" → its parts. */
function splitInline(text: string): string[] {
  const bySeparator = text.split(/\s*[;•·|]\s*/);
  const parts = bySeparator.length > 1 ? bySeparator : text.split(/\s*,\s*/);
  const last = parts.pop() ?? '';
  parts.push(...(parts.length > 0 ? last.split(/\s+(?:and|&|und|y|i|et)\s+/) : [last]));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** Every list-shaped source in the notes: `ul`/`ol`, runs of bullet lines, lines under a topic heading, inline lists. */
function listCandidates(blocks: readonly OutlineBlock[]): Candidate[] {
  const found: Candidate[] = [];
  for (let at = 0; at < blocks.length; at++) {
    const block = blocks[at];
    if (block.kind === 'list') {
      const leadIn = leadInBefore(blocks, at);
      const items = drafts(block.items.map(itemDraft));
      found.push({ kind: listKind(block.items, leadIn), items, heading: asHeading(leadIn) });
      continue;
    }
    const inline = INLINE_TOPICS.exec(block.text);
    if (inline) {
      const texts = splitInline(inline[1]);
      if (texts.length >= 2) found.push({ kind: 'topics', items: drafts(texts.map((t) => draft(t))) });
      continue;
    }
    if (BULLET.test(block.text)) {
      let end = at;
      while (blocks[end]?.kind === 'line' && BULLET.test((blocks[end] as OutlineLine).text)) end++;
      if (end - at >= 2) {
        const lines = blocks.slice(at, end) as OutlineLine[];
        const runs = lines.map((l) => ({ ...l, text: l.text.replace(BULLET, '') }));
        const leadIn = leadInBefore(blocks, at);
        found.push({ kind: listKind(runs, leadIn), items: drafts(runs.map(itemDraft)), heading: asHeading(leadIn) });
        at = end - 1;
      }
      continue;
    }
    const underHeading = linesUnderTopicHeading(blocks, at);
    if (underHeading.lines.length >= 2) {
      found.push({ kind: 'topics', items: drafts(underHeading.lines.map(itemDraft)) });
      at = underHeading.end - 1;
    }
  }
  return found;
}

/**
 * Notes written as an outline, each section a heading and a list of points: the headings name the topics better
 * than any one section's points. Needs three such sections, so one list after a stray line does not count.
 */
function sectionHeadings(candidates: readonly Candidate[]): Draft[] {
  const headings = candidates.filter((c) => c.kind === 'plain' && c.heading !== undefined).map((c) => c.heading!);
  return headings.length >= 3 ? drafts(headings.map((h) => draft(h))) : [];
}

/**
 * Paragraph-per-topic notes: a short heading such as "Show Notes" standing on its own line, then short lines.
 * Returns those lines (none when `at` is not such a heading) and the index of the first block after them.
 */
function linesUnderTopicHeading(blocks: readonly OutlineBlock[], at: number): { lines: OutlineLine[]; end: number } {
  const heading = blocks[at] as OutlineLine;
  const next = blocks[at + 1];
  const none = { lines: [], end: at + 1 };
  // A heading, not a sentence: "Show Notes", "Topics:", but not "This week — a new technology falls into…".
  if (!heading.hard || heading.text.length > 60 || /[.!?]$/.test(heading.text)) return none;
  // "Chapters: Dreb Scott" is a label with its value (a credit), not a heading.
  if (/[:：]\s*\S/.test(heading.text)) return none;
  if (leadInKind(heading.text) !== 'topics') return none;
  // Bullet lines under the heading are read as a list of their own.
  if (!next || next.kind !== 'line' || !next.hard || BULLET.test(next.text)) return none;
  const lines: OutlineLine[] = [];
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
    lines.push(block);
  }
  return { lines, end };
}

/** Lines that carry a timestamp: "12:34 Topic", "Topic (12:34)", or a line, then its time alone. */
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
  return texts.length >= 2 ? texts : [];
}

/**
 * What prose notes name: titles in quotation marks („…“, «…», “…”) and the author's own section headings
 * (`h1`–`h6`). A quotation that reads as speech (a sentence, a lower-case start, many words) is not a title.
 */
function proseTopics(blocks: readonly OutlineBlock[], title: string): Draft[] {
  const found: Draft[] = [];
  const headings = blocks.filter((b): b is OutlineLine => b.kind === 'line' && b.heading === true);
  const titleKey = keyOf(title);
  const ownHeadings = headings.filter((h) => h.text.length <= 80 && !titleKey.includes(keyOf(h.text)));
  if (ownHeadings.length >= 2) found.push(...drafts(ownHeadings.map(itemDraft)));
  const quotes: Draft[] = [];
  for (const block of blocks) {
    // Quotations in short lines are nicknames and slogans (credits, sign-offs); titles are named in sentences.
    if (block.kind !== 'line' || block.text.split(/\s+/).length < 8) continue;
    for (const match of block.text.matchAll(QUOTED)) {
      const quoted = (match[1] ?? match[2] ?? match[3] ?? match[4]).trim();
      // „…“ and «…» mark titles in German and Romance text, written in sentence case ("Drive my car").
      const titleMarks = match[1] !== undefined || match[2] !== undefined;
      const words = quoted.split(/\s+/).length;
      if (words > 8 || !/^[\p{Lu}\p{N}]/u.test(quoted) || /[.,;:!?]$/.test(quoted)) continue;
      // A title is named as one: most of its words capitalised ("The Lord of the Rings", "Twin Peaks").
      const capitalised = quoted.split(/\s+/).filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
      if (!titleMarks && words > 2 && capitalised * 2 < words) continue;
      // The episode's own title quoted again says nothing new.
      const d = draft(quoted);
      if (d && !titleKey.includes(keyOf(d.text))) quotes.push(d);
    }
  }
  // One quotation alone is more often a line someone said than a title.
  if (new Set(quotes.map((q) => keyOf(q.text))).size >= 2) found.push(...quotes);
  return found;
}

/**
 * Keywords some publishers split word by word ("third, party, library" for "third-party library"): consecutive
 * single words that stand side by side in the title or notes are put back together.
 */
function joinSplitKeywords(keywords: readonly string[], text: () => string): string[] {
  if (keywords.filter((k) => !/\s/.test(k.trim())).length < 2) return keywords.map((k) => k.trim());
  const words = ` ${keyOf(text())} `;
  const joined: string[] = [];
  for (const keyword of keywords) {
    const last = joined.at(-1);
    const single = !/\s/.test(keyword.trim());
    if (last !== undefined && single && words.includes(` ${keyOf(last)} ${keyOf(keyword)} `)) {
      joined[joined.length - 1] = `${last} ${keyword.trim()}`;
    } else joined.push(keyword.trim());
  }
  return joined;
}

const blockText = (block: OutlineBlock) =>
  block.kind === 'line' ? block.text : block.items.map((item) => item.text).join(' ');

/** Every source of topics in `episode`, in the order they are tried. */
function sourcesOf(episode: TopicEpisode, listShown: boolean): Source[] {
  const blocks = outlineNotes(episode.notesHtml ?? '');
  const candidates = listCandidates(blocks);
  const lists = (kind: ListKind) =>
    candidates.filter((c) => c.kind === kind).map((c): Source => ({ kind: c.kind as SourceKind, drafts: c.items }));
  const titles = [...(episode.inlineChapters ?? []).map((c) => c.title), ...timestampedLines(blocks)];
  const chapterTitles = chapterTitlesAsTopics(titles, listShown);
  const sources: Source[] = [
    ...lists('topics'),
    { kind: 'headings', drafts: sectionHeadings(candidates) },
    ...lists('plain'),
    { kind: 'chapters', drafts: drafts(chapterTitles.map((t) => draft(t))) },
    ...lists('references'),
    {
      kind: 'keywords',
      drafts: drafts(
        joinSplitKeywords(
          episode.keywords ?? [],
          () => `${episode.title ?? ''} ${blocks.map(blockText).join(' ')}`,
        ).map((k) => draft(k)),
      ),
    },
    { kind: 'prose', drafts: proseTopics(blocks, episode.title ?? '') },
  ];
  if (listShown && titles.length > 0) {
    // The shown chapter list's titles, wherever else the notes repeat them (Podlove notes give each its heading).
    const chapterKeys = new Set(titles.map(keyOf));
    for (const source of sources) for (const d of source.drafts) if (chapterKeys.has(keyOf(d.text))) d.timed = true;
  }
  return sources;
}

/**
 * The topics of the first source that has any once asides, the show's boilerplate and (when the chapter list is
 * shown) chapter lines are left out. A list that is mostly asides is itself an aside (a credits list with one name
 * that looks like a subject is still a credits list) and is passed over.
 */
function choose(sources: readonly Source[], context: TopicContext, listShown: boolean, title = ''): Topic[] {
  const titleKey = keyOf(title);
  for (const source of sources) {
    const kept: Topic[] = [];
    const seen = new Set<string>();
    let considered = 0;
    for (const { text, url, timed } of source.drafts) {
      const key = keyOf(text);
      const same = text.toLowerCase();
      if (seen.has(same)) continue;
      seen.add(same);
      const opening = openingOf(key);
      // The show's boilerplate, the shown chapters, the title (or most of it) again, a header line holding it.
      if (context.boilerplate.has(key) || (opening && context.boilerplate.has(opening))) continue;
      if (timed && listShown) continue;
      if (key && titleKey.includes(key) && key.length * 2 >= titleKey.length) continue;
      if (titleKey.length >= 4 && ` ${key} `.includes(` ${titleKey} `)) continue;
      considered++;
      if (isAsideItem(text)) continue;
      const lower = text.toLowerCase();
      if (context.hosts?.some((host) => lower.includes(host))) continue;
      kept.push(url ? { text, url } : { text });
    }
    if (kept.length === 0) continue;
    if (source.kind !== 'keywords' && kept.length * 2 < considered) continue;
    return kept.slice(0, MAX_TOPICS);
  }
  return [];
}

/**
 * The topics an episode covers: at most 12, each a short plain-text phrase (about 90 characters at most, cut at a
 * clause boundary, never mid-word; no markup; entities decoded; no repeats), with the link it came from when it
 * was a link's title. Empty when nothing in the episode names a real topic: no list is better than a junk list.
 *
 * Taken from the first of these that yields any:
 * 1. a list introduced as topics (a lead-in such as "Topics", "In this episode", "Show notes", "Themen", "Temas",
 *    "Sujets"; or a one-line "Topics: a; b; c"; or short lines under such a heading);
 * 2. notes written as an outline (three or more lists, each under a short heading): the headings;
 * 3. a list that is neither an aside (sponsors, support, social profiles, credits, news) nor references;
 * 4. chapter titles (Podlove chapters, timestamped lines), only when the chapter list is not shown beside them
 *    (see chapter-titles-as-topics.ts), and never routine ones such as "Intro" or "Begrüßung";
 * 5. a list of references ("Links:"): what an episode links to still says what it is about;
 * 6. the item's keywords and categories;
 * 7. prose: titles in quotation marks and the notes' own section headings.
 * In every source, asides (topic-words.ts) and the show's boilerplate (`context`: what recurs across the feed's
 * episodes, the show's own keywords) are never topics.
 */
export function extractTopics(episode: TopicEpisode, context: TopicContext = NO_CONTEXT): Topic[] {
  const listShown = chapterListShown(episode);
  return choose(sourcesOf(episode, listShown), context, listShown, episode.title);
}

/**
 * The topics of every episode of a feed, with what recurs across them (in a tenth of the episodes and three at
 * least) and the show's own keywords and categories treated as boilerplate, and lines naming a host (a
 * `podcast:person` of role host) as the show's own introduction. Same order as `episodes`.
 */
export function extractFeedTopics(
  episodes: readonly TopicEpisode[],
  show: Partial<Pick<Podcast, 'keywords' | 'categories' | 'title' | 'persons'>> = {},
): Topic[][] {
  const shown = episodes.map((episode) => chapterListShown(episode));
  const sources = episodes.map((episode, i) => sourcesOf(episode, shown[i]));
  const seenIn = new Map<string, number>();
  for (const episodeSources of sources) {
    const keys = new Set<string>();
    for (const source of episodeSources) {
      for (const d of source.drafts) {
        const key = keyOf(d.text);
        keys.add(key);
        const opening = openingOf(key);
        if (opening) keys.add(opening);
      }
    }
    for (const key of keys) seenIn.set(key, (seenIn.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(RECURRING_MIN, episodes.length * RECURRING_SHARE);
  const boilerplate = new Set<string>();
  for (const [key, count] of seenIn) if (count >= threshold) boilerplate.add(key);
  for (const text of [...(show.keywords ?? []), ...(show.categories ?? []), show.title ?? '']) {
    if (text) boilerplate.add(keyOf(text));
  }
  const hosts = new Set<string>();
  for (const person of [...(show.persons ?? []), ...episodes.flatMap((e) => e.persons ?? [])]) {
    // A full name only: "Dave" alone would hide "Dave's interview tour".
    if (person.role === 'host' && /\S\s+\S/.test(person.name)) hosts.add(person.name.toLowerCase());
  }
  const context = { boilerplate, hosts: [...hosts] };
  return sources.map((episodeSources, i) => choose(episodeSources, context, shown[i], episodes[i].title));
}
