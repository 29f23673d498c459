/**
 * The block structure WebVTT and SRT share: cues of a timing line (`start --> end`) and text lines, separated by
 * blank lines, with an optional identifier line (SRT's sequence number) before the timing line.
 *
 * Read the way players read sloppy files: numbering is ignored, a missing blank line before a timing line still
 * starts a new cue, text after a blank line inside a cue stays with that cue, and a timing line whose times cannot
 * be read still keeps its text (without times).
 */
import { isJunkLine } from './cue-text.js';
import type { TranscriptWarning } from './model.js';
import { ROUNDS_PER_YIELD, type Steps } from './slices.js';
import { parseClock } from '../time/parse-clock.js';

/** One cue as written: times (when readable), cue settings, raw text lines. */
export interface RawCue {
  start?: number;
  end?: number;
  /** What follows the end time on the timing line (WebVTT cue settings, SRT coordinates). */
  settings: string;
  lines: string[];
}

/** The cues of a file and what had to be left out. */
export interface CueScan {
  cues: RawCue[];
  /** Timing lines with an unreadable start time (their text is kept without times). */
  badTimings: number;
  /** Text lines before the first cue (no cue to belong to). */
  strayLines: number;
  /** Lines that were binary junk. */
  junkLines: number;
}

// A timing line: a start (digits and a colon in it, readable or not: `00:00:xx,000` is a broken time, not text),
// an arrow (`-->`, or the `->` some tools write), the end time, the settings. A bare `--` counts only when nothing
// but time-like characters follow: a timing line cut off by a truncated file.
const TIMING = /^\s*([\w:.,]*\d[\w:.,]*)\s*(-->|->|--)\s*(\S*)(.*)$/;
const IDENTIFIER = /^\s*\d+\s*$/;
const NON_BLANK = /\S/;

export interface ScanOptions {
  /** A block whose first line matches is skipped up to the next blank line (WebVTT NOTE, STYLE, REGION). */
  skipBlock?: RegExp;
}

/** Splits a file (already without its header) into cues, yielding now and then (see slices.ts). Never throws. */
export function* scanCues(lines: string[], options: ScanOptions = {}): Steps<CueScan> {
  const scan: CueScan = { cues: [], badTimings: 0, strayLines: 0, junkLines: 0 };
  /** The cue text lines go to; stays set across a blank line so stray continuation text joins it. */
  let current: RawCue | undefined;
  /** Whether the line before was blank (the next line starts a block). */
  let blockStart = true;
  let skipping = false;

  for (let i = 0; i < lines.length; i++) {
    if (i % ROUNDS_PER_YIELD === 0) yield;
    const line = lines[i]!;
    if (!NON_BLANK.test(line)) {
      blockStart = true;
      skipping = false;
      continue;
    }
    if (skipping) continue;
    const timing = timingLine(line);
    if (timing) {
      // A timing line right after text, without the blank line: an identifier just before it belongs to it.
      if (current && !blockStart && current.lines.length && IDENTIFIER.test(current.lines[current.lines.length - 1]!)) {
        current.lines.pop();
      }
      current = readTiming(timing);
      if (current.start === undefined) scan.badTimings++;
      scan.cues.push(current);
      blockStart = false;
      continue;
    }
    if (blockStart) {
      blockStart = false;
      if (options.skipBlock?.test(line)) {
        skipping = true;
        continue;
      }
      // An identifier line (`12`, or any WebVTT cue id) is followed by its timing line.
      const next = lines[i + 1];
      if (next !== undefined && timingLine(next)) continue;
    }
    if (isJunkLine(line)) {
      scan.junkLines++;
      continue;
    }
    if (current) current.lines.push(line);
    else scan.strayLines++;
  }
  return scan;
}

function timingLine(line: string): RegExpExecArray | undefined {
  // Text lines almost never hold an arrow: skip the regular expression for them (20,000 lines in a long file).
  if (!line.includes('->') && !line.includes('--')) return undefined;
  const match = TIMING.exec(line);
  if (!match || !match[1]!.includes(':')) return undefined;
  if (match[2] !== '-->' && !/^[\d:.,]+$/.test(match[1]!)) return undefined;
  if (match[2] === '--' && !/^[\d:.,\s]*$/.test(match[3]! + match[4]!)) return undefined;
  return match;
}

function readTiming(match: RegExpExecArray): RawCue {
  const start = parseClock(match[1]!, 'cue');
  const end = start === undefined ? undefined : parseClock(match[3]!, 'cue');
  const cue: RawCue = { settings: match[4]!.trim(), lines: [] };
  if (start !== undefined) cue.start = start;
  if (end !== undefined) cue.end = end;
  return cue;
}

/** A file's lines: byte order mark removed, any line ending (CRLF, CR, LF). */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** The warnings a cue file earns: only for text that could not be read or placed in time. */
export function cueWarnings(scan: CueScan): TranscriptWarning[] {
  const warnings: TranscriptWarning[] = [];
  if (scan.badTimings) warnings.push({ code: 'bad-times', count: scan.badTimings });
  if (scan.strayLines) warnings.push({ code: 'stray-lines', count: scan.strayLines });
  if (scan.junkLines) warnings.push({ code: 'junk-lines', count: scan.junkLines });
  return warnings;
}
