#!/usr/bin/env node
// `npm run bench`: figures, not pass/fail. Prints a table and, as its last line, the same figures as one JSON line.
//
//   node scripts/bench.mjs               build (npm run build), then measure
//   node scripts/bench.mjs --no-build    measure what is already in dist/
//   options: --runs N (timed runs per feed, default 5), --no-trace (skip the traced runs), --verbose,
//            --hostile-only (section 6 alone), --sizes-only (section 1 alone: what the script tag costs, gzip -9),
//            --network-only (section 7 alone, 3 runs unless --runs), --no-network (skip section 7),
//            --title-only (sections 1–3 alone: sizes, insert → title, main-thread tasks)
//
// What it measures (headless Chromium through puppeteer-core; CHROME_PATH, default /usr/bin/chromium):
// 1. gzip -9 sizes of dist/podcast-episode.js plus the chunks it imports statically (what the script tag loads,
//    target 35 KB), the lazy chunks and the parser worker script, and what a page really fetched from dist/ to
//    show one episode (logged by the test server).
// 2. Time from inserting <podcast-episode feed=…> to the frame that shows the episode title, beside a baseline in
//    the same page: fetch the same file, DOMParser on the main thread, first item's title into the page.
//    The real feeds (LinuxUnplugged, giantbomb) come from PODCAST_FEEDS_DIR or ../shared/feeds, served from a
//    second loopback origin with CORS, as a feed host would; the demo feed comes from the page's own origin.
//    Every run is a fresh page with the HTTP cache off (CDP Network.setCacheDisabled) and a unique feed URL;
//    widget and baseline alternate which goes first.
// 4. Playback start: a real click on play to the first `timeupdate` past 0, the widget beside a plain <audio>
//    playing the same file in the same page (scripts/bench/playback.mjs).
// 6. Hostile input (scripts/bench/hostile.mjs): crafted feeds and the largest shared feed, with the parser worker
//    and under `worker-src 'none'`: outcome, time to it, longest main-thread task, beside the demo feed.
// 7. Over a throttled network (scripts/bench/network.mjs, DevTools protocol: 20 Mbit/s, 40 ms RTT), LinuxUnplugged
//    and giantbomb: insert → first title (preview) and → full read beside fetch + DOMParser, the same feed again in
//    the same page, a revisit (new page, HTTP cache and storage kept), unthrottled widget / baseline, the longest
//    task, and the issue's targets beside them.
// 3. Main-thread tasks while each loads: longtask entries (> 50 ms) in every run, and for each feed one
//    extra traced run (Chrome trace + V8 sampling profiler, mapped through dist/*.map) that sees every task,
//    whatever its length, what ran inside the longest one, and the parser worker's thread.
//
// Exit status: 0 when the figures were taken, whether or not they meet the targets; 1 when something could not be
// measured (build failed, browser did not start, the element failed or timed out); 2 when the whole run hung.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './lib/chromium.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { TRACE_CATEGORIES, analyzeTrace, createResolver } from './bench/trace.mjs';
import { benchPlayback } from './bench/playback.mjs';
import { benchTranscript } from './bench/transcript.mjs';
import { benchHostile } from './bench/hostile.mjs';
import { benchNetwork } from './bench/network.mjs';
import { table } from './bench/table.mjs';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = path.join(root, 'dist');

// ---------------------------------------------------------------------------------------------------- options
const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  const lines = readFileSync(fileURLToPath(import.meta.url), 'utf8')
    .split('\n')
    .slice(1);
  console.log(
    lines
      .slice(
        0,
        lines.findIndex((l) => !l.startsWith('//')),
      )
      .map((l) => l.replace(/^\/\/ ?/, ''))
      .join('\n'),
  );
  process.exit(0);
}
const runsArg =
  argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ??
  (argv.includes('--runs') ? argv[argv.indexOf('--runs') + 1] : undefined);
const RUNS = Math.min(20, Math.max(1, Math.floor(Number(runsArg)) || 5));
const BUILD = !argv.includes('--no-build');
const TRACE = !argv.includes('--no-trace');
const VERBOSE = argv.includes('--verbose');
const HOSTILE_ONLY = argv.includes('--hostile-only');
const NETWORK_ONLY = argv.includes('--network-only');
const NETWORK = !argv.includes('--no-network');
const TITLE_ONLY = argv.includes('--title-only');
// Section 7's runs are throttled (seconds each): 3 unless --runs says otherwise.
const NETWORK_RUNS = runsArg !== undefined ? RUNS : 3;

const RUN_TIMEOUT_MS = 20_000; // one element or baseline load
const WATCHDOG_MS = 420_000; // the whole bench
const TARGET_GZIP_KB = 35;
const TARGET_TITLE_RATIO = 1.5;
const LONG_TASK_MS = 50;
const KB = 1024;
const REFERENCES = [
  ['Plyr (player only)', 33],
  ['media-chrome', 43],
  ['Podlove Web Player', 522],
];

const feedsDir = path.resolve(process.env.PODCAST_FEEDS_DIR ?? path.join(root, '..', 'shared', 'feeds'));
const FEEDS = [
  {
    key: 'demo',
    label: 'demo/feed.xml',
    file: path.join(root, 'demo', 'feed.xml'),
    origin: 'page',
    urlPath: 'demo/feed.xml',
    trace: true,
  },
  {
    key: 'linuxunplugged',
    label: 'LinuxUnplugged',
    file: path.join(feedsDir, 'alatiera__gnome-podcasts__2020-12-19-LinuxUnplugged.xml'),
    origin: 'feeds',
    trace: true,
  },
  {
    key: 'giantbomb',
    label: 'giantbomb',
    file: path.join(feedsDir, 'rbren__rss-parser__giantbomb-podcast.rss'),
    origin: 'feeds',
    trace: true,
  },
];

// ---------------------------------------------------------------------------------------------------- helpers
const round1 = (x) => (x === undefined || x === null || Number.isNaN(x) ? undefined : Math.round(x * 10) / 10);
const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!s.length) return undefined;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const min = (xs) =>
  xs.filter((x) => typeof x === 'number').length ? Math.min(...xs.filter((x) => typeof x === 'number')) : undefined;
const max = (xs) =>
  xs.filter((x) => typeof x === 'number').length ? Math.max(...xs.filter((x) => typeof x === 'number')) : undefined;
const fmtMs = (x) => (x === undefined ? 'n/a' : `${Math.round(x)}`);
const fmtKB = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const fmtSize = (bytes) => (bytes >= KB * KB ? `${(bytes / KB / KB).toFixed(1)} MB` : fmtKB(bytes));

const problems = []; // things that could not be measured (→ exit 1)
const notes = []; // things worth knowing that are not failures
let browser;
const servers = [];
let cleaningUp;

async function cleanup() {
  cleaningUp ??= (async () => {
    if (browser) {
      const proc = browser.process();
      await Promise.race([browser.close().catch(() => undefined), new Promise((r) => setTimeout(r, 5000))]);
      if (proc && proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
    }
    for (const s of servers) {
      s.server.closeAllConnections?.();
      await Promise.race([s.close(), new Promise((r) => setTimeout(r, 2000))]);
    }
  })();
  return cleaningUp;
}

const watchdog = setTimeout(() => {
  console.error(`\nbench: still running after ${WATCHDOG_MS / 1000} s; giving up.`);
  cleanup().finally(() => process.exit(2));
}, WATCHDOG_MS);
watchdog.unref();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\nbench: ${signal}, shutting down.`);
    cleanup().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------------- build
function build() {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (error) => resolve({ ok: false, output: String(error) }));
    child.on('exit', (code, signal) =>
      resolve({ ok: code === 0, output, seconds: (Date.now() - started) / 1000, code, signal }),
    );
  });
}

// ---------------------------------------------------------------------------------------------------- sizes
const gzipOf = (file) => {
  const bytes = readFileSync(path.join(dist, file));
  return { file: `dist/${file}`, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

/** Files a module pulls in with static `import … from "./x.js"` / `export … from`, recursively (not `import()`). */
function staticImports(entry) {
  const seen = new Set();
  const visit = (file) => {
    const text = readFileSync(path.join(dist, file), 'utf8');
    const re = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`](\.\/[^"'`]+)["'`]/g;
    for (const m of text.matchAll(re)) {
      const dep = path.posix.normalize(m[1]);
      if (!seen.has(dep) && existsSync(path.join(dist, dep))) {
        seen.add(dep);
        visit(dep);
      }
    }
  };
  visit(entry);
  return [...seen];
}

function measureSizes() {
  const names = readdirSync(dist);
  const main = gzipOf('podcast-episode.js');
  const statics = staticImports('podcast-episode.js').map(gzipOf);
  const parser = names.includes('podcast-episode-parser.js') ? gzipOf('podcast-episode-parser.js') : undefined;
  const staticNames = new Set(statics.map((s) => s.file));
  const chunks = names
    .filter(
      (f) => /^podcast-episode-.+\.js$/.test(f) && f !== 'podcast-episode-parser.js' && !staticNames.has(`dist/${f}`),
    )
    .sort()
    .map(gzipOf);
  const scriptTag = {
    files: 1 + statics.length,
    raw: main.raw + statics.reduce((a, s) => a + s.raw, 0),
    gzip: main.gzip + statics.reduce((a, s) => a + s.gzip, 0),
  };
  return {
    main,
    statics,
    scriptTag,
    parser,
    chunks,
    targetKB: TARGET_GZIP_KB,
    withinTarget: scriptTag.gzip <= TARGET_GZIP_KB * KB,
  };
}

function chunkRole(file, firstEpisodeFiles) {
  const source = readFileSync(path.join(root, file), 'utf8');
  if (/howler/i.test(file) || source.includes('HTML5 Audio pool')) return 'lazy: howler, on first play';
  if (/inline-host|pipeline/i.test(file)) return 'lazy: main-thread parser (only without a worker)';
  if (/transcript/i.test(file)) return 'lazy: transcript viewer, only for an episode with a transcript';
  if (/load-chapters/i.test(file)) return 'lazy: chapters reader, with the first episode';
  if (firstEpisodeFiles?.has(file)) return 'lazy: loaded to show the first episode';
  return 'lazy chunk';
}

// ---------------------------------------------------------------------------------------------------- browser runs
let runCounter = 0;
let resolveFrame; // profile call frame → source place (set once the page server runs)
const requestLog = []; // every path the page server was asked for, in order

/** dist/ files requested since log index `from`. */
const distRequests = (from) => [
  ...new Set(
    requestLog
      .slice(from)
      .filter((p) => p.startsWith('/dist/'))
      .map((p) => p.slice(1)),
  ),
];

/**
 * One fresh page: loads the bench page (the script-tag module), then the element and the baseline one after the
 * other (order alternates), each followed by a quiet period so its tail (second render, GC) is counted with it.
 */
async function measurePage(pageUrl, feed, feedUrl, { order, trace }) {
  const id = `${process.pid}-${++runCounter}`;
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error?.message ?? error)));
  if (VERBOSE) page.on('console', (m) => console.log(`    [console.${m.type()}] ${m.text()}`));
  try {
    page.setDefaultTimeout(RUN_TIMEOUT_MS);
    await page.setCacheEnabled(false);
    await page.setViewport({ width: 1280, height: 900 });
    const logStart = requestLog.length;
    await page.goto(`${pageUrl}?run=${id}`, { waitUntil: 'load', timeout: RUN_TIMEOUT_MS });
    await page.waitForFunction(() => window.bench !== undefined, { timeout: RUN_TIMEOUT_MS });
    const definedAt = await page.evaluate(
      (timeout) => Promise.race([window.bench.definedAt, new Promise((r) => setTimeout(() => r(undefined), timeout))]),
      RUN_TIMEOUT_MS,
    );
    if (definedAt === undefined)
      throw new Error('<podcast-episode> was never defined (did dist/podcast-episode.js load?)');
    if (trace) await page.tracing.start({ categories: TRACE_CATEGORIES });
    const result = { definedAt, requests: { page: distRequests(logStart) } };
    for (const kind of order) {
      const kindStart = requestLog.length;
      result[kind] = await page.evaluate(
        async (kind, url, timeout) => {
          await window.bench.settle(250);
          const r = await window.bench[kind](url, timeout);
          const settledAt = await window.bench.settle(400);
          window.bench.mark(`bench:${kind}:settled`);
          return { ...r, settledAt, longTasks: window.bench.longTasksBetween(r.start, settledAt) };
        },
        kind,
        `${feedUrl}?bench=${id}-${kind}`,
        RUN_TIMEOUT_MS,
      );
      result.requests[kind] = distRequests(kindStart);
    }
    if (trace) {
      const buffer = await page.tracing.stop();
      const events = JSON.parse(new TextDecoder().decode(buffer)).traceEvents;
      result.trace = analyzeTrace(
        events,
        order.map((kind) => ({
          name: kind,
          start: `bench:${kind}:start`,
          frame: `bench:${kind}:frame`,
          end: `bench:${kind}:settled`,
        })),
        { resolve: resolveFrame },
      );
    }
    result.pageErrors = pageErrors;
    return result;
  } finally {
    await page.close().catch(() => undefined);
  }
}

function summarizeKind(runs, kind) {
  const ok = runs.map((r) => r[kind]).filter((r) => r?.ok);
  const frame = ok.map((r) => r.frameAt - r.start);
  const fetchEnd = ok.map((r) => (r.fetch?.responseEnd ? r.fetch.responseEnd - r.start : undefined));
  const longest = ok.map((r) => max(r.longTasks.map((t) => t.duration)) ?? 0);
  const tbt = ok.map((r) => r.longTasks.reduce((sum, t) => sum + Math.max(0, t.duration - LONG_TASK_MS), 0));
  const out = {
    runs: ok.length,
    medianMs: round1(median(frame)),
    minMs: round1(min(frame)),
    runsMs: frame.map(round1),
    fetchMedianMs: round1(median(fetchEnd)),
    longTaskMaxMs: round1(max(longest)),
    longTaskMedianMs: round1(median(longest)),
    runsWithLongTask: longest.filter((x) => x > LONG_TASK_MS).length,
    blockingTimeMedianMs: round1(median(tbt)),
    blockingTimeMaxMs: round1(max(tbt)),
    title: ok[0]?.title,
  };
  if (kind === 'widget') {
    out.readyMedianMs = round1(median(ok.map((r) => r.readyAt - r.start)));
    out.readyFrameMedianMs = round1(median(ok.map((r) => r.readyFrameAt - r.start)));
  }
  if (kind === 'baseline') out.parseMedianMs = round1(median(ok.map((r) => r.parsedAt - r.fetchedAt)));
  return out;
}

function countItems(file) {
  const text = readFileSync(file, 'latin1');
  return (text.match(/<item[\s>]/g) ?? []).length;
}

// ---------------------------------------------------------------------------------------------------- main
async function main() {
  const started = Date.now();
  const out = (line = '') => console.log(line);

  if (BUILD) {
    process.stdout.write('Building (node scripts/build.mjs)… ');
    const result = await build();
    if (!result.ok) {
      out('failed.');
      console.error(result.output.trim());
      problems.push(`build failed (exit ${result.code ?? result.signal})`);
      return;
    }
    out(`done in ${result.seconds.toFixed(1)} s.`);
  }
  if (!existsSync(path.join(dist, 'podcast-episode.js'))) {
    problems.push('dist/podcast-episode.js does not exist: run `npm run build` (or drop --no-build)');
    return;
  }

  const report = { bench: 'podcast-episode', date: new Date().toISOString(), runs: RUNS };

  // 1. sizes -------------------------------------------------------------------------------------------------
  const sizes = measureSizes();
  report.sizes = sizes;
  if (argv.includes('--sizes-only')) {
    const { gzip } = sizes.scriptTag;
    out(
      `script tag: ${gzip} bytes gzip -9 (${fmtKB(gzip)}); budget ${TARGET_GZIP_KB * KB} bytes, ${TARGET_GZIP_KB * KB - gzip} left`,
    );
    return;
  }

  // 2 + 3. browser ------------------------------------------------------------------------------------------
  const feedsFound = existsSync(feedsDir);
  const feeds = FEEDS.filter((f) => {
    if (existsSync(f.file)) return true;
    if (f.origin === 'page') notes.push(`${f.label}: skipped, ${path.relative(root, f.file)} not found`);
    else if (feedsFound) notes.push(`${f.label}: skipped, ${feedsDir} has no ${path.basename(f.file)}`);
    return false;
  });
  const skippedReal = FEEDS.filter((f) => f.origin === 'feeds' && !feeds.includes(f)).map((f) => f.label);

  const pageServer = await startStaticServer({ root, port: 0, host: '127.0.0.1' });
  servers.push(pageServer);
  pageServer.server.prependListener('request', (req) => requestLog.push((req.url ?? '').split('?')[0]));
  let feedServer;
  if (existsSync(feedsDir)) {
    feedServer = await startStaticServer({ root: feedsDir, port: 0, host: '127.0.0.1', cors: true });
    servers.push(feedServer);
  }
  const pageUrl = `${pageServer.url}scripts/bench/page.html`;
  resolveFrame = createResolver({
    rename: { 'harness.js': 'baseline code (incl. native DOMParser)' },
    urlToFile: (url) => {
      const u = new URL(url);
      if (`${u.origin}/` !== pageServer.url) return undefined;
      const file = path.join(root, decodeURIComponent(u.pathname));
      return file.startsWith(root + path.sep) ? file : undefined;
    },
  });
  const urlOf = (f) =>
    f.origin === 'page'
      ? `${pageServer.url}${f.urlPath}`
      : `${feedServer.url}${encodeURIComponent(path.basename(f.file))}`;

  browser = await launchChromium({
    protocolTimeout: 60_000,
    timeout: 30_000,
    args: ['--disable-sync', '--autoplay-policy=no-user-gesture-required', '--mute-audio'],
  });
  const chromeVersion = await browser.version();
  report.environment = {
    browser: chromeVersion,
    node: process.version,
    cpu: `${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length}`,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
    feedsDir: existsSync(feedsDir) ? feedsDir : null,
  };

  out();
  out(`podcast-episode bench · ${chromeVersion} headless · ${report.environment.cpu} · Node ${process.version}`);
  out(
    `${RUNS} timed runs per feed, each a fresh page with the HTTP cache off; KB = 1024 bytes. Load average before: ${report.environment.loadAverage.join(' ')}.`,
  );
  if (!feedsFound) {
    out(
      `Real feeds: folder ${feedsDir} not found (set PODCAST_FEEDS_DIR); ${skippedReal.join(' and ')} measurements SKIPPED, demo feed only.`,
    );
  } else {
    out(`Real feeds: ${feedsDir}${skippedReal.length ? ` (${skippedReal.join(', ')} missing there: skipped)` : ''}.`);
  }

  const networkFeeds = FEEDS.filter((f) => f.origin === 'feeds' && feeds.includes(f));
  const runNetwork = async () => {
    if (!networkFeeds.length) {
      notes.push('section 7 skipped: no real feeds');
      return;
    }
    const network = await benchNetwork(browser, {
      root,
      feeds: networkFeeds,
      runs: NETWORK_RUNS,
      timeoutMs: RUN_TIMEOUT_MS,
      scriptTagGzip: sizes.scriptTag.gzip,
    });
    report.network = network.figures;
    for (const p of network.problems) problems.push(`network: ${p}`);
    return network;
  };
  if (NETWORK_ONLY) {
    const network = await runNetwork();
    out();
    for (const line of network?.lines ?? []) out(line);
    for (const n of notes) out(`Note: ${n}`);
    report.seconds = Math.round((Date.now() - started) / 100) / 10;
    out(`Bench took ${report.seconds} s.`);
    return report;
  }

  if (HOSTILE_ONLY) {
    const hostile = await benchHostile(browser, pageServer.url, { feedsUrl: feedServer?.url });
    report.hostile = hostile.figures;
    for (const p of hostile.problems) problems.push(`hostile: ${p}`);
    printHostile(out, hostile);
    return report;
  }

  // Warm-up: the first page of a browser pays for process start-up; not counted.
  let warmUp;
  if (feeds[0]) {
    try {
      warmUp = await measurePage(pageUrl, feeds[0], urlOf(feeds[0]), { order: ['widget', 'baseline'], trace: false });
    } catch (error) {
      notes.push(`warm-up run failed: ${error.message}`);
    }
  }

  report.feeds = [];
  let firstRun;
  for (const feed of feeds) {
    const url = urlOf(feed);
    const runs = [];
    const errors = [];
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 === 0 ? ['widget', 'baseline'] : ['baseline', 'widget'];
      try {
        const r = await measurePage(pageUrl, feed, url, { order, trace: false });
        runs.push(r);
        if (i === 0) firstRun ??= r;
        for (const kind of ['widget', 'baseline'])
          if (!r[kind].ok) errors.push(`${kind} run ${i + 1}: ${r[kind].error}`);
        for (const e of r.pageErrors) errors.push(`page error in run ${i + 1}: ${e}`);
      } catch (error) {
        errors.push(`run ${i + 1}: ${error.message}`);
      }
    }
    const entry = {
      key: feed.key,
      label: feed.label,
      file: feed.origin === 'page' ? path.relative(root, feed.file) : path.basename(feed.file),
      bytes: statSync(feed.file).size,
      items: countItems(feed.file),
      widget: summarizeKind(runs, 'widget'),
      baseline: summarizeKind(runs, 'baseline'),
      definedMedianMs: round1(median(runs.map((r) => r.definedAt))),
      errors,
    };
    entry.ratio =
      entry.widget.medianMs && entry.baseline.medianMs
        ? Math.round((entry.widget.medianMs / entry.baseline.medianMs) * 100) / 100
        : undefined;
    entry.sameTitle =
      entry.widget.title !== undefined && entry.baseline.title !== undefined
        ? entry.widget.title === entry.baseline.title
        : undefined;
    if (TRACE && feed.trace) {
      try {
        const r = await measurePage(pageUrl, feed, url, { order: ['widget', 'baseline'], trace: true });
        entry.trace = r.trace;
        for (const kind of ['widget', 'baseline']) if (!r[kind].ok) errors.push(`traced ${kind}: ${r[kind].error}`);
      } catch (error) {
        errors.push(`traced run: ${error.message}`);
      }
    }
    for (const e of errors) problems.push(`${feed.label}: ${e}`);
    report.feeds.push(entry);
  }

  let playback, transcript, hostile;
  if (!TITLE_ONLY) {
    playback = await benchPlayback(browser, pageServer.url, { runs: RUNS, timeoutMs: RUN_TIMEOUT_MS });
    report.playback = playback.figures;
    for (const p of playback.problems) problems.push(p);

    const transcriptPage = await browser.newPage();
    transcript = await benchTranscript(transcriptPage, pageServer.url);
    await transcriptPage.close();
    report.transcript = transcript.figures;
    for (const p of transcript.problems) problems.push(`transcript: ${p}`);

    hostile = await benchHostile(browser, pageServer.url, { feedsUrl: feedServer?.url });
    report.hostile = hostile.figures;
    for (const p of hostile.problems) problems.push(`hostile: ${p}`);
  }

  const network = NETWORK && !TITLE_ONLY ? await runNetwork() : undefined;

  // What the page really fetched from dist/ (first successful page of the run): at load, and to show an episode.
  const observedRun = [warmUp, firstRun].find((r) => r?.widget?.ok);
  const observedPage = new Set(observedRun?.requests.page ?? []);
  const observedEpisode = new Set((observedRun?.requests.widget ?? []).filter((f) => !observedPage.has(f)));
  for (const c of sizes.chunks) c.role = chunkRole(c.file, observedEpisode);
  const allFiles = [sizes.main, ...sizes.statics, ...(sizes.parser ? [sizes.parser] : []), ...sizes.chunks];
  const gzipOfObserved = (set) => allFiles.filter((f) => set.has(f.file)).reduce((sum, f) => sum + f.gzip, 0);
  if (observedRun) {
    sizes.observed = {
      pageLoad: [...observedPage],
      firstEpisode: [...observedEpisode],
      pageLoadGzip: gzipOfObserved(observedPage),
      toShowEpisodeGzip: gzipOfObserved(new Set([...observedPage, ...observedEpisode])),
    };
  }

  // ---------------------------------------------------------------------------------------------------- print
  out();
  out(`1. Size, gzip -9 (target for what the script tag loads: ${TARGET_GZIP_KB} KB)`);
  const sizeRows = [['file', 'raw', 'gzip', 'when it loads']];
  sizeRows.push([sizes.main.file, fmtKB(sizes.main.raw), fmtKB(sizes.main.gzip), 'script tag']);
  for (const c of sizes.statics)
    sizeRows.push([c.file, fmtKB(c.raw), fmtKB(c.gzip), 'script tag (static import of the module)']);
  const verdict = sizes.withinTarget
    ? `within ${TARGET_GZIP_KB} KB`
    : `OVER ${TARGET_GZIP_KB} KB by ${fmtKB(sizes.scriptTag.gzip - TARGET_GZIP_KB * KB)}`;
  sizeRows.push([
    `= script tag, ${sizes.scriptTag.files} file${sizes.scriptTag.files > 1 ? 's' : ''}`,
    fmtKB(sizes.scriptTag.raw),
    fmtKB(sizes.scriptTag.gzip),
    verdict,
  ]);
  if (sizes.parser)
    sizeRows.push([
      sizes.parser.file,
      fmtKB(sizes.parser.raw),
      fmtKB(sizes.parser.gzip),
      'parser worker, on the first feed',
    ]);
  for (const c of sizes.chunks) sizeRows.push([c.file, fmtKB(c.raw), fmtKB(c.gzip), c.role]);
  if (sizes.observed) {
    const n = sizes.observed.pageLoad.length + sizes.observed.firstEpisode.length;
    sizeRows.push([
      `= fetched to show one episode (observed), ${n} files`,
      '',
      fmtKB(sizes.observed.toShowEpisodeGzip),
      '',
    ]);
  }
  out(table(sizeRows, { align: ['l', 'r', 'r', 'l'] }));
  if (sizes.observed) {
    const unexpected = sizes.observed.pageLoad.filter((f) => ![sizes.main, ...sizes.statics].some((s) => s.file === f));
    if (unexpected.length) out(`  Also fetched at page load: ${unexpected.join(', ')}`);
  }
  out(
    `  For context (published gzip sizes, not measured here): ${REFERENCES.map(([n, kb]) => `${n} ${kb} KB`).join(', ')}.`,
  );

  out();
  out(`2. Insert to title on screen, ms (median / min of ${RUNS}); baseline = fetch + DOMParser + first item's title`);
  const timeRows = [
    ['feed', 'size', 'items', 'widget', 'baseline', 'widget/baseline', 'whole card', 'fetch end w / b', 'DOMParser'],
  ];
  for (const f of report.feeds) {
    timeRows.push([
      f.label,
      fmtSize(f.bytes),
      f.items,
      `${fmtMs(f.widget.medianMs)} / ${fmtMs(f.widget.minMs)}`,
      `${fmtMs(f.baseline.medianMs)} / ${fmtMs(f.baseline.minMs)}`,
      f.ratio !== undefined ? `${f.ratio.toFixed(2)}×` : 'n/a',
      fmtMs(f.widget.readyFrameMedianMs),
      `${fmtMs(f.widget.fetchMedianMs)} / ${fmtMs(f.baseline.fetchMedianMs)}`,
      fmtMs(f.baseline.parseMedianMs),
    ]);
  }
  out(table(timeRows));
  out(
    '  widget = the frame that first shows the title (header and player; the rest of the card follows in a task after it);',
  );
  out("  whole card = the frame after the element's `ready` (everything in), median;");
  out(
    '  widget/baseline = ratio of the medians; fetch end = response body received (Resource Timing), median, widget / baseline;',
  );
  out("  DOMParser = the baseline's parseFromString alone, median.");
  const defined = median(report.feeds.map((f) => f.definedMedianMs));
  if (defined !== undefined)
    out(
      `  Before each run: page navigation to <podcast-episode> defined (module fetched, compiled, run): ${fmtMs(defined)} ms median.`,
    );
  for (const f of report.feeds) {
    if (f.sameTitle === false)
      out(
        `  ${f.label}: the element's "latest" (${JSON.stringify(f.widget.title)}) is not the first <item> (${JSON.stringify(f.baseline.title)}).`,
      );
  }

  out();
  out(
    `3. Main-thread tasks during the load (insert → title → ${'400'} ms quiet), target: no widget task over ${LONG_TASK_MS} ms`,
  );
  const ltRows = [
    ['feed', 'widget longest', 'widget TBT', 'baseline longest', 'baseline TBT', 'runs with a >50 ms widget task'],
  ];
  const lt = (x) => (x === undefined ? 'n/a' : x > 0 ? `${Math.round(x)}` : `<${LONG_TASK_MS}`);
  for (const f of report.feeds) {
    ltRows.push([
      f.label,
      lt(f.widget.longTaskMaxMs),
      fmtMs(f.widget.blockingTimeMedianMs),
      lt(f.baseline.longTaskMaxMs),
      fmtMs(f.baseline.blockingTimeMedianMs),
      `${f.widget.runsWithLongTask} of ${f.widget.runs}`,
    ]);
  }
  out('  longtask observer, all timed runs (longest = max over runs, TBT = median of Σ(task − 50 ms)):');
  out(table(ltRows, { indent: '    ' }));
  const traced = report.feeds.filter((f) => f.trace);
  if (traced.length) {
    out(
      '  Chrome trace + V8 sampling profiler, one extra run per feed (every task, any length; the profiler slows it down):',
    );
    const trRows = [['feed', 'kind', 'title at', 'longest task', 'at', 'TBT', 'main busy', 'tasks >50', 'worker busy']];
    for (const f of traced) {
      for (const kind of ['widget', 'baseline']) {
        const t = f.trace[kind];
        if (!t || t.error) {
          trRows.push([f.label, kind, t?.error ?? 'n/a', '', '', '', '', '', '']);
          continue;
        }
        trRows.push([
          f.label,
          kind,
          t.titleFrameMs !== undefined ? `${t.titleFrameMs} ms` : 'n/a',
          `${t.longestTaskMs} ms`,
          `${t.longestTaskAtMs} ms${t.longestTaskBeforeTitle === false ? ' (after title)' : ''}`,
          `${t.blockingTimeMs} ms`,
          `${t.mainBusyMs} ms`,
          t.tasksOver50.length,
          kind === 'widget' ? `${t.workerBusyMs} ms` : '',
        ]);
      }
    }
    out(table(trRows, { indent: '    ', align: ['l', 'l'] }));
    const parts = (list, n = 5) =>
      list?.length
        ? list
            .slice(0, n)
            .map((p) => `${p.name} ${p.ms}`)
            .join(', ')
        : 'n/a';
    for (const f of traced) {
      for (const kind of ['widget', 'baseline']) {
        const t = f.trace[kind];
        if (!t || t.error) continue;
        out(`    ${f.label} ${kind}:`);
        out(`      longest task ${t.longestTaskMs} ms = ${parts(t.longestTaskBreakdown)} (ms, by kind of work)`);
        if (t.longestTaskJs?.bySource?.length)
          out(`      its JS/native by source (sampled ms): ${parts(t.longestTaskJs.bySource)}`);
        if (kind === 'widget' && t.longestTaskJs?.byFunction?.length)
          out(`      its hottest functions: ${parts(t.longestTaskJs.byFunction, 4)}`);
        if (t.mainJs?.bySource?.length)
          out(
            `      main-thread JS over the whole load (sampled ${t.mainJs.sampledMs} ms): ${parts(t.mainJs.bySource)}`,
          );
        if (kind === 'widget' && t.workerJs?.bySource?.length) {
          out(
            `      worker (busy ${t.workerBusyMs} ms, from ${t.workerSpanMs?.[0]} to ${t.workerSpanMs?.[1]} ms): ${parts(t.workerJs.bySource, 7)}`,
          );
          out(`      worker hottest functions: ${parts(t.workerJs.byFunction, 4)}`);
          if (t.workerTasks?.length)
            out(
              `      worker's longest tasks (ms @ start): ${t.workerTasks.map((w) => `${w.ms} @ ${w.atMs}`).join(', ')}`,
            );
        }
      }
    }
  }
  if (!TITLE_ONLY) printLater(out, { playback, transcript, hostile, sizes });
  if (network) {
    out();
    for (const line of network.lines) out(line);
  }

  // The verdict uses the untraced runs (longtask observer); the traced run's figure is shown beside it, since the
  // sampling profiler makes its JavaScript slower.
  const measuredFeeds = report.feeds.filter((f) => f.widget.runs > 0);
  const widgetWorst = max(measuredFeeds.map((f) => f.widget.longTaskMaxMs));
  const tracedWorst = max(report.feeds.map((f) => f.trace?.widget?.longestTaskMs));
  const worstRuns = measuredFeeds.reduce((sum, f) => sum + f.widget.runsWithLongTask, 0);
  const allRuns = measuredFeeds.reduce((sum, f) => sum + f.widget.runs, 0);
  report.targets = {
    scriptTagGzipWithin35KB: sizes.withinTarget,
    noWidgetTaskOver50ms: widgetWorst === undefined ? undefined : widgetWorst <= LONG_TASK_MS,
    widgetLongestTaskMs: widgetWorst,
    widgetRunsWithTaskOver50ms: `${worstRuns}/${allRuns}`,
    tracedWidgetLongestTaskMs: tracedWorst,
  };
  out();
  out(
    `Targets: script tag ${fmtKB(sizes.scriptTag.gzip)} gzip ${sizes.withinTarget ? '≤' : '>'} ${TARGET_GZIP_KB} KB: ${sizes.withinTarget ? 'met' : 'MISSED'}. ` +
      `Widget main-thread tasks over ${LONG_TASK_MS} ms: ${
        widgetWorst === undefined
          ? 'not measured'
          : widgetWorst > LONG_TASK_MS
            ? `MISSED, in ${worstRuns} of ${allRuns} runs, longest ${Math.round(widgetWorst)} ms`
            : `met, none in ${allRuns} runs`
      }${tracedWorst !== undefined ? ` (traced run, profiler on: longest ${Math.round(tracedWorst)} ms)` : ''}.`,
  );
  // Issue 14's "unthrottled: ≤ 1.5× the baseline", here on a cold page (HTTP cache off), for the real feeds.
  const realFeeds = report.feeds.filter((f) => f.key !== 'demo' && f.ratio !== undefined);
  if (realFeeds.length) {
    const worst = Math.max(...realFeeds.map((f) => f.ratio));
    report.targets.coldTitleRatio = { value: worst, target: TARGET_TITLE_RATIO, met: worst <= TARGET_TITLE_RATIO };
    out(
      `Insert → title, HTTP cache off, real feeds: ${realFeeds.map((f) => `${f.label} ${f.ratio.toFixed(2)}×`).join(', ')} of the baseline ` +
        `(target ≤ ${TARGET_TITLE_RATIO}×): ${worst <= TARGET_TITLE_RATIO ? 'met' : 'MISSED'}.`,
    );
  }
  for (const n of notes) out(`Note: ${n}`);
  report.notes = notes;
  report.seconds = Math.round((Date.now() - started) / 100) / 10;
  out(`Bench took ${report.seconds} s.`);
  return report;
}

/** Sections 4–6. */
function printLater(out, { playback, transcript, hostile, sizes }) {
  out();
  out(
    `4. Playback start, ms (median of ${RUNS}, fresh page each, HTTP cache off): a real click on play → first timeupdate past 0`,
  );
  for (const line of playback.lines) out(line);
  out(`  Script-tag bundle after the player work: ${fmtKB(sizes.scriptTag.gzip)} gzip (target ${TARGET_GZIP_KB} KB).`);
  out();
  out(
    '5. Transcript viewer: the longest transcript we build, rendered, then following 1× playback at 4 Hz with far seeks',
  );
  out(table(transcript.rows, { align: ['l', 'r', 'l'] }));
  const transcriptChunk = sizes.chunks.find((c) => /transcript/.test(c.file));
  if (transcriptChunk) {
    out(
      `  Built lazy chunk ${transcriptChunk.file}: ${fmtKB(transcriptChunk.gzip)} gzip, fetched only for an episode with a transcript (${transcriptChunk.role}).`,
    );
  }

  printHostile(out, hostile);
}

/** Section 6: hostile input. */
function printHostile(out, hostile) {
  const { limitMs, worstLongestTaskMs, withinLimit } = hostile.figures;
  out();
  out(
    `6. Hostile input: outcome, ms to it, longest main-thread task (longtask, > 50 ms) and longest gap between heartbeats, with the parser worker and under worker-src 'none'; "vs demo" = max gap / the demo feed's`,
  );
  out(table(hostile.rows));
  out(
    `  Longest task on crafted input: ${worstLongestTaskMs} ms (limit ${limitMs} ms): ${withinLimit ? 'met' : 'MISSED'}.`,
  );
  const shared = hostile.figures.sharedLongestTaskMs;
  if (shared)
    out(
      `  Largest shared feed: longest task ${Math.round(shared.worker ?? 0)} ms with the worker, ${Math.round(shared.noWorker ?? 0)} ms without (target 50 ms; longtask entries start at 50).`,
    );
  out(
    '  "max gap": longest wait of a zero-timeout heartbeat, which sees tasks under 50 ms and any starving of the page.',
  );
}

let report;
let crashed;
try {
  report = await main();
} catch (error) {
  crashed = error;
} finally {
  await cleanup();
  clearTimeout(watchdog);
}
if (crashed) {
  console.error(`\nbench: ${crashed.stack ?? crashed}`);
  problems.push(`crashed: ${crashed.message ?? crashed}`);
}
for (const p of problems) console.error(`bench: ${p}`);
console.log(JSON.stringify({ ...(report ?? { bench: 'podcast-episode' }), problems }));
process.exit(problems.length ? 1 : 0);
