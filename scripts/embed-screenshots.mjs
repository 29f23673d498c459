#!/usr/bin/env node
// The /embed page in headless Chromium, with and without scripts, at 375 and 672 px, light and dark, as PNGs.
// Everything on 127.0.0.1: the built server (dist/server/node.js) reading the demo feed from a static server.
// Also prints what the page logged (CSP violations included), its layout shift and the heights it posted.
//
//   npm run build && node scripts/embed-screenshots.mjs [--out DIR] [--widths 375,672] [--layouts compact,full]
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './lib/chromium.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const out = path.resolve(option('out', path.join(root, 'out', 'screenshots', 'embed')));
const widths = option('widths', '375,672').split(',').map(Number);
const layouts = option('layouts', 'compact').split(',');
// `auto-dark`: theme=auto on a reader's system set to dark.
const themes = option('themes', 'light,dark').split(',');
mkdirSync(out, { recursive: true });

const files = await startStaticServer({ root, host: '127.0.0.1', port: 0 });
const feedOrigin = files.url.replace(/\/$/, '');
const { startServer } = await import(pathToFileURL(path.join(root, 'dist/server/node.js')).href);
const server = await startServer({
  port: 0,
  hostname: '127.0.0.1',
  env: { PODCAST_EPISODE_PRIVATE_HOSTS: new URL(feedOrigin).host, PODCAST_EPISODE_RATE_LIMIT: '0' },
});
const browser = await launchChromium();
try {
  for (const layout of layouts)
    for (const theme of themes)
      for (const width of widths)
        for (const scripts of [false, true]) {
          const page = await browser.newPage();
          await page.bringToFront();
          const logged = [];
          page.on('console', (m) => logged.push(`${m.type()}: ${m.text()}`));
          page.on('pageerror', (e) => logged.push(`pageerror: ${e.message}`));
          await page.setJavaScriptEnabled(scripts);
          await page.setViewport({ width, height: 900 });
          const scheme = theme === 'auto-dark' ? 'dark' : theme;
          await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
          const query = new URLSearchParams({
            feed: `${feedOrigin}/demo/feed.xml`,
            theme: theme.replace(/-.*/, ''),
            layout,
          });
          await page.goto(`http://127.0.0.1:${server.port}/embed?${query}`, { waitUntil: 'load' });
          // The native audio controls appear once settled (embed-styles.ts).
          // (polled from here: a page without scripts runs no timers for waitForFunction)
          const visible = () => page.$eval('audio', (a) => getComputedStyle(a).visibility === 'visible');
          for (let i = 0; i < 100 && !(await visible()); i++) await new Promise((r) => setTimeout(r, 50));
          let shift = '';
          if (scripts) {
            await page.waitForSelector('podcast-episode[data-shown]', { timeout: 20000 });
            // The artwork and fonts settle; then read the page's layout shifts.
            await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
            shift = await page.evaluate(
              () =>
                new Promise((resolve) => {
                  let total = 0;
                  new PerformanceObserver((list) => {
                    for (const entry of list.getEntries()) total += entry.value;
                  }).observe({ type: 'layout-shift', buffered: true });
                  setTimeout(() => resolve(total.toFixed(4)), 100);
                }),
            );
          }
          const name = `embed-${layout}-${theme}-${width}-${scripts ? 'scripts' : 'noscript'}.png`;
          await page.screenshot({ path: path.join(out, name), fullPage: true });
          console.log(name, scripts ? `CLS ${shift}` : '', logged.length ? `\n  ${logged.join('\n  ')}` : '');
          await page.close();
        }
} finally {
  await browser.close();
  await server.close();
  await files.close();
}
