/**
 * HTML transcripts (`text/html`), as the podcast namespace describes them: `<cite>` for the speaker, `<time>` for
 * when the monologue starts, `<p>` for what is said. Read with a small tolerant scanner instead of the DOM, so it
 * parses untrusted markup without creating elements and runs anywhere.
 */
import { cleanText, splitSpeakerPrefix } from './cue-text.js';
import { finishTranscript } from './finish-transcript.js';
import type { Transcript, TranscriptSegment } from './model.js';
import { parseClock } from '../time/parse-clock.js';

// Comments; elements whose content is never transcript text; tags (quoted attribute values may hold ">"); text.
const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<(script|style|head|title|template|noscript)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>?|<!?[^<]*|[^<]+/gi;
// Tags that end a paragraph of speech.
const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'dd',
  'dt',
  'blockquote',
  'section',
  'article',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'body',
  'main',
]);
const LINE_BREAK = '\n';

/**
 * Reads an HTML transcript: each paragraph becomes a segment, with the `<cite>` before it as its speaker (who keeps
 * speaking until the next `<cite>`) and the `<time>` before it as its start. Without `<cite>`s, "Name:" at the start
 * of a paragraph or of a line (`<br>`) names the speaker. Entities are decoded; scripts and styles ignored.
 * Never throws.
 */
export function parseHtml(text: string): Transcript {
  const segments: TranscriptSegment[] = [];
  let speaker: string | undefined;
  let start: number | undefined;
  /** What the text tokens go to: the paragraph, or the `<cite>`/`<time>` being read. */
  let into: 'paragraph' | 'cite' | 'time' = 'paragraph';
  let paragraph = '';
  let cite = '';
  let time = '';
  let datetime = '';

  const flush = () => {
    const lines = paragraph.split(LINE_BREAK).map(cleanText).filter(Boolean);
    paragraph = '';
    let current: TranscriptSegment | undefined;
    for (const line of lines) {
      const prefixed = splitSpeakerPrefix(line);
      if (!current || prefixed.speaker) {
        if (prefixed.speaker) speaker = prefixed.speaker;
        current = { speaker, text: prefixed.text };
        if (start !== undefined) current.start = start;
        start = undefined;
        segments.push(current);
      } else current.text += ` ${line}`;
    }
  };

  for (const match of text.replace(/^\uFEFF/, '').matchAll(TOKEN)) {
    const [token, skipped, slash, rawName, attributes] = match;
    if (skipped || token.startsWith('<!')) continue;
    if (!rawName) {
      if (into === 'cite') cite += token;
      else if (into === 'time') time += token;
      else paragraph += token;
      continue;
    }
    const name = rawName.toLowerCase();
    const closing = slash === '/';
    if (name === 'cite') {
      if (!closing) {
        flush();
        into = 'cite';
        cite = '';
      } else if (into === 'cite') {
        into = 'paragraph';
        const named = cleanText(cite).replace(/\s*:$/, '');
        if (named) speaker = named;
      }
    } else if (name === 'time') {
      if (!closing) {
        into = 'time';
        time = '';
        datetime = /\bdatetime\s*=\s*["']?([^"'\s>]+)/i.exec(attributes ?? '')?.[1] ?? '';
      } else if (into === 'time') {
        into = 'paragraph';
        const at = parseClock(cleanText(time), 'cue-or-seconds') ?? parseClock(datetime, 'html-datetime');
        if (at !== undefined) {
          if (cleanText(paragraph)) flush();
          start = at;
        }
      }
    } else if (BLOCKS.has(name)) {
      if (into === 'paragraph') flush();
    } else if (name === 'br') {
      if (into === 'paragraph') paragraph += LINE_BREAK;
    }
    // Inline tags (<b>, <span>, <a>) are dropped; their text stays in the paragraph.
  }
  flush();
  return finishTranscript(segments, []);
}
