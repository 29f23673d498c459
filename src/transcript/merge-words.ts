/**
 * Word-by-word JSON transcripts ("At the most precise, it enables word-by-word highlighting") turned into sentences
 * a person can read and click: one segment per sentence (or per run of speech) of one speaker.
 */
import type { TranscriptSegment } from './model.js';

/** A pause this long (seconds) between two words ends the sentence even without punctuation. */
const PAUSE = 1.5;
/** Speech recognisers without punctuation never end a sentence: cut after this many words. */
const MAX_WORDS = 40;
const SENTENCE_END = /[.!?…。！？]["'”’)\]]*$/;
// Tokens written as words of their own that belong to the word before: punctuation, "'s", "n't".
const ATTACHES_LEFT = /^(?:[.,!?;:%…)\]}"”’]|'s\b|'re\b|'ll\b|'ve\b|'d\b|'m\b|n't\b)/i;

/** Whether most segments hold one word each (a word-level file), so they need merging into sentences. */
export function isWordLevel(segments: readonly TranscriptSegment[]): boolean {
  if (segments.length < 3) return segments.length > 0 && segments.every((s) => !/\s/.test(s.text.trim()));
  const single = segments.filter((s) => !/\s/.test(s.text.trim())).length;
  return single >= segments.length * 0.6;
}

/**
 * Merges words into sentences: a new segment starts when the speaker changes, after a word that ends a sentence,
 * after a pause of 1.5 s, or after 40 words. Each keeps the first word's start and the last word's end.
 */
export function mergeWords(words: readonly TranscriptSegment[]): TranscriptSegment[] {
  const merged: TranscriptSegment[] = [];
  let current: TranscriptSegment | undefined;
  let count = 0;
  for (const word of words) {
    const text = word.text.trim();
    if (!text) continue;
    const pause = current?.end !== undefined && word.start !== undefined && word.start - current.end >= PAUSE;
    if (
      !current ||
      word.speaker !== current.speaker ||
      pause ||
      count >= MAX_WORDS ||
      SENTENCE_END.test(current.text)
    ) {
      current = { ...word, text };
      merged.push(current);
      count = 1;
      continue;
    }
    current.text += ATTACHES_LEFT.test(text) ? text : ` ${text}`;
    if (word.end !== undefined) current.end = word.end;
    else if (word.start !== undefined) current.end = word.start;
    count++;
  }
  return merged;
}
