/**
 * Which of the formats the widget reads a transcript file is in: from its MIME type, its file extension, or (once
 * downloaded) its first bytes. Feeds label the same format several ways (`application/srt`, `application/x-subrip`).
 */

/** The formats the parsers read. */
export type TranscriptFormat = 'vtt' | 'json' | 'srt' | 'html' | 'text';

const BY_TYPE: Record<string, TranscriptFormat> = {
  'text/vtt': 'vtt',
  'text/webvtt': 'vtt',
  'application/json': 'json',
  'text/json': 'json',
  'application/srt': 'srt',
  'application/x-subrip': 'srt',
  'text/srt': 'srt',
  'text/x-srt': 'srt',
  'application/x-srt': 'srt',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
};

const BY_EXTENSION: Record<string, TranscriptFormat> = {
  vtt: 'vtt',
  webvtt: 'vtt',
  json: 'json',
  srt: 'srt',
  html: 'html',
  htm: 'html',
  txt: 'text',
  text: 'text',
};

/** The format a MIME type names (parameters and case ignored), or `undefined` for types that name none. */
export function formatOfType(type: string | null | undefined): TranscriptFormat | undefined {
  const essence = (type ?? '').split(';')[0]!.trim().toLowerCase();
  return BY_TYPE[essence];
}

/** The format a URL's file extension names (`.vtt`, `.srt`, `.json`, `.html`, `.txt`), or `undefined`. */
export function formatOfUrl(url: string): TranscriptFormat | undefined {
  const path = url.split(/[?#]/)[0]!;
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return extension ? BY_EXTENSION[extension] : undefined;
}

/**
 * The format of a `podcast:transcript`: its type when that names one, else its extension. A generic `text/plain`
 * on a file named `.srt` or `.vtt` yields to the extension, since servers label unknown files as plain text.
 */
export function formatOfRef(ref: { type: string; url: string }): TranscriptFormat | undefined {
  const byType = formatOfType(ref.type);
  const byExtension = formatOfUrl(ref.url);
  if (byType === 'text' && byExtension && byExtension !== 'text') return byExtension;
  return byType ?? byExtension;
}

/** Human name of a format, for the disclosure button ("Show transcript (WebVTT)"). */
export function formatName(format: TranscriptFormat | undefined): string {
  return { vtt: 'WebVTT', json: 'JSON', srt: 'SRT', html: 'HTML', text: 'text' }[format ?? 'text'];
}

const TIMING_LINE = /^\s*\d{1,3}(?::\d{1,2}){1,2}(?:[.,]\d{1,3})?\s*-->/m;

/**
 * The format a file's content shows beyond doubt, or `undefined`: a WebVTT header, JSON, SRT timing lines near the
 * start, or HTML markup. A file's content wins over its label (feeds mislabel files).
 */
export function sniffFormat(text: string): TranscriptFormat | undefined {
  const head = text.replace(/^\uFEFF/, '').slice(0, 2000);
  if (/^WEBVTT/.test(head)) return 'vtt';
  const start = head.trimStart();
  if (/^(?:\{|\[\s*\{)/.test(start)) return 'json';
  if (TIMING_LINE.test(head)) return 'srt';
  if (/^<(?:!doctype|html|head|body|p|div|cite|time|article|section|h[1-6]|meta|span)\b/i.test(start)) return 'html';
  return undefined;
}
