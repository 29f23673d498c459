/**
 * How a transcript reads on screen: segments grouped into paragraphs, a new one for each speaker turn, and long
 * turns (or transcripts that name no speakers) broken at sentence ends and pauses so nothing is a wall of text.
 */
import type { TranscriptSegment } from './model.js';

/** Consecutive segments shown as one paragraph. */
export interface Paragraph {
  /** Index of the first segment. */
  from: number;
  /** Index after the last segment. */
  to: number;
  speaker?: string;
  /** Start of the first segment, when timed. */
  start?: number;
  /** Whether the speaker's name is shown (the speaker changed; not repeated for a turn broken into paragraphs). */
  showSpeaker: boolean;
}

/** A paragraph this long (characters) ends at the next sentence end. */
const SOFT_LIMIT = 600;
/** ...and at this length, at the next segment whatever it ends with. */
const HARD_LIMIT = 1200;
/** A silence this long (seconds) between two segments starts a new paragraph. */
const PAUSE = 4;
const SENTENCE_END = /[.!?…。！？]["'”’)\]]*$/;

/** Groups segments into paragraphs (see the module comment). Every segment is in exactly one paragraph, in order. */
export function groupParagraphs(segments: readonly TranscriptSegment[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  let length = 0;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const previous = segments[i - 1];
    const turn = !current || segment.speaker !== current.speaker;
    const pause = previous?.end !== undefined && segment.start !== undefined && segment.start - previous.end >= PAUSE;
    const long = length >= HARD_LIMIT || (length >= SOFT_LIMIT && SENTENCE_END.test(previous?.text ?? ''));
    if (turn || pause || long) {
      current = { from: i, to: i + 1, showSpeaker: turn && segment.speaker !== undefined };
      if (segment.speaker !== undefined) current.speaker = segment.speaker;
      if (segment.start !== undefined) current.start = segment.start;
      paragraphs.push(current);
      length = 0;
    } else {
      current!.to = i + 1;
    }
    length += segment.text.length + 1;
  }
  return paragraphs;
}
