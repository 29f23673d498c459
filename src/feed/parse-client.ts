import { PodcastEpisodeError, toErrorDetail, type ErrorDetail } from './errors.js';
import type { EpisodeView, ViewRequest } from './feed-protocol.js';
import { strings } from '../i18n/strings.js';
import type { HostPort } from './worker-pool.js';
import { WorkerPool } from './worker-pool.js';
import { startParserWorker } from './parser-start.js';
import { FEED_DEADLINES, RequestClock } from '../net/deadline.js';
import { MAX_FEED_BYTES } from './feed-bytes.js';
import { streamBody } from '../net/read-body.js';
import { readKeptView, viewKey } from './view-db.js';
import { keepView } from './view-keep.js';

/** How long reading one feed may take by default, from its last byte, before it is given up (the worker ended). */
export const PARSE_TIMEOUT = 20_000;

export { setParserUrl } from './parser-url.js';
export type { EpisodeView, ViewRequest } from './feed-protocol.js';

let pool: Promise<WorkerPool | undefined> | undefined;

/**
 * The parser workers, once the first has started (see parser-start.ts): undefined when no worker can run here, and
 * feeds are then read on the main thread.
 */
function readyPool(): Promise<WorkerPool | undefined> {
  return (pool ??= startParserWorker().then((first) => {
    if (!first) return undefined;
    const { worker, url } = first;
    // The blob URL stays: the pool starts more workers from it when feeds are read side by side.
    return new WorkerPool(() => new Worker(url, { name: 'podcast-episode-parser' }), worker);
  }));
}

/** Starts the parser worker early (while the feed downloads), so its script loads in parallel. */
export function warmUpParser(): void {
  void readyPool();
}

/** A worker's port, else the feed host on the main thread (loaded only on that path). */
async function hostPort(timeout: number): Promise<HostPort> {
  const workers = await readyPool();
  if (workers) {
    try {
      return workers.take();
    } catch {
      // No worker left to start: read on the main thread.
    }
  }
  const { inlinePort } = await import('./inline-host.js');
  const port = inlinePort(timeout);
  port.reading++;
  return port;
}

/** A feed being read (or read) by a feed host: what the widgets showing it ask for their episodes. */
export interface FeedSource {
  /**
   * Sends `onView` each view of `request` as the feed is read further (a preview, the stored copy, the full read,
   * an update after revalidation), or `onError` once. Returns a function that stops watching.
   */
  watch(request: ViewRequest, onView: (view: EpisodeView) => void, onError: (error: ErrorDetail) => void): () => void;
}

let nextId = 1;

/** The `validator` of an answer: its ETag or Last-Modified when the page may read one (else the host hashes). */
function validatorOf(headers: Headers): string | null {
  const etag = headers.get('etag');
  const modified = headers.get('last-modified');
  return etag ? `e:${etag}` : modified ? `m:${modified}` : null;
}

/**
 * Opens a feed: its answer (`response`, whose request runs under `clock`) streams to a feed host as it arrives.
 * `key` names the copy kept between visits (empty: none). The host's reading is given up after `timeout` ms from
 * the last byte. `forget` is called when the source failed, so the next attempt opens the feed again.
 */
export function openFeed(
  url: string,
  key: string,
  response: Promise<Response>,
  clock: RequestClock,
  timeout = PARSE_TIMEOUT,
  forget: () => void = () => undefined,
): FeedSource {
  if (!(timeout > 0 && Number.isFinite(timeout))) timeout = PARSE_TIMEOUT;
  const feed = nextId++;
  const port = hostPort(timeout).then((port) => {
    port.send({ type: 'open', feed, url, key });
    void pump(port, feed, response, clock, timeout, forget);
    return port;
  });
  return {
    watch(request, onView, onError) {
      const id = nextId++;
      let open = true;
      /** The host has answered (the small kept view, if it comes later, is older news), or that view is shown. */
      let answered: boolean | 'stored' = false;
      // A returning reader's card, read on the page while the host starts and reads the kept feed.
      const kept = key ? viewKey(key, request) : '';
      if (kept)
        void Promise.resolve(readKeptView(kept)).then((view) => {
          if (!view || !open || answered) return;
          answered = 'stored';
          onView(view);
        });
      void port.then((port) => {
        if (!open) return;
        port.listen(id, (message) => {
          // A preview after the kept view would take its related episodes away until the full read.
          if ('view' in message && message.view.stage === 'preview' && answered === 'stored') return;
          answered = true;
          if ('view' in message) {
            // The next visit's first card (view-db.ts): what the full read showed.
            if (kept && message.view.stage === 'full') keepView(kept, message.view);
            return onView(message.view);
          }
          port.forget(id);
          if (!('error' in message)) return;
          // Only a missing episode leaves the feed worth keeping.
          if (message.error.code !== 'episode-not-found') forget();
          onError(message.error);
        });
        port.send({ type: 'view', id, feed, watch: true, ...request });
      });
      return () => {
        open = false;
        void port.then((port) => port.forget(id));
      };
    },
  };
}

async function pump(
  port: HostPort,
  feed: number,
  response: Promise<Response>,
  clock: RequestClock,
  timeout: number,
  forget: () => void,
): Promise<void> {
  try {
    const answer = await response;
    // The headers are a sign of life: the stall clock starts again for the body.
    clock.touch();
    port.send({
      type: 'head',
      feed,
      contentType: answer.headers.get('content-type'),
      validator: validatorOf(answer.headers),
    });
    const messages = { tooSlow: strings.errorTooSlow, cut: strings.errorCut, tooLarge: strings.errorTooLarge };
    await streamBody(answer, clock, messages, MAX_FEED_BYTES, (piece) => {
      // Transferred to the worker: a piece that shares its buffer is copied first.
      const own = piece.byteOffset === 0 && piece.byteLength === piece.buffer.byteLength ? piece : piece.slice();
      port.send({ type: 'chunk', feed, bytes: own.buffer }, [own.buffer]);
    });
  } catch (error) {
    port.reading--;
    forget();
    port.send({ type: 'fail', feed, error: toErrorDetail(error, 'network') });
    return;
  } finally {
    clock.stop();
  }
  // The watchdog: a host that reads one feed longer than `timeout` is ended (a worker is terminated).
  const timer = setTimeout(() => port.kill({ code: 'malformed', message: strings.errorParseTimeout }), timeout);
  port.onSettled(feed, () => {
    clearTimeout(timer);
    port.reading--;
  });
  port.send({ type: 'end', feed });
}

/** Reads a feed's bytes (no request, nothing kept): the host's reading alone, for tests and tools. */
export function readFeedBytes(
  bytes: ArrayBuffer,
  contentType: string | null,
  url: string,
  timeout = PARSE_TIMEOUT,
): FeedSource {
  const headers = contentType ? { 'content-type': contentType } : undefined;
  const clock = new RequestClock(FEED_DEADLINES);
  return openFeed(url, '', Promise.resolve(new Response(bytes, { headers })), clock, timeout);
}

/** The first final view (`full` or `stored`) of `request`: a promise for code that does not show previews. */
export function finalView(source: FeedSource, request: ViewRequest): Promise<EpisodeView> {
  return new Promise((resolve, reject) => {
    const stop = source.watch(
      request,
      (view) => {
        if (view.stage === 'preview') return;
        stop();
        resolve(view);
      },
      (error) => reject(new PodcastEpisodeError(error.code, error.message, error)),
    );
  });
}
