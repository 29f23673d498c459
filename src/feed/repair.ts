/**
 * Fixes the XML mistakes real feeds make that podcast apps read past anyway, so a strict XML parser accepts them.
 * One regular-expression pass over the text; CDATA sections, comments and processing instructions keep their
 * content (inside them `&` is literal).
 */
import { namedEntityCodePoint, numericReferenceCodePoint } from '../text/entities.js';

/** Names of the repairs {@link repairXml} can report. */
export type RepairName =
  | 'leading-whitespace' // whitespace before `<?xml` (the declaration must be the very first thing)
  | 'leading-garbage' // text before the XML starts (a PHP warning, a stray character)
  | 'html-entity' // `&nbsp;`, `&eacute;`: HTML entities XML does not define, turned into numeric references
  | 'unknown-entity' // `&gtgt;`: a name nobody defines, escaped so it shows as written
  | 'bare-ampersand' // `Society & Culture`: an unescaped `&`
  | 'invalid-reference' // `&#1;`, `&#xD800;`: a reference to a character XML forbids, dropped
  | 'windows-1252-reference' // `&#146;`: a C1 control meant as a windows-1252 character (’), as browsers read it
  | 'control-character' // raw control characters XML forbids, dropped
  | 'missing-rss-end-tag'; // the file ends right after </channel>: only </rss> is missing, nothing was lost

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

// Alternatives, in order: sections whose content must stay as it is (CDATA, comment, processing instruction),
// any `&` with the reference that may follow it, and characters XML 1.0 forbids.
const TOKEN =
  /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)|<\?[\s\S]*?(?:\?>|$)|&(?:#([0-9]+);|#[xX]([0-9a-fA-F]+);|([A-Za-z_][A-Za-z0-9._-]*);)?|[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]+/g;
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]+/g;

/**
 * Repairs what real feeds get wrong, returning the fixed XML and the names of the repairs applied
 * (each once, in the order first met; empty when the text was already fine).
 */
export function repairXml(text: string): { xml: string; repairs: RepairName[] } {
  const repairs = new Set<RepairName>();
  const xml = stripLeadingJunk(text, repairs).replace(
    TOKEN,
    (token, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
      const first = token.charCodeAt(0);
      if (first === 0x3c /* < */) return cleanSection(token, repairs);
      if (first !== 0x26 /* & */) {
        repairs.add('control-character');
        return '';
      }
      if (name !== undefined) return repairNamedReference(token, name, repairs);
      if (decimal !== undefined || hex !== undefined) return repairNumericReference(token, decimal, hex, repairs);
      repairs.add('bare-ampersand');
      return '&amp;';
    },
  );
  return { xml: closeRss(xml, repairs), repairs: [...repairs] };
}

/**
 * Adds `</rss>` to a file that ends with `</channel>`. Only that: a file cut off anywhere else has lost content
 * and stays broken.
 */
function closeRss(xml: string, repairs: Set<RepairName>): string {
  if (!/<\/channel>\s*$/.test(xml.slice(-512))) return xml;
  repairs.add('missing-rss-end-tag');
  return `${xml.trimEnd()}\n</rss>\n`;
}

/** Whitespace or junk before `<?xml`, or before the first tag when there is no declaration. */
function stripLeadingJunk(text: string, repairs: Set<RepairName>): string {
  const head = text.slice(0, 4096);
  let start = head.search(/<\?xml[\s?]/);
  if (start < 0) start = head.indexOf('<');
  if (start <= 0) return text;
  repairs.add(/^\s*$/.test(head.slice(0, start)) ? 'leading-whitespace' : 'leading-garbage');
  return text.slice(start);
}

/** CDATA, comments and PIs keep their text, but not characters that no XML may contain. */
function cleanSection(section: string, repairs: Set<RepairName>): string {
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(section)) return section;
  repairs.add('control-character');
  return section.replace(CONTROL, '');
}

function repairNamedReference(token: string, name: string, repairs: Set<RepairName>): string {
  if (XML_ENTITIES.has(name)) return token;
  const codePoint = namedEntityCodePoint(name);
  if (codePoint !== undefined) {
    repairs.add('html-entity');
    return `&#${codePoint};`;
  }
  // What podcast apps show for a name they do not know: the text as written.
  repairs.add('unknown-entity');
  return `&amp;${name};`;
}

function repairNumericReference(
  token: string,
  decimal: string | undefined,
  hex: string | undefined,
  repairs: Set<RepairName>,
): string {
  const value = decimal !== undefined ? parseInt(decimal, 10) : parseInt(hex!, 16);
  if (value >= 0x80 && value <= 0x9f) {
    const meant = numericReferenceCodePoint(String(value));
    if (meant !== undefined && meant !== value) {
      repairs.add('windows-1252-reference');
      return `&#${meant};`;
    }
  }
  if (isXmlChar(value)) return token;
  repairs.add('invalid-reference');
  return '';
}

/** XML 1.0's `Char` production. */
function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}
