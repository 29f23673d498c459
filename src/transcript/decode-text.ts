/**
 * A transcript file's bytes as text. Transcripts come from every kind of tool: UTF-8 with or without a byte order
 * mark, UTF-16 from Windows editors, and old SRT files in windows-1252.
 */

/**
 * Decodes by byte order mark, else by the `Content-Type` charset, else as UTF-8; bytes that are not valid in that
 * encoding are read as windows-1252 (what such files almost always are) instead of as replacement characters.
 */
export function decodeText(bytes: ArrayBuffer | Uint8Array, contentType: string | null): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (view[0] === 0xff && view[1] === 0xfe) return new TextDecoder('utf-16le').decode(view);
  if (view[0] === 0xfe && view[1] === 0xff) return new TextDecoder('utf-16be').decode(view);
  const declared = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  let label = 'utf-8';
  if (declared) {
    try {
      label = new TextDecoder(declared).encoding;
    } catch {
      // An encoding nobody knows: UTF-8.
    }
  }
  try {
    return new TextDecoder(label, { fatal: true }).decode(view);
  } catch {
    return new TextDecoder(label === 'utf-8' ? 'windows-1252' : label).decode(view);
  }
}
