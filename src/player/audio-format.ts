/**
 * howler picks a decoder by file extension, and enclosure URLs often have none (tracking redirects such as
 * `https://dts.podtrac.com/redirect.mp3/...?id=1`, or `.../download`). The feed's MIME type says what it is.
 */
const FORMATS: Record<string, string> = {
  'audio/mpeg': 'mp3',
  'audio/mp3': 'mp3',
  'audio/mpeg3': 'mp3',
  'audio/x-mpeg': 'mp3',
  'audio/x-mp3': 'mp3',
  'audio/mp4': 'm4a',
  'audio/x-m4a': 'm4a',
  'audio/m4a': 'm4a',
  'audio/aac': 'aac',
  'audio/x-aac': 'aac',
  'audio/aacp': 'aac',
  'audio/ogg': 'ogg',
  'audio/opus': 'opus',
  'audio/webm': 'webm',
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/wave': 'wav',
  'audio/flac': 'flac',
  'audio/x-flac': 'flac',
  'video/mp4': 'mp4',
  'video/x-m4v': 'mp4',
  'video/webm': 'webm',
};

/** howler's `format` for an enclosure: from its MIME type, else from the URL's extension, else mp3 (most podcasts). */
export function audioFormat(type: string, url: string): string {
  const fromType = FORMATS[type.split(';')[0]!.trim().toLowerCase()];
  if (fromType) return fromType;
  const extension = /\.([a-z0-9]{2,4})(?:$|[?#])/i.exec(url)?.[1]?.toLowerCase();
  if (extension && Object.values(FORMATS).includes(extension)) return extension;
  return 'mp3';
}
