/**
 * One guarded upstream fetch: every hop checked (`checkUrl`, and the pinned lookup underneath the Node hop), at most
 * `maxRedirects` redirects, text only, within the size and time limits. No cookie, credential or header of the
 * client is ever sent; only the conditional headers of our own cached copy.
 */
import type { ServerConfig } from '../config.js';
import { ServerError, findServerError } from '../errors.js';
import { checkUrl } from '../guard/check-url.js';
import type { HopFetch } from './hop.js';
import { declaredKind, looksLikeText, looksLikeXml, mediaType } from './text-kind.js';

/** A body fetched and accepted. */
export interface FetchedText {
  body: Uint8Array;
  contentType: string;
  etag?: string;
  lastModified?: string;
  /** Where the last redirect led. */
  finalUrl: string;
}

export interface Conditional {
  etag?: string;
  lastModified?: string;
}

const USER_AGENT = 'podcast-episode-proxy/1 (+https://www.npmjs.com/package/podcast-episode)';
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/xml, text/xml;q=0.9, application/json, text/*;q=0.8, */*;q=0.5';
const SNIFF_BYTES = 1024;

function mb(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/**
 * Fetches `rawUrl`. Resolves to the body, or to `'not-modified'` when `conditional` matched (HTTP 304).
 * @throws ServerError with any upstream code: `network`, `http`, `not-a-feed`, `too-large`, `timeout`,
 *   `forbidden-address`, `not-allowed`, `bad-request`.
 */
export async function fetchText(
  rawUrl: string,
  config: ServerConfig,
  hop: HopFetch,
  conditional?: Conditional,
): Promise<FetchedText | 'not-modified'> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), config.timeoutMs);
  try {
    return await fetchHops(rawUrl, config, hop, conditional, controller.signal);
  } catch (error) {
    const known = findServerError(error);
    if (known) throw known;
    if (controller.signal.aborted)
      throw new ServerError('timeout', `The server took longer than ${config.timeoutMs / 1000} s to answer.`);
    throw new ServerError('network', `The server could not be reached (${describe(error)}).`);
  } finally {
    clearTimeout(timer);
  }
}

function describe(error: unknown): string {
  const parts: string[] = [];
  for (let e = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    parts.push(typeof code === 'string' ? code : e instanceof Error ? e.message : String(e));
  }
  return parts.filter((p) => p && p !== 'fetch failed').join(': ') || 'unknown error';
}

async function fetchHops(
  rawUrl: string,
  config: ServerConfig,
  hop: HopFetch,
  conditional: Conditional | undefined,
  signal: AbortSignal,
): Promise<FetchedText | 'not-modified'> {
  let target = checkUrl(rawUrl, config, true);
  for (let redirects = 0; ; redirects++) {
    const headers = new Headers({ Accept: ACCEPT, 'User-Agent': USER_AGENT });
    // Conditional headers belong to the URL they were stored for; a redirect target is asked afresh.
    if (redirects === 0 && conditional?.etag) headers.set('If-None-Match', conditional.etag);
    if (redirects === 0 && conditional?.lastModified) headers.set('If-Modified-Since', conditional.lastModified);
    const response = await hop(target.url, { headers, signal, privateOk: target.privateOk });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
      await response.body?.cancel();
      if (redirects >= config.maxRedirects)
        throw new ServerError('network', `The server redirected more than ${config.maxRedirects} times.`);
      target = checkUrl(new URL(location, target.url), config, false);
      continue;
    }
    if (response.status === 304 && conditional) {
      await response.body?.cancel();
      return 'not-modified';
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new ServerError('http', `The server answered with HTTP ${response.status}.`, response.status);
    }
    return readBody(response, target.url.href, config);
  }
}

async function readBody(response: Response, finalUrl: string, config: ServerConfig): Promise<FetchedText> {
  const contentType = response.headers.get('content-type');
  const kind = declaredKind(contentType);
  if (kind === 'other') {
    await response.body?.cancel();
    throw new ServerError(
      'not-a-feed',
      `The address returned ${mediaType(contentType)}, not text; only text is proxied.`,
    );
  }
  const declaredLength = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declaredLength > config.feedMaxBytes) {
    await response.body?.cancel();
    throw new ServerError(
      'too-large',
      `The answer is ${mb(declaredLength)}, over the limit of ${mb(config.feedMaxBytes)}.`,
    );
  }

  const chunks: Uint8Array[] = [];
  let size = 0;
  let limit = config.feedMaxBytes;
  let sniffed = false;
  const reader = response.body?.getReader();
  const sniff = () => {
    const head = concat(chunks, Math.min(size, SNIFF_BYTES));
    if (!looksLikeText(head))
      throw new ServerError('not-a-feed', 'The address returned binary data, not text; only text is proxied.');
    // Feeds (XML) may be large; anything else gets the smaller limit.
    if (!looksLikeXml(head, contentType)) limit = config.otherMaxBytes;
    sniffed = true;
  };
  try {
    for (;;) {
      const { done, value } = reader ? await reader.read() : { done: true, value: undefined };
      if (done || !value) break;
      chunks.push(value);
      size += value.byteLength;
      if (!sniffed && size >= SNIFF_BYTES) sniff();
      if (size > limit) throw new ServerError('too-large', `The answer is over the limit of ${mb(limit)}.`);
    }
    if (!sniffed) sniff();
    if (size > limit) throw new ServerError('too-large', `The answer is over the limit of ${mb(limit)}.`);
  } catch (error) {
    await reader?.cancel().catch(() => {});
    throw error;
  }
  const result: FetchedText = {
    body: concat(chunks, size),
    // A generic type (octet-stream, none) is replaced by what the bytes showed.
    contentType:
      kind === 'text' && contentType
        ? contentType
        : looksLikeXml(concat(chunks, Math.min(size, SNIFF_BYTES)), null)
          ? 'application/xml'
          : 'text/plain',
    finalUrl,
  };
  const etag = response.headers.get('etag');
  const lastModified = response.headers.get('last-modified');
  if (etag) result.etag = etag;
  if (lastModified) result.lastModified = lastModified;
  return result;
}

/** The first `length` bytes of `chunks`, in a buffer of its own (a chunk may be a view into a larger pooled one). */
function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    if (at >= length) break;
    const part = chunk.subarray(0, length - at);
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
