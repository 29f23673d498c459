import { PodcastEpisodeError } from './errors.js';
import type { FeedData } from './feed-data.js';
import type { ParseRequest, ParseResponse } from './parse-protocol.js';

let parserUrl: string | undefined;

/**
 * Where the parser worker script lives. By default beside the module that defined the element (the CDN file or
 * `dist/index.js`); a bundler that moves files around can point it elsewhere before the first feed loads.
 */
export function setParserUrl(url: string): void {
  parserUrl = url;
}

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

type Pending = { resolve: (data: FeedData) => void; reject: (error: unknown) => void };

let workerReady: Promise<Worker | undefined> | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

/**
 * A classic worker from a `blob:` URL that `importScripts()` the parser. Unlike `new Worker(url)`, this works when
 * the script comes from another origin than the page (a CDN), provided that origin serves the file with CORS.
 * Resolves to undefined when no worker can run here (no Worker, a CSP forbidding blob: workers, the parser file
 * missing): the caller then parses on the main thread. The bytes are transferred only once the worker is ready,
 * so a failed start never strands them.
 */
function readyWorker(): Promise<Worker | undefined> {
  workerReady ??= new Promise((resolve) => {
    if (typeof Worker === 'undefined' || typeof Blob === 'undefined') return resolve(undefined);
    let worker: Worker;
    const giveUp = () => {
      worker?.terminate();
      workerReady = Promise.resolve(undefined);
      resolve(undefined);
      // Jobs in flight when a running worker dies cannot be replayed (their bytes were transferred).
      for (const job of pending.values())
        job.reject(new PodcastEpisodeError('malformed', 'The feed could not be read.'));
      pending.clear();
    };
    try {
      const source =
        `try { importScripts(${JSON.stringify(parserUrl ?? defaultParserUrl())}); postMessage({ id: 0, ready: true }); }\n` +
        `catch (e) { postMessage({ id: 0, ready: false }); close(); }`;
      const blobUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      worker = new Worker(blobUrl, { name: 'podcast-episode-parser' });
      worker.onmessage = (event: MessageEvent<ParseResponse>) => {
        const message = event.data;
        if ('ready' in message) {
          URL.revokeObjectURL(blobUrl);
          return message.ready ? resolve(worker) : giveUp();
        }
        const job = pending.get(message.id);
        if (!job) return;
        pending.delete(message.id);
        if (message.ok) job.resolve(message.data);
        else job.reject(new PodcastEpisodeError(message.error.code, message.error.message));
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
  return workerReady;
}

/** Starts the parser worker early (while the feed downloads), so its script loads in parallel. */
export function warmUpParser(): void {
  void readyWorker();
}

async function parseOnMainThread(bytes: ArrayBuffer, contentType: string | null, url: string): Promise<FeedData> {
  // Loaded only on this path, so pages whose worker works never download the parser twice.
  const { buildFeedData } = await import('./pipeline.js');
  return buildFeedData(new Uint8Array(bytes), contentType, url);
}

/**
 * Turns a feed's bytes into `FeedData`, off the main thread when the browser allows it.
 * The buffer is transferred to the worker: do not use it afterwards.
 */
export async function parseFeed(bytes: ArrayBuffer, contentType: string | null, url: string): Promise<FeedData> {
  const worker = await readyWorker();
  if (!worker) return parseOnMainThread(bytes, contentType, url);
  const request: ParseRequest = { id: nextId++, bytes, contentType, url };
  return new Promise((resolve, reject) => {
    pending.set(request.id, { resolve, reject });
    worker.postMessage(request, [bytes]);
  });
}
