/**
 * The Node entry's fast path for the hot request, `GET /proxy?url=` answered fresh from the memory cache: written
 * straight to node:http, before Hono's routing and without a Request, Headers or Response object. It owns no
 * logic of its own: the same cache (`CachedFetcher.freshNow`, the rule `get` uses), the same rate limiter and the
 * same header builder (answer-parts.ts) as the app; anything else (a miss, a stale entry, a conditional request,
 * HEAD, a query it does not read the way Hono does) falls through to the app untouched, the limit not yet taken.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CachedText } from '../cache/store.js';
import type { ServerApp } from '../app.js';
import { proxyHeaders, rateLimitedParts } from '../proxy/answer-parts.js';

/** Answers the request and returns true, or returns false and leaves it to the app. */
export type FastPath = (req: IncomingMessage, res: ServerResponse) => boolean;

export function proxyFastPath({ fetcher, limiter, cacheControl }: ServerApp): FastPath {
  // The header list of each entry's hit, as node:http takes it (flat [name, value, …]); built once per entry by
  // proxyHeaders, dropped with the entry.
  const hitHeaders = new WeakMap<CachedText, string[]>();
  return (req, res) => {
    const path = req.url;
    if (req.method !== 'GET' || !path?.startsWith('/proxy?url=') || req.headers['if-none-match'] !== undefined)
      return false;
    const url = queryUrl(path.slice('/proxy?url='.length));
    if (!url) return false;
    const entry = fetcher.freshNow(url);
    if (!entry) return false;
    const wait = limiter.take(req.socket.remoteAddress ?? 'unknown');
    if (wait > 0) {
      const { status, headers, body } = rateLimitedParts(wait);
      res.writeHead(status, headers);
      res.end(body);
      return true;
    }
    let headers = hitHeaders.get(entry);
    if (!headers) {
      headers = Object.entries(proxyHeaders(entry, 'HIT', cacheControl, true)).flat();
      hitHeaders.set(entry, headers);
    }
    res.writeHead(200, headers);
    res.end(entry.body);
    return true;
  };
}

/** The `url` parameter as Hono reads it (`+` is a space, then percent-decoding), when it is the only one. */
function queryUrl(value: string): string | undefined {
  if (!value || value.includes('&') || value.includes('#')) return undefined;
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}
