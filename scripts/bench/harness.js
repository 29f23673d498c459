// In-page helpers for `npm run bench` (scripts/bench.mjs), loaded by scripts/bench/page.html after the element's
// script-tag module. Each measurement puts one thing on screen and reports performance.now() times; the Node side
// does the arithmetic. `performance.mark()`s name the same moments in a Chrome trace (scripts/bench/trace.mjs).
//
// "On screen" = the frame that shows the title has been produced: requestAnimationFrame after the title is in the
// DOM, then a task queued from the rAF callback, which runs once that frame's style, layout and paint are done.

/** @type {{ start: number, duration: number }[]} */
const longTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // No longtask support: the Node side reports "n/a".
}

const definedAt = customElements.whenDefined('podcast-episode').then(() => performance.now());

function afterNextFrame() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      // A user-blocking task runs before the page's ordinary ones: a task the element queued from its own frame
      // callback (the rest of its card, after the title's frame) is not counted in the title's time.
      if (globalThis.scheduler?.postTask) {
        void scheduler.postTask(() => resolve(performance.now()), { priority: 'user-blocking' });
        return;
      }
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }),
  );
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits `ms`, then for an idle moment, so the next measurement starts on a quiet main thread. */
async function settle(ms = 300) {
  await sleep(ms);
  await new Promise((resolve) =>
    window.requestIdleCallback ? requestIdleCallback(resolve, { timeout: 1000 }) : setTimeout(resolve, 0),
  );
  return performance.now();
}

/** Resource Timing of the last request for `url` (the feed fetch of one measurement). */
function resourceTiming(url) {
  const entries = performance.getEntriesByName(new URL(url, location.href).href, 'resource');
  const entry = entries[entries.length - 1];
  if (!entry) return undefined;
  return {
    fetchStart: entry.fetchStart,
    responseStart: entry.responseStart,
    responseEnd: entry.responseEnd,
    transferSize: entry.transferSize,
    encodedBodySize: entry.encodedBodySize,
  };
}

/**
 * Inserts `<podcast-episode feed=url>` and resolves once its title is on screen (or it fails): `frameAt` is the
 * frame that first shows the title in its shadow DOM (the card's header and player come first, the rest of it and
 * `ready` in a task after that frame), `readyAt` the `ready` event, `readyFrameAt` the frame after it.
 */
async function widget(url, timeoutMs = 20000) {
  await customElements.whenDefined('podcast-episode');
  const stage = document.getElementById('stage');
  stage.replaceChildren();
  const element = document.createElement('podcast-episode');
  element.setAttribute('feed', url);
  element.setAttribute('episode', 'latest');
  const titleText = () => element.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() ?? '';
  let errorDetail;
  element.addEventListener('error', (event) => (errorDetail = event.detail));
  return new Promise((resolve) => {
    let done = false;
    let start = 0;
    const times = {};
    const finish = (result) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      observer.disconnect();
      resolve({ start, ...times, ...result, fetch: resourceTiming(url) });
    };
    const timer = setTimeout(
      () => finish({ ok: false, error: `timed out after ${timeoutMs} ms (state=${element.getAttribute('state')})` }),
      timeoutMs,
    );
    const check = () => {
      if (done) return;
      if (element.getAttribute('state') === 'error') {
        const message = element.shadowRoot?.querySelector('.error-message')?.textContent?.trim();
        finish({
          ok: false,
          error: `state=error${errorDetail?.code ? ` (${errorDetail.code})` : ''}: ${errorDetail?.message ?? message ?? ''}`,
        });
        return;
      }
      if (times.titleAt === undefined && titleText()) {
        times.titleAt = performance.now();
        times.title = titleText();
        afterNextFrame().then((frameAt) => {
          performance.mark('bench:widget:frame');
          times.frameAt = frameAt;
          if (times.readyFrameAt !== undefined) finish({ ok: true });
        });
      }
      if (times.readyAt === undefined && element.getAttribute('state') === 'ready') {
        times.readyAt = performance.now();
        performance.mark('bench:widget:ready');
        afterNextFrame().then((frameAt) => {
          times.readyFrameAt = frameAt;
          if (times.frameAt !== undefined) finish({ ok: true, title: titleText() });
        });
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(element, { attributes: true, attributeFilter: ['state'] });
    performance.mark('bench:widget:start');
    start = performance.now();
    stage.append(element);
    // Lit attaches the shadow root on connection: watch it for the title.
    if (element.shadowRoot)
      observer.observe(element.shadowRoot, { childList: true, subtree: true, characterData: true });
    check();
  });
}

/**
 * Inserts `<podcast-episode feed=url>` (a fresh element; `loading="eager"` unless `lazy`) and times its phases:
 * the first frame showing a title in its shadow DOM (a preview, or the full read where there is none), the first
 * `ready`, and the `load` event (the full read) when the element fires one. Resolves at `load`, or `waitForLoadMs`
 * after `ready` when none came, or on an error.
 */
async function phases(url, { timeoutMs = 20000, waitForLoadMs = 0, lazy = false } = {}) {
  await customElements.whenDefined('podcast-episode');
  const stage = document.getElementById('stage');
  stage.replaceChildren();
  const element = document.createElement('podcast-episode');
  element.setAttribute('feed', url);
  if (!lazy) element.setAttribute('loading', 'eager');
  const titleText = () => element.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() ?? '';
  const times = {};
  let errorDetail;
  return new Promise((resolve) => {
    let done = false;
    const finish = (result) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve({ start, ...times, ...result, fetch: resourceTiming(url), state: element.getAttribute('state') });
    };
    const timer = setTimeout(() => finish({ ok: false, error: `timed out after ${timeoutMs} ms` }), timeoutMs);
    // Done once the title's frame is known and either the `load` event's frame is, or none came in time.
    let loadWaitOver = false;
    const check = () => {
      if (times.titleFrameAt !== undefined && (times.loadFrameAt !== undefined || loadWaitOver)) finish({ ok: true });
    };
    element.addEventListener('error', (event) => {
      if (event.target !== element) return;
      errorDetail = event.detail;
      finish({ ok: false, error: `error event: ${errorDetail?.code ?? ''} ${errorDetail?.message ?? ''}` });
    });
    element.addEventListener('ready', (event) => {
      if (event.target !== element || times.readyAt !== undefined) return;
      times.readyAt = performance.now();
      setTimeout(() => ((loadWaitOver = true), check()), waitForLoadMs);
    });
    element.addEventListener('load', (event) => {
      if (event.target !== element || times.loadAt !== undefined) return;
      times.loadAt = performance.now();
      performance.mark('bench:phases:load');
      // The full read's title is on screen in the frame after it.
      afterNextFrame().then((at) => ((times.loadFrameAt = at), (times.fullTitle = titleText()), check()));
    });
    const look = () => {
      if (done) return;
      const title = titleText();
      if (!title) return requestAnimationFrame(look);
      times.title = title;
      times.titleSeenAt = performance.now();
      afterNextFrame().then((at) => ((times.titleFrameAt = at), check()));
    };
    performance.mark('bench:phases:start');
    const start = performance.now();
    stage.append(element);
    requestAnimationFrame(look);
  });
}

/** The baseline: fetch the same file, DOMParser on the main thread, first item's title into the page. */
async function baseline(url, timeoutMs = 20000) {
  const stage = document.getElementById('stage');
  stage.replaceChildren();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  performance.mark('bench:baseline:start');
  const start = performance.now();
  try {
    const response = await fetch(url, { credentials: 'omit', signal: controller.signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const text = await response.text();
    const fetchedAt = performance.now();
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const parsedAt = performance.now();
    const title = doc.querySelector('item > title')?.textContent?.trim() ?? '';
    const heading = document.createElement('h2');
    heading.textContent = title;
    stage.append(heading);
    const readyAt = performance.now();
    const frameAt = await afterNextFrame();
    performance.mark('bench:baseline:frame');
    return {
      ok: true,
      start,
      fetchedAt,
      parsedAt,
      readyAt,
      frameAt,
      title,
      xmlError: !!doc.querySelector('parsererror'),
      fetch: resourceTiming(url),
    };
  } catch (error) {
    return { ok: false, start, error: String(error?.message ?? error) };
  } finally {
    clearTimeout(timer);
  }
}

/** Long tasks (>= 50 ms, from the longtask observer) overlapping [from, to]. */
function longTasksBetween(from, to) {
  return longTasks.filter((task) => task.start + task.duration > from && task.start < to);
}

window.bench = {
  definedAt,
  settle,
  widget,
  phases,
  baseline,
  longTasksBetween,
  mark: (name) => performance.mark(name),
};
