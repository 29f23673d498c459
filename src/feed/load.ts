import { PodcastEpisodeError } from './errors.js';
import { parseFeed, warmUpParser } from './parse-client.js';
import { absoluteUrl, fetchResource, proxiedUrl } from '../net/fetch-resource.js';
import { RequestCache } from '../net/request-cache.js';
import type { FeedData } from './feed-data.js';
import { strings } from '../i18n/strings.js';

async function fetchFeed(url: string, proxy: string | null | undefined): Promise<FeedData> {
  warmUpParser();
  const response = await fetchResource(url, proxy, 'application/rss+xml, application/xml, text/xml;q=0.9, */*;q=0.5');
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch (cause) {
    throw new PodcastEpisodeError('network', strings.errorNetwork, { cause });
  }
  return parseFeed(bytes, response.headers.get('content-type'), url);
}

/** One fetch and one parse per feed (and proxy) for the whole page, however many widgets show it. */
const feeds = new RequestCache<FeedData>();

/**
 * Loads and reads a feed. Widgets naming the same feed share the same promise, so ten widgets cost one request.
 * A failed load is forgotten, so a later attempt (say, after the page fixes `proxy`) tries again.
 */
export function loadFeed(feedUrl: string, proxy?: string | null): Promise<FeedData> {
  const url = absoluteUrl(feedUrl);
  return feeds.get(proxiedUrl(url, proxy), () => fetchFeed(url, proxy));
}
