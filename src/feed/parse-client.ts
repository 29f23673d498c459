import { PodcastEpisodeError } from './errors.js';
import type { FeedData } from './feed-data.js';
import type { ParseRequest, ParseResponse } from './parse-protocol.js';
import { strings } from '../i18n/strings.js';
import { WorkerPool } from './worker-pool.js';
import { parserUrlOverride } from './parser-url.js';

/** How long reading one feed may take by default before it is given up (the worker is ended), in ms. */
export const PARSE_TIMEOUT = 20_000;

export { setParserUrl } from './parser-url.js';

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
 * (no Worker, a CSP forbidding blob: workers, the parser file missing): feeds are then parsed on the main thread.
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
      worker.onmessage = (event: MessageEvent<ParseResponse>) => {
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

async function parseOnMainThread(
  bytes: ArrayBuffer,
  contentType: string | null,
  url: string,
  timeout: number,
): Promise<FeedData> {
  // Loaded only on this path, so pages whose worker works never download the parser twice.
  const { buildFeedDataInSlices } = await import('./pipeline-sliced.js');
  return buildFeedDataInSlices(new Uint8Array(bytes), contentType, url, Date.now() + timeout);
}

/** The error a parse that ran out of time ends in. */
function parseTimeoutError(): PodcastEpisodeError {
  return new PodcastEpisodeError('malformed', strings.errorParseTimeout);
}

/**
 * Turns a feed's bytes into `FeedData`, off the main thread when the browser allows it, in at most `timeout` ms:
 * a worker that takes longer is ended (`malformed`, "took too long"); feeds read at the same time have workers of
 * their own, so one stuck feed holds up no other. On the main thread the work is done in slices that yield to the
 * page, and given up at the same limit. The buffer is transferred to the worker: do not use it afterwards.
 */
export async function parseFeed(
  bytes: ArrayBuffer,
  contentType: string | null,
  url: string,
  timeout = PARSE_TIMEOUT,
): Promise<FeedData> {
  const workers = await readyPool();
  if (!(timeout > 0 && Number.isFinite(timeout))) timeout = PARSE_TIMEOUT;
  if (!workers) return parseOnMainThread(bytes, contentType, url, timeout);
  const request: Omit<ParseRequest, 'id'> = { bytes, contentType, url };
  return workers.run(request, timeout, parseTimeoutError);
}
