/**
 * A markup field as xml2js gives it → markup text. Feeds escape their HTML (`&lt;p&gt;` or CDATA), which arrives as
 * a string; some write it as elements instead (`<description><p>…</p></description>`, Atom `type="xhtml"`), which
 * arrive as objects and are written back here. xml2js groups children by tag name, so sibling elements of different
 * names come back grouped: the text stays whole, only its order may differ.
 */
import type { XmlElement } from './parse.js';

/** Elements nested deeper than this are written as their text only (and the walk stays shallow). */
const MAX_DEPTH = 32;

/** The field's markup, trimmed; undefined when it is empty or absent. */
export function markupOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return markupOf(value[0]);
  const markup = typeof value === 'string' ? value : isElement(value) ? childrenMarkup(value, 0) : undefined;
  return markup?.trim() ? markup.trim() : undefined;
}

function isElement(value: unknown): value is XmlElement {
  return typeof value === 'object' && value !== null;
}

/** An element's content: its text (escaped), then its child elements. Text alone (`_` only) is markup already. */
function childrenMarkup(element: XmlElement, depth: number): string {
  const keys = Object.keys(element).filter((key) => key !== '$' && key !== '_');
  if (keys.length === 0) return typeof element._ === 'string' ? element._ : '';
  let out = typeof element._ === 'string' ? escapeText(element._) : '';
  for (const key of keys) {
    const children = element[key];
    if (!Array.isArray(children) || !/^[A-Za-z][\w.:-]*$/.test(key)) continue;
    for (const child of children) out += elementMarkup(key, child, depth + 1);
  }
  return out;
}

function elementMarkup(name: string, value: unknown, depth: number): string {
  if (typeof value === 'string') return `<${name}>${escapeText(value)}</${name}>`;
  if (!isElement(value)) return '';
  if (depth > MAX_DEPTH) return escapeText(textOf(value));
  const attributes = Object.entries(value.$ ?? {})
    .filter(([key, val]) => /^[A-Za-z][\w.:-]*$/.test(key) && typeof val === 'string')
    .map(([key, val]) => ` ${key}="${escapeText(val!).replace(/"/g, '&quot;')}"`)
    .join('');
  return `<${name}${attributes}>${childrenMarkup(value, depth)}</${name}>`;
}

/** All the text inside an element, without recursion (it may be nested arbitrarily deep). */
function textOf(value: XmlElement): string {
  let text = '';
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === 'string') text += item;
    else if (Array.isArray(item)) for (let i = item.length - 1; i >= 0; i--) stack.push(item[i]);
    else if (isElement(item)) {
      if (typeof item._ === 'string') text += item._;
      for (const key of Object.keys(item)) if (key !== '$' && key !== '_') stack.push(item[key]);
    }
  }
  return text;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
