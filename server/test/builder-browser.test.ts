/**
 * The embed builder at `/`, driven in Chromium as a reader drives it: paste a feed served on 127.0.0.1, type part
 * of an episode's title and pick it from the list, switch layout and theme, watch the snippets change, copy one to
 * the clipboard, see the episode in the previews. Also: no script error or CSP violation on the way, keyboard-only
 * use of the picker and the tabs, axe finds no serious accessibility problem, and no horizontal scroll at 375 px.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { startNode, type Target } from './support/targets.js';
import { launchBrowser, newPage } from './support/browser.js';
// @ts-expect-error: a plain .mjs helper without types
import { startStaticServer } from '../../scripts/lib/static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const EP1 = 'Ep 1: Green Software Is Efficient Software — Where Does The Energy Go?';
const EP2 = 'Ep 2: What Does AI Mean For The Future of Extreme Code Efficiency? With Jon Berger';

/** Waits until `check` holds in the page (no fixed sleeps). */
async function until(page: Page, check: string, timeout = 10000): Promise<void> {
  await page.waitForFunction(check, { timeout, polling: 50 });
}

const value = (page: Page, id: string) => page.$eval(`#${id}`, (el) => (el as HTMLTextAreaElement).value);

describe('the embed builder in Chromium', () => {
  let browser: Browser;
  let statics: { url: string; close(): Promise<void> };
  let server: Target;
  let feed: string;

  before(async () => {
    statics = await startStaticServer({ root, host: '127.0.0.1', port: 0 });
    feed = new URL('/demo/feed.xml', statics.url).href;
    server = await startNode({
      PODCAST_EPISODE_RATE_LIMIT: '0',
      PODCAST_EPISODE_PRIVATE_HOSTS: new URL(statics.url).host,
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await statics?.close();
  });

  /** The builder at `width`, with every console error and page error collected. */
  async function openBuilder(width: number): Promise<{ page: Page; problems: string[] }> {
    const page = await newPage(browser);
    const problems: string[] = [];
    page.on('console', (message) => {
      // The /embed preview may answer 404 before the embed page exists; anything else is a problem.
      if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(String(error)));
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    const response = await page.goto(`${server.url}/`, { waitUntil: 'load' });
    assert.equal(response?.status(), 200);
    return { page, problems };
  }

  async function loadFeed(page: Page): Promise<void> {
    await page.click('#feed');
    await page.keyboard.type(feed);
    await page.click('#load');
    await until(page, `!document.querySelector('#episode-input').disabled`);
    assert.match(await page.$eval('#feed-status', (el) => el.textContent ?? ''), /: 5 episodes\.$/);
  }

  it('from a pasted feed to a copied snippet, with clicks', async () => {
    await browser
      .defaultBrowserContext()
      .overridePermissions(server.url, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    const { page, problems } = await openBuilder(1200);
    await page.bringToFront(); // the clipboard answers the focused page only
    await loadFeed(page);
    // The newest episode is chosen at once, and the snippets are there.
    assert.equal(await page.$eval('#episode-input', (el) => (el as HTMLInputElement).value), EP2);
    assert.match(
      await value(page, 'snippet-script'),
      /<podcast-episode\n {2}feed="http:\/\/127\.0\.0\.1:\d+\/demo\/feed\.xml"/,
    );

    // Type part of a title; pick the one match with a click.
    await page.click('#episode-input');
    await page.keyboard.type('green soft');
    await until(page, `document.querySelectorAll('#episode-list:not([hidden]) [role="option"]').length === 1`);
    assert.match(await page.$eval('#episode-list', (el) => el.textContent ?? ''), /^Ep 1: Green Software/);
    await page.click('#episode-list [role="option"]');
    assert.equal(await page.$eval('#episode-input', (el) => (el as HTMLInputElement).value), EP1);
    assert.equal(await page.$eval('#episode-list', (el) => (el as HTMLElement).hidden), true);

    // Layout and theme: the script and iframe snippets follow.
    await page.click('input[name="layout"][value="full"]');
    await page.click('input[name="theme"][value="dark"]');
    await page.click('input[name="sections"][value="transcript"]');
    const script = await value(page, 'snippet-script');
    assert.match(script, /episode="3190d1cc-853f-5829-8baa-4b59210d5171"/);
    assert.ok(script.startsWith(`<script type="module" src="${server.url}/widget/podcast-episode.js"></script>`));
    assert.match(script, /layout="full"/);
    assert.match(script, /theme="dark"/);
    assert.match(script, /sections="summary topics chapters related"/);
    assert.match(script, new RegExp(`proxy="${server.url}/proxy\\?url=\\{url\\}"`));
    const iframe = await value(page, 'snippet-iframe');
    assert.match(
      iframe,
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\?feed=[^"]+&amp;theme=dark&amp;layout=full&amp;sections=summary\+topics\+chapters\+related"/,
    );
    assert.ok(iframe.includes(`title="${EP1} · Asynchronous &amp; Unreliable`), iframe);

    // Copy: the clipboard holds exactly the snippet.
    await page.click('button[data-copy="snippet-script"]');
    await until(page, `document.querySelector('#panel-script .copied').textContent !== ''`);
    assert.equal(await page.$eval('#panel-script .copied', (el) => el.textContent), 'Copied.');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), script);

    // The widget preview is the embed page for exactly these choices.
    const preview = await page.$eval('#preview-script iframe', (el) => el.getAttribute('src') ?? '');
    assert.equal(preview, iframe.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&'));
    const embed = await waitForFrame(page, new RegExp(`^${preview.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await embed.waitForFunction(previewShows(EP1), { timeout: 15000, polling: 100 });

    // The email card: its HTML snippet and its preview show the chosen episode.
    await page.click('#tab-email-html');
    await until(page, `document.querySelector('#snippet-email-html').value.includes('Ep 1: Green Software')`);
    assert.match(await value(page, 'snippet-email-html'), /^<!-- podcast-episode card -->/);
    const cardFrame = await waitForFrame(page, /\/card\?.*format=html/);
    await cardFrame.waitForFunction(`document.body.textContent.includes(${JSON.stringify(EP1)})`);
    assert.equal(problems.join('\n'), '');
    await page.close();
  });

  it('works from the keyboard alone: the picker and the tabs', async () => {
    const { page, problems } = await openBuilder(375);
    await page.focus('#feed');
    await page.keyboard.type(feed);
    await page.keyboard.press('Enter');
    await until(page, `!document.querySelector('#episode-input').disabled`);
    await page.focus('#episode-input');
    await page.keyboard.type('bonus');
    await until(page, `document.querySelectorAll('#episode-list [role="option"]').length === 2`);
    assert.equal(await page.$eval('#episode-input', (el) => el.getAttribute('aria-expanded')), 'true');
    await page.keyboard.press('ArrowDown');
    const active = await page.$eval('#episode-input', (el) => el.getAttribute('aria-activedescendant'));
    assert.equal(active, 'episode-option-1');
    const wanted = await page.$eval(`#${active}`, (el) => el.firstChild?.textContent ?? '');
    await page.keyboard.press('Enter');
    assert.equal(await page.$eval('#episode-input', (el) => (el as HTMLInputElement).value), wanted);
    assert.match(await page.$eval('#episode-status', (el) => el.textContent ?? ''), /^Chosen: Bonus: /);

    // Tabs: arrow keys move between them and show their panel; the text card holds the title and the link.
    await page.focus('#tab-script');
    await page.keyboard.press('End');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'tab-email-text');
    assert.equal(await page.$eval('#panel-email-text', (el) => (el as HTMLElement).hidden), false);
    assert.equal(await page.$eval('#panel-script', (el) => (el as HTMLElement).hidden), true);
    await until(page, `document.querySelector('#preview-email-text pre')?.textContent.includes('Listen: https://')`);
    assert.ok((await page.$eval('#preview-email-text pre', (el) => el.textContent ?? '')).startsWith(wanted));

    // A phone: nothing sticks out sideways.
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    assert.ok(scroll <= client, `scrollWidth ${scroll} > ${client}`);
    assert.equal(problems.join('\n'), '');
    await page.close();
  });

  it('says why a feed cannot be read', async () => {
    const { page } = await openBuilder(375);
    await page.click('#feed');
    await page.keyboard.type(`${statics.url}/demo/missing.xml`);
    await page.click('#load');
    await until(page, `document.querySelector('#feed-status').classList.contains('error')`);
    assert.match(await page.$eval('#feed-status', (el) => el.textContent ?? ''), /HTTP 404/);
    await page.click('#feed', { count: 3 });
    await page.keyboard.type('not a url');
    await page.click('#load');
    assert.match(await page.$eval('#feed-status', (el) => el.textContent ?? ''), /starting with https:\/\//);
    await page.close();
  });

  it('has no serious accessibility violations (axe), with a feed loaded', async () => {
    const { page } = await openBuilder(1200);
    await loadFeed(page);
    // axe is injected through the DevTools protocol, which the page's CSP does not govern.
    const require = createRequire(import.meta.url);
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = (await page.evaluate(
      `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`,
    )) as string[];
    assert.deepEqual(violations, []);
    await page.close();
  });
});

/**
 * True in the embed frame once it shows `title`: the upgraded element's title when the widget script loaded
 * (a built dist/), else the static page's heading (no dist/: /widget/ answers 404 and the page stays static).
 */
function previewShows(title: string): string {
  return `(() => {
    const el = document.querySelector('podcast-episode');
    if (document.readyState !== 'complete') return false;
    if (customElements.get('podcast-episode')) {
      if (el?.getAttribute('state') !== 'ready') return false;
      return el.shadowRoot?.querySelector('[part~="title"]')?.textContent.trim() === ${JSON.stringify(title)};
    }
    return document.querySelector('h1')?.textContent.trim() === ${JSON.stringify(title)};
  })()`;
}

async function waitForFrame(page: Page, url: RegExp): Promise<Frame> {
  const end = Date.now() + 10000;
  for (;;) {
    const frame = page.frames().find((f) => url.test(f.url()));
    if (frame) return frame;
    if (Date.now() > end) throw new Error(`no frame ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
