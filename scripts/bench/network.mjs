// Section 7 of `npm run bench` (issue 14): the real feeds over a throttled network (DevTools protocol,
// Network.emulateNetworkConditions, default 20 Mbit/s down, 40 ms round trip), as a reader on a real connection
// meets them. Each run is a fresh browser context (empty HTTP cache, empty storage):
//   first visit   insert <podcast-episode loading="eager"> → the first frame with a title in its shadow DOM
//                 (a preview where the element shows one) and → its `load` event (the full read; the first `ready`
//                 when the element fires no `load`), beside fetch + DOMParser of the same file (another URL, so
//                 neither warms the other's cache) under the same throttle;
//   same page     a second, fresh element for the same feed once the first has finished;
//   revisit       a new page in the same context (HTTP cache and storage kept), the same feed: insert → title;
//   unthrottled   the same pair with the throttle off, on fresh URLs: widget title / baseline title.
// Longest task = the longtask observer's longest entry from insert to 400 ms after the full read.
// The feeds are served as a feed host would: CORS, `Cache-Control: no-cache` with an ETag and Last-Modified (so a
// revisit can revalidate with a 304), readable by the page. dist/ is served immutable, as from a versioned CDN URL
// (`…/podcast-episode@0.1.0/dist/…`), so a revisit fetches no code.
import { createServer } from 'node:http';
import { statSync } from 'node:fs';
import path from 'node:path';
import { resolveUnder, sendFile } from '../lib/static-server.mjs';
import { table } from './table.mjs';

/** Default throttle: 20 Mbit/s down, 10 Mbit/s up, 40 ms round trip. */
export const THROTTLE = { latency: 40, downloadThroughput: (20e6 / 8) | 0, uploadThroughput: (10e6 / 8) | 0 };
const OFF = { latency: 0, downloadThroughput: -1, uploadThroughput: -1 };

/** The issue's targets. */
export const NETWORK_TARGETS = { firstVisitRatio: 0.5, revisitMs: 100, unthrottledRatio: 1.5, longTaskMs: 50 };

/** A static server whose answers carry validators (and answer 304); dist/ is `immutable`, as on a versioned CDN URL. */
async function startCachingServer(root, { cors }) {
  const server = createServer(async (req, res) => {
    const file = resolveUnder(root, new URL(req.url ?? '/', 'http://x').pathname);
    const stat = file ? (() => statSync(file, { throwIfNoEntry: false }))() : undefined;
    const corsHeaders = cors
      ? {
          'Access-Control-Allow-Origin': '*',
          'Access-Control-Expose-Headers': 'ETag, Last-Modified, Content-Length',
          // Resource Timing's sizes (the revisit's bytes over the wire) are zero cross-origin without it.
          'Timing-Allow-Origin': '*',
        }
      : {};
    if (!stat?.isFile()) {
      res.writeHead(404, corsHeaders);
      return res.end('Not found');
    }
    const etag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`;
    const lastModified = new Date(Math.floor(stat.mtimeMs / 1000) * 1000).toUTCString();
    // dist/ as a versioned CDN URL serves it (`…/podcast-episode@0.1.0/dist/…`): cached for good.
    const versioned = file.startsWith(path.join(root, 'dist') + path.sep);
    const headers = {
      ...corsHeaders,
      ETag: etag,
      'Last-Modified': lastModified,
      'Cache-Control': versioned ? 'max-age=31536000, immutable' : 'no-cache',
    };
    const since = Date.parse(req.headers['if-modified-since'] ?? '');
    if (req.headers['if-none-match'] === etag || (!req.headers['if-none-match'] && since >= Date.parse(lastModified))) {
      res.writeHead(304, headers);
      return res.end();
    }
    await sendFile(req, res, file, { cors, headers });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const close = () => new Promise((resolve) => (server.closeAllConnections?.(), server.close(() => resolve())));
  return { server, url, close };
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return undefined;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const maxOf = (xs) => {
  const s = xs.filter((x) => typeof x === 'number');
  return s.length ? Math.max(...s) : undefined;
};
const ms = (x) => (x === undefined ? 'n/a' : `${Math.round(x)}`);
const ratio = (a, b) => (a !== undefined && b ? Math.round((a / b) * 100) / 100 : undefined);
const bytes = (n) => (n < 10 * 1024 ? `${n} B` : `${(n / 1024).toFixed(0)} KB`);
const fmtRatio = (x) => (x === undefined ? 'n/a' : `${x.toFixed(2)}×`);

/**
 * Runs section 7. `feeds`: `{ key, label, file }` of the real feeds; `root`: the project (served for the page and
 * dist/). Returns `{ figures, lines, problems }`.
 */
export async function benchNetwork(
  browser,
  { root, feeds, runs = 3, timeoutMs = 20000, throttle = THROTTLE, scriptTagGzip },
) {
  const problems = [];
  const feedsDir = path.dirname(feeds[0].file);
  const pageServer = await startCachingServer(root, { cors: false });
  const feedServer = await startCachingServer(feedsDir, { cors: true });
  // Whether the element fires `load` (the full read after a preview); learnt on the first run.
  let firesLoad;
  let runId = 0;

  /** Opens the bench page in `context`, throttled or not; resolves once the element is defined. */
  async function openPage(context, conditions) {
    const page = await context.newPage();
    page.setDefaultTimeout(timeoutMs);
    await page.setViewport({ width: 1280, height: 900 });
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...conditions });
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error?.message ?? error)));
    await page.goto(`${pageServer.url}scripts/bench/page.html`, { waitUntil: 'load', timeout: timeoutMs * 2 });
    await page.waitForFunction(() => window.bench !== undefined);
    await page.evaluate(() => window.bench.definedAt);
    return { page, cdp, errors };
  }

  /** One phases() measurement, its tail (400 ms quiet) and the long tasks in it. */
  const measureWidget = (page, url) =>
    page.evaluate(
      async (url, timeoutMs, waitForLoadMs) => {
        await window.bench.settle(200);
        const r = await window.bench.phases(url, { timeoutMs, waitForLoadMs });
        const settledAt = await window.bench.settle(400);
        return { ...r, longTasks: window.bench.longTasksBetween(r.start, settledAt) };
      },
      url,
      timeoutMs,
      firesLoad === false ? 0 : 3000,
    );
  const measureBaseline = (page, url) =>
    page.evaluate(
      async (url, timeoutMs) => {
        await window.bench.settle(200);
        return window.bench.baseline(url, timeoutMs);
      },
      url,
      timeoutMs,
    );

  const figures = { throttle: { ...throttle }, feeds: [] };
  for (const feed of feeds) {
    const base = `${feedServer.url}${encodeURIComponent(path.basename(feed.file))}`;
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const id = `${process.pid}-n${++runId}`;
      const context = await browser.createBrowserContext();
      const sample = {};
      try {
        const { page, cdp, errors } = await openPage(context, throttle);
        const widgetUrl = `${base}?visit=${id}`;
        const order = i % 2 === 0 ? ['widget', 'baseline'] : ['baseline', 'widget'];
        for (const kind of order) {
          if (kind === 'widget') sample.first = await measureWidget(page, widgetUrl);
          else sample.baseline = await measureBaseline(page, `${base}?baseline=${id}`);
        }
        if (sample.first?.ok && firesLoad === undefined) firesLoad = sample.first.loadAt !== undefined;
        sample.samePage = await measureWidget(page, widgetUrl);
        // Unthrottled, on fresh URLs (nothing cached for them): widget beside baseline.
        await cdp.send('Network.emulateNetworkConditions', { offline: false, ...OFF });
        sample.fast = await measureWidget(page, `${base}?fast=${id}`);
        sample.fastBaseline = await measureBaseline(page, `${base}?fastbaseline=${id}`);
        await page.close();
        // The reader comes back: a new page, same HTTP cache and storage, throttled again.
        const again = await openPage(context, throttle);
        sample.revisit = await measureWidget(again.page, widgetUrl);
        await again.page.close();
        for (const e of [...errors, ...again.errors]) problems.push(`${feed.label} run ${i + 1}: page error: ${e}`);
        for (const [k, r] of Object.entries(sample))
          if (!r?.ok) problems.push(`${feed.label} run ${i + 1} ${k}: ${r?.error ?? 'no result'}`);
      } catch (error) {
        problems.push(`${feed.label} run ${i + 1}: ${error.message}`);
      } finally {
        await context.close().catch(() => undefined);
      }
      samples.push(sample);
    }
    figures.feeds.push(summarize(feed, samples));
  }
  await pageServer.close();
  await feedServer.close();

  figures.firesLoad = firesLoad;
  figures.targets = targetsOf(figures, scriptTagGzip);
  return { figures, lines: print(figures, runs), problems };
}

function summarize(feed, samples) {
  const ok = (k) => samples.map((s) => s[k]).filter((r) => r?.ok);
  const since = (r, key) => (r?.[key] !== undefined ? r[key] - r.start : undefined);
  const full = (r) => since(r, r.loadFrameAt !== undefined ? 'loadFrameAt' : 'titleFrameAt');
  const longest = (r) => maxOf(r.longTasks.map((t) => t.duration)) ?? 0;
  const first = ok('first');
  const baseline = ok('baseline');
  const out = {
    key: feed.key,
    label: feed.label,
    bytes: statSync(feed.file).size,
    runs: first.length,
    previewMs: median(first.map((r) => since(r, 'titleFrameAt'))),
    fullMs: median(first.map(full)),
    baselineDownloadMs: median(baseline.map((r) => (r.fetch?.responseEnd ? r.fetch.responseEnd - r.start : undefined))),
    baselineTitleMs: median(baseline.map((r) => r.frameAt - r.start)),
    widgetDownloadMs: median(first.map((r) => (r.fetch?.responseEnd ? r.fetch.responseEnd - r.start : undefined))),
    samePageMs: median(ok('samePage').map((r) => since(r, 'titleFrameAt'))),
    revisitMs: median(ok('revisit').map((r) => since(r, 'titleFrameAt'))),
    revisitFullMs: median(ok('revisit').map(full)),
    revisitTransferBytes: median(ok('revisit').map((r) => r.fetch?.transferSize)),
    fastMs: median(ok('fast').map((r) => since(r, 'titleFrameAt'))),
    fastBaselineMs: median(ok('fastBaseline').map((r) => r.frameAt - r.start)),
    longestTaskMs: maxOf([...first, ...ok('revisit'), ...ok('fast')].map(longest)),
    longestTaskFirstMs: maxOf(first.map(longest)),
    longestTaskRevisitMs: maxOf(ok('revisit').map(longest)),
  };
  out.firstVisitRatio = ratio(out.previewMs, out.baselineDownloadMs);
  out.fullRatio = ratio(out.fullMs, out.baselineTitleMs);
  out.unthrottledRatio = ratio(out.fastMs, out.fastBaselineMs);
  return out;
}

function targetsOf(figures, scriptTagGzip) {
  const t = NETWORK_TARGETS;
  const worst = (key) => maxOf(figures.feeds.map((f) => f[key]));
  const check = (value, limit) => (value === undefined ? undefined : value <= limit);
  return {
    firstVisitRatio: {
      value: worst('firstVisitRatio'),
      target: t.firstVisitRatio,
      met: check(worst('firstVisitRatio'), t.firstVisitRatio),
    },
    revisitMs: { value: worst('revisitMs'), target: t.revisitMs, met: check(worst('revisitMs'), t.revisitMs) },
    unthrottledRatio: {
      value: worst('unthrottledRatio'),
      target: t.unthrottledRatio,
      met: check(worst('unthrottledRatio'), t.unthrottledRatio),
    },
    longTaskMs: {
      value: worst('longestTaskMs'),
      target: t.longTaskMs,
      met: check(worst('longestTaskMs'), t.longTaskMs),
    },
    scriptTagGzip: { value: scriptTagGzip, target: 35 * 1024, met: check(scriptTagGzip, 35 * 1024) },
  };
}

function print(figures, runs) {
  const { throttle } = figures;
  const lines = [];
  const mbit = ((throttle.downloadThroughput * 8) / 1e6).toFixed(0);
  lines.push(
    `7. Over a throttled network (DevTools protocol: ${mbit} Mbit/s down, ${throttle.latency} ms RTT), ms, median of ${runs}; each run a fresh browser context`,
  );
  const rows = [
    [
      'first visit',
      'size',
      'baseline download',
      'baseline title',
      'widget first title',
      'ratio to download',
      'widget full read',
      'full / baseline title',
      'longest task',
    ],
  ];
  for (const f of figures.feeds) {
    rows.push([
      f.label,
      `${(f.bytes / 1024 / 1024).toFixed(1)} MB`,
      ms(f.baselineDownloadMs),
      ms(f.baselineTitleMs),
      ms(f.previewMs),
      fmtRatio(f.firstVisitRatio),
      ms(f.fullMs),
      fmtRatio(f.fullRatio),
      ms(f.longestTaskFirstMs),
    ]);
  }
  lines.push(table(rows));
  lines.push(
    `  first title = insert → the frame showing a title (a preview where the element shows one); full read = → its \`load\` event${figures.firesLoad ? '' : ' (this build fires none: its first `ready`)'}; ratio to download = first title / the baseline's download alone.`,
  );
  const again = [
    [
      'again',
      'same page, new widget',
      'revisit title',
      'revisit full',
      'revisit bytes',
      'longest task',
      'unthrottled widget / baseline',
    ],
  ];
  for (const f of figures.feeds) {
    again.push([
      f.label,
      ms(f.samePageMs),
      ms(f.revisitMs),
      ms(f.revisitFullMs),
      f.revisitTransferBytes === undefined ? 'n/a' : bytes(f.revisitTransferBytes),
      ms(f.longestTaskRevisitMs),
      `${ms(f.fastMs)} / ${ms(f.fastBaselineMs)} = ${fmtRatio(f.unthrottledRatio)}`,
    ]);
  }
  lines.push(table(again));
  lines.push(
    '  revisit = a new page in the same browser context (HTTP cache and storage kept), throttled; revisit bytes = the feed over the wire (a 304 is a few hundred bytes).',
  );
  const t = figures.targets;
  const verdict = (x) => (x.met === undefined ? 'not measured' : x.met ? 'met' : 'MISSED');
  const tRows = [['target (issue 14)', 'worst measured', 'target', '']];
  tRows.push([
    'throttled first visit: first title / baseline download',
    fmtRatio(t.firstVisitRatio.value),
    `≤ ${t.firstVisitRatio.target}`,
    verdict(t.firstVisitRatio),
  ]);
  tRows.push([
    'revisit: insert → title',
    `${ms(t.revisitMs.value)} ms`,
    `≤ ${t.revisitMs.target} ms`,
    verdict(t.revisitMs),
  ]);
  tRows.push([
    'unthrottled: widget title / baseline title',
    fmtRatio(t.unthrottledRatio.value),
    `≤ ${t.unthrottledRatio.target}×`,
    verdict(t.unthrottledRatio),
  ]);
  tRows.push([
    'longest main-thread task (all of the above)',
    `${ms(t.longTaskMs.value)} ms`,
    `≤ ${t.longTaskMs.target} ms`,
    verdict(t.longTaskMs),
  ]);
  tRows.push([
    'script tag, gzip -9',
    t.scriptTagGzip.value === undefined ? 'n/a' : `${(t.scriptTagGzip.value / 1024).toFixed(1)} KB`,
    '≤ 35 KB',
    verdict(t.scriptTagGzip),
  ]);
  lines.push(table(tRows, { align: ['l', 'r', 'r', 'l'] }));
  lines.push(
    '  longest task: longtask observer (entries ≥ 50 ms; 0 = none), first visit, revisit and unthrottled runs.',
  );
  return lines;
}
