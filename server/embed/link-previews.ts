/**
 * What makes a link to `/embed` unfold when pasted into Slack, Discord, Mastodon, Notion or Medium: oEmbed
 * discovery, Open Graph and a Twitter (X) player card whose player is the embed page itself. Absolute URLs on the
 * request's origin throughout; every value escaped.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { embedUrl, FRAME_SIZE } from './embed-params.js';
import type { EmbedPageInput } from './embed-page.js';
import { episodeSummary } from './summary-text.js';

export function renderLinkPreviews(input: EmbedPageInput): HtmlEscapedString | Promise<HtmlEscapedString> {
  const { snapshot, params, origin } = input;
  const { episode, podcast } = snapshot;
  const page = embedUrl(origin, params);
  const oembed = `${origin}/oembed?${new URLSearchParams({ url: page, format: 'json' })}`;
  const description = episodeSummary(snapshot, 200);
  const image = episode.image ?? podcast.image;
  const audio = episode.enclosure;
  const size = FRAME_SIZE[params.layout];
  return html`<link rel="canonical" href="${page}" />
    <link rel="alternate" type="application/json+oembed" href="${oembed}" title="${episode.title}" />
    <meta name="description" content="${description}" />
    <meta property="og:type" content="website" />
    <meta property="og:site_name" content="${podcast.title}" />
    <meta property="og:title" content="${episode.title}" />
    <meta property="og:description" content="${description}" />
    <meta property="og:url" content="${page}" />
    ${image ? html`<meta property="og:image" content="${image}" />` : ''}
    ${audio ? html`<meta property="og:audio" content="${audio.url}" />` : ''}
    ${audio?.type ? html`<meta property="og:audio:type" content="${audio.type}" />` : ''}
    <meta name="twitter:card" content="player" />
    <meta name="twitter:title" content="${episode.title}" />
    <meta name="twitter:description" content="${description}" />
    ${image ? html`<meta name="twitter:image" content="${image}" />` : ''}
    <meta name="twitter:player" content="${page}" />
    <meta name="twitter:player:width" content="${size.width}" />
    <meta name="twitter:player:height" content="${size.height}" />
    ${audio ? html`<meta name="twitter:player:stream" content="${audio.url}" />` : ''}
    ${audio?.type ? html`<meta name="twitter:player:stream:content_type" content="${audio.type}" />` : ''}`;
}
