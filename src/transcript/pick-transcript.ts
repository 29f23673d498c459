/**
 * Which of an episode's `podcast:transcript`s to show.
 */
import type { TranscriptRef } from '../feed/model.js';
import { formatOfRef, type TranscriptFormat } from './transcript-format.js';

/** Timed formats first (they can follow playback), the richest timing first; unknown formats last. */
const FORMAT_RANK: Record<TranscriptFormat, number> = { vtt: 0, json: 1, srt: 2, html: 3, text: 4 };
const UNKNOWN_FORMAT = 5;

export interface PickOptions {
  /** The reader's language (the element's `lang`, else the page's): preferred. */
  language?: string;
  /** The feed's `<language>`: a transcript without `language` is in it (podcast namespace), and preferred without `language`. */
  feedLanguage?: string;
}

/**
 * The best transcript of an episode: first by language (the reader's language, else the feed's: same tag, then same
 * primary language, then transcripts whose language is unknown, then the rest), then by format (WebVTT, JSON, SRT,
 * HTML, plain text: `application/srt` and `application/x-subrip` alike, the file extension when the type names no
 * format), then in feed order. `undefined` when there are none.
 */
export function pickTranscript(refs: readonly TranscriptRef[], options: PickOptions = {}): TranscriptRef | undefined {
  const wanted = normalise(options.language) ?? normalise(options.feedLanguage);
  const feedLanguage = normalise(options.feedLanguage);
  let best: TranscriptRef | undefined;
  let bestScore = Infinity;
  for (const ref of refs) {
    const format = formatOfRef(ref);
    const score =
      languageRank(normalise(ref.language) ?? feedLanguage, wanted) * 10 +
      (format ? FORMAT_RANK[format] : UNKNOWN_FORMAT);
    if (score < bestScore) {
      best = ref;
      bestScore = score;
    }
  }
  return best;
}

function normalise(tag: string | undefined): string | undefined {
  const value = tag?.trim().toLowerCase().replace(/_/g, '-');
  return value || undefined;
}

function languageRank(language: string | undefined, wanted: string | undefined): number {
  if (!wanted) return 0;
  if (!language) return 2;
  if (language === wanted) return 0;
  if (language.split('-')[0] === wanted.split('-')[0]) return 1;
  return 3;
}
