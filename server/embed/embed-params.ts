/**
 * The query of `/embed` (and of the URLs `/oembed` is asked about): which feed and episode, and how to show them.
 * Unknown values fall back to the defaults, so a hand-edited link still works.
 */

export type EmbedTheme = 'light' | 'dark' | 'auto';
export type EmbedLayout = 'compact' | 'full';

export interface EmbedParams {
  feed: string;
  episode: string;
  theme: EmbedTheme;
  layout: EmbedLayout;
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
  };
}

/** `/embed?…` for these parameters on `origin`, defaults left out so the URL stays short. */
export function embedUrl(origin: string, params: EmbedParams, episode = params.episode): string {
  const query = new URLSearchParams({ feed: params.feed });
  if (episode !== 'latest') query.set('episode', episode);
  if (params.theme !== 'auto') query.set('theme', params.theme);
  if (params.layout !== 'compact') query.set('layout', params.layout);
  return `${origin}/embed?${query}`;
}

/** The iframe's default size: the compact card fits 672 × 260 (it grows when a reader opens a section). */
export const FRAME_SIZE: Record<EmbedLayout, { width: number; height: number }> = {
  compact: { width: 672, height: 260 },
  full: { width: 672, height: 720 },
};
