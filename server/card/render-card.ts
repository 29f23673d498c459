/**
 * The one entry both `/card` and `podcast-episode card` use: a snapshot in, the card in the asked format out.
 */
import type { EpisodeSnapshot } from '../../src/snapshot/snapshot-model.js';
import { cardFromSnapshot, type CardOptions } from './card-model.js';
import { cardDocument, cardFragment } from './card-html.js';
import { cardMarkdown, cardText } from './card-text.js';

/** The formats: a whole HTML document, the HTML to paste (`fragment`), plain text, Markdown. */
export const CARD_FORMATS = ['html', 'fragment', 'text', 'md'] as const;
export type CardFormat = (typeof CARD_FORMATS)[number];

export function isCardFormat(value: string): value is CardFormat {
  return (CARD_FORMATS as readonly string[]).includes(value);
}

export interface RenderedCard {
  body: string;
  contentType: string;
}

const CONTENT_TYPE: Record<CardFormat, string> = {
  html: 'text/html; charset=utf-8',
  fragment: 'text/html; charset=utf-8',
  text: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

/** Renders the card of `snapshot`'s episode. */
export function renderCard(snapshot: EpisodeSnapshot, format: CardFormat, options: CardOptions = {}): RenderedCard {
  const card = cardFromSnapshot(snapshot, options);
  const body =
    format === 'html'
      ? cardDocument(card)
      : format === 'fragment'
        ? cardFragment(card)
        : format === 'text'
          ? cardText(card)
          : cardMarkdown(card);
  return { body, contentType: CONTENT_TYPE[format] };
}
