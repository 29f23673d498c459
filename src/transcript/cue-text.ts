/**
 * The text of a cue or paragraph as a reader should see it, and the speaker names written into it.
 * Pure string code: transcripts of any format go through here.
 */
import { decodeEntities } from '../text/entities.js';

// Any tag (WebVTT <c.x>, <i>, <b>, <u>, <lang en>, <ruby>, <00:01.000> timestamps; SRT <font color>) and SRT's
// ASS-style overrides ({\an8}). Voice spans (<v Name>) are read before this runs. Tags sit inside words and
// against punctuation ("<i>Q&amp;A</i>."), so they go without a trace; only a line break becomes a space.
const MARKUP = /<[^>]*>|\{\\[^}]*\}/g;
const BREAK = /<br\s*\/?>/gi;
// Control characters and U+FFFD: what binary junk becomes once decoded as text.
const JUNK = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;
const HAS_JUNK = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/;
const SPACES = /\s+/g;
const MESSY_SPACE = /\s\s|[^\S ]/;

/** Markup removed, entities decoded, junk characters dropped, whitespace collapsed, trimmed. */
export function cleanText(markup: string): string {
  // Each step only when it has something to do: a 3-hour transcript runs this 5,000 times on the main thread.
  let text = markup;
  if (text.includes('<') || text.includes('{')) text = text.replace(BREAK, ' ').replace(MARKUP, '');
  if (text.includes('&')) text = decodeEntities(text);
  if (HAS_JUNK.test(text)) text = text.replace(JUNK, '');
  return (MESSY_SPACE.test(text) ? text.replace(SPACES, ' ') : text).trim();
}

/** Whether a line is mostly junk characters (binary data decoded as text), so it is dropped, not shown. */
export function isJunkLine(line: string): boolean {
  if (!HAS_JUNK.test(line)) return false;
  const junk = line.match(JUNK)?.length ?? 0;
  return junk >= line.length * 0.3;
}

// "Travis: ...", "Dr. Tim: ...", "Speaker 1: ...", "SPEAKER_00: ...", ">> ADAM: ...", "- Anna: ...", "Jean de la Fontaine: ...".
// Every word of the name starts with a capital or a digit (or is a particle), so "So here's the thing: ..." is text.
const NAME_WORD = "[\\p{Lu}\\p{Lt}\\d][\\p{L}\\p{M}\\d'’._-]*";
const PARTICLE = '(?:al|bin|da|de|del|der|den|di|du|el|ibn|la|le|van|von|y)';
const NAME = `${NAME_WORD}(?:\\s+(?:${NAME_WORD}|${PARTICLE})){0,3}`;
const SPEAKER_PREFIX = new RegExp(`^(?:(?:>>|[-–—])\\s*)?(${NAME})\\s*:(?:\\s+|$)`, 'u');
const WHOLE_NAME = new RegExp(`^${NAME}$`, 'u');
// Labels that look like a name before a colon but are not a speaker.
const NOT_SPEAKERS = new Set(['note', 'notes', 'update', 'edit', 'warning', 'http', 'https', 'www', 'ps', 'p.s']);
const MAX_NAME_LENGTH = 40;

/** Whether `text` reads as a speaker's name: up to four capitalised words (particles allowed), a letter in it. */
export function looksLikeName(text: string): boolean {
  return (
    text.length <= MAX_NAME_LENGTH &&
    WHOLE_NAME.test(text) &&
    /\p{L}/u.test(text) &&
    !NOT_SPEAKERS.has(text.toLowerCase())
  );
}

/**
 * Splits a "Speaker: text" prefix off cleaned text: `{ speaker: 'Travis', text: 'When you...' }`.
 * Without a recognisable name, `speaker` is absent and the text is returned as it is.
 */
export function splitSpeakerPrefix(text: string): { speaker?: string; text: string } {
  // Most cues name nobody: no colon early on, no need for the regular expression.
  const colon = text.indexOf(':');
  if (colon < 1 || colon > MAX_NAME_LENGTH + 4) return { text };
  const match = SPEAKER_PREFIX.exec(text);
  const name = match?.[1];
  if (!match || !name || !looksLikeName(name)) return { text };
  return { speaker: name, text: text.slice(match[0].length) };
}
