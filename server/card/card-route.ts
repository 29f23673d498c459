/**
 * `GET /card?feed=&episode=&format=html|fragment|text|md`: the email card of one episode, from the same snapshot
 * `/episode.json` serves. Errors come as JSON `{ code, message }` for the HTML formats and as one line of text for
 * text and Markdown (what a newsletter tool fetching the text would show), with the error's HTTP status.
 */
import type { Context, Hono } from 'hono';
import { readSnapshotText } from '../../src/snapshot/read-snapshot.js';
import { ServerError } from '../errors.js';
import type { SnapshotService } from '../snapshot/snapshot-service.js';
import { toServerError } from '../snapshot/feed-error.js';
import { isCardFormat, renderCard, CARD_FORMATS } from './render-card.js';

export interface CardRouteOptions {
  snapshots: SnapshotService;
  defer(c: Context, work: Promise<unknown>): void;
  /** Headers every answer carries (CORS, nosniff…), without Content-Security-Policy (the card sets its own). */
  headers: Record<string, string>;
  cacheControl: string;
}

/**
 * The card's own policy: it runs nothing and loads only images; `sandbox` keeps it inert even opened on our
 * origin, `allow-popups` lets its links open from the builder's preview frame.
 */
const CARD_CSP =
  "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; sandbox allow-popups allow-popups-to-escape-sandbox";

export function registerCardRoute(app: Hono, options: CardRouteOptions): void {
  app.get('/card', async (c) => {
    const format = c.req.query('format') ?? 'html';
    const textual = format === 'text' || format === 'md';
    try {
      if (!isCardFormat(format))
        throw new ServerError('bad-request', `format must be one of ${CARD_FORMATS.join(', ')}, not "${format}".`);
      const feed = c.req.query('feed');
      if (!feed) throw new ServerError('bad-request', 'Give the feed as ?feed= (and the episode as &episode=).');
      const { json, state } = await options.snapshots.snapshot(feed, c.req.query('episode') ?? 'latest', (work) =>
        options.defer(c, work),
      );
      const server = new URL(c.req.url).origin;
      const { body, contentType } = renderCard(readSnapshotText(json), format, { server });
      return new Response(body, {
        status: 200,
        headers: {
          ...options.headers,
          'Content-Type': contentType,
          'Content-Security-Policy': CARD_CSP,
          'Cache-Control': options.cacheControl,
          'X-Cache': state,
        },
      });
    } catch (error) {
      const e = toServerError(error);
      if (!textual) throw e;
      return new Response(`Error (${e.code}): ${e.message}\n`, {
        status: e.httpStatus,
        headers: {
          ...options.headers,
          'Content-Type': 'text/plain; charset=utf-8',
          'Content-Security-Policy': "default-src 'none'; sandbox",
          'Cache-Control': 'no-store',
        },
      });
    }
  });
}
