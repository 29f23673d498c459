/**
 * A feed's bytes → text, choosing the character encoding the way podcast apps do.
 *
 * Order: byte-order mark, then the XML declaration's `encoding`, then the HTTP `charset`, else UTF-8.
 * The declaration beats the header (unlike RFC 7303) because it is written by the software that wrote the bytes,
 * while the header is often a server default: Apache's `AddDefaultCharset`, CDNs and static hosts adding
 * `charset=utf-8` to every `.xml` file. Feed readers (Apple Podcasts, feedparser, Podcast Addict) trust the file.
 */

const BOMS: ReadonlyArray<readonly [number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/**
 * Decodes a feed's bytes to text. `contentType` is the HTTP `Content-Type` header, if any.
 * Unknown or unsupported encoding names fall back to UTF-8; this never throws. A leading byte-order mark is removed.
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string | null): string {
  for (const [mark, encoding] of BOMS) {
    if (mark.every((byte, i) => bytes[i] === byte)) return decode(bytes.subarray(mark.length), encoding);
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return decode(bytes, utf16);

  const declared = usableLabel(declaredEncoding(bytes));
  const header = usableLabel(headerCharset(contentType));
  const chosen = declared ?? header ?? 'utf-8';
  if (chosen !== 'utf-8')
    return singleByte(chosen) ? (utf8Text(bytes) ?? decode(bytes, chosen)) : decode(bytes, chosen);

  // A file labelled (or assumed) UTF-8 that is not valid UTF-8 was written in a legacy encoding by someone who
  // never declared it: try the header's, then windows-1252, the usual suspect, rather than show U+FFFD everywhere.
  const strict = tryDecode(bytes, 'utf-8', true);
  if (strict !== undefined) return strict;
  const fallback = header && header !== 'utf-8' ? header : 'windows-1252';
  return decode(bytes, fallback);
}

/** Legacy encodings with one byte per character, where valid UTF-8 beyond ASCII almost never happens by chance. */
function singleByte(encoding: string): boolean {
  return /^(windows-125\d|iso-8859-\d+|koi8-[ru]|macintosh|ibm866|x-mac-cyrillic)$/.test(encoding);
}

/**
 * The bytes as UTF-8 when they are valid UTF-8 with characters beyond ASCII: a feed labelled ISO-8859-1 but written
 * in UTF-8 (its "Café" would show as "CafÃ©"). Pure ASCII or invalid UTF-8 gives undefined: the label stands.
 */
function utf8Text(bytes: Uint8Array): string | undefined {
  let ascii = true;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! >= 0x80) {
      ascii = false;
      break;
    }
  }
  return ascii ? undefined : tryDecode(bytes, 'utf-8', true);
}

/** The `encoding` pseudo-attribute of an `<?xml ...?>` declaration near the start, if any. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII in every ASCII-compatible encoding, so reading the head as Latin-1 is enough.
  // Some feeds put whitespace or junk before it, so look a little further than the first byte.
  const head = latin1(bytes.subarray(0, 1024));
  const match = /<\?xml\s[^>]*?\bencoding\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/.exec(head);
  return match?.[1];
}

/** The `charset` parameter of a Content-Type header. */
function headerCharset(contentType: string | null | undefined): string | undefined {
  if (!contentType) return undefined;
  return /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType)?.[1];
}

/** UTF-16 without a byte-order mark, recognised from how `<` is written (`3C 00` or `00 3C`). */
function utf16WithoutBom(bytes: Uint8Array): string | undefined {
  let i = 0;
  // Skip UTF-16 whitespace before the first "<".
  while (i + 1 < bytes.length && i < 64 && isUtf16Space(bytes[i]!, bytes[i + 1]!)) i += 2;
  if (bytes[i] === 0x3c && bytes[i + 1] === 0x00 && bytes[i + 2] !== 0x00) return 'utf-16le';
  if (bytes[i] === 0x00 && bytes[i + 1] === 0x3c && bytes[i + 2] === 0x00) return 'utf-16be';
  return undefined;
}

function isUtf16Space(a: number, b: number): boolean {
  const space = (x: number) => x === 0x20 || x === 0x09 || x === 0x0a || x === 0x0d;
  return (space(a) && b === 0) || (a === 0 && space(b));
}

/**
 * The WHATWG encoding name for a label, or `undefined` when this browser cannot decode it.
 * A UTF-16/32 label on a file we could read as ASCII is a lie (such files would be full of NUL bytes): the
 * file was transcoded without updating its declaration, so it is ignored.
 */
function usableLabel(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    const encoding = new TextDecoder(label.trim()).encoding;
    return encoding.startsWith('utf-16') ? undefined : encoding;
  } catch {
    return undefined;
  }
}

function tryDecode(bytes: Uint8Array, encoding: string, fatal: boolean): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function decode(bytes: Uint8Array, encoding: string): string {
  return tryDecode(bytes, encoding, false) ?? new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}
