// Our own server (the built dist/server/node.js, as the package ships it) for the browser tests: started by
// web-test-runner.config.mjs on 127.0.0.1, allowed to reach only the cross-origin test server (a private host),
// and announced to the tests at /test-api/podcast-server.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const entry = path.resolve(fileURLToPath(new URL('../../dist/server/node.js', import.meta.url)));

/** Starts the server for `feedOrigin` (`http://127.0.0.1:PORT`); undefined when dist/server is not built. */
export async function startPodcastServer(feedOrigin) {
  if (!existsSync(entry)) {
    console.warn('dist/server/node.js is missing: run `npm run build` first; the server-e2e tests will fail.');
    return undefined;
  }
  const { startServer } = await import(pathToFileURL(entry).href);
  const { host } = new URL(feedOrigin);
  return startServer({
    port: 0,
    hostname: '127.0.0.1',
    env: { PODCAST_EPISODE_PRIVATE_HOSTS: host, PODCAST_EPISODE_RATE_LIMIT: '0' },
  });
}

/**
 * The server's pages, forwarded onto the test runner's own origin (same paths), so a test page can frame them
 * same-origin and look inside: a sandboxed frame without scripts, layout shifts, the element in the frame.
 */
const FORWARDED = /^\/(embed|oembed|episode\.json|proxy|widget\/[^/]+)$/;

/**
 * Koa middleware answering /test-api/podcast-server with `{ url }` (null when the server is not running), and
 * forwarding the server's page routes (see FORWARDED) to it.
 */
export function podcastServerMiddleware(server) {
  return async function podcastServerConfig(ctx, next) {
    if (ctx.path === '/test-api/podcast-server') {
      ctx.body = { url: server ? `http://127.0.0.1:${server.port}` : null };
      return;
    }
    if (server && FORWARDED.test(ctx.path) && ctx.method === 'GET') {
      const answer = await fetch(`http://127.0.0.1:${server.port}${ctx.url}`, {
        headers: { Accept: ctx.get('accept') },
      });
      ctx.status = answer.status;
      for (const [name, value] of answer.headers) {
        if (!/^(content-length|content-encoding|transfer-encoding|connection)$/i.test(name)) ctx.set(name, value);
      }
      ctx.body = Buffer.from(await answer.arrayBuffer());
      return;
    }
    return next();
  };
}
