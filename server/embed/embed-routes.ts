/**
 * The routes for pages that run no scripts of their host: `/embed` (the episode as a framable page), `/oembed`
 * (its oEmbed answer) and `/widget/*` (the built widget script the page loads, from the platform's files).
 */
import type { Context, Hono } from 'hono';
import { ServerError } from '../errors.js';
import type { SnapshotService } from '../snapshot/snapshot-service.js';
import { readSnapshotText } from '../../src/snapshot/read-snapshot.js';
import { readEmbedParams } from './embed-params.js';
import { renderEmbedPage } from './embed-page.js';
import { renderErrorPage } from './error-page.js';
import { pageHeaders } from './page-shell.js';
import { checkOEmbed, oembedAnswer } from './oembed.js';
import { toServerError } from '../snapshot/feed-error.js';

/** Reads one of the built widget's files (`podcast-episode.js`, its chunks, the parser worker) by name. */
export type WidgetFiles = (name: string) => Promise<Uint8Array | undefined>;

export interface EmbedDeps {
  snapshots: SnapshotService;
  /** `Cache-Control` of a page that shows an episode (as /episode.json's). */
  cacheControl: string;
  maxAge: number;
  /** Where pages load the widget from: our `/widget/podcast-episode.js` unless configured. */
  widgetUrl: string;
  widgetFiles?: WidgetFiles;
  defer(c: Context, work: Promise<unknown>): void;
}

/** The built widget's files, and their source maps: nothing else is served under /widget/. */
const WIDGET_FILE = /^podcast-episode(?:-[\w-]+)?\.js(?:\.map)?$/;
/** Names without a content hash: they change in place with each release. */
const UNHASHED = new Set(['podcast-episode.js', 'podcast-episode-parser.js']);

const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Access-Control-Allow-Origin': '*',
  'X-Content-Type-Options': 'nosniff',
};

export const DEFAULT_WIDGET_URL = '/widget/podcast-episode.js';

export function addEmbedRoutes(app: Hono, deps: EmbedDeps): void {
  const scriptOrigins = /^https?:/i.test(deps.widgetUrl) ? [new URL(deps.widgetUrl).origin] : [];
  const snapshot = async (c: Context, feed: string, episode: string) => {
    const { json } = await deps.snapshots.snapshot(feed, episode, (work) => deps.defer(c, work));
    return readSnapshotText(json);
  };

  app.get('/embed', async (c) => {
    const params = readEmbedParams(new URL(c.req.url).searchParams);
    try {
      if (!params.feed) throw new ServerError('bad-request', 'This page needs a feed: /embed?feed=<feed URL>.');
      const page = await renderEmbedPage({
        snapshot: await snapshot(c, params.feed, params.episode),
        params,
        origin: new URL(c.req.url).origin,
        widgetUrl: deps.widgetUrl,
        scriptOrigins,
      });
      return c.body(page, 200, await pageHeaders(deps.cacheControl, scriptOrigins));
    } catch (caught) {
      const error = toServerError(caught);
      return c.body(await renderErrorPage(error, params.theme), error.httpStatus as 400, await pageHeaders('no-store'));
    }
  });

  app.get('/oembed', async (c) => {
    const check = checkOEmbed(
      {
        url: c.req.query('url'),
        format: c.req.query('format'),
        maxwidth: c.req.query('maxwidth'),
        maxheight: c.req.query('maxheight'),
      },
      new URL(c.req.url).host,
    );
    if ('status' in check)
      return c.json(
        { code: check.status === 501 ? 'not-implemented' : 'not-found', message: check.message },
        check.status,
        {
          ...JSON_HEADERS,
          'Cache-Control': 'no-store',
        },
      );
    try {
      const answer = oembedAnswer(
        check,
        await snapshot(c, check.params.feed, check.params.episode),
        new URL(c.req.url).origin,
        deps.maxAge,
      );
      return c.json(answer, 200, { ...JSON_HEADERS, 'Cache-Control': deps.cacheControl });
    } catch (caught) {
      const error = toServerError(caught);
      // The spec's 404 for what we cannot embed (no such episode, a feed we may not read); other failures as ours.
      const refused = ['episode-not-found', 'forbidden-address', 'not-allowed', 'not-a-feed', 'empty-feed'];
      const status = refused.includes(error.code) ? 404 : error.httpStatus;
      return c.json(error.toJSON(), status as 404, { ...JSON_HEADERS, 'Cache-Control': 'no-store' });
    }
  });

  app.get('/widget/:file', async (c) => {
    const name = c.req.param('file');
    const bytes = WIDGET_FILE.test(name) ? await deps.widgetFiles?.(name) : undefined;
    if (!bytes)
      return c.text('No such widget file (is the widget built? `npm run build`).', 404, {
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      });
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': name.endsWith('.map') ? 'application/json; charset=utf-8' : 'text/javascript; charset=utf-8',
      'Access-Control-Allow-Origin': '*',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': UNHASHED.has(name) ? 'public, max-age=300' : 'public, max-age=31536000, immutable',
    });
  });
}
