/**
 * The query of `/embed` (and of the URLs `/oembed` is asked about): which feed and episode, and how to show them.
 * Unknown values fall back to the defaults, so a hand-edited link still works.
 */
import { parseSections, SECTIONS } from '../../src/element/sections.js';

export type EmbedTheme = 'light' | 'dark' | 'auto';
export type EmbedLayout = 'compact' | 'full';

export interface EmbedParams {
  feed: string;
  episode: string;
  theme: EmbedTheme;
  layout: EmbedLayout;
  /** The element's `sections` (space- or comma-separated); empty: all. */
  sections: string;
}

/** `sections` as the element reads it, in a fixed order; empty when it names them all (the default). */
function sectionsParam(value: string | null): string {
  const wanted = parseSections(value);
  return wanted.size === SECTIONS.length ? '' : SECTIONS.filter((name) => wanted.has(name)).join(' ');
}

/** Reads the query; `feed` may be empty (the caller answers 400). */
export function readEmbedParams(query: URLSearchParams): EmbedParams {
  const theme = query.get('theme');
  const layout = query.get('layout');
  return {
    feed: (query.get('feed') ?? '').trim(),
    episode: (query.get('episode') ?? '').trim() || 'latest',
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    layout: layout === 'full' ? 'full' : 'compact',
    sections: sectionsParam(query.get('sections')),
  };
}

/** `/embed?…` for these parameters on `origin`, defaults left out so the URL stays short. */
export function embedUrl(origin: string, params: EmbedParams, episode = params.episode): string {
  const query = new URLSearchParams({ feed: params.feed });
  if (episode !== 'latest') query.set('episode', episode);
  if (params.theme !== 'auto') query.set('theme', params.theme);
  if (params.layout !== 'compact') query.set('layout', params.layout);
  if (params.sections) query.set('sections', params.sections);
  return `${origin}/embed?${query}`;
}

/**
 * The iframe's default size, for oEmbed and the Twitter player card: 672 px wide (the card's comfortable column).
 * Measured there, the compact card is 325–470 px tall (it grows when a reader opens a section); the full one, with
 * notes, chapters and transcript open, 800–2000: 1000 shows its top and the frame scrolls.
 */
export const FRAME_SIZE: Record<EmbedLayout, { width: number; height: number }> = {
  compact: { width: 672, height: 480 },
  full: { width: 672, height: 1000 },
};
