/**
 * Show-notes HTML → plain text, with pure string code (no DOM: it runs in a Web Worker and in Node).
 */
import { decodeEntities } from './entities.js';

// Tags that end a line: without the break, "<li>One</li><li>Two</li>" would read "OneTwo".
const LINE_TAGS = new Set([
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
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tr',
  'ul',
]);
// Paragraph-like tags leave a blank line, as a browser leaves a margin.
const PARAGRAPH_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'table',
  'ul',
  'ol',
  'dl',
]);
// Cells and images sit inline but must not glue their neighbours together.
const SPACE_TAGS = new Set(['td', 'th', 'img', 'input', 'option']);

// One pass over the markup: script/style elements with their content, comments, other markup declarations
// and processing instructions, then ordinary tags (quoted attribute values may contain ">").
// A "<" not followed by a letter is text, as in HTML ("a < b").
const MARKUP =
  /<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<!--[\s\S]*?(?:-->|$)|<[!?][^>]*>?|<\/?([A-Za-z][A-Za-z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>?/gi;

// Breaks the tags ask for, kept apart from newlines in the source until whitespace is collapsed.
const LINE = '\u2028';
const PARAGRAPH = '\u2029';

/**
 * The text a reader sees in an HTML fragment: tags removed (block tags become line breaks, paragraphs a blank line,
 * cells and images spaces), `script`/`style` content dropped, entities decoded, runs of whitespace collapsed, no
 * leading or trailing whitespace. Notes written as plain text (no block tags) keep their own line breaks.
 */
export function htmlToText(html: string): string {
  if (!html) return '';
  let hasBlocks = false;
  const stripped = html.replace(MARKUP, (_whole, _script: string | undefined, tag: string | undefined) => {
    if (!tag) return ' ';
    const name = tag.toLowerCase();
    if (PARAGRAPH_TAGS.has(name)) return ((hasBlocks = true), PARAGRAPH);
    if (LINE_TAGS.has(name)) return ((hasBlocks = true), LINE);
    return SPACE_TAGS.has(name) ? ' ' : '';
  });
  return collapseWhitespace(decodeEntities(stripped), hasBlocks);
}

/**
 * Each run of whitespace (no-break spaces included) becomes its strongest break: a blank line, a line break or a
 * space. In HTML with block tags a newline in the source is only a space, as a browser renders it.
 */
function collapseWhitespace(text: string, sourceNewlinesAreSpaces: boolean): string {
  return text
    .replace(/\s+/g, (run) => {
      if (run.includes(PARAGRAPH)) return '\n\n';
      if (run.includes(LINE)) return '\n';
      if (sourceNewlinesAreSpaces) return ' ';
      const newlines = run.split('\n').length - 1;
      return newlines > 1 ? '\n\n' : newlines === 1 ? '\n' : ' ';
    })
    .trim();
}
