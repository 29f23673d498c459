#!/usr/bin/env node
// `npm run screenshots`: the demo in headless Chromium at 280, 375, 672 and 1200 px, on a light and a dark page,
// in both layouts, as PNGs in out/screenshots/ (ignored by git). Look at them: a reader sees pixels, not DOM.
//
//   node scripts/screenshots.mjs [--widths 280,672] [--layouts compact,full] [--schemes light,dark] [--out DIR]
//     [--feed /demo/feed.xml] [--attrs 'language="ar" dir="rtl"'] [--prefix ar-] [--forced-colors] [--tabs N]
//
// --forced-colors emulates Windows High Contrast (CDP Emulation.setEmulatedMedia, forced-colors: active; the
// scheme picks Chromium's light or dark high-contrast palette). --tabs N presses Tab N times from the page's start
// before the shot, so a control shows its keyboard focus ring.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/chromium.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
if (args.includes('--help')) {
  const lines = (await import('node:fs')).readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
  console.log(
    lines
      .slice(
        1,
        lines.findIndex((l) => l.startsWith('import')),
      )
      .map((l) => l.replace(/^\/\/ ?/, ''))
      .join('\n'),
  );
  process.exit(0);
}
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const out = path.resolve(option('out', path.join(root, 'out', 'screenshots')));
const widths = option('widths', '280,375,672,1200').split(',').map(Number);
const feed = option('feed', '/demo/feed.xml');
const layouts = option('layouts', 'compact,full').split(',');
const schemes = option('schemes', 'light,dark').split(',');
const extra = option('attrs', '');
const prefix = option('prefix', '');
const forcedColors = args.includes('--forced-colors');
const tabs = Number(option('tabs', '0'));
mkdirSync(out, { recursive: true });

const server = await startStaticServer({ root, host: '127.0.0.1', port: 0 });
const browser = await launchChromium();
try {
  for (const scheme of schemes) {
    for (const layout of layouts) {
      for (const width of widths) {
        const page = await browser.newPage();
        await page.setViewport({ width: width + 32, height: 900, deviceScaleFactor: 1 });
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        if (forcedColors) {
          // puppeteer's emulateMediaFeatures refuses forced-colors; the protocol takes it.
          const cdp = await page.createCDPSession();
          await cdp.send('Emulation.setEmulatedMedia', {
            features: [
              { name: 'forced-colors', value: 'active' },
              { name: 'prefers-color-scheme', value: scheme },
            ],
          });
        }
        const bg = scheme === 'dark' ? '#111318' : '#ffffff';
        const fg = scheme === 'dark' ? '#e8e8ea' : '#1d1d1f';
        const html = `<!doctype html><html lang="en" style="color-scheme:${scheme}"><head><meta charset="utf-8">
<script type="module" src="/dist/podcast-episode.js"></script></head>
<body style="margin:16px;background:${bg};color:${fg};font-family:Georgia,serif">
<p>A paragraph of the host page above the widget.</p>
<podcast-episode style="width:${width}px" feed="${feed}" layout="${layout}" ${extra}></podcast-episode>
<p>The host page goes on below.</p></body></html>`;
        await page.goto(new URL('/demo/index.html', server.url).href);
        await page.setContent(html, { waitUntil: 'load' });
        await page.waitForFunction(
          () => document.querySelector('podcast-episode')?.getAttribute('state') !== 'loading',
          { timeout: 20000 },
        );
        await page.waitForNetworkIdle({ idleTime: 300 }).catch(() => undefined); // artwork and lazy chunks
        for (let i = 0; i < tabs; i++) await page.keyboard.press('Tab');
        const file = path.join(out, `${prefix}${layout}-${scheme}${forcedColors ? '-forced' : ''}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        const height = await page.evaluate(() =>
          Math.round(document.querySelector('podcast-episode').getBoundingClientRect().height),
        );
        console.log(`${path.relative(root, file)}  card ${height} px tall`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
