/**
 * Character references: numeric (`&#233;`, `&#xE9;`) and the HTML 4 / XHTML 1 named entities plus `&apos;`.
 *
 * Feeds put HTML into XML, so show notes are full of HTML entity names that XML itself does not define.
 * Pure string code (no DOM): it runs in a Web Worker and in Node.
 */

// The 253 names, as runs of consecutive code points: "start:name name ..." ("_" skips a code point).
// Compact on purpose: the full HTML5 table (2,231 names) would add ~30 kB for names no feed uses.
const RUNS = [
  '34:quot',
  '38:amp apos',
  '60:lt _ gt',
  '160:nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
    'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml ' +
    'Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde ' +
    'Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ' +
    'ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide ' +
    'oslash ugrave uacute ucirc uuml yacute thorn yuml',
  '338:OElig oelig',
  '352:Scaron scaron',
  '376:Yuml',
  '402:fnof',
  '710:circ',
  '732:tilde',
  '913:Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho _ Sigma Tau ' +
    'Upsilon Phi Chi Psi Omega',
  '945:alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau ' +
    'upsilon phi chi psi omega',
  '977:thetasym upsih',
  '982:piv',
  '8194:ensp emsp',
  '8201:thinsp',
  '8204:zwnj zwj lrm rlm',
  '8211:ndash mdash',
  '8216:lsquo rsquo sbquo _ ldquo rdquo bdquo',
  '8224:dagger Dagger bull',
  '8230:hellip',
  '8240:permil',
  '8242:prime Prime',
  '8249:lsaquo rsaquo',
  '8254:oline',
  '8260:frasl',
  '8364:euro',
  '8465:image',
  '8472:weierp',
  '8476:real',
  '8482:trade',
  '8501:alefsym',
  '8592:larr uarr rarr darr harr',
  '8629:crarr',
  '8656:lArr uArr rArr dArr hArr',
  '8704:forall _ part exist _ empty _ nabla isin notin _ ni',
  '8719:prod _ sum minus',
  '8727:lowast',
  '8730:radic',
  '8733:prop infin _ ang',
  '8743:and or cap cup int',
  '8756:there4',
  '8764:sim',
  '8773:cong',
  '8776:asymp',
  '8800:ne equiv',
  '8804:le ge',
  '8834:sub sup nsub _ sube supe',
  '8853:oplus _ otimes',
  '8869:perp',
  '8901:sdot',
  '8968:lceil rceil lfloor rfloor',
  '9674:loz',
  '9824:spades _ _ clubs _ hearts diams',
  // HTML 5 moved these two from U+2329/U+232A (deprecated) to the mathematical angle brackets; browsers follow it.
  '10216:lang rang',
];

const NAMED = new Map<string, number>();
for (const run of RUNS) {
  const colon = run.indexOf(':');
  let codePoint = Number(run.slice(0, colon));
  for (const name of run.slice(colon + 1).split(' ')) {
    if (name !== '_') NAMED.set(name, codePoint);
    codePoint++;
  }
}

// What browsers do with `&#128;`-`&#159;`: read them as windows-1252, the encoding the author really meant
// (feeds written on Windows put `&#146;` for an apostrophe). 0 keeps the C1 control as it is.
const WINDOWS_1252_C1 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * The code point an HTML 4 / XHTML 1 entity name stands for (`eacute` → 0xE9), or `undefined` for names HTML 4 does
 * not define. Names are case-sensitive, as in HTML (`Eacute` ≠ `eacute`).
 */
export function namedEntityCodePoint(name: string): number | undefined {
  return NAMED.get(name);
}

/**
 * The code point a numeric reference's digits stand for (`233`, `xE9`), mapped as browsers map it,
 * or `undefined` when it names no character (0, surrogates, beyond U+10FFFF).
 */
export function numericReferenceCodePoint(digits: string): number | undefined {
  const hex = digits[0] === 'x' || digits[0] === 'X';
  const value = hex ? parseInt(digits.slice(1), 16) : parseInt(digits, 10);
  if (!Number.isFinite(value) || value <= 0 || value > 0x10ffff) return undefined;
  if (value >= 0xd800 && value <= 0xdfff) return undefined;
  if (value >= 0x80 && value <= 0x9f) return WINDOWS_1252_C1[value - 0x80] || value;
  return value;
}

const REFERENCE = /&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/**
 * Replaces character references with the characters they stand for: numeric ones and every HTML 4 / XHTML 1
 * named entity plus `&apos;`. References it cannot resolve (unknown names, `&#0;`) are left as they are.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, ref: string) => {
    const codePoint = ref[0] === '#' ? numericReferenceCodePoint(ref.slice(1)) : NAMED.get(ref);
    return codePoint === undefined ? whole : String.fromCodePoint(codePoint);
  });
}
