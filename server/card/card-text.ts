/**
 * The email card as plain text (the `text/plain` part of a newsletter) and as Markdown (Buttondown, Ghost,
 * Substack's editor accept it): title, show, date and length, summary, topics and the link, nothing else.
 */
import type { CardData } from './card-model.js';

function meta(card: CardData): string {
  return [card.show, card.date, card.length].filter(Boolean).join(' · ');
}

/** Plain text, lines under 80 characters where the words allow. */
export function cardText(card: CardData): string {
  const lines = [card.title, meta(card), ''];
  if (card.summary) lines.push(wrap(card.summary, 78), '');
  if (card.topics.length) lines.push(wrap(`${card.words.topics}: ${card.topics.join(' · ')}`, 78), '');
  lines.push(`${card.words.listen}: ${card.listenUrl}`);
  return `${lines.join('\n')}\n`;
}

/** Markdown: feed text escaped so that it stays text (no links, emphasis or HTML of the feed's making). */
export function cardMarkdown(card: CardData): string {
  const lines = [
    `### [${escapeMarkdown(card.title)}](${markdownUrl(card.listenUrl)})`,
    '',
    `*${escapeMarkdown(meta(card))}*`,
    '',
  ];
  if (card.summary) lines.push(escapeMarkdown(card.summary), '');
  if (card.topics.length) lines.push(`**${card.words.topics}:** ${card.topics.map(escapeMarkdown).join(' · ')}`, '');
  lines.push(`[${card.words.listen}](${markdownUrl(card.listenUrl)})`);
  return `${lines.join('\n')}\n`;
}

function wrap(text: string, width: number): string {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.join('\n');
}

/** Backslash before every character Markdown (CommonMark, GFM) could read as syntax, and `<` as an entity. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|~>]/g, '\\$&').replace(/</g, '&lt;');
}

/** A URL inside `( )`: the characters that could end it or start a title, percent-encoded. */
function markdownUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
