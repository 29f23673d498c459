// The server side of `npm run build`: two self-contained bundles, so the installed package runs them without any
// of the server's libraries becoming dependencies of the widget:
// - dist/server/cli.js    the `podcast-episode` command (Node ≥ 20.18): hono, undici, lru-cache, ipaddr.js and
//                         rss-parser bundled in;
// - dist/server/node.js   startServer(), the same server as a library (`import … from 'podcast-episode/server'`);
// - dist/server/parse-thread.js  the worker thread both of those read feeds in;
// - dist/server/worker.js the Cloudflare Workers script that wrangler.toml deploys and the tests run in Miniflare.
// Tests import buildServer() to bundle the very same way into a temporary folder.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeShims } from './lib/node-shims.mjs';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Bundles the CLI and the worker into `outdir` (default dist/server). */
export async function buildServer({ outdir = path.join(root, 'dist/server'), only } = {}) {
  const jobs = [];
  if (!only || only === 'cli')
    jobs.push(
      build({
        entryPoints: [path.join(root, 'server/cli.ts')],
        outfile: path.join(outdir, 'cli.js'),
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        sourcemap: true,
        // CommonJS inside the bundle (rss-parser, xml2js) still calls require() for Node's own modules.
        banner: {
          js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
        },
        logLevel: 'warning',
      }),
    );
  if (!only || only === 'node')
    // The Node server as a library (`podcast-episode/server`): startServer() for embedding and the browser tests.
    jobs.push(
      build({
        entryPoints: [path.join(root, 'server/node/start-server.ts')],
        outfile: path.join(outdir, 'node.js'),
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        banner: {
          js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
        },
        logLevel: 'warning',
      }),
    );
  if (!only || only === 'node' || only === 'cli')
    // The worker thread that reads feeds for /episode.json, beside cli.js and node.js that start it.
    jobs.push(
      build({
        entryPoints: [path.join(root, 'server/node/parse-thread.ts')],
        outfile: path.join(outdir, 'parse-thread.js'),
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        banner: {
          js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
        },
        logLevel: 'warning',
      }),
    );
  if (!only || only === 'worker')
    jobs.push(
      build({
        entryPoints: [path.join(root, 'server/worker/worker.ts')],
        outfile: path.join(outdir, 'worker.js'),
        bundle: true,
        platform: 'browser',
        format: 'esm',
        target: 'es2022',
        conditions: ['worker', 'browser'],
        // rss-parser's Node-only imports, emptied as for the browser bundle (see node-shims.mjs).
        alias: nodeShims,
        define: { global: 'globalThis', 'process.env.NODE_ENV': '"production"' },
        logLevel: 'warning',
      }),
    );
  await Promise.all(jobs);
  return {
    cli: path.join(outdir, 'cli.js'),
    node: path.join(outdir, 'node.js'),
    worker: path.join(outdir, 'worker.js'),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  await buildServer();
  console.log(`built dist/server/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
