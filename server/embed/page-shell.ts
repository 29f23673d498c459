/**
 * The HTML document every page of the embed family shares (the episode and its error pages): the inline stylesheet
 * and height script, and the Content-Security-Policy that allows exactly those two by hash, plus the widget's
 * script. Nothing inline runs unless its hash is listed; nothing from a feed is ever inline.
 */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { cspHash } from './csp-hash.js';
import { EMBED_CSS } from './embed-styles.js';
import { FRAME_HEIGHT_SCRIPT } from './frame-height-script.js';
import type { EmbedTheme } from './embed-params.js';

export interface PageParts {
  /** The document's language (the interface's: English). */
  lang: string;
  title: string;
  theme: EmbedTheme;
  /** Extra `<head>` content (link previews, the widget's script). */
  head?: HtmlEscapedString | Promise<HtmlEscapedString> | string;
  body: HtmlEscapedString | Promise<HtmlEscapedString>;
  /** Origins besides our own the widget's script comes from (PODCAST_EPISODE_WIDGET_URL on another host). */
  scriptOrigins?: string[];
}

/**
 * The page's policy. Scripts: ours ('self', the widget's chunks and parser worker) and the height script's hash.
 * Styles: the page's hash ('self' for nothing; the element's styles are constructed sheets). Data: our own routes
 * only (/episode.json, /proxy). Artwork and audio come from the feed's hosts, so any http(s) source.
 */
export async function embedCsp(scriptOrigins: string[] = []): Promise<string> {
  const [script, style] = await Promise.all([cspHash(FRAME_HEIGHT_SCRIPT), cspHash(EMBED_CSS)]);
  const scripts = ["'self'", script, ...scriptOrigins].join(' ');
  return [
    "default-src 'none'",
    `script-src ${scripts}`,
    `style-src 'self' ${style}`,
    'img-src https: http: data: blob:',
    'media-src https: http: blob:',
    "connect-src 'self'",
    `worker-src 'self' blob: ${scriptOrigins.join(' ')}`.trim(),
    "base-uri 'none'",
    "form-action 'none'",
    'frame-ancestors *',
  ].join('; ');
}

/** The inline tags, as strings: their text must stay byte for byte what is hashed (no formatter may touch it). */
const STYLE_TAG = `<style>${EMBED_CSS}</style>`;
const SCRIPT_TAG = `<script>${FRAME_HEIGHT_SCRIPT}</script>`;

/** The whole document. */
export function renderPage(parts: PageParts): Promise<string> {
  const page = html`<!doctype html>
    <html lang="${parts.lang}" data-theme="${parts.theme}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>${parts.title}</title>
        ${raw(STYLE_TAG)} ${parts.head ?? ''}
      </head>
      <body>
        ${parts.body} ${raw(SCRIPT_TAG)}
      </body>
    </html> `;
  return Promise.resolve(page).then(String);
}

/** The headers of every embed-family page: its CSP, framable from anywhere, nothing sniffed. */
export async function pageHeaders(cacheControl: string, scriptOrigins: string[] = []): Promise<Record<string, string>> {
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': await embedCsp(scriptOrigins),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': cacheControl,
  };
}
