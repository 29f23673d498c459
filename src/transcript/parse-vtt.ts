/**
 * WebVTT (`text/vtt`), the format the podcast namespace recommends: cues with `<v Speaker>` voice spans.
 */
import { cleanText, splitSpeakerPrefix } from './cue-text.js';
import { finishTranscript } from './finish-transcript.js';
import type { Transcript, TranscriptSegment } from './model.js';
import { cueWarnings, scanCues, splitLines } from './scan-cues.js';
import { ROUNDS_PER_YIELD, runToEnd, type Steps } from './slices.js';

// NOTE, STYLE and REGION blocks carry no spoken text.
const SKIPPED_BLOCK = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/;
// `<v Sarah>`, `<v.loud Sarah>`, `<v Sarah Smith>`.
const VOICE = /<v(?:\.[^\s>]*)?(?:\s+([^>]*))?>/g;

/**
 * Reads a WebVTT file. Tolerates a missing or misspelt header, hour-less timestamps, SRT-style commas, cue settings,
 * missing blank lines and junk; a speaker named once keeps speaking until another is named (the namespace's
 * convention: "speaker names ... when they change"). Cues without a voice span may name the speaker SRT-style
 * ("Travis: ..."). Never throws.
 */
export function parseVtt(text: string): Transcript {
  return runToEnd(vttSteps(text));
}

/** {@link parseVtt} in steps, for `runInSlices`. */
export function* vttSteps(text: string): Steps<Transcript> {
  const lines = splitLines(text);
  // The header block: "WEBVTT" and any header lines up to the first blank line (or the first timing line).
  let first = 0;
  if (/^WEBVTT/.test(lines[0] ?? '')) {
    first = 1;
    while (first < lines.length && lines[first]!.trim() && !lines[first]!.includes('-->')) first++;
  }
  const scan = yield* scanCues(lines.slice(first), { skipBlock: SKIPPED_BLOCK });
  const segments: TranscriptSegment[] = [];
  let speaker: string | undefined;
  for (const [i, cue] of scan.cues.entries()) {
    if (i % ROUNDS_PER_YIELD === 0) yield;
    for (const run of voiceRuns(cue.lines.length === 1 ? cue.lines[0]! : cue.lines.join('\n'))) {
      let runText = cleanText(run.markup);
      let runSpeaker = run.speaker;
      if (runSpeaker === undefined) {
        const prefixed = splitSpeakerPrefix(runText);
        runSpeaker = prefixed.speaker;
        runText = prefixed.text;
      }
      if (runSpeaker) speaker = runSpeaker;
      segments.push({ ...timesOfRun(cue, run), speaker, text: runText });
    }
  }
  return finishTranscript(segments, cueWarnings(scan));
}

interface VoiceRun {
  speaker?: string;
  markup: string;
  /** Share of the cue's text before this run and of the run itself (0–1), to divide the cue's time. */
  from: number;
  to: number;
}

/** A cue's payload split where voice spans start; one run (without speaker) when it has none. */
function voiceRuns(payload: string): VoiceRun[] {
  if (!payload.includes('<v')) return [{ markup: payload, from: 0, to: 1 }];
  const runs: { speaker?: string; markup: string }[] = [];
  let last = 0;
  let speaker: string | undefined;
  for (const match of payload.matchAll(VOICE)) {
    const before = payload.slice(last, match.index);
    if (cleanText(before)) runs.push({ speaker, markup: before });
    speaker = cleanText(match[1] ?? '') || undefined;
    last = match.index + match[0].length;
  }
  runs.push({ speaker, markup: payload.slice(last) });
  // A cue with several voices ("<v A>Hi</v><v B>Hello") gets its time divided by the length of each voice's text.
  const lengths = runs.map((run) => cleanText(run.markup).length);
  const total = lengths.reduce((sum, n) => sum + n, 0) || 1;
  let done = 0;
  return runs.map((run, i) => {
    const from = done / total;
    done += lengths[i]!;
    return { ...run, from, to: done / total };
  });
}

function timesOfRun(cue: { start?: number; end?: number }, run: VoiceRun): { start?: number; end?: number } {
  if (cue.start === undefined) return {};
  if (cue.end === undefined) return { start: cue.start };
  const length = cue.end - cue.start;
  return { start: cue.start + length * run.from, end: cue.start + length * run.to };
}
