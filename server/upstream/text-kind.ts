/**
 * Which answers the proxy passes on: text only (feeds, JSON chapters, transcripts, HTML), decided by the
 * declared type and by the first bytes, so neither a mislabelled MP3 nor a `text/xml` that is really a PNG passes.
 */

const TEXT_TYPES = /^(?:text\/[\w.+-]+|application\/(?:[\w.-]+\+)?(?:xml|json)|application\/(?:x-subrip|srt|x-srt))$/;
/** Types that say nothing about the content: decided by sniffing alone. */
const GENERIC_TYPES = new Set([
  '',
  'application/octet-stream',
  'binary/octet-stream',
  'application/download',
  'application/x-unknown',
  'application/unknown',
]);

/** The media type without parameters, lower-cased. */
export function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** `text` when the declared type is one we pass on, `unknown` when it says nothing, else `other`. */
export function declaredKind(contentType: string | null): 'text' | 'unknown' | 'other' {
  const type = mediaType(contentType);
  if (GENERIC_TYPES.has(type)) return 'unknown';
  return TEXT_TYPES.test(type) ? 'text' : 'other';
}

const BINARY_MAGIC: readonly number[][] = [
  [0x49, 0x44, 0x33], // ID3 (MP3)
  [0xff, 0xfb], // MPEG audio frame
  [0xff, 0xf3],
  [0xff, 0xf2],
  [0x4f, 0x67, 0x67, 0x53], // OggS
  [0x66, 0x4c, 0x61, 0x43], // fLaC
  [0x52, 0x49, 0x46, 0x46], // RIFF (WAV, WebP)
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0xff, 0xd8, 0xff], // JPEG
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP
  [0x1f, 0x8b], // gzip
];

/** True when the first bytes look like text: no binary signature, no NUL bytes (unless UTF-16 says so by its BOM). */
export function looksLikeText(head: Uint8Array): boolean {
  const startsWith = (magic: readonly number[]) => magic.every((b, i) => head[i] === b);
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  if (BINARY_MAGIC.some(startsWith)) return false;
  // MP4/M4A: "ftyp" at offset 4.
  if (head[4] === 0x66 && head[5] === 0x74 && head[6] === 0x79 && head[7] === 0x70) return false;
  const n = Math.min(head.length, 1024);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i]!;
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) controls++;
  }
  return controls <= n / 50;
}

/** True when the text starts like XML (after a BOM and whitespace): a feed, which gets the larger size limit. */
export function looksLikeXml(head: Uint8Array, contentType: string | null): boolean {
  const type = mediaType(contentType);
  if (type === 'text/html') return false;
  if (/xml|rss|atom/.test(type)) return true;
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i++;
  return head[i] === 0x3c; // '<'
}
