import { PodcastEpisodeError, toErrorDetail, type ErrorDetail } from './errors.js';
import type { EpisodeView, HostResponse, ViewRequest } from './feed-protocol.js';
import { strings } from '../i18n/strings.js';
import type { HostPort } from './worker-pool.js';
import { WorkerPool } from './worker-pool.js';
import { parserUrlOverride } from './parser-url.js';
import { FEED_DEADLINES, RequestClock } from '../net/deadline.js';
import { MAX_FEED_BYTES } from './limits.js';
import { streamBody } from './stream-body.js';

/** How long reading one feed may take by default, from its last byte, before it is given up (the worker ended). */
export const PARSE_TIMEOUT = 20_000;

export { setParserUrl } from './parser-url.js';
export type { EpisodeView, ViewRequest } from './feed-protocol.js';

/**
 * The parser worker script, a sibling of the element's own module in `dist/` (package export
 * `podcast-episode/parser-worker.js`). Written as `new URL('./…', import.meta.url)` with a literal on purpose: an
 * app's bundler (Vite 8, webpack 5) sees the pattern in `dist/index.js`, copies the file into the app's build and
 * rewrites the URL, and Vite's dev server points it back into node_modules from its pre-bundled copy
 * (test/package/vite-app.test.mjs). The comment keeps this package's own build off it; scripts/build.mjs blanks it
 * in what ships.
 */
function defaultParserUrl(): string {
  return new URL(/* @vite-ignore */ './podcast-episode-parser.js', import.meta.url).href;
}

let pool: Promise<WorkerPool | undefined> | undefined;

/**
 * Whether parser workers can run here, found by starting the first one: a classic worker from a `blob:` URL that
 * `importScripts()` the parser. Unlike `new Worker(url)`, this works when the script comes from another origin than
 * the page (a CDN), provided that origin serves the file with CORS. Resolves to undefined when no worker can run
 * (no Worker, a CSP forbidding blob: workers, the parser file missing): feeds are then read on the main thread.
 */
function readyPool(): Promise<WorkerPool | undefined> {
  pool ??= new Promise((resolve) => {
    if (typeof Worker === 'undefined' || typeof Blob === 'undefined') return resolve(undefined);
    let worker: Worker | undefined;
    let blobUrl: string | undefined;
    const giveUp = () => {
      worker?.terminate();
      if (blobUrl) URL.revokeObjectURL(blobUrl);
      pool = Promise.resolve(undefined);
      resolve(undefined);
    };
    try {
      const source =
        `try { importScripts(${JSON.stringify(parserUrlOverride() ?? defaultParserUrl())}); postMessage({ id: 0, ready: true }); }\n` +
        `catch (e) { postMessage({ id: 0, ready: false }); close(); }`;
      blobUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      const url = blobUrl;
      worker = new Worker(url, { name: 'podcast-episode-parser' });
      worker.onmessage = (event: MessageEvent<HostResponse>) => {
        if (!('ready' in event.data)) return;
        if (!event.data.ready) return giveUp();
        // The blob URL stays: the pool starts more workers from it when feeds are read side by side.
        resolve(new WorkerPool(() => new Worker(url, { name: 'podcast-episode-parser' }), worker!));
      };
      // A CSP that forbids blob: workers surfaces here (or as a throw above): fall back, never fail the feed.
      worker.onerror = (event) => {
        event.preventDefault();
        giveUp();
      };
    } catch {
      giveUp();
    }
  });
  return pool;
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
      void port.then((port) => {
        if (!open) return;
        port.listen(id, (message) => {
          if ('view' in message) return onView(message.view);
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
    await streamBody(answer, clock, MAX_FEED_BYTES, (piece) =>
      port.send({ type: 'chunk', feed, bytes: piece.buffer }, [piece.buffer]),
    );
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
