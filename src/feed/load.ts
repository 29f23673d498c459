import { absoluteUrl, fetchBody, proxiedUrl } from '../net/fetch-resource.js';
import { RequestCache } from '../net/request-cache.js';
import type { FeedData } from './feed-data.js';
import { FEED_DEADLINES, deadlinesWith } from '../net/deadline.js';
import { MAX_FEED_BYTES } from './limits.js';
import { lazyChunk } from '../util/lazy-chunk.js';

/**
 * The parse client (parser workers, watchdog, the main-thread fallback) is a chunk of its own, loaded while the feed
 * downloads: the request starts at once from the main module, and the parser is there by the time the body is.
 */
const loadParseClient = lazyChunk(() => import('./parse-client.js'));

/** How a feed is loaded. */
export interface LoadFeedOptions {
  /**
   * Milliseconds the download may take (default 30 000; a server silent for 10 s fails sooner), and again the
   * reading of the feed (default 20 000). Either running out ends in an error with a message that says so.
   */
  timeout?: number;
}

async function fetchFeed(url: string, proxy: string | null | undefined, options: LoadFeedOptions): Promise<FeedData> {
  const client = loadParseClient();
  // The worker starts while the feed downloads.
  client.then((c) => c.warmUpParser()).catch(() => undefined);
  const accept = 'application/rss+xml, application/xml, text/xml;q=0.9, */*;q=0.5';
  const deadlines = deadlinesWith(FEED_DEADLINES, options.timeout);
  const { bytes, contentType } = await fetchBody(url, proxy, accept, { deadlines, maxBytes: MAX_FEED_BYTES });
  const { parseFeed } = await client;
  return parseFeed(bytes.buffer, contentType, url, options.timeout);
}

/** One fetch and one parse per feed (and proxy) for the whole page, however many widgets show it. */
const feeds = new RequestCache<FeedData>();

/**
 * Loads and reads a feed. Widgets naming the same feed share the same promise, so ten widgets cost one request.
 * A failed load is forgotten, so a later attempt (say, after the page fixes `proxy`) tries again.
 */
export function loadFeed(feedUrl: string, proxy?: string | null, options: LoadFeedOptions = {}): Promise<FeedData> {
  const url = absoluteUrl(feedUrl);
  return feeds.get(proxiedUrl(url, proxy), () => fetchFeed(url, proxy, options));
}
