/**
 * The podcast namespace's JSON transcript (`application/json`): `{ version, segments: [{ speaker, startTime, endTime,
 * body }] }`, from sentence-level to word-by-word files.
 */
import { cleanText } from './cue-text.js';
import { finishTranscript } from './finish-transcript.js';
import { isWordLevel, mergeWords } from './merge-words.js';
import type { Transcript, TranscriptSegment, TranscriptWarning } from './model.js';
import { parseClock } from '../time/parse-clock.js';

/**
 * Reads a JSON transcript. Word-by-word files are merged into sentences per speaker. Times may be numbers or strings
 * of seconds or clocks. A broken or cut-off file still yields every complete segment object in it, with a warning.
 * Never throws.
 */
export function parseJsonTranscript(text: string): Transcript {
  const source = text.replace(/^\uFEFF/, '');
  const warnings: TranscriptWarning[] = [];
  let items: unknown[];
  try {
    items = segmentList(JSON.parse(source));
    if (!items.length) warnings.push({ code: 'no-segments' });
  } catch {
    items = completeObjects(source).filter((item) => 'body' in item);
    warnings.push({ code: 'broken-json', count: items.length });
  }
  const segments = items.map(toSegment).filter((s): s is TranscriptSegment => s !== undefined);
  return finishTranscript(isWordLevel(segments) ? mergeWords(segments) : segments, warnings);
}

/** `segments` of the top-level object; tolerated too: a bare array of segments, `{ transcript: { segments } }`. */
function segmentList(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (!data || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  if (Array.isArray(record.segments)) return record.segments;
  if (record.transcript && typeof record.transcript === 'object') return segmentList(record.transcript);
  return [];
}

function toSegment(item: unknown): TranscriptSegment | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const record = item as Record<string, unknown>;
  const body = typeof record.body === 'string' || typeof record.body === 'number' ? String(record.body) : '';
  const segment: TranscriptSegment = { text: cleanText(body) };
  if (typeof record.speaker === 'string' && record.speaker.trim()) segment.speaker = cleanText(record.speaker);
  const start = parseClock(record.startTime, 'cue-or-seconds');
  const end = parseClock(record.endTime, 'cue-or-seconds');
  if (start !== undefined) segment.start = start;
  if (end !== undefined) segment.end = end;
  return segment;
}

/**
 * Every `{...}` object in broken JSON that parses on its own, in the order they close: in a file cut off halfway,
 * the segments written before the cut. Strings are followed so braces inside them do not count.
 */
function completeObjects(source: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const open: number[] = [];
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') open.push(i);
    else if (c === '}' && open.length) {
      const start = open.pop()!;
      try {
        const value: unknown = JSON.parse(source.slice(start, i + 1));
        if (value && typeof value === 'object' && !Array.isArray(value)) found.push(value as Record<string, unknown>);
      } catch {
        // Not a complete object after all (the break is inside it): skip it.
      }
    }
  }
  return found;
}
