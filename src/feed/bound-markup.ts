/**
 * Show-notes markup bounded before any HTML parser sees it: browsers' parsers and DOMPurify are super-linear in
 * nesting depth (20,000 nested elements cost 1–2 s, 200,000 froze the page for 19 s), and every element costs
 * layout. One linear pass over the text, DOM-free, so the worker can run it and the sanitiser can run it again.
 *
 * - Elements nested deeper than `maxDepth` lose their tags (their text stays), with their end tags.
 * - After `maxElements` elements the markup is cut and an ellipsis paragraph ends it.
 * - Images after the first `maxImages` are dropped.
 */

export interface MarkupBounds {
  maxDepth: number;
  maxElements: number;
  maxImages: number;
}

/** Elements without an end tag. */
const VOID = new Set(
  'area base br col embed hr img input link meta param source track wbr basefont bgsound frame keygen'.split(' '),
);
/** Elements whose start tag closes an open one of the same name (`<p>a<p>b`, `<li>a<li>b`). */
const SELF_CLOSING_SIBLINGS = new Set('p li dt dd tr td th option'.split(' '));
/** Elements whose content is text to the HTML parser: tags inside them are not tags. */
const RAW_TEXT = new Set('script style textarea title xmp iframe noembed noframes noscript plaintext'.split(' '));

/** The markup within `bounds`; the same string when it already was. */
export function boundMarkup(markup: string, bounds: MarkupBounds): string {
  const stack: string[] = [];
  /** Start tags dropped for depth, per name, whose end tags are dropped too. */
  const dropped = new Map<string, number>();
  let out = '';
  let copied = 0;
  let elements = 0;
  let images = 0;
  let changed = false;
  const skip = (from: number, to: number) => {
    out += markup.slice(copied, from);
    copied = to;
    changed = true;
  };

  let i = markup.indexOf('<');
  while (i >= 0 && i < markup.length) {
    const next = markup.charCodeAt(i + 1);
    if (markup.startsWith('<!--', i)) {
      const end = markup.indexOf('-->', i + 4);
      if (end < 0) break;
      i = markup.indexOf('<', end + 3);
      continue;
    }
    const closing = next === 0x2f; /* / */
    const nameStart = closing ? i + 2 : i + 1;
    const name = tagName(markup, nameStart);
    if (!name) {
      i = markup.indexOf('<', i + 1);
      continue;
    }
    const end = tagEnd(markup, nameStart + name.length);
    if (end < 0) break;
    if (closing) {
      const pending = dropped.get(name) ?? 0;
      if (pending > 0 && !stack.includes(name)) {
        dropped.set(name, pending - 1);
        skip(i, end);
      } else {
        const at = stack.lastIndexOf(name);
        if (at >= 0) stack.length = at;
      }
      i = markup.indexOf('<', end);
      continue;
    }
    const container = !VOID.has(name) && markup.charCodeAt(end - 2) !== 0x2f; /* not `/>` */
    if (container && SELF_CLOSING_SIBLINGS.has(name) && stack[stack.length - 1] === name) stack.pop();
    if (container && stack.length >= bounds.maxDepth) {
      // Too deep: the tag goes (and later its end tag); it makes no element, so it does not count.
      dropped.set(name, (dropped.get(name) ?? 0) + 1);
      skip(i, end);
      i = markup.indexOf('<', end);
      continue;
    }
    if (++elements > bounds.maxElements) {
      out += markup.slice(copied, i) + '<p>…</p>';
      return out;
    }
    if (name === 'img' && ++images > bounds.maxImages) {
      skip(i, end);
      i = markup.indexOf('<', end);
      continue;
    }
    if (container) {
      if (RAW_TEXT.has(name)) {
        // Its content runs to its end tag: no tags to count in between.
        i = rawTextEnd(markup, name, end);
        continue;
      } else stack.push(name);
    }
    i = markup.indexOf('<', end);
  }
  return changed ? out + markup.slice(copied) : markup;
}

/** Where the end tag of raw-text element `name` starts (searching from `from`), or -1. */
function rawTextEnd(markup: string, name: string, from: number): number {
  for (let at = markup.indexOf('</', from); at >= 0; at = markup.indexOf('</', at + 2)) {
    if (markup.slice(at + 2, at + 2 + name.length).toLowerCase() === name) return at;
  }
  return -1;
}

/** The lower-cased tag name starting at `from` (a letter, then letters, digits, `-`, `:`), or ''. */
function tagName(markup: string, from: number): string {
  let end = from;
  const first = markup.charCodeAt(from) | 0x20;
  if (first < 0x61 || first > 0x7a) return '';
  while (end < markup.length && /[A-Za-z0-9:-]/.test(markup[end]!)) end++;
  return markup.slice(from, end).toLowerCase();
}

/** The index just after the tag's `>`, skipping quoted attribute values; -1 when the tag never ends. */
function tagEnd(markup: string, from: number): number {
  for (let i = from; i < markup.length; i++) {
    const c = markup.charCodeAt(i);
    if (c === 0x3e /* > */) return i + 1;
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
      // A quote only opens a value after `=` (`<a title="x>y">`); elsewhere it is a stray character.
      let j = i - 1;
      while (j > from && /\s/.test(markup[j]!)) j--;
      if (markup[j] !== '=') continue;
      const close = markup.indexOf(markup[i]!, i + 1);
      if (close < 0) return -1;
      i = close;
    }
  }
  return -1;
}
