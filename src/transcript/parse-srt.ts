/**
 * SubRip (`application/srt`, `application/x-subrip`): numbered cards, "Speaker:" prefixes when the speaker changes.
 */
import { cleanText, splitSpeakerPrefix } from './cue-text.js';
import { finishTranscript } from './finish-transcript.js';
import type { Transcript, TranscriptSegment } from './model.js';
import { cueWarnings, scanCues, splitLines } from './scan-cues.js';
import { ROUNDS_PER_YIELD, runToEnd, type Steps } from './slices.js';

/**
 * Reads an SRT file. Comma or dot before the milliseconds, any numbering (or none), missing or extra blank lines,
 * `<i>`/`<font>` tags and `{\an8}` overrides are all tolerated. A card's lines are joined into one line of text; a
 * "Name:" prefix names the speaker, who keeps speaking until another is named. Never throws.
 */
export function parseSrt(text: string): Transcript {
  return runToEnd(srtSteps(text));
}

/** {@link parseSrt} in steps, for `runInSlices`. */
export function* srtSteps(text: string): Steps<Transcript> {
  const scan = yield* scanCues(splitLines(text));
  const segments: TranscriptSegment[] = [];
  let speaker: string | undefined;
  for (const [i, cue] of scan.cues.entries()) {
    if (i % ROUNDS_PER_YIELD === 0) yield;
    const prefixed = splitSpeakerPrefix(cleanText(cue.lines.join('\n')));
    if (prefixed.speaker) speaker = prefixed.speaker;
    const segment: TranscriptSegment = { speaker, text: prefixed.text };
    if (cue.start !== undefined) segment.start = cue.start;
    if (cue.end !== undefined) segment.end = cue.end;
    segments.push(segment);
  }
  return finishTranscript(segments, cueWarnings(scan));
}
