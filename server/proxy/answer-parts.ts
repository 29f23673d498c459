/**
 * The headers and bodies of the server's answers as plain data, built in one place for both ways a request is
 * answered: the Hono app (a `Response` made from them) and the Node entry's fast path for cached `/proxy` hits
 * (written straight to node:http). Same function, same bytes.
 */
import { ServerError } from '../errors.js';
import type { CachedText } from '../cache/store.js';
import type { CacheState } from './cached-fetcher.js';

export const SECURITY_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  // Pages may read how the answer was served and when to retry.
  'Access-Control-Expose-Headers': 'X-Cache, ETag, Last-Modified, Retry-After',
  'X-Content-Type-Options': 'nosniff',
  // What we pass on is data: opened as a page on our origin, an HTML body must not run anything.
  'Content-Security-Policy': "default-src 'none'; sandbox",
  'Referrer-Policy': 'no-referrer',
} as const;

const encoder = new TextEncoder();

/** An answer as status, header record (in the order written) and body. */
export interface AnswerParts {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

/** The JSON error answer for `error`. */
export function errorParts(error: ServerError): AnswerParts {
  const body = JSON.stringify(error.toJSON());
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    // Written in this place by both paths (node:http would otherwise add it after its own headers, or chunk).
    'Content-Length': String(encoder.encode(body).byteLength),
  };
  return { status: error.httpStatus, headers, body };
}

/** The answer to a client over its rate limit, `wait` seconds before it may try again. */
export function rateLimitedParts(wait: number): AnswerParts {
  const parts = errorParts(new ServerError('rate-limited', `Too many requests; try again in ${wait} s.`));
  const { 'Content-Length': length, ...headers } = parts.headers;
  parts.headers = { ...headers, 'Retry-After': String(wait), 'Content-Length': length! };
  return parts;
}

/**
 * The headers of a `/proxy` answer carrying `entry`. With `length` (a 200), Content-Length is among them, so
 * node:http writes it in this place on both paths rather than appending it after its own headers.
 */
export function proxyHeaders(
  entry: CachedText,
  state: CacheState,
  cacheControl: string,
  length: boolean,
): Record<string, string> {
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    'Content-Type': entry.contentType,
    'Cache-Control': cacheControl,
    'X-Cache': state,
  };
  if (entry.etag) headers.ETag = entry.etag;
  if (entry.lastModified) headers['Last-Modified'] = entry.lastModified;
  if (length) headers['Content-Length'] = String(entry.body.byteLength);
  return headers;
}
