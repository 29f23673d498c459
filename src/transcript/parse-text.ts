/**
 * Plain-text transcripts (`text/plain`): paragraphs separated by blank lines, often with "Name:" lines, sometimes
 * with timestamps ("[00:01:02] ..." or the "Name  1:02" heading lines transcription services export).
 */
import { cleanText, isJunkLine, looksLikeName, splitSpeakerPrefix } from './cue-text.js';
import { finishTranscript } from './finish-transcript.js';
import type { Transcript, TranscriptSegment } from './model.js';
import { splitLines } from './scan-cues.js';
import { CUE_CLOCK_PATTERN, parseClock } from '../time/parse-clock.js';

// "[00:01:02] text", "(1:02) text", "00:01:02 text", or the timestamp alone on its line.
const LEADING_TIME = new RegExp(`^[[(]?(${CUE_CLOCK_PATTERN})[\\])]?(?:\\s+|$)`);
// "Anna Smith  1:02" or "Speaker 1 (00:01:02)" alone on a line: who speaks next, and from when.
const SPEAKER_HEADING = new RegExp(`^(\\S.{0,39}?)\\s+[[(]?(${CUE_CLOCK_PATTERN})[\\])]?$`);

/**
 * Reads plain text: a blank line ends a segment, and so does a line that starts with a speaker ("Anna: ...") or a
 * timestamp. Lines of one paragraph are joined. Untimed unless the file writes timestamps. Never throws.
 */
export function parsePlainText(text: string): Transcript {
  const segments: TranscriptSegment[] = [];
  let current: TranscriptSegment | undefined;
  let speaker: string | undefined;
  let start: number | undefined;
  let junk = 0;
  for (const rawLine of splitLines(text)) {
    if (isJunkLine(rawLine)) {
      junk++;
      continue;
    }
    let line = cleanText(rawLine);
    if (!line) {
      current = undefined;
      continue;
    }
    const heading = SPEAKER_HEADING.exec(line);
    const headingTime = heading ? parseClock(heading[2]!, 'cue') : undefined;
    const headingName = heading?.[1]!.replace(/\s*:$/, '') ?? '';
    if (headingTime !== undefined && looksLikeName(headingName) && !LEADING_TIME.test(line)) {
      speaker = headingName;
      start = headingTime;
      current = undefined;
      continue;
    }
    const leading = LEADING_TIME.exec(line);
    const leadingTime = leading ? parseClock(leading[1]!, 'cue') : undefined;
    if (leading && leadingTime !== undefined) {
      start = leadingTime;
      current = undefined;
      line = line.slice(leading[0].length);
      if (!line) continue;
    }
    const prefixed = splitSpeakerPrefix(line);
    if (prefixed.speaker) {
      speaker = prefixed.speaker;
      current = undefined;
    }
    if (current) {
      current.text += ` ${prefixed.text}`;
      continue;
    }
    current = { speaker, text: prefixed.text };
    if (start !== undefined) current.start = start;
    start = undefined;
    segments.push(current);
  }
  return finishTranscript(segments, junk ? [{ code: 'junk-lines', count: junk }] : []);
}
