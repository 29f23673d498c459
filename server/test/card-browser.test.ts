/**
 * The email card rendered by Chromium: fluid from 600 px down to 320 px without horizontal scrolling (also with
 * an unbreakable 150-character title), never wider than 600 px, and readable — text contrast ≥ 4.5:1 measured
 * from the painted pixels — as authored, with a dark `prefers-color-scheme` (Apple Mail's case: the card declares
 * light only, so it stays as authored) and under Chromium's forced dark mode (Auto Dark Mode, the same kind of
 * whole-page colour inversion the Gmail and Outlook apps apply). Feeds and artwork are served on 127.0.0.1.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { startOrigin, type Origin } from './support/origin-server.js';
import { startNode, type Target } from './support/targets.js';
import { launchBrowser, measureContrast, newPage } from './support/browser.js';
// @ts-expect-error: a plain .mjs helper without types
import { startStaticServer } from '../../scripts/lib/static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The card's text, by where it sits (the card has no classes: mail clients rename or drop them). */
const TEXTS = {
  show: 'td[valign="top"] > p:nth-of-type(1)',
  title: 'td[valign="top"] > p:nth-of-type(2) a',
  'date and length': 'td[valign="top"] > p:nth-of-type(3)',
  summary: 'p[style*="font-size:15px"]',
  topics: 'p[style*="line-height:20px"]',
  button: 'a[style*="display:inline-block"]',
} as const;

const LONG_WORD = 'Supercalifragilistic'.repeat(8);
const LONG_FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${LONG_WORD}</title><link>https://long.example/</link>
<item><title>${LONG_WORD} and https://long.example/${'a'.repeat(120)}</title><guid>long-1</guid>
<pubDate>Mon, 01 Jun 2026 10:00:00 GMT</pubDate><description>${`${LONG_WORD} `.repeat(3)}</description>
<enclosure url="https://long.example/1.mp3" type="audio/mpeg" length="1"/></item></channel></rss>`;

describe('the email card in Chromium', () => {
  let browser: Browser;
  let lab: Page;
  let statics: { url: string; close(): Promise<void> };
  let origin: Origin;
  let server: Target;
  let dir: string;

  const cardUrl = (feed: string, episode = 'latest') =>
    `${server.url}/card?format=html&feed=${encodeURIComponent(feed)}&episode=${encodeURIComponent(episode)}`;

  async function open(url: string, width: number): Promise<Page> {
    const page = await newPage(browser);
    await page.setViewport({ width, height: 900, deviceScaleFactor: 2 });
    const response = await page.goto(url, { waitUntil: 'load' });
    assert.equal(response?.status(), 200);
    return page;
  }

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'podcast-episode-card-browser-'));
    const longFeed = path.join(dir, 'long.xml');
    writeFileSync(longFeed, LONG_FEED);
    statics = await startStaticServer({ root, host: '127.0.0.1', port: 0 });
    origin = await startOrigin({ 'long.xml': longFeed });
    const hosts = [new URL(statics.url).host, `127.0.0.1:${origin.port}`].join(',');
    server = await startNode({ PODCAST_EPISODE_RATE_LIMIT: '0', PODCAST_EPISODE_PRIVATE_HOSTS: hosts });
    browser = await launchBrowser();
    lab = await newPage(browser);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await origin?.close();
    await statics?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const width of [600, 320]) {
    it(`fits ${width} px without horizontal scrolling`, async () => {
      for (const feed of [new URL('/demo/feed.xml', statics.url).href, `${origin.url}/feeds/long.xml`]) {
        const page = await open(cardUrl(feed), width);
        const { scroll, client, card, artwork } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
          card: document.querySelector('table')!.getBoundingClientRect().width,
          artwork: document.querySelector('img')?.getBoundingClientRect().width ?? 0,
        }));
        assert.ok(scroll <= client, `${feed}: scrollWidth ${scroll} > clientWidth ${client}`);
        assert.ok(card <= Math.min(600, width), `card ${card} px wide`);
        if (feed.includes('/demo/')) assert.equal(artwork, 88, 'the artwork keeps its size');
        await page.close();
      }
    });
  }

  it('stops growing at 600 px', async () => {
    const page = await open(cardUrl(new URL('/demo/feed.xml', statics.url).href), 1000);
    const width = await page.evaluate(() => document.querySelector('table')!.getBoundingClientRect().width);
    assert.equal(width, 600);
    await page.close();
  });

  for (const mode of ['as authored', 'prefers dark', 'forced dark'] as const) {
    it(`keeps every text readable ${mode === 'as authored' ? 'as authored' : `with ${mode}`}`, async (t) => {
      const page = await newPage(browser);
      await page.setViewport({ width: 600, height: 900, deviceScaleFactor: 2 });
      if (mode === 'prefers dark') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      if (mode === 'forced dark') {
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setAutoDarkModeOverride', { enabled: true });
      }
      await page.goto(cardUrl(new URL('/demo/feed.xml', statics.url).href), { waitUntil: 'load' });
      const seen: string[] = [];
      for (const [name, selector] of Object.entries(TEXTS)) {
        const { ratio, background, text } = await measureContrast(page, lab, selector);
        seen.push(`${name} ${ratio.toFixed(1)} (${text} on ${background})`);
        assert.ok(ratio >= 4.5, `${name}: contrast ${ratio.toFixed(2)} < 4.5 (${text} on ${background})`);
      }
      const summary = await measureContrast(page, lab, TEXTS.summary);
      const dark = summary.background.every((c) => c < 80);
      // The forced mode really darkened the card (else this test would check nothing); the others did not.
      assert.equal(dark, mode === 'forced dark', `card background ${summary.background} (${seen.join('; ')})`);
      t.diagnostic(seen.join('; '));
      await page.close();
    });
  }
});
