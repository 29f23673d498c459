/**
 * One entry point for every transcript format: the file's text in, one `Transcript` out.
 */
import { finishTranscript } from './finish-transcript.js';
import type { Transcript } from './model.js';
import { parseHtml } from './parse-html.js';
import { parseJsonTranscript } from './parse-json.js';
import { srtSteps } from './parse-srt.js';
import { parsePlainText } from './parse-text.js';
import { vttSteps } from './parse-vtt.js';
import { runInSlices, runToEnd, type Steps } from './slices.js';
import { sniffFormat, type TranscriptFormat } from './transcript-format.js';

// WebVTT and SRT, the formats of long timed transcripts, are parsed in steps; the others in one go (a JSON.parse
// cannot be split, and HTML or text transcripts of an episode are a fraction of the size).
const PARSERS: Record<TranscriptFormat, (text: string) => Steps<Transcript>> = {
  vtt: vttSteps,
  srt: srtSteps,
  json: oneStep(parseJsonTranscript),
  html: oneStep(parseHtml),
  text: oneStep(parsePlainText),
};

// Characters binary data turns into when decoded as text.
const BINARY = /[\u0000-\u0008\u000e-\u001f\ufffd]/g;

/**
 * Parses a transcript file. `format` is what the feed says (see `formatOfRef`); what the content plainly is
 * (a WEBVTT header, JSON, SRT timing lines, HTML) wins over it. A cue format without a single cue is shown as plain
 * text; a file that is not text at all yields no segments. Never throws: problems come back in `warnings`.
 */
export function parseTranscript(text: string, format?: TranscriptFormat): Transcript {
  return runToEnd(parseSteps(text, format));
}

/** {@link parseTranscript} a few milliseconds per task, so a long transcript never blocks the page for long. */
export function parseTranscriptInSlices(text: string, format?: TranscriptFormat): Promise<Transcript> {
  return runInSlices(parseSteps(text, format));
}

function* parseSteps(text: string, format: TranscriptFormat | undefined): Steps<Transcript> {
  if (!text.trim()) return finishTranscript([], []);
  const sample = text.slice(0, 4096);
  if ((sample.match(BINARY)?.length ?? 0) > sample.length * 0.1) return finishTranscript([], [{ code: 'not-text' }]);
  const chosen = sniffFormat(text) ?? format ?? 'text';
  let transcript: Transcript;
  try {
    transcript = yield* PARSERS[chosen](text);
  } catch {
    // The parsers are written not to throw; if one ever does, the reader still gets the words.
    transcript = parsePlainText(text);
  }
  // A "cue file" without a single cue and without a WEBVTT header is text someone labelled wrongly.
  if ((chosen === 'vtt' || chosen === 'srt') && !transcript.segments.length && !/^\uFEFF?WEBVTT/.test(text)) {
    const plain = parsePlainText(text);
    if (plain.segments.length) return { ...plain, warnings: [{ code: 'no-cues' }, ...plain.warnings] };
  }
  return transcript;
}

function oneStep(parse: (text: string) => Transcript): (text: string) => Steps<Transcript> {
  // A parser that runs in one go, in the shape of the sliced ones (a generator that never yields).
  // eslint-disable-next-line require-yield
  return function* (text) {
    return parse(text);
  };
}
