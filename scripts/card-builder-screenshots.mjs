#!/usr/bin/env node
// `npm run screenshots:card`: the email card (/card) at 600 and 320 px, as authored and under Chromium's forced
// dark mode, and the embed builder (/) at 375 and 1200 px with an episode chosen, as PNGs. Runs the server from
// source (tsx) on 127.0.0.1 with the demo feed served beside it; nothing leaves this machine.
//
//   node --import tsx scripts/card-builder-screenshots.mjs [--out DIR]
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/chromium.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { startServer } from '../server/node/start-server.ts';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = path.resolve(outIndex >= 0 ? args[outIndex + 1] : path.join(root, 'out', 'screenshots'));
mkdirSync(path.join(out, 'card'), { recursive: true });
mkdirSync(path.join(out, 'builder'), { recursive: true });

const statics = await startStaticServer({ root, host: '127.0.0.1', port: 0 });
const server = await startServer({
  port: 0,
  hostname: '127.0.0.1',
  env: { PODCAST_EPISODE_PRIVATE_HOSTS: new URL(statics.url).host, PODCAST_EPISODE_RATE_LIMIT: '0' },
});
const base = `http://127.0.0.1:${server.port}`;
const feed = new URL('/demo/feed.xml', statics.url).href;
const browser = await launchChromium();
const shot = async (page, file) => {
  await page.screenshot({ path: file, fullPage: true });
  console.log(path.relative(process.cwd(), file));
};
try {
  for (const [name, spec] of [
    ['latest', 'latest'],
    ['ep1', 'Ep 1'],
  ]) {
    for (const width of [600, 320]) {
      for (const mode of ['light', 'forced-dark']) {
        const page = await browser.newPage();
        await page.setViewport({ width, height: 600, deviceScaleFactor: 1 });
        if (mode === 'forced-dark') {
          const cdp = await page.createCDPSession();
          await cdp.send('Emulation.setAutoDarkModeOverride', { enabled: true });
        }
        const url = `${base}/card?format=html&feed=${encodeURIComponent(feed)}&episode=${encodeURIComponent(spec)}`;
        await page.goto(url, { waitUntil: 'networkidle0' });
        await shot(page, path.join(out, 'card', `card-${name}-${width}-${mode}.png`));
        await page.close();
      }
    }
  }
  for (const width of [375, 1200]) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    await page.goto(`${base}/`, { waitUntil: 'load' });
    await shot(page, path.join(out, 'builder', `builder-${width}-empty.png`));
    await page.type('#feed', feed);
    await page.click('#load');
    await page.waitForSelector('#episode-input:not([disabled])');
    await page.click('#episode-input');
    await page.type('#episode-input', 'green');
    await page.waitForSelector('#episode-list:not([hidden]) [role="option"]');
    await shot(page, path.join(out, 'builder', `builder-${width}-typeahead.png`));
    await page.keyboard.press('Enter');
    await page.waitForNetworkIdle({ idleTime: 300 }).catch(() => undefined);
    await shot(page, path.join(out, 'builder', `builder-${width}-script.png`));
    await page.click('#tab-email-html');
    await page.waitForNetworkIdle({ idleTime: 300 }).catch(() => undefined);
    await shot(page, path.join(out, 'builder', `builder-${width}-email.png`));
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  await statics.close();
}
