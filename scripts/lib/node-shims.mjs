// rss-parser and its xml2js/sax stack were written for Node. In a browser, parseString() needs only `events`, and
// `timers` (setImmediate) for xml2js's sliced (async) mode; the rest (http, https, url, stream, string_decoder) are
// required at load time but never used there, so they become empty modules. Shared by the build (Vite and esbuild) and the test runner.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const emptyModule = fileURLToPath(new URL('./empty-module.cjs', import.meta.url));
export const eventsModule = require.resolve('events/');
export const timersModule = fileURLToPath(new URL('./timers-shim.cjs', import.meta.url));
export const entitiesModule = fileURLToPath(new URL('../../src/feed/entities-shim.ts', import.meta.url));

/** Module id → file to use instead, for a browser bundle. */
export const nodeShims = {
  events: eventsModule,
  http: emptyModule,
  https: emptyModule,
  url: emptyModule,
  timers: timersModule,
  stream: emptyModule,
  string_decoder: emptyModule,
  // xml2js's XML *writer*; rss-parser only reads, and it is ~10% of the parser bundle.
  xmlbuilder: emptyModule,
  // rss-parser's snippet decoder, never called (see src/feed/entities-shim.ts).
  entities: entitiesModule,
};
