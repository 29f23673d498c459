/**
 * Show-notes HTML → its outline: the lines of text and the lists, in order. What topic extraction needs to know
 * about the notes' structure, read by a small tolerant tag scanner (no DOM: this runs in a Web Worker and in Node).
 */
import { decodeEntities } from '../text/entities.js';

/** Text with what its links contribute: a run of text that is all links is a list of links, not of topics. */
export interface TextRun {
  /** Entities decoded, whitespace collapsed, trimmed; without link texts that are bare web addresses. */
  text: string;
  /** Characters of `text` inside links. */
  linkChars: number;
  /** Links with text of their own (not counting links whose text is their address). */
  links: number;
  /** The text of the link the run starts with ("<a>Title</a> — what it is" → "Title"), when it does. */
  leadingLink?: string;
  /** That link's `href` as written (unresolved, unchecked): a topic taken from the link keeps it. */
  leadingHref?: string;
}

/** One line of text outside any list. Never empty. */
export interface OutlineLine extends TextRun {
  kind: 'line';
  /** True when a tag (`p`, `br`, `h2`, `div`...) began the line; false when only a newline in the source did. */
  hard: boolean;
  /** True for the text of an `h1`–`h6`: a section heading the author marked as one. */
  heading?: boolean;
}

/** One item of a top-level `ul`/`ol`. Nested lists are left out: they detail the item, they are not items. */
export type OutlineItem = TextRun;

export interface OutlineList {
  kind: 'list';
  items: OutlineItem[];
}

export type OutlineBlock = OutlineLine | OutlineList;

// Script/style elements with their content, comments and declarations, then ordinary tags (quoted attribute
// values may contain ">"). A "<" not followed by a letter is text, as in HTML.
const MARKUP =
  /<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<!--[\s\S]*?(?:-->|$)|<[!?][^>]*>?|<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>?/g;

// Tags that end a line of text (and, inside a list item, separate words).
const BREAK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tr',
  'td',
  'th',
]);

const HEADING_TAGS = /^h[1-6]$/;
/** An `a` tag's `href`, quoted either way or bare. */
const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/i;

const WEB_ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S*$|^[\w-]+(?:\.[\w-]+)+\/\S*$/i;

/** Notes written as entity-escaped HTML (`&lt;p&gt;…`) with no real tags: unescape once so the tags count. */
function unescapeIfEscaped(html: string): string {
  if (/<[A-Za-z]/.test(html) || !/&lt;\/?[A-Za-z]/.test(html)) return html;
  return decodeEntities(html);
}

/**
 * Reads show-notes HTML into lines and top-level lists, in document order. Tolerant of what feeds contain:
 * unclosed `li`/`p`, stray closing tags, lists never closed, text with raw newlines between block tags.
 * In notes without any block tags, every newline starts a `hard` line (plain-text notes).
 */
export function outlineNotes(notesHtml: string): OutlineBlock[] {
  const html = unescapeIfEscaped(notesHtml ?? '');
  const hasBlockTags = /<(?:p|br|div|ul|ol|li|h[1-6]|table)\b/i.test(html);
  const blocks: OutlineBlock[] = [];

  const emptyRun = (): TextRun => ({ text: '', linkChars: 0, links: 0 });
  let line = emptyRun();
  let lineHard = true;
  let listDepth = 0;
  let list: OutlineList | undefined;
  let item: TextRun | undefined;
  let linkDepth = 0;
  let linkCounted = false;
  let textBeforeLink = '';
  let linkHref: string | undefined;
  let lineHeading = false;

  /** Where text goes now: the current line, the current top-level item, or nowhere (inside a nested list). */
  const currentRun = () => (listDepth === 0 ? line : listDepth === 1 ? item : undefined);
  const tidy = (run: TextRun): TextRun => {
    run.text = run.text.replace(/\s+/g, ' ').trim();
    if (run.leadingLink !== undefined) run.leadingLink = run.leadingLink.replace(/\s+/g, ' ').trim();
    return run;
  };

  const flushLine = (nextHard: boolean) => {
    const run = tidy(line);
    if (run.text) blocks.push({ kind: 'line', ...run, hard: lineHard, ...(lineHeading ? { heading: true } : {}) });
    lineHeading = false;
    // A newline right after a tag adds no break of its own: the line that follows still began with the tag.
    if (run.text || nextHard) lineHard = nextHard;
    line = emptyRun();
    linkDepth = 0;
  };
  const finishItem = () => {
    if (item && list && tidy(item).text) list.items.push(item);
    item = undefined;
    linkDepth = 0;
  };
  const finishList = () => {
    finishItem();
    if (list && list.items.length > 0) blocks.push(list);
    list = undefined;
    listDepth = 0;
  };

  const addText = (run: TextRun, text: string) => {
    if (linkDepth > 0) {
      // A link whose text is its own address says nothing a reader would call a topic.
      if (WEB_ADDRESS.test(text.trim())) {
        run.text += ' ';
        return;
      }
      if (!textBeforeLink.trim()) {
        run.leadingLink = (run.leadingLink ?? '') + text;
        if (linkHref !== undefined && run.leadingHref === undefined) run.leadingHref = linkHref;
      }
      run.linkChars += text.trim().length;
      if (!linkCounted && text.trim()) {
        run.links++;
        linkCounted = true;
      }
    }
    run.text += text;
  };

  const onText = (raw: string) => {
    if (!raw) return;
    const text = decodeEntities(raw);
    if (listDepth === 0) {
      const parts = text.split('\n');
      addText(line, parts[0]);
      for (const part of parts.slice(1)) {
        if (line.text.trim()) flushLine(!hasBlockTags);
        addText(line, part);
      }
      return;
    }
    const run = currentRun();
    if (run) addText(run, text);
  };

  const onTag = (closing: boolean, name: string, tag: string) => {
    if (name === 'ul' || name === 'ol') {
      if (!closing) {
        if (listDepth === 0) {
          flushLine(true);
          list = { kind: 'list', items: [] };
        }
        listDepth++;
      } else if (listDepth > 0) {
        listDepth--;
        if (listDepth === 0) {
          finishList();
          lineHard = true;
        }
      }
      return;
    }
    if (name === 'li') {
      if (listDepth === 0) return flushLine(true);
      if (listDepth > 1) return;
      finishItem();
      if (!closing) item = emptyRun();
      return;
    }
    const run = currentRun();
    if (name === 'a') {
      if (!run) return;
      if (!closing) {
        if (linkDepth === 0) {
          textBeforeLink = run.text;
          linkCounted = false;
          linkHref = HREF.exec(tag)
            ?.slice(1)
            .find((v) => v !== undefined);
        }
        linkDepth++;
      } else if (linkDepth > 0) linkDepth--;
      return;
    }
    if (BREAK_TAGS.has(name)) {
      if (listDepth === 0) {
        flushLine(true);
        if (!closing && HEADING_TAGS.test(name)) lineHeading = true;
      } else if (run) run.text += ' ';
    }
  };

  let last = 0;
  for (const match of html.matchAll(MARKUP)) {
    onText(html.slice(last, match.index));
    last = match.index + match[0].length;
    if (match[3]) onTag(match[2] === '/', match[3].toLowerCase(), match[0]);
    // Comments, declarations and script/style elements separate words and nothing more.
    else onText(' ');
  }
  onText(html.slice(last));
  if (list) finishList();
  flushLine(true);
  return blocks;
}
