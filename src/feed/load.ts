import { absoluteUrl, fetchResource, proxiedUrl } from '../net/fetch-resource.js';
import { RequestCache } from '../net/request-cache.js';
import { FEED_DEADLINES, RequestClock, deadlinesWith } from '../net/deadline.js';
import { lazyChunk } from '../util/lazy-chunk.js';
import type { FeedSource } from './parse-client.js';
import { startParserWorker } from './parser-start.js';
import { readKeptView, viewKey } from './view-db.js';
import type { EpisodeView, ViewRequest } from './feed-protocol.js';

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

/** One request and one read per feed (and proxy) for the whole page, however many widgets show it. */
const feeds = new RequestCache<FeedSource>();

/**
 * Opens a feed: its request starts at once (`no-cache`: the browser revalidates its copy, without a preflight),
 * and its answer streams to a parser worker, which keeps the copy of a visit before. Widgets naming the same feed
 * share the source. A source that failed is forgotten, so a later attempt (say, after the page fixes `proxy`)
 * tries again.
 */
export function loadFeed(feedUrl: string, proxy?: string | null, options: LoadFeedOptions = {}): Promise<FeedSource> {
  const url = absoluteUrl(feedUrl);
  const key = proxiedUrl(url, proxy);
  return feeds.get(key, async () => {
    // The worker's script downloads beside the feed and the parse client's chunk, not after them; asked for first,
    // as its thread's start waits for the main thread to be free.
    void startParserWorker();
    const clock = new RequestClock(deadlinesWith(FEED_DEADLINES, options.timeout));
    const accept = 'application/rss+xml, application/xml, text/xml;q=0.9, */*;q=0.5';
    const response = fetchResource(url, proxy, accept, clock, undefined, 'no-cache');
    response.catch(() => clock.stop());
    const client = loadParseClient();
    const { openFeed } = await client;
    return openFeed(url, key, response, clock, options.timeout, () => feeds.delete(key));
  });
}

/** The view of `request` a visit before kept (view-db.ts), read without waiting for the parse client. */
export function peekKeptView(
  feedUrl: string,
  proxy: string | undefined,
  request: ViewRequest,
): Promise<EpisodeView | undefined> {
  // In a task of its own: the widget's first render (its skeleton) and the kept card's are two short tasks, not one
  // long one.
  return new Promise((resolve) =>
    setTimeout(() => {
      try {
        resolve(readKeptView(viewKey(proxiedUrl(absoluteUrl(feedUrl), proxy), request)));
      } catch {
        resolve(undefined);
      }
    }),
  );
}
