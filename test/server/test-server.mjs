// What the tests need from HTTP besides plain files:
// - audio answered with 206 for Range requests (the dev server's own answer is 200 with the whole file);
// - real-world feeds under /feeds/: the committed copies in test/fixtures/feeds/ first, then ../shared/feeds (when it
//   exists) for the rest;
// - a second origin on another port, to load the script and feeds cross-origin (with CORS) and to refuse
//   cross-origin reads (/nocors/), plus a /proxy endpoint for the `proxy` attribute;
// - a request log, so tests can count fetches ("ten widgets, one request", "no audio before play");
// - error statuses and dropped connections;
// - audio from unreliable hosts (no Range support, cut mid-file, stalled, throttled): see audio-route.mjs;
// - a feed made on request around any enclosure URL (/test-api/feed.xml), so each player test names its own audio;
// - hostile servers (dripping, silent, lying about their length) and crafted feeds: see hostile-route.mjs;
// - feeds answered in parts, held until a test releases them (streaming previews, revisits): see stream-route.mjs;
// - the project's files under a path of a test file's own (/test-api/scoped/<scope>/...), to count its chunk loads.
import { createServer } from 'node:http';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sendFile, resolveUnder } from '../../scripts/lib/static-server.mjs';
import { isAudioRoute, serveAudio } from './audio-route.mjs';
import { handleHostile } from './hostile-route.mjs';
import { handleStream } from './stream-route.mjs';

const projectRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The shared feeds folder: $PODCAST_FEEDS_DIR, else ../shared/feeds beside the checkout. */
export const feedsDir = path.resolve(process.env.PODCAST_FEEDS_DIR ?? path.join(projectRoot, '..', 'shared', 'feeds'));
const haveFeeds = existsSync(feedsDir);
/** The small set of real feeds committed with the tests (see its README.md); served before the shared folder. */
const fixtureFeedsDir = path.join(projectRoot, 'test', 'fixtures', 'feeds');
/** Names (relative to fixtureFeedsDir, `aux/...` included) of the committed feeds, for /test-api/config. */
const fixtureFeeds = readdirSync(fixtureFeedsDir, { recursive: true, encoding: 'utf8' })
  .map((name) => name.split(path.sep).join('/'))
  .filter((name) => /\.(xml|rss|json|vtt|srt|html)$/.test(name));

/** A feed (or aux file) by name: the committed copy if there is one, else the shared folder's (when present). */
function feedFile(name) {
  const committed = resolveUnder(fixtureFeedsDir, name);
  if (committed && existsSync(committed)) return committed;
  return haveFeeds ? resolveUnder(feedsDir, name) : undefined;
}

const AUDIO = /\.(mp3|m4a|ogg|opus|wav)$/i;
/** Every request path (with query) seen by either origin, in order. */
const requestLog = [];

function fileFor(urlPath) {
  if (urlPath.startsWith('/feeds/')) return feedFile(urlPath.slice('/feeds'.length));
  return resolveUnder(projectRoot, urlPath);
}

/** A Podcasting 2.0 example file: the committed copy, else the shared folder's. */
const aux = (file) => feedFile(`/aux/Podcastindex-org__podcast-namespace__${file}`);

/** The aux example file that stands in for a remote transcript or chapters URL, chosen by its extension. */
function localCopyFor(remoteUrl, accept = '') {
  let parsed;
  try {
    parsed = new URL(remoteUrl);
  } catch {
    return undefined;
  }
  // This machine's own URLs (the feed itself, say) are served as they are.
  if (/^(localhost|127\.0\.0\.1)$/.test(parsed.hostname)) return fileFor(parsed.pathname);
  const name = remoteUrl.toLowerCase().split(/[?#]/)[0];
  if (/chapters/.test(accept)) return aux('chapters-example.json');
  if (name.endsWith('.srt')) return aux('transcripts-example.srt');
  if (name.endsWith('.vtt')) return aux('transcripts-example.vtt');
  if (name.endsWith('.html') || name.endsWith('.htm')) return aux('transcripts-example.html');
  if (name.endsWith('.json')) return aux(/chapter/.test(name) ? 'chapters-example.json' : 'transcripts-example.json');
  if (/chapter/.test(name)) return aux('chapters-example.json');
  return undefined;
}

const xml = (text) => String(text).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * An RSS feed of one or more episodes around given audio URLs: `audio` (repeatable; one episode each, newest
 * first), optional `type`, `duration` (seconds), `title`, `link` (the episode's), `image`, `show`. Guids are
 * `<show>-<n>` with n counting from the oldest (1).
 */
function madeFeed(params) {
  const audios = params.getAll('audio');
  const show = params.get('show') ?? 'Made Feed';
  const items = audios.map((audio, i) => {
    const n = audios.length - i;
    const title = params.getAll('title')[i] ?? `Episode ${n}`;
    const link = params.getAll('link')[i];
    const duration = params.getAll('duration')[i];
    return `<item>
      <title>${xml(title)}</title>
      <guid isPermaLink="false">${xml(`${show}-${n}`)}</guid>
      <pubDate>${new Date(Date.UTC(2026, 0, n)).toUTCString()}</pubDate>
      <description>Episode ${n} of a feed made by the test server.</description>
      ${link ? `<link>${xml(link)}</link>` : ''}
      <enclosure url="${xml(audio)}" length="1" type="${xml(params.get('type') ?? 'audio/mpeg')}"/>
      ${duration ? `<itunes:duration>${xml(duration)}</itunes:duration>` : ''}
      <itunes:episode>${n}</itunes:episode>
    </item>`;
  });
  const image = params.get('image');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
  <channel>
    <title>${xml(show)}</title>
    <link>https://made-feed.example/</link>
    <description>A feed made by the test server.</description>
    <language>en</language>
    <itunes:author>Test Host</itunes:author>
    ${image ? `<itunes:image href="${xml(image)}"/>` : ''}
    ${items.join('\n')}
  </channel>
</rss>`;
}

/** Handles the test-only routes shared by both origins; returns false when the request is not one of them. */
async function handleCommon(req, res, { cors }) {
  const url = new URL(req.url ?? '/', 'http://x');
  const p = url.pathname;
  const corsHeaders = cors ? { 'Access-Control-Allow-Origin': '*' } : {};
  const status = /^\/test-api\/status\/(\d{3})$/.exec(p);
  if (status) {
    res.writeHead(Number(status[1]), { 'Content-Type': 'text/plain', ...corsHeaders });
    res.end(`Status ${status[1]}`);
    return true;
  }
  if (await handleHostile(req, res, url, corsHeaders)) return true;
  if (await handleStream(req, res, url, corsHeaders, feedFile)) return true;
  if (p === '/test-api/drop') {
    // Answer nothing and close: the browser sees a network error.
    req.socket.destroy();
    return true;
  }
  if (isAudioRoute(p)) {
    await serveAudio(req, res, projectRoot, corsHeaders);
    return true;
  }
  if (p === '/test-api/feed.xml') {
    res.writeHead(200, {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      'Cache-Control': 'no-store',
      ...corsHeaders,
    });
    res.end(madeFeed(url.searchParams));
    return true;
  }
  if (p === '/test-api/charset') {
    // Serve a file with the charset only in the Content-Type header (not in the XML declaration).
    const file = fileFor(url.searchParams.get('path') ?? '');
    if (!file || !existsSync(file)) return false;
    await sendFile(req, res, file, {
      cors,
      headers: { 'Content-Type': `application/rss+xml; charset=${url.searchParams.get('charset')}` },
    });
    return true;
  }
  if (p === '/test-api/local-copy') {
    // Stands in for the remote transcript and chapters files the real feeds point at (no network here): the
    // Podcasting 2.0 example file of the same format (test/fixtures/feeds/aux/, else ../shared/feeds/aux/) (chapters when the request accepts json+chapters); URLs of this
    // machine are served as they are. Use as the widget's proxy: proxy="/test-api/local-copy?url={url}".
    const target = url.searchParams.get('url') ?? '';
    const file = localCopyFor(target, req.headers.accept ?? '');
    if (!file || !(await sendFile(req, res, file, { cors }))) {
      res.writeHead(404, corsHeaders);
      res.end('No local copy');
    }
    return true;
  }
  const scoped = /^\/test-api\/scoped\/[\w-]+(\/.*)$/.exec(p);
  if (scoped) {
    // The project's files again under a path of the caller's choosing (/test-api/scoped/<scope>/dist/...): a test
    // file that loads the built element from there can count ITS OWN requests for the lazy chunks (which import
    // each other by relative URL, so a query string on the script would not reach them) while other test files
    // load the same chunks from /dist/ at the same time.
    const file = fileFor(scoped[1]);
    if (file && (await sendFile(req, res, file, { cors }))) return true;
    res.writeHead(404, corsHeaders);
    res.end('Not found');
    return true;
  }
  if (AUDIO.test(p) || p.startsWith('/feeds/')) {
    const file = fileFor(p);
    if (file && (await sendFile(req, res, file, { cors }))) return true;
    res.writeHead(404, corsHeaders);
    res.end('Not found');
    return true;
  }
  return false;
}

/** Koa middleware for the test runner's own server (the page's origin). */
export function testServerMiddleware({ crossOrigin }) {
  return async function testServer(ctx, next) {
    requestLog.push(ctx.url);
    if (ctx.path === '/test-api/config') {
      ctx.body = {
        crossOrigin: crossOrigin.url,
        sharedFeeds: haveFeeds,
        sharedFeedsDir: feedsDir,
        feedsDir,
        fixtureFeeds,
      };
      return;
    }
    if (ctx.path === '/test-api/requests') {
      // Count of logged requests whose URL contains `contains`.
      const needle = ctx.query.contains ?? '';
      ctx.body = { count: requestLog.filter((u) => u.includes(needle)).length };
      return;
    }
    ctx.respond = false;
    if (await handleCommon(ctx.req, ctx.res, { cors: false })) return;
    ctx.respond = true;
    return next();
  };
}

/**
 * The second origin: everything is served with CORS except under /nocors/, which serves the same files without
 * `Access-Control-Allow-Origin`, as most feed hosts do.
 */
export async function startCrossOriginServer() {
  const server = createServer(async (req, res) => {
    requestLog.push(`//cross${req.url}`);
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': '*' });
      return res.end();
    }
    if (url.pathname === '/proxy') {
      // A minimal CORS proxy, like the ones `proxy` is meant for; reads only from this machine. Strict about its
      // query: a parameter besides `url` means the page did not encode the address (its "&" split it), so it answers
      // 400 rather than fetch a cut-off address.
      if ([...url.searchParams.keys()].some((key) => key !== 'url')) {
        res.writeHead(400, { 'Access-Control-Allow-Origin': '*' });
        return res.end('Unencoded url: parameters besides url');
      }
      const target = url.searchParams.get('url') ?? '';
      const local = /^http:\/\/(127\.0\.0\.1|localhost):\d+\//.test(target);
      const upstream = local ? await fetch(target).catch(() => undefined) : undefined;
      if (!upstream) {
        res.writeHead(502, { 'Access-Control-Allow-Origin': '*' });
        return res.end('Bad gateway');
      }
      res.writeHead(upstream.status, {
        'Access-Control-Allow-Origin': '*',
        'Content-Type': upstream.headers.get('content-type') ?? 'application/octet-stream',
      });
      return res.end(Buffer.from(await upstream.arrayBuffer()));
    }
    const nocors = url.pathname.startsWith('/nocors/');
    const p = nocors ? url.pathname.slice('/nocors'.length) : url.pathname;
    req.url = p + url.search;
    if (await handleCommon(req, res, { cors: !nocors })) return;
    const file = fileFor(p);
    if (!file || !(await sendFile(req, res, file, { cors: !nocors }))) {
      res.writeHead(404, nocors ? {} : { 'Access-Control-Allow-Origin': '*' });
      res.end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  const port = server.address().port;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}
