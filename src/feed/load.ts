import { PodcastEpisodeError } from './errors.js';
import { parseFeed, warmUpParser } from './parse-client.js';
import type { FeedData } from './feed-data.js';
import { strings } from '../i18n/strings.js';

/**
 * The URL actually requested: the feed URL itself, or the `proxy` template with `{url}` replaced by the
 * encoded feed URL (`https://proxy.example/?url={url}`). A template without `{url}` gets the URL appended.
 */
export function proxiedUrl(url: string, proxy?: string | null): string {
  if (!proxy) return url;
  const encoded = encodeURIComponent(url);
  return proxy.includes('{url}') ? proxy.split('{url}').join(encoded) : proxy + encoded;
}

/** Resolves a possibly relative feed URL against the page, as the browser would for a link. */
export function absoluteUrl(url: string): string {
  return new URL(url, document.baseURI).href;
}

function isCrossOrigin(url: string): boolean {
  return new URL(url, document.baseURI).origin !== location.origin;
}

/**
 * `fetch` rejects with the same TypeError for "server unreachable" and "server answered, but without CORS
 * headers". An opaque `no-cors` request tells them apart: it succeeds only when the server answered.
 */
async function classifyFetchFailure(requestUrl: string, cause: unknown): Promise<PodcastEpisodeError> {
  if (isCrossOrigin(requestUrl)) {
    const answered = await fetch(requestUrl, { mode: 'no-cors', credentials: 'omit', cache: 'force-cache' }).then(
      () => true,
      () => false,
    );
    if (answered) return new PodcastEpisodeError('cors', strings.errorCors(new URL(requestUrl).host), { cause });
  }
  return new PodcastEpisodeError('network', strings.errorNetwork, { cause });
}

async function fetchFeed(url: string, proxy: string | null | undefined): Promise<FeedData> {
  const requestUrl = proxiedUrl(url, proxy);
  warmUpParser();
  let response: Response;
  try {
    response = await fetch(requestUrl, { credentials: 'omit', headers: { Accept: 'application/rss+xml, application/xml, text/xml;q=0.9, */*;q=0.5' } });
  } catch (cause) {
    throw await classifyFetchFailure(requestUrl, cause);
  }
  if (!response.ok) {
    throw new PodcastEpisodeError('http', strings.errorHttp(response.status), { status: response.status });
  }
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch (cause) {
    throw new PodcastEpisodeError('network', strings.errorNetwork, { cause });
  }
  return parseFeed(bytes, response.headers.get('content-type'), url);
}

/** One fetch and one parse per feed (and proxy) for the whole page, however many widgets show it. */
const cache = new Map<string, Promise<FeedData>>();

/**
 * Loads and reads a feed. Widgets naming the same feed share the same promise, so ten widgets cost one request.
 * A failed load is forgotten, so a later attempt (say, after the page fixes `proxy`) tries again.
 */
export function loadFeed(feedUrl: string, proxy?: string | null): Promise<FeedData> {
  const url = absoluteUrl(feedUrl);
  const key = proxiedUrl(url, proxy);
  let promise = cache.get(key);
  if (!promise) {
    promise = fetchFeed(url, proxy);
    cache.set(key, promise);
    promise.catch(() => cache.delete(key));
  }
  return promise;
}
