// Transcript figures for `npm run bench`: how long the longest transcript we build takes to render, the longest
// main-thread task while it follows playback, and the gzip size of the transcript code.
//
//   import { benchTranscript } from './bench/transcript.mjs';
//   const { rows, figures } = await benchTranscript(page, pageServer.url); // a puppeteer page, the project's origin
//
// Or on its own: `node scripts/bench/transcript.mjs [--segments 5000] [--follow 6]` (starts Chromium and a server).
//
// What it does: bundles src/transcript/index.ts with esbuild (Lit included, since dist/ may not have the chunk yet)
// together with the test suite's generator of long transcripts (test/transcript/long-transcript.ts), opens a tall
// page on `baseUrl`'s origin, and mounts <podcast-episode-transcript> 640 px wide with a 3-hour, 5,000-cue WebVTT
// file (fetched from a blob: URL, so the figures are the viewer's, not the network's).
// 1. Render: insert → first segment on screen → every segment built (performance marks; a Chrome trace sees every
//    task, whatever its length, a longtask observer those over 50 ms).
// 2. Follow: `playing = true`, then `currentTime` at 4 Hz for a few seconds of simulated 1× playback from 1:30:00,
//    with a seek to a far place every 2 s. Every update is checked: the highlighted segment must be the one spoken
//    at that time (a mismatch is reported as a problem), and the page must not scroll.
// 3. Size: gzip -9 of the transcript code with what the element's own bundle already has (Lit, the strings, the
//    fetch helper, the clock formatter) left out, which is what the lazy chunk costs; and of the brief's
//    `esbuild src/transcript/index.ts --bundle --minify --external:lit` (everything but Lit).
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { TRACE_CATEGORIES, analyzeTrace } from './trace.mjs';

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const LONG_TASK_MS = 50;
// Modules the element's entry bundle already contains: the lazy chunk imports them from it instead of carrying them.
const SHARED_WITH_ENTRY = [
  'src/i18n/strings.ts',
  'src/net/fetch-resource.ts',
  'src/net/request-cache.ts',
  'src/feed/errors.ts',
  'src/episode/format.ts',
];

/**
 * Measures the transcript viewer in `page` (puppeteer), served from `baseUrl` (any URL of the project's origin).
 * Never throws for a failed measurement: it comes back in `problems`.
 * @param {import('puppeteer-core').Page} page
 * @param {string} baseUrl
 * @param {{ segments?: number, followSeconds?: number, trace?: boolean }} [options]
 * @returns {Promise<{ rows: string[][], figures: Record<string, unknown>, problems: string[] }>}
 */
export async function benchTranscript(page, baseUrl, { segments = 5000, followSeconds = 6, trace = true } = {}) {
  const problems = [];
  const figures = { segments };
  try {
    Object.assign(figures, await sizes());
  } catch (error) {
    problems.push(`size: ${error.message}`);
  }
  try {
    Object.assign(figures, await measureInPage(page, baseUrl, { segments, followSeconds, trace }));
    if (figures.highlightMismatches)
      problems.push(`follow: ${figures.highlightMismatches} updates highlighted the wrong segment`);
    if (figures.pageScrolled) problems.push('follow: the host page scrolled');
  } catch (error) {
    problems.push(`browser: ${error.message}`);
  }
  return { rows: rowsOf(figures), figures, problems };
}

/** gzip -9 sizes of the transcript code, as a lazy chunk and as the brief's one-file bundle without Lit. */
async function sizes() {
  const shared = new Set(SHARED_WITH_ENTRY.map((file) => path.join(root, file)));
  const sharedExternal = {
    name: 'shared-with-entry',
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, (args) => {
        const resolved = path.resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
        return shared.has(resolved) ? { path: args.path, external: true } : undefined;
      });
    },
  };
  const bundle = async (plugins) => {
    const result = await build({
      entryPoints: [path.join(root, 'src/transcript/index.ts')],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2021',
      external: ['lit', 'lit/*'],
      plugins,
      write: false,
      logLevel: 'silent',
    });
    const bytes = result.outputFiles[0].contents;
    return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const [chunk, alone] = await Promise.all([bundle([sharedExternal]), bundle([])]);
  return {
    chunkRawBytes: chunk.raw,
    chunkGzipBytes: chunk.gzip,
    withoutLitRawBytes: alone.raw,
    withoutLitGzipBytes: alone.gzip,
  };
}

/** The viewer and the transcript generator in one module script that puts them on `window.transcriptBench`. */
async function pageScript() {
  const result = await build({
    stdin: {
      contents: [
        // Called, not only imported: package.json's `sideEffects` would let esbuild drop a bare import.
        "import { defineTranscriptElement } from './src/transcript/index.ts';",
        "import { makeLongVtt } from './test/transcript/long-transcript.ts';",
        'defineTranscriptElement();',
        'window.transcriptBench = { makeLongVtt };',
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
      sourcefile: 'transcript-bench-entry.ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

async function measureInPage(page, baseUrl, { segments, followSeconds, trace }) {
  await page.setViewport({ width: 1000, height: 900 });
  await page.goto(baseUrl, { waitUntil: 'load' });
  // A tall page scrolled to the viewer: following must scroll the transcript's box, never this page.
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>transcript bench</title>
    <style>body { margin: 0; font: 16px system-ui, sans-serif } #stage { width: 640px; margin: 1200px auto 4000px; }</style>
    </head><body><main id="stage"></main></body></html>`);
  await page.addScriptTag({ type: 'module', content: await pageScript() });
  await page.waitForFunction(() => window.transcriptBench && customElements.get('podcast-episode-transcript'), {
    timeout: 20000,
  });

  // Baseline, same page, same file: what a page would do without the viewer: read the whole file, split the cues
  // and set one innerHTML of 5,000 paragraphs in a scroll box, in one task.
  const baseline = await page.evaluate(async (count) => {
    const { vtt } = window.transcriptBench.makeLongVtt(count);
    const url = URL.createObjectURL(new Blob([vtt], { type: 'text/vtt' }));
    const longTasks = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
    observer.observe({ type: 'longtask' });
    const box = document.createElement('div');
    box.style.cssText = 'height: 360px; overflow: auto';
    document.getElementById('stage').append(box);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const start = performance.now();
    const text = await (await fetch(url)).text();
    const escape = (s) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
    const html = text
      .split(/\n\n+/)
      .map((block) => block.split('\n'))
      .filter((lines) => lines.some((l) => l.includes('-->')))
      .map((lines) => {
        const i = lines.findIndex((l) => l.includes('-->'));
        return `<p><small>${escape(lines[i].split(' ')[0])}</small> ${escape(
          lines
            .slice(i + 1)
            .join(' ')
            .replace(/<[^>]+>/g, ''),
        )}</p>`;
      })
      .join('');
    box.innerHTML = html;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const shownMs = performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 300));
    observer.disconnect();
    const paragraphs = box.querySelectorAll('p').length;
    box.remove();
    return { baselineShownMs: shownMs, baselineParagraphs: paragraphs, baselineLongTaskMs: Math.max(0, ...longTasks) };
  }, segments);

  if (trace) await page.tracing.start({ categories: TRACE_CATEGORIES.filter((c) => !c.includes('cpu_profiler')) });
  const render = await page.evaluate(async (count) => {
    const { vtt, cues } = window.transcriptBench.makeLongVtt(count);
    window.transcriptBench.cues = cues;
    const url = URL.createObjectURL(new Blob([vtt], { type: 'text/vtt' }));
    const longTasks = [];
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => longTasks.push({ start: e.startTime, duration: e.duration })),
    ).observe({ type: 'longtask' });
    window.transcriptBench.longTasks = longTasks;
    window.scrollTo(0, 1000);
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 300));
    performance.mark('transcript:render:start');
    const start = performance.now();
    const viewer = document.createElement('podcast-episode-transcript');
    window.transcriptBench.viewer = viewer;
    viewer.transcripts = [{ url, type: 'text/vtt' }];
    document.getElementById('stage').append(viewer);
    let first;
    for (let i = 0; i < 2000; i++) {
      await frame();
      const built = viewer.shadowRoot.querySelectorAll('.segment').length;
      if (built && first === undefined) {
        first = performance.now() - start;
        performance.mark('transcript:render:first');
      }
      if (built === count) break;
    }
    const all = performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 300));
    performance.mark('transcript:render:end');
    const built = viewer.shadowRoot.querySelectorAll('.segment').length;
    return {
      fileBytes: vtt.length,
      lastCueEnd: cues[cues.length - 1].end,
      built,
      firstTextMs: first,
      allBuiltMs: all,
      renderLongTaskMs: Math.max(0, ...longTasks.filter((t) => t.start >= start).map((t) => t.duration)),
    };
  }, segments);

  const follow = await page.evaluate(async (seconds) => {
    const { viewer, cues, longTasks } = window.transcriptBench;
    const segmentAt = (time) => {
      let low = 0;
      let high = cues.length - 1;
      if (time < cues[0].start) return -1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (cues[mid].start <= time) low = mid;
        else high = mid - 1;
      }
      return low;
    };
    const pageY = window.scrollY;
    performance.mark('transcript:follow:start');
    const start = performance.now();
    viewer.playing = true;
    let time = 90 * 60;
    let updates = 0;
    let mismatches = 0;
    let slowestSetterMs = 0;
    let changes = 0;
    let last = -1;
    const seeks = [10, 2.5 * 3600, 45 * 60, 2 * 3600];
    await new Promise((resolve) => {
      const timer = setInterval(() => {
        updates++;
        time = updates % 8 === 0 ? seeks[(updates / 8 - 1) % seeks.length] : time + 0.25;
        const before = performance.now();
        viewer.currentTime = time;
        slowestSetterMs = Math.max(slowestSetterMs, performance.now() - before);
        const current = viewer.shadowRoot.querySelector('.segment.current');
        const index = current ? Number(current.dataset.segment) : -1;
        if (index !== segmentAt(time)) mismatches++;
        if (index !== last) changes++;
        last = index;
        if (updates >= seconds * 4) {
          clearInterval(timer);
          resolve();
        }
      }, 250);
    });
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
    performance.mark('transcript:follow:end');
    const box = viewer.shadowRoot.querySelector('.box').getBoundingClientRect();
    const current = viewer.shadowRoot.querySelector('.segment.current').getBoundingClientRect();
    return {
      followUpdates: updates,
      segmentChanges: changes,
      highlightMismatches: mismatches,
      slowestSetterMs,
      followLongTaskMs: Math.max(0, ...longTasks.filter((t) => t.start >= start).map((t) => t.duration)),
      currentInView: current.top >= box.top - 1 && current.bottom <= box.bottom + 1,
      pageScrolled: window.scrollY !== pageY,
    };
  }, followSeconds);

  const figures = { ...baseline, ...render, ...follow };
  if (trace) {
    const events = JSON.parse(new TextDecoder().decode(await page.tracing.stop())).traceEvents;
    const traced = analyzeTrace(events, [
      {
        name: 'render',
        start: 'transcript:render:start',
        frame: 'transcript:render:first',
        end: 'transcript:render:end',
      },
      {
        name: 'follow',
        start: 'transcript:follow:start',
        frame: 'transcript:follow:start',
        end: 'transcript:follow:end',
      },
    ]);
    figures.renderLongestTaskMs = traced.render?.longestTaskMs;
    figures.renderTopTasks = traced.render?.topTasks;
    figures.renderLongestTaskBreakdown = traced.render?.longestTaskBreakdown;
    figures.followLongestTaskMs = traced.follow?.longestTaskMs;
    figures.followMainBusyMs = traced.follow?.mainBusyMs;
    figures.followTopTasks = traced.follow?.topTasks;
  }
  return figures;
}

const ratio = (x, base) => (x === undefined || !base ? 'n/a' : `${(x / base).toFixed(2)}×`);
const kb = (bytes) => (bytes === undefined ? 'n/a' : `${(bytes / 1024).toFixed(1)} KB`);
const ms = (x) => (x === undefined ? 'n/a' : `${Math.round(x * 10) / 10} ms`);
const longTask = (traced, observed) =>
  `${ms(traced)} traced${observed > LONG_TASK_MS ? `, ${Math.round(observed)} ms by longtask observer` : `; none over ${LONG_TASK_MS} ms`}`;

/** The figures as table rows: [what, figure, note]. */
function rowsOf(f) {
  return [
    [
      'transcript',
      `${f.segments} cues, ${kb(f.fileBytes)} WebVTT`,
      f.lastCueEnd ? `${(f.lastCueEnd / 3600).toFixed(1)} h of speech` : '',
    ],
    [
      'baseline: one innerHTML',
      ms(f.baselineShownMs),
      `same file, fetch + split + ${f.baselineParagraphs ?? 'n/a'} <p> in one task, to the next frame; longest task ${ms(f.baselineLongTaskMs)}`,
    ],
    [
      'render: first text',
      ms(f.firstTextMs),
      `insert → first segment on screen (fetch blob, parse in slices, first chunk); ${ratio(f.firstTextMs, f.baselineShownMs)} of baseline`,
    ],
    [
      'render: all segments built',
      ms(f.allBuiltMs),
      `${f.built ?? 'n/a'} segment elements, built in slices across tasks`,
    ],
    [
      'render: longest main-thread task',
      longTask(f.renderLongestTaskMs, f.renderLongTaskMs),
      `${ratio(f.renderLongestTaskMs, f.baselineLongTaskMs)} of the baseline's longest task`,
    ],
    [
      'follow: updates',
      `${f.followUpdates ?? 'n/a'} at 4 Hz`,
      `${f.segmentChanges ?? 'n/a'} segment changes, ${f.highlightMismatches ?? 'n/a'} wrong highlights`,
    ],
    [
      'follow: longest main-thread task',
      longTask(f.followLongestTaskMs, f.followLongTaskMs),
      `slowest currentTime setter ${ms(f.slowestSetterMs)}`,
    ],
    [
      'follow: page scrolled',
      f.pageScrolled === undefined ? 'n/a' : f.pageScrolled ? 'YES' : 'no',
      f.currentInView ? 'current segment in view in its box' : 'current segment NOT in view',
    ],
    [
      'size: lazy chunk, gzip -9',
      kb(f.chunkGzipBytes),
      `${kb(f.chunkRawBytes)} raw; without what the element's bundle already has (Lit, strings, fetch)`,
    ],
    [
      'size: esbuild --external:lit, gzip -9',
      kb(f.withoutLitGzipBytes),
      `${kb(f.withoutLitRawBytes)} raw; everything but Lit`,
    ],
  ];
}

// ------------------------------------------------------------------------------------------ on its own
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) || fallback : fallback;
  };
  const { launchChromium } = await import('../lib/chromium.mjs');
  const { startStaticServer } = await import('../lib/static-server.mjs');
  const server = await startStaticServer({ root, port: 0, host: '127.0.0.1' });
  const browser = await launchChromium();
  let exitCode = 0;
  try {
    const page = await browser.newPage();
    const { rows, figures, problems } = await benchTranscript(page, server.url, {
      segments: arg('segments', 5000),
      followSeconds: arg('follow', 6),
    });
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => String(r[i]).length)));
    for (const row of rows)
      console.log(
        `  ${row
          .map((cell, i) => String(cell).padEnd(widths[i]))
          .join('  ')
          .trimEnd()}`,
      );
    for (const problem of problems) console.error(`bench transcript: ${problem}`);
    console.log(JSON.stringify({ transcript: figures, problems }));
    exitCode = problems.length ? 1 : 0;
  } finally {
    await browser.close();
    server.server.closeAllConnections?.();
    await server.close();
  }
  process.exit(exitCode);
}
