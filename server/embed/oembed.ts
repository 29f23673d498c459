/**
 * `/oembed` (oEmbed 1.0, https://oembed.com): for a URL of our own `/embed` page, a `rich` answer whose `html` is
 * an iframe of that page, sized within `maxwidth` × `maxheight`. The spec's error codes: 404 for a URL this
 * server does not serve (another host or path, no feed, no such episode), 501 for any format but JSON.
 */
import type { EpisodeSnapshot } from '../../src/snapshot/snapshot-model.js';
import { embedUrl, FRAME_SIZE, readEmbedParams, type EmbedParams } from './embed-params.js';

export interface OEmbedRequest {
  /** The page URL asked about, as given. */
  url: string | undefined;
  format: string | undefined;
  maxwidth: string | undefined;
  maxheight: string | undefined;
}

/** What to answer before reading any feed: a refusal with its status, or the embed parameters to read. */
export type OEmbedCheck =
  { status: 400 | 404 | 501; message: string } | { params: EmbedParams; maxWidth?: number; maxHeight?: number };

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as an HTML attribute value. */
function attr(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Podcast artwork is square (Apple asks for 1400–3000 px); its real size is not fetched just to report it. */
const THUMBNAIL_SIZE = 1400;

function dimension(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const number = Math.floor(Number(value));
  return Number.isFinite(number) && number > 0 ? number : undefined;
}

/** Reads the request; `host` is the request's own host (`example.com:8787`), the only one whose pages we serve. */
export function checkOEmbed(request: OEmbedRequest, host: string): OEmbedCheck {
  if (request.format !== undefined && request.format !== 'json')
    return { status: 501, message: 'Only format=json is served.' };
  if (!request.url) return { status: 400, message: 'Give the page to embed as ?url=.' };
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return { status: 404, message: 'Not a URL this server embeds.' };
  }
  const params = readEmbedParams(url.searchParams);
  if (!/^https?:$/.test(url.protocol) || url.host !== host || url.pathname !== '/embed' || !params.feed)
    return { status: 404, message: 'Not a URL this server embeds: give one of its /embed?feed=… pages.' };
  return { params, maxWidth: dimension(request.maxwidth), maxHeight: dimension(request.maxheight) };
}

export interface OEmbedAnswer {
  version: '1.0';
  type: 'rich';
  provider_name: string;
  provider_url: string;
  title: string;
  author_name: string;
  author_url?: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

/** The answer for a checked request and the episode's snapshot. */
export function oembedAnswer(
  check: Extract<OEmbedCheck, { params: EmbedParams }>,
  snapshot: EpisodeSnapshot,
  origin: string,
  cacheAge: number,
): OEmbedAnswer {
  const { params } = check;
  const size = FRAME_SIZE[params.layout];
  const width = Math.min(size.width, check.maxWidth ?? size.width);
  const height = Math.min(size.height, check.maxHeight ?? size.height);
  const { episode, podcast } = snapshot;
  const title = `${episode.title} · ${podcast.title}`;
  // One line, as sites paste it; every value escaped for its attribute.
  const frame =
    `<iframe src="${attr(embedUrl(origin, params))}" width="${width}" height="${height}" title="${attr(title)}"` +
    ` style="border:0;max-width:100%" loading="lazy" allow="autoplay; clipboard-write"></iframe>`;
  const answer: OEmbedAnswer = {
    version: '1.0',
    type: 'rich',
    provider_name: 'podcast-episode',
    provider_url: `${origin}/`,
    title: episode.title,
    author_name: podcast.author || podcast.title,
    html: frame,
    width,
    height,
    cache_age: cacheAge,
  };
  if (podcast.link) answer.author_url = podcast.link;
  const image = episode.image ?? podcast.image;
  if (image) {
    const side = Math.min(THUMBNAIL_SIZE, check.maxWidth ?? THUMBNAIL_SIZE, check.maxHeight ?? THUMBNAIL_SIZE);
    Object.assign(answer, { thumbnail_url: image, thumbnail_width: side, thumbnail_height: side });
  }
  return answer;
}
