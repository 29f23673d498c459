/**
 * The email card's and the embed builder's routes (`/card`, `/episodes.json`, `/`, `/builder.js`, `/routes.json`),
 * written once and run against Node and Workers (Miniflare) like route-suite.ts. Feeds come from the loopback
 * origin: its own small feed, and committed fixtures (a real feed, and the hostile one).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startOrigin, type Origin } from './origin-server.js';
import type { StartTarget, Target } from './targets.js';

const fixtures = fileURLToPath(new URL('../../../test/fixtures/', import.meta.url));
export const CARD_FEEDS = {
  'cb.xml': path.join(fixtures, 'feeds/akupila__node-podcast-parser__coding-blocks.trimmed.xml'),
  'xss.xml': path.join(fixtures, 'xss.xml'),
  'de.xml': path.join(fixtures, 'artwork-404.xml'),
};

/** Every `href`/`src` in the markup (VML's included). */
export function linksIn(markup: string): string[] {
  return [...markup.matchAll(/\s(?:href|src)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/** Every `style` attribute's value. */
export function stylesIn(markup: string): string[] {
  return [...markup.matchAll(/\sstyle\s*=\s*"([^"]*)"/gi)].map((m) => m[1]!);
}

/** What an email card's HTML must never hold: checked on every card the suites make. */
export function assertEmailSafe(markup: string): void {
  assert.doesNotMatch(markup, /<script/i, 'no script');
  assert.doesNotMatch(markup, /<style/i, 'no style element');
  assert.doesNotMatch(markup, /<svg/i, 'no SVG');
  assert.doesNotMatch(markup, /<link\b/i, 'no linked style sheets or fonts');
  // Inside tags only: escaped feed text may well read "onerror=".
  assert.doesNotMatch(markup, /<[a-z][^<>]*\son[a-z]+\s*=/i, 'no event handler attributes');
  assert.doesNotMatch(markup, /<(img|a)\b[^<>]*=\s*"\s*javascript:/i, 'no javascript: URLs');
  for (const style of stylesIn(markup)) {
    assert.doesNotMatch(style, /display\s*:\s*(inline-)?(flex|grid)/i, `no flex or grid: ${style}`);
    assert.doesNotMatch(style, /(^|;)\s*position\s*:/i, `no position: ${style}`);
    assert.doesNotMatch(style, /var\(|--[a-z]/i, `no custom properties: ${style}`);
    assert.doesNotMatch(style, /@font-face|url\(/i, `no web fonts or images in CSS: ${style}`);
  }
  const links = linksIn(markup);
  assert.ok(links.length > 0);
  for (const link of links) assert.match(link, /^https?:\/\/[^/]/, `absolute http(s) URL: ${link}`);
}

interface ErrorJson {
  code: string;
  message: string;
}

export function cardRouteSuite(name: string, start: StartTarget): void {
  describe(`card and builder routes on ${name}`, () => {
    let origin: Origin;
    let server: Target;
    const card = (feed: string, query = '') =>
      fetch(`${server.url}/card?feed=${encodeURIComponent(`${origin.url}${feed}`)}${query}`);

    before(async () => {
      origin = await startOrigin(CARD_FEEDS);
      server = await start({
        PODCAST_EPISODE_RATE_LIMIT: '0',
        PODCAST_EPISODE_TIMEOUT_S: '2',
        PODCAST_EPISODE_PRIVATE_HOSTS: `127.0.0.1:${origin.port}`,
      });
    });
    after(async () => {
      await server?.close();
      await origin?.close();
    });

    it("/card speaks the feed's language: its own words, the date and the length", async () => {
      const text = await (await card('/feeds/de.xml', '&format=text')).text();
      assert.match(text, /\nAnhören: http:\/\/127\.0\.0\.1:\d+\/embed\?feed=/);
      assert.match(text, /19\. Apr\. 2026 · 29 Sek\./);
      const page = await (await card('/feeds/de.xml')).text();
      assertEmailSafe(page);
      assert.match(page, /lang="de"/);
      assert.match(page, />Anhören<\/a/);
      assert.doesNotMatch(page, />Listen</);
    });

    it('/card serves the latest episode as an email-safe HTML document', async () => {
      const response = await card('/feed.xml');
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/);
      assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'.*sandbox/);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      const body = await response.text();
      assertEmailSafe(body);
      assert.match(body, /^<!doctype html>/);
      assert.match(body, /Loopback Radio/);
      assert.match(body, /Episode 2: Caching/);
      assert.match(body, /Jun 2, 2026 · 1 h 2 min/);
      assert.match(body, /ETags · Stale while revalidate/);
      assert.match(body, /max-width:600px/);
      assert.match(body, /<v:roundrect [^>]*href="/, 'the Outlook button');
      // The feed gives no episode page: "Listen" goes to this server's embed page for that episode.
      const listen = `${server.url}/embed?feed=${encodeURIComponent(`${origin.url}/feed.xml`)}&episode=lr-2`;
      assert.ok(linksIn(body).includes(listen), `links to ${listen}`);
    });

    it('/card of a real feed: artwork with size and alt, a bounded summary, the episode page as the link', async () => {
      const response = await card('/feeds/cb.xml', '&episode=Docker%20for%20Developers&format=fragment');
      assert.equal(response.status, 200);
      const body = await response.text();
      assertEmailSafe(body);
      assert.match(body, /^<!-- podcast-episode card -->/);
      assert.doesNotMatch(body, /<html|<body|<head/i, 'a fragment to paste');
      assert.match(body, /<img\s[^>]*width="88"[^>]*height="88"[^>]*alt="Artwork of Coding Blocks Podcast"/);
      assert.match(body, /Docker for Developers/);
      assert.ok(linksIn(body).includes('http://codingblocks.libsyn.com/docker-for-developers'), 'the episode page');
      const summary = /<p dir="auto" style="[^"]*font-size:15px[^"]*">([^<]*)<\/p>/.exec(body)?.[1] ?? '';
      assert.ok(summary.length > 40 && summary.length <= 280 + 40, `summary of ${summary.length} characters`);
      const topics = /Topics:<\/span>([^<]*)</.exec(body)?.[1] ?? '';
      assert.ok(topics.split(' · ').length <= 5, topics);
    });

    it('/card as text and Markdown holds title, date, length, summary and the link', async () => {
      const text = await card('/feeds/cb.xml', '&episode=Docker%20for%20Developers&format=text');
      assert.equal(text.status, 200);
      assert.match(text.headers.get('content-type') ?? '', /^text\/plain/);
      const plain = await text.text();
      assert.match(
        plain,
        /^Docker for Developers\nCoding Blocks Podcast · [A-Z][a-z]{2} \d{1,2}, \d{4} · \d+ h( \d+ min)?\n/,
      );
      assert.match(plain, /\nListen: http:\/\/codingblocks\.libsyn\.com\/docker-for-developers\n$/);
      assert.ok(
        plain.split('\n').every((line) => line.length <= 90 || /^Listen: /.test(line)),
        'wrapped',
      );
      const md = await card('/feeds/cb.xml', '&episode=Docker%20for%20Developers&format=md');
      assert.match(md.headers.get('content-type') ?? '', /^text\/markdown/);
      const markdown = await md.text();
      assert.match(
        markdown,
        /^### \[Docker for Developers\]\(http:\/\/codingblocks\.libsyn\.com\/docker-for-developers\)/,
      );
      assert.match(markdown, /\n\[Listen\]\(http:\/\/codingblocks\.libsyn\.com\/docker-for-developers\)\n$/);
    });

    it('/card escapes a hostile feed in every format and never links to javascript:', async () => {
      const html = await (await card('/feeds/xss.xml')).text();
      assertEmailSafe(html);
      assert.doesNotMatch(html, /javascript:/i);
      assert.doesNotMatch(html, /<img[^>]*onerror|<b>/i);
      assert.match(html, /Evil &lt;script&gt;|Evil\s+Show/, 'the channel title is text');
      const escaped = await (await card('/feeds/xss.xml', '&episode=xss-escaped-html')).text();
      assertEmailSafe(escaped);
      assert.match(escaped, /Episode 2: Escaped &lt;script&gt;window.__xss=&#39;escaped-title&#39;&lt;\/script&gt;/);
      const md = await (await card('/feeds/xss.xml', '&episode=xss-escaped-html&format=md')).text();
      assert.doesNotMatch(md, /<script/i);
      assert.doesNotMatch(md, /javascript:/i);
      assert.match(md, /Escaped &lt;script\\>/, 'the title stays text');
    });

    it('/card says what is wrong, as JSON for HTML and as text for text, with the status', async () => {
      const noFeed = await fetch(`${server.url}/card`);
      assert.equal(noFeed.status, 400);
      assert.match(noFeed.headers.get('content-type') ?? '', /^application\/json/);
      assert.equal(((await noFeed.json()) as ErrorJson).code, 'bad-request');
      const badFormat = await card('/feed.xml', '&format=pdf');
      assert.equal(badFormat.status, 400);
      assert.match(((await badFormat.json()) as ErrorJson).message, /html, fragment, text, md/);
      const missing = await card('/feed.xml', '&episode=99&format=text');
      assert.equal(missing.status, 404);
      assert.match(missing.headers.get('content-type') ?? '', /^text\/plain/);
      assert.match(await missing.text(), /^Error \(episode-not-found\): /);
      const notFeed = await card('/chapters.json');
      assert.equal(notFeed.status, 422);
      assert.equal(((await notFeed.json()) as ErrorJson).code, 'not-a-feed');
      const forbidden = await fetch(
        `${server.url}/card?format=md&feed=${encodeURIComponent(`http://127.0.0.1:${origin.port + 1}/feed.xml`)}`,
      );
      assert.equal(forbidden.status, 403);
      assert.match(await forbidden.text(), /^Error \(forbidden-address\)/);
    });

    it('/episodes.json lists the episodes newest first with ids that pick them', async () => {
      const response = await fetch(
        `${server.url}/episodes.json?feed=${encodeURIComponent(`${origin.url}/feeds/cb.xml`)}`,
      );
      assert.equal(response.status, 200);
      const list = (await response.json()) as {
        podcast: { title: string };
        total: number;
        episodes: { id: string; title: string; published?: string }[];
      };
      assert.equal(list.podcast.title, 'Coding Blocks Podcast');
      assert.equal(list.total, 8);
      assert.equal(list.episodes[0]?.title, 'Search Driven Apps');
      const dates = list.episodes.map((e) => Date.parse(e.published ?? ''));
      assert.deepEqual(
        dates,
        [...dates].sort((a, b) => b - a),
      );
      const docker = list.episodes.find((e) => e.title === 'Docker for Developers')!;
      const text = await card('/feeds/cb.xml', `&episode=${encodeURIComponent(docker.id)}&format=text`);
      assert.match(await text.text(), /^Docker for Developers\n/);
      const bad = await fetch(`${server.url}/episodes.json`);
      assert.equal(bad.status, 400);
    });

    it('/ is the builder page under a strict CSP; JSON clients and /routes.json get the route list', async () => {
      const page = await fetch(`${server.url}/`, { headers: { Accept: 'text/html' } });
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
      const csp = page.headers.get('content-security-policy') ?? '';
      const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
      assert.ok(nonce, csp);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|script-src[^;]*(\*|https?:)/);
      assert.match(csp, /default-src 'none'/);
      const body = await page.text();
      assert.match(body, /<h1>Embed a podcast episode<\/h1>/);
      const scripts = [...body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      assert.deepEqual(scripts, [`<script type="module" src="/builder.js" nonce="${nonce}">`]);
      assert.doesNotMatch(body, /\son[a-z]+\s*=/i, 'no inline handlers');
      const again = await fetch(`${server.url}/`);
      assert.notEqual(/'nonce-([^']+)'/.exec(again.headers.get('content-security-policy') ?? '')?.[1], nonce);
      await again.text();

      const script = await fetch(`${server.url}/builder.js`);
      assert.match(script.headers.get('content-type') ?? '', /^text\/javascript/);
      assert.match(await script.text(), /function builderMain/);

      const json = await fetch(`${server.url}/`, { headers: { Accept: 'application/json' } });
      const index = (await json.json()) as { routes: Record<string, string> };
      assert.ok('/card?feed=&episode=&format=html|fragment|text|md' in index.routes);
      const listed = (await fetch(`${server.url}/routes.json`).then((r) => r.json())) as typeof index;
      assert.deepEqual(listed, index);
    });
  });
}
