/**
 * Markup written as elements inside a feed's markup fields (`<description><p>…</p></description>`, Atom's
 * `<content type="xhtml">`) turned into CDATA before parsing, so the notes keep their order: xml2js would group the
 * children by tag name and lose where the text went. One pass with `indexOf`: linear in the feed's length.
 */

/** Fields whose content is markup. */
const FIELDS = ['description', 'content:encoded', 'content', 'summary'];

export function xhtmlToCdata(xml: string): string {
  let out = '';
  let copied = 0;
  let at = xml.indexOf('<');
  while (at >= 0) {
    // CDATA and comments are text: a `<summary>` in escaped notes is HTML's, not a feed field.
    if (xml.startsWith('<![CDATA[', at) || xml.startsWith('<!--', at)) {
      const end = xml.indexOf(xml[at + 2] === '[' ? ']]>' : '-->', at);
      at = end < 0 ? -1 : xml.indexOf('<', end);
      continue;
    }
    const name = FIELDS.find(
      (field) => xml.startsWith(field, at + 1) && /[\s>]/.test(xml[at + 1 + field.length] ?? ''),
    );
    if (!name) {
      at = xml.indexOf('<', at + 1);
      continue;
    }
    const open = xml.indexOf('>', at);
    if (open < 0) break;
    if (xml[open - 1] === '/') {
      at = xml.indexOf('<', open);
      continue;
    }
    let start = open + 1;
    while (start < xml.length && /\s/.test(xml[start]!)) start++;
    const element = xml.charCodeAt(start + 1);
    // Content that starts with an element (not text, not CDATA, not a comment).
    const isElement = xml[start] === '<' && (element | 0x20) >= 0x61 && (element | 0x20) <= 0x7a;
    const close = isElement ? xml.indexOf(`</${name}>`, start) : -1;
    if (close < 0) {
      at = xml.indexOf('<', open);
      continue;
    }
    const inner = xml.slice(open + 1, close).replace(/]]>/g, ']]]]><![CDATA[>');
    out += `${xml.slice(copied, open + 1)}<![CDATA[${inner}]]>`;
    copied = close;
    at = xml.indexOf('<', close + 1);
  }
  return copied === 0 ? xml : out + xml.slice(copied);
}
