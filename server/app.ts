/**
 * The one web-standard app (Hono: `Request` → `Response`) behind both entries. Platforms differ only in what they
 * hand in: how one upstream hop is fetched (undici with a pinned lookup on Node, `fetch` on Workers), where
 * answers are cached (memory LRU, Cache API), how background work is kept alive and who the client is.
 */
import { Hono, type Context } from 'hono';
import type { ServerConfig } from './config.js';
import { ServerError } from './errors.js';
import type { TextStore } from './cache/store.js';
import { CachedFetcher } from './proxy/cached-fetcher.js';
import type { HopFetch } from './upstream/hop.js';
import { RateLimiter } from './rate-limit.js';
import { SnapshotService, type FeedReader } from './snapshot/snapshot-service.js';
import { registerCardRoute } from './card/card-route.js';
import { registerBuilderRoutes } from './builder/builder-routes.js';
import { addEmbedRoutes, DEFAULT_WIDGET_URL, type WidgetFiles } from './embed/embed-routes.js';

export interface Platform {
  config: ServerConfig;
  hop: HopFetch;
  store: TextStore;
  /** Who sent the request, for the rate limit. */
  clientAddress(c: Context): string;
  /** Keeps background work alive after the answer (Workers' `waitUntil`). */
  defer(c: Context, work: Promise<unknown>): void;
  /** Reads a feed for /episode.json; default: on this thread. */
  readFeed?: FeedReader;
  /** The built widget's files for `/widget/*` (Node: dist/; Workers: the static assets binding). */
  widgetFiles?: WidgetFiles;
}

export interface ServerApp {
  app: Hono;
  /** The upstream side, for counting fetches in tests and the bench. */
  fetcher: CachedFetcher;
}

/** What `/routes.json` (and `/` asked for JSON) lists. */
const ROUTES = {
  '/': 'the embed builder (HTML)',
  '/proxy?url=': 'a feed, transcript or chapters file, with CORS, cached',
  '/episode.json?feed=&episode=': 'a snapshot of one episode',
  '/episodes.json?feed=': "the feed's episodes (id, title, date, length), newest first",
  '/card?feed=&episode=&format=html|fragment|text|md': 'the email card of one episode',
  '/embed?feed=&episode=&theme=&layout=': 'the episode as a page for an iframe, readable without scripts',
  '/oembed?url=&maxwidth=&maxheight=&format=json': 'oEmbed 1.0 for /embed and builder links',
  '/widget/podcast-episode.js': 'the widget script (and its chunks under /widget/)',
  '/routes.json': 'this list',
  '/health': '{ ok: true }',
};

const SECURITY_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  // Pages may read how the answer was served and when to retry.
  'Access-Control-Expose-Headers': 'X-Cache, ETag, Last-Modified, Retry-After',
  'X-Content-Type-Options': 'nosniff',
  // What we pass on is data: opened as a page on our origin, an HTML body must not run anything.
  'Content-Security-Policy': "default-src 'none'; sandbox",
  'Referrer-Policy': 'no-referrer',
} as const;

function errorResponse(error: ServerError): Response {
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  };
  return new Response(JSON.stringify(error.toJSON()), { status: error.httpStatus, headers });
}

/** Builds the app for one platform. */
export function createApp(platform: Platform): ServerApp {
  const { config } = platform;
  const fetcher = new CachedFetcher(config, platform.store, platform.hop);
  const snapshots = new SnapshotService(fetcher, platform.readFeed);
  const limiter = new RateLimiter(config.rateLimit);
  const cacheControl = `public, max-age=${config.maxAge}, stale-while-revalidate=${config.staleWhileRevalidate}`;
  const app = new Hono();

  app.onError((error) => {
    if (error instanceof ServerError) return errorResponse(error);
    console.error(error);
    return errorResponse(new ServerError('network', 'The server failed to answer.'));
  });
  app.notFound(() => errorResponse(new ServerError('not-found', 'No such route: see /routes.json.')));

  app.options(
    '*',
    () =>
      new Response(null, {
        status: 204,
        headers: {
          ...SECURITY_HEADERS,
          'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
          'Access-Control-Allow-Headers': 'Accept',
          'Access-Control-Max-Age': '86400',
        },
      }),
  );

  // Every route that may fetch upstream counts against the client's limit.
  for (const path of ['/proxy', '/episode.json', '/episodes.json', '/card', '/embed', '/oembed'])
    app.use(path, async (c, next) => {
      const wait = limiter.take(platform.clientAddress(c));
      if (wait > 0) {
        const response = errorResponse(new ServerError('rate-limited', `Too many requests; try again in ${wait} s.`));
        response.headers.set('Retry-After', String(wait));
        return response;
      }
      await next();
    });

  const routeOptions = {
    snapshots,
    defer: platform.defer,
    headers: { ...SECURITY_HEADERS },
    cacheControl,
  };
  registerBuilderRoutes(app, {
    ...routeOptions,
    routes: ROUTES,
    widgetUrl: config.widgetUrl || DEFAULT_WIDGET_URL,
  });
  registerCardRoute(app, routeOptions);
  app.get('/health', (c) => c.json({ ok: true }, 200, { ...SECURITY_HEADERS, 'Cache-Control': 'no-store' }));

  app.get('/proxy', async (c) => {
    const url = c.req.query('url');
    if (!url) throw new ServerError('bad-request', 'Give the address to fetch as ?url=.');
    const { entry, state } = await fetcher.get(url, (work) => platform.defer(c, work));
    // A plain record, not Headers: @hono/node-server writes it straight out (the cached path is the hot one).
    const headers: Record<string, string> = {
      ...SECURITY_HEADERS,
      'Content-Type': entry.contentType,
      'Cache-Control': cacheControl,
      'X-Cache': state,
    };
    if (entry.etag) headers.ETag = entry.etag;
    if (entry.lastModified) headers['Last-Modified'] = entry.lastModified;
    if (entry.etag && c.req.header('if-none-match') === entry.etag) return new Response(null, { status: 304, headers });
    return new Response(entry.body as Uint8Array<ArrayBuffer>, { status: 200, headers });
  });

  app.get('/episode.json', async (c) => {
    const feed = c.req.query('feed');
    if (!feed)
      throw new ServerError('bad-request', 'Give the feed as ?feed= (and the episode as &episode=, default latest).');
    const { json, state } = await snapshots.snapshot(feed, c.req.query('episode') ?? 'latest', (work) =>
      platform.defer(c, work),
    );
    return new Response(json, {
      status: 200,
      headers: {
        ...SECURITY_HEADERS,
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': cacheControl,
        'X-Cache': state,
      },
    });
  });

  addEmbedRoutes(app, {
    snapshots,
    cacheControl,
    maxAge: config.maxAge,
    widgetUrl: config.widgetUrl || DEFAULT_WIDGET_URL,
    widgetFiles: platform.widgetFiles,
    defer: (c, work) => platform.defer(c, work),
  });

  return { app, fetcher };
}
