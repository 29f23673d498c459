// Playback figures for `npm run bench`: time from a real click on play to the first `timeupdate` past 0 s, for the
// widget and for a plain <audio> element playing the same file in the same page, as a ratio of the medians.
//
//   import { benchPlayback } from './bench/playback.mjs';
//   const { lines, figures, problems } = await benchPlayback(browser, pageServer.url, { runs: 5 });
//
// Each run is a fresh page (scripts/bench/page.html, the script-tag module) with the HTTP cache off. The widget
// shows demo/feed.xml's latest episode (demo/audio/ep2.mp3); the plain element plays the same file under another
// query string, so neither is served from what the other loaded. Which goes first alternates. The clicks are real
// (puppeteer moves the mouse and clicks), so the widget also pays for loading howler on first use, as a visitor's
// first play does (the pointer crossing the widget starts that load a moment earlier, also as for a visitor).

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!s.length) return undefined;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const round1 = (x) => (x === undefined ? undefined : Math.round(x * 10) / 10);

/**
 * Measures playback start in `runs` fresh pages of `browser` (puppeteer), served from `baseUrl` (the project root).
 * Never throws for a failed measurement: it comes back in `problems`.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} baseUrl ends with '/'
 * @param {{ runs?: number, timeoutMs?: number }} [options]
 * @returns {Promise<{ lines: string[], figures: Record<string, unknown>, problems: string[] }>}
 */
export async function benchPlayback(browser, baseUrl, { runs = 5, timeoutMs = 20000 } = {}) {
  const problems = [];
  const widget = [];
  const plain = [];
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? ['widget', 'plain'] : ['plain', 'widget'];
    const page = await browser.newPage();
    try {
      page.setDefaultTimeout(timeoutMs);
      await page.setCacheEnabled(false);
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(`${baseUrl}scripts/bench/page.html?playback=${i}`, { waitUntil: 'load' });
      await page.waitForFunction(() => customElements.get('podcast-episode') !== undefined);
      for (const kind of order) {
        const ms = kind === 'widget' ? await widgetStart(page, i, timeoutMs) : await plainStart(page, i, timeoutMs);
        (kind === 'widget' ? widget : plain).push(ms);
      }
    } catch (error) {
      problems.push(`playback run ${i + 1}: ${error.message}`);
    } finally {
      await page.close().catch(() => undefined);
    }
  }
  const figures = {
    runs: Math.min(widget.length, plain.length),
    widgetMedianMs: round1(median(widget)),
    plainMedianMs: round1(median(plain)),
    widgetRunsMs: widget.map(round1),
    plainRunsMs: plain.map(round1),
  };
  figures.ratio =
    figures.widgetMedianMs && figures.plainMedianMs
      ? Math.round((figures.widgetMedianMs / figures.plainMedianMs) * 100) / 100
      : undefined;
  const fmt = (x) => (x === undefined ? 'n/a' : `${Math.round(x)} ms`);
  const lines = [
    `  widget (click on play → first timeupdate past 0): ${fmt(figures.widgetMedianMs)} median (runs: ${figures.widgetRunsMs.join(', ')})`,
    `  plain <audio>, same file, same page:             ${fmt(figures.plainMedianMs)} median (runs: ${figures.plainRunsMs.join(', ')})`,
    `  widget / plain: ${figures.ratio !== undefined ? `${figures.ratio.toFixed(2)}×` : 'n/a'}`,
  ];
  return { lines, figures, problems };
}

/** Clicks at the centre of the element `handle` points at, with a real mouse. */
async function clickCentre(page, handle) {
  const box = await handle.boundingBox();
  if (!box) throw new Error('nothing to click (not on screen)');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Puts the widget on the page, waits until it is ready, clicks play; ms from the click to the first sound. */
async function widgetStart(page, run, timeoutMs) {
  await page.evaluate((run) => {
    const stage = document.getElementById('stage');
    stage.replaceChildren();
    const el = document.createElement('podcast-episode');
    el.setAttribute('feed', `/demo/feed.xml?playback=${run}`);
    window.benchPlayback = new Promise((resolve) => {
      let clickedAt;
      const onPlayButton = (event) => event.composedPath().some((node) => node.part?.contains('play-button'));
      el.addEventListener('click', (event) => (clickedAt ??= onPlayButton(event) ? performance.now() : undefined), {
        capture: true,
      });
      el.addEventListener('timeupdate', function first() {
        if (clickedAt !== undefined && el.currentTime > 0) {
          el.removeEventListener('timeupdate', first);
          resolve(performance.now() - clickedAt);
          el.pause();
        }
      });
    });
    stage.append(el);
  }, run);
  const play = await page.waitForSelector('pierce/[part~="play-button"]', { timeout: timeoutMs });
  await clickCentre(page, play);
  return page.evaluate(
    (timeoutMs) =>
      Promise.race([
        window.benchPlayback,
        new Promise((_, reject) => setTimeout(() => reject(new Error('widget: no timeupdate past 0')), timeoutMs)),
      ]),
    timeoutMs,
  );
}

/** A plain <audio> and a button that plays it; ms from the click to the first timeupdate past 0. */
async function plainStart(page, run, timeoutMs) {
  await page.evaluate((run) => {
    const stage = document.getElementById('stage');
    stage.replaceChildren();
    const audio = document.createElement('audio');
    audio.preload = 'none';
    audio.src = `/demo/audio/ep2.mp3?plain=${run}`;
    const button = document.createElement('button');
    button.id = 'plain-play';
    button.textContent = 'Play';
    window.benchPlayback = new Promise((resolve) => {
      let clickedAt;
      button.addEventListener('click', () => {
        clickedAt = performance.now();
        void audio.play();
      });
      audio.addEventListener('timeupdate', function first() {
        if (clickedAt !== undefined && audio.currentTime > 0) {
          audio.removeEventListener('timeupdate', first);
          resolve(performance.now() - clickedAt);
          audio.pause();
        }
      });
    });
    stage.append(audio, button);
  }, run);
  await clickCentre(page, await page.$('#plain-play'));
  return page.evaluate(
    (timeoutMs) =>
      Promise.race([
        window.benchPlayback,
        new Promise((_, reject) => setTimeout(() => reject(new Error('plain: no timeupdate past 0')), timeoutMs)),
      ]),
    timeoutMs,
  );
}
