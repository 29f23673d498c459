/**
 * The last step of every parser: one consistent `Transcript` whatever the file looked like.
 */
import type { Transcript, TranscriptSegment, TranscriptWarning } from './model.js';
import { MAX_SEGMENT_TEXT, MAX_TRANSCRIPT_SEGMENTS } from './limits.js';
import { clip } from '../feed/limits.js';

/**
 * Drops segments without text, drops impossible times (negative, not finite, an end before its start), and puts
 * timed segments in time order when the file did not (following playback looks segments up by start time). An
 * untimed segment keeps its place after the timed one it followed. `timed` is true when any segment has a start.
 * At most MAX_TRANSCRIPT_SEGMENTS segments of at most MAX_SEGMENT_TEXT characters are kept (with a warning).
 */
export function finishTranscript(segments: TranscriptSegment[], warnings: TranscriptWarning[]): Transcript {
  const kept: TranscriptSegment[] = [];
  for (const segment of segments) {
    if (kept.length >= MAX_TRANSCRIPT_SEGMENTS) {
      warnings = [...warnings, { code: 'trimmed' }];
      break;
    }
    const text = clip(segment.text.trim(), MAX_SEGMENT_TEXT);
    if (!text) continue;
    const clean: TranscriptSegment = { text };
    if (segment.speaker?.trim()) clean.speaker = segment.speaker.trim();
    if (isTime(segment.start)) {
      clean.start = segment.start;
      if (isTime(segment.end) && segment.end >= segment.start) clean.end = segment.end;
    }
    kept.push(clean);
  }
  return {
    timed: kept.some((s) => s.start !== undefined),
    segments: inTimeOrder(kept),
    // One of each code.
    warnings: warnings.filter((w, i) => warnings.findIndex((o) => o.code === w.code) === i),
  };
}

function isTime(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function inTimeOrder(segments: TranscriptSegment[]): TranscriptSegment[] {
  let last = -Infinity;
  let ordered = true;
  const keys = segments.map((segment) => {
    if (segment.start !== undefined) {
      if (segment.start < last) ordered = false;
      last = segment.start;
    }
    return last;
  });
  if (ordered) return segments;
  // Array.prototype.sort is stable: segments with equal keys (an untimed one and the timed one before it) keep order.
  return segments
    .map((segment, i) => ({ segment, key: keys[i]! }))
    .sort((a, b) => a.key - b.key)
    .map((entry) => entry.segment);
}
