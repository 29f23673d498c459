/**
 * The embed builder's routes: `GET /` (the page; JSON route list for clients that ask for JSON),
 * `GET /builder.js` (its script), `GET /routes.json` (what this server answers) and `GET /episodes.json?feed=`
 * (the feed's episodes for the picker, from the same read feed as `/episode.json`).
 */
import type { Context, Hono } from 'hono';
import { ServerError } from '../errors.js';
import type { SnapshotService } from '../snapshot/snapshot-service.js';
import { builderPage } from './builder-page.js';
import { BUILDER_SCRIPT } from './builder-script.js';

export interface BuilderRouteOptions {
  snapshots: SnapshotService;
  defer(c: Context, work: Promise<unknown>): void;
  headers: Record<string, string>;
  cacheControl: string;
  /** The widget script the snippets load (the server's `/widget/podcast-episode.js` unless configured). */
  widgetUrl: string;
  /** The machine-readable index: `/routes.json`, and `/` for clients that prefer JSON. */
  routes: Record<string, string>;
}

function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes));
}

/** True when the client prefers JSON to HTML (`Accept: application/json`, no `text/html`). */
function wantsJson(c: Context): boolean {
  const accept = c.req.header('accept') ?? '';
  return /application\/json/i.test(accept) && !/text\/html/i.test(accept);
}

export function registerBuilderRoutes(app: Hono, options: BuilderRouteOptions): void {
  const index = () => ({ name: 'podcast-episode server', routes: options.routes });

  app.get('/', (c) => {
    if (wantsJson(c)) return c.json(index(), 200, { ...options.headers, Vary: 'Accept' });
    const n = nonce();
    return new Response(builderPage(n, options.widgetUrl), {
      status: 200,
      headers: {
        ...options.headers,
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': [
          "default-src 'none'",
          `script-src 'nonce-${n}'`,
          `style-src 'nonce-${n}'`,
          "connect-src 'self'",
          "frame-src 'self'",
          "img-src 'self'",
          "base-uri 'none'",
          "form-action 'none'",
          "frame-ancestors 'none'",
        ].join('; '),
        'Cache-Control': 'no-store',
        Vary: 'Accept',
      },
    });
  });

  app.get('/routes.json', (c) => c.json(index(), 200, { ...options.headers }));

  app.get(
    '/builder.js',
    () =>
      new Response(BUILDER_SCRIPT, {
        status: 200,
        headers: {
          ...options.headers,
          'Content-Type': 'text/javascript; charset=utf-8',
          'Cache-Control': 'public, max-age=300',
        },
      }),
  );

  app.get('/episodes.json', async (c) => {
    const feed = c.req.query('feed');
    if (!feed) throw new ServerError('bad-request', 'Give the feed as ?feed=.');
    const { json, state } = await options.snapshots.episodes(feed, (work) => options.defer(c, work));
    return new Response(json, {
      status: 200,
      headers: {
        ...options.headers,
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': options.cacheControl,
        'X-Cache': state,
      },
    });
  });
}
