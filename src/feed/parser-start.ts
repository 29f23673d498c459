/**
 * Starts the parser worker. In the script-tag module (small on purpose) so that the worker's script downloads and
 * compiles beside the feed's first bytes, rather than after the parse client's chunk has loaded.
 */
import { parserUrlOverride } from './parser-url.js';

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

/** A worker that loaded the parser script, and the `blob:` URL that starts more like it. */
export interface StartedWorker {
  worker: Worker;
  url: string;
}

let started: Promise<StartedWorker | undefined> | undefined;
let markRunning: () => void = () => undefined;
/** See whenParserRunning. */
const running = new Promise<void>((resolve) => (markRunning = resolve));

/**
 * The first parser worker: a classic worker from a `blob:` URL that `importScripts()` the parser. Unlike
 * `new Worker(url)`, this works when the script comes from another origin than the page (a CDN), provided that
 * origin serves the file with CORS. Resolves to undefined when none can run (no Worker, a CSP forbidding blob:
 * workers, the parser file missing). Started once per page.
 */
export function startParserWorker(): Promise<StartedWorker | undefined> {
  return (started ??= new Promise((resolve) => {
    let url = '';
    let worker: Worker | undefined;
    setTimeout(markRunning, 150);
    const giveUp = () => {
      markRunning();
      worker?.terminate();
      URL.revokeObjectURL(url);
      resolve(undefined);
    };
    try {
      // `running` first: the page holds its own warm-ups until the worker's thread has started (see below).
      const source =
        `postMessage({ id: 0, running: true });\n` +
        `try { importScripts(${JSON.stringify(parserUrlOverride() ?? defaultParserUrl())}); postMessage({ id: 0, ready: true }); }\n` +
        `catch (e) { postMessage({ id: 0, ready: false }); close(); }`;
      url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      worker = new Worker(url, { name: 'podcast-episode-parser' });
      worker.onmessage = (event: MessageEvent<{ ready?: boolean; running?: boolean }>) => {
        if (event.data.running) return markRunning();
        if (event.data.ready) resolve({ worker: worker!, url });
        else giveUp();
      };
      // A CSP that forbids blob: workers surfaces here (or as a throw above): fall back, never fail the feed.
      worker.onerror = (event) => {
        event.preventDefault();
        giveUp();
      };
    } catch {
      giveUp();
    }
  }));
}

/**
 * Resolves once the parser worker's thread runs (or none could start; at most 150 ms after it was asked for). A
 * dedicated worker's thread starts only when the page's main thread is free to let it: main-thread work that can
 * wait (building formatters, warming the sanitiser) waits for this, so that it runs beside the worker loading its
 * script rather than in front of it. Measured: each millisecond the main thread stays busy after `new Worker()` is
 * a millisecond later start.
 */
export function whenParserRunning(): Promise<void> {
  return started ? running : Promise.resolve();
}
