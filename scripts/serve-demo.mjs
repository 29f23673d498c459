#!/usr/bin/env node
// `npm start`: builds the element, then serves the project root so the demo pages (/demo/) can load /dist/.
//
//   node scripts/serve-demo.mjs            build, then serve on $PORT or 5173 (the next free port if busy)
//   node scripts/serve-demo.mjs --no-build serve what is already in dist/
//
// A second origin (same files, with CORS) runs on the next free port, for demo/cross-origin.html.
// Both answer HTTP Range requests with 206, as real audio hosts do. Runs until Ctrl-C.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './lib/static-server.mjs';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = new Set(process.argv.slice(2));
const host = process.env.HOST || '127.0.0.1';
const firstPort = Number(process.env.PORT) || 5173;
const bundle = path.join(root, 'dist', 'podcast-episode.js');
const redirects = { '/': '/demo/', '/demo': '/demo/' };

if (args.has('--help') || args.has('-h')) {
  console.log(
    'Usage: node scripts/serve-demo.mjs [--no-build]\n  PORT (default 5173) and HOST (default 127.0.0.1) choose where to listen.',
  );
  process.exit(0);
}

function build() {
  return new Promise((resolve) => {
    const script = path.join(root, 'scripts', 'build.mjs');
    if (!existsSync(script)) {
      console.warn('serve-demo: scripts/build.mjs does not exist yet; serving without building.');
      return resolve(0);
    }
    console.log('Building (node scripts/build.mjs)…');
    const child = spawn(process.execPath, [script], { cwd: root, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`serve-demo: could not run the build: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

/** Starts a static server on `port`, or on the next free port when it is taken. */
async function listenFrom(port, options, attempts = 20) {
  for (let p = port; p < port + attempts; p++) {
    try {
      return await startStaticServer({ root, host, port: p, redirects, ...options });
    } catch (error) {
      if (error?.code !== 'EADDRINUSE' && error?.code !== 'EACCES') throw error;
    }
  }
  throw new Error(`no free port in ${port}–${port + attempts - 1}`);
}

if (!args.has('--no-build')) {
  const code = await build();
  if (code !== 0) {
    if (!existsSync(bundle)) {
      console.error(`serve-demo: the build failed (exit ${code}) and there is no dist/podcast-episode.js to serve.`);
      process.exit(code || 1);
    }
    console.warn(`serve-demo: the build failed (exit ${code}); serving the previous dist/podcast-episode.js.`);
  }
}
if (!existsSync(bundle)) {
  console.warn(
    'serve-demo: dist/podcast-episode.js is missing, so the widgets on the demo pages will stay empty. Run `npm run build`.',
  );
}

const main = await listenFrom(firstPort, {});
const cdn = await listenFrom(main.port + 1, { cors: true });

const display = host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
const origin = `http://${display}:${main.port}`;
const cdnOrigin = `http://${display}:${cdn.port}`;
// demo/cross-origin.html assumes the second origin is on port + 1; say so explicitly when it is not.
const crossOriginQuery = cdn.port === main.port + 1 ? '' : `?cdn=${encodeURIComponent(cdnOrigin)}`;

const pages = [
  ['Episode page (full layout)', `${origin}/demo/episode.html`],
  ['Hostile CMS theme', `${origin}/demo/cms.html`],
  ['280 px sidebar', `${origin}/demo/sidebar.html`],
  ['Cross-origin script', `${origin}/demo/cross-origin.html${crossOriginQuery}`],
  ['Twenty widgets', `${origin}/demo/many.html`],
  ['Strict CSP (no workers)', `${origin}/demo/csp.html`],
  ['Sample feed', `${origin}/demo/feed.xml`],
];
const width = Math.max(...pages.map(([label]) => label.length)) + 1;
console.log(`\nDemo: ${origin}/demo/`);
for (const [label, url] of pages) console.log(`  ${(label + ':').padEnd(width)} ${url}`);
console.log(`\n  Second origin (CORS, for the cross-origin page): ${cdnOrigin}/`);
console.log('  Press Ctrl-C to stop.\n');

let stopping = false;
function stop() {
  if (stopping) return process.exit(1);
  stopping = true;
  for (const { server } of [main, cdn]) server.closeAllConnections?.();
  Promise.all([main.close(), cdn.close()]).then(() => process.exit(0));
  setTimeout(() => process.exit(0), 1000).unref();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
