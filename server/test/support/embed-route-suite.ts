/**
 * The routes for pages that run no scripts of their host (/embed, /oembed, /widget/*), written once and run against
 * both deployments (Node, and the Workers script in Miniflare), like route-suite.ts. Everything on 127.0.0.1.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startOrigin, type Origin } from './origin-server.js';
import type { StartTarget, Target } from './targets.js';

const widgetBuilt = existsSync(fileURLToPath(new URL('../../../dist/podcast-episode.js', import.meta.url)));

/** The CSP's directives by name. */
function directives(csp: string | null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (csp ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The text of every inline `<script>` and `<style>` of a page. */
function inline(page: string, tag: 'script' | 'style'): string[] {
  return [...page.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);
}

function meta(page: string, key: string): string | undefined {
  const match = new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(page);
  return match?.[1]?.replaceAll('&amp;', '&');
}

interface OEmbedJson {
  version: string;
  type: string;
  provider_name: string;
  title: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  code?: string;
}

export function embedRouteSuite(name: string, start: StartTarget): void {
  describe(`embed routes on ${name}`, () => {
    let origin: Origin;
    let server: Target;
    let strict: Target;
    const embed = (target: Target, query: Record<string, string>) =>
      fetch(`${target.url}/embed?${new URLSearchParams(query)}`);
    const oembed = (query: Record<string, string>) => fetch(`${server.url}/oembed?${new URLSearchParams(query)}`);

    before(async () => {
      origin = await startOrigin();
      const base = { PODCAST_EPISODE_RATE_LIMIT: '0', PODCAST_EPISODE_TIMEOUT_S: '2' };
      [server, strict] = await Promise.all([
        start({ ...base, PODCAST_EPISODE_PRIVATE_HOSTS: `127.0.0.1:${origin.port}` }),
        start({ ...base, PODCAST_EPISODE_PORTS: String(origin.port) }),
      ]);
    });
    after(async () => {
      await Promise.all([server, strict].map((t) => t?.close()));
      await origin?.close();
    });

    it('/embed is an HTML page holding the episode, under a strict CSP any site may frame', async () => {
      const response = await embed(server, { feed: `${origin.url}/feed.xml` });
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/);
      assert.equal(response.headers.get('x-frame-options'), null);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      const page = await response.text();
      const csp = directives(response.headers.get('content-security-policy'));
      assert.deepEqual(csp.get('frame-ancestors'), ['*']);
      assert.deepEqual(csp.get('default-src'), ["'none'"]);
      assert.deepEqual(csp.get('connect-src'), ["'self'"]);
      for (const directive of ['script-src', 'style-src']) {
        const sources = csp.get(directive) ?? [];
        assert.ok(!sources.includes("'unsafe-inline'") && !sources.includes("'unsafe-eval'"), directive);
      }
      // Each inline script and stylesheet is allowed by its own hash, and nothing else inline is.
      const scripts = inline(page, 'script');
      const styles = inline(page, 'style');
      assert.equal(scripts.length, 1);
      assert.equal(styles.length, 1);
      assert.ok(csp.get('script-src')!.includes(sha256(scripts[0]!)), 'the height script is allowed by its hash');
      assert.ok(csp.get('style-src')!.includes(sha256(styles[0]!)), 'the stylesheet is allowed by its hash');
      // The episode is in the HTML itself.
      assert.match(page, /<h1 class="title">Episode 2: Caching<\/h1>/);
      assert.match(page, /Loopback Radio/);
      assert.match(page, /<time datetime="2026-06-02T10:00:00.000Z">Jun 2, 2026<\/time>/);
      assert.match(page, /1 h 2 min/);
      assert.match(page, /<audio controls preload="none" src="https:\/\/loopback.example\/2.mp3"/);
      assert.match(page, /<li>ETags<\/li>/);
      assert.match(page, /Episode 1: Proxies<\/a>/);
      assert.match(page, /<podcast-episode\s+src="\/episode.json\?feed=/);
      assert.match(page, /<script type="module" src="\/widget\/podcast-episode.js"><\/script>/);
    });

    it('/embed passes theme, layout and sections on to the element and follows them in the static card', async () => {
      const feed = `${origin.url}/feed.xml`;
      const page = await embed(server, { feed, theme: 'dark', layout: 'full', sections: 'topics, notes' }).then((r) =>
        r.text(),
      );
      assert.match(page, /<html lang="en" data-theme="dark">/);
      assert.match(page, /<podcast-episode[^>]*\stheme="dark"[^>]*\slayout="full"[^>]*\ssections="summary topics"/);
      assert.match(page, /<li>ETags<\/li>/);
      assert.match(page, /class="summary"/);
      assert.doesNotMatch(page, /Episode 1: Proxies/, 'no related list');
      const links = await embed(server, { feed, theme: 'nonsense', sections: 'nonsense' }).then((r) => r.text());
      assert.match(links, /data-theme="auto"/);
      assert.doesNotMatch(links, /<podcast-episode[^>]*\ssections=/, 'all sections: the default');
      assert.match(links, /Episode 1: Proxies/);
    });

    it('/embed carries oEmbed discovery, Open Graph and a Twitter player card, with absolute URLs', async () => {
      const feed = `${origin.url}/feed.xml`;
      const page = await embed(server, { feed, layout: 'full' }).then((r) => r.text());
      const self = `${server.url}/embed?${new URLSearchParams({ feed, layout: 'full' })}`;
      const discovery = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(page)?.[1];
      assert.equal(
        discovery?.replaceAll('&amp;', '&'),
        `${server.url}/oembed?${new URLSearchParams({ url: self, format: 'json' })}`,
      );
      assert.equal(meta(page, 'og:title'), 'Episode 2: Caching');
      assert.equal(meta(page, 'og:type'), 'website');
      assert.equal(meta(page, 'og:audio'), 'https://loopback.example/2.mp3');
      assert.match(meta(page, 'og:description') ?? '', /ETags/);
      assert.equal(meta(page, 'twitter:card'), 'player');
      assert.equal(meta(page, 'twitter:player'), self);
      assert.equal(meta(page, 'twitter:player:width'), '672');
      assert.ok(Number(meta(page, 'twitter:player:height')) > 0);
      // And the discovery link answers.
      const answer = (await fetch(discovery!.replaceAll('&amp;', '&')).then((r) => r.json())) as OEmbedJson;
      assert.equal(answer.title, 'Episode 2: Caching');
    });

    it('/embed escapes everything a hostile feed says and runs none of it', async () => {
      const response = await embed(server, { feed: `${origin.url}/hostile.xml` });
      assert.equal(response.status, 200);
      const page = await response.text();
      assert.equal((page.match(/<script/g) ?? []).length, 2, 'only the widget module and the height script');
      assert.doesNotMatch(page, /alert\(\d\)<\/script>/);
      assert.doesNotMatch(page, /<(img|svg|b|p)\b[^>]*\son\w+=/i, 'no element from the feed with a handler');
      assert.doesNotMatch(page, /(href|src|content)="javascript:/i);
      assert.match(page, /&lt;\/title&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
      assert.match(page, /&lt;svg onload=alert\(7\)&gt;/);
      assert.equal(
        meta(page, 'og:title'),
        `&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &quot;quoted&quot; & &#39;single&#39;`,
      );
    });

    it('/embed answers errors with a readable page and the right status, never a stack', async () => {
      const cases: [Target, Record<string, string>, number, RegExp][] = [
        [server, {}, 400, /needs a feed/],
        [server, { feed: `${origin.url}/feed.xml`, episode: '99' }, 404, /Episode not found/],
        [server, { feed: `${origin.url}/status/404` }, 502, /HTTP 404/],
        [server, { feed: `${origin.url}/chapters.json` }, 422, /could not be loaded/],
        [strict, { feed: `${origin.url}/feed.xml` }, 403, /cannot be shown here/],
      ];
      for (const [target, query, status, text] of cases) {
        const response = await embed(target, query);
        assert.equal(response.status, status, JSON.stringify(query));
        assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
        assert.equal(response.headers.get('cache-control'), 'no-store');
        assert.match(response.headers.get('content-security-policy') ?? '', /frame-ancestors \*/);
        const page = await response.text();
        assert.match(page, text);
        assert.doesNotMatch(page, /\bat \S+ \(|\.ts:\d+|node:internal/, 'no stack trace');
      }
    });

    it('/oembed answers a rich iframe within maxwidth and maxheight', async () => {
      const page = `${server.url}/embed?${new URLSearchParams({ feed: `${origin.url}/feed.xml` })}`;
      const response = await oembed({ url: page, format: 'json' });
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      const answer = (await response.json()) as OEmbedJson;
      assert.equal(answer.version, '1.0');
      assert.equal(answer.type, 'rich');
      assert.equal(answer.provider_name, 'podcast-episode');
      assert.equal(answer.title, 'Episode 2: Caching');
      assert.equal(answer.width, 672);
      assert.match(answer.html, /^<iframe src="([^"]+)" width="672" height="(\d+)"/);
      assert.equal(/src="([^"]+)"/.exec(answer.html)![1]!.replaceAll('&amp;', '&'), page);
      assert.equal(answer.thumbnail_url, undefined, 'no artwork, no thumbnail');

      const small = (await oembed({ url: page, maxwidth: '320', maxheight: '200' }).then((r) =>
        r.json(),
      )) as OEmbedJson;
      assert.equal(small.width, 320);
      assert.equal(small.height, 200);
      assert.match(small.html, /width="320" height="200"/);
      const art = `${server.url}/embed?${new URLSearchParams({ feed: `${origin.url}/art.xml` })}`;
      const withArt = (await oembed({ url: art, maxwidth: '500' }).then((r) => r.json())) as OEmbedJson & {
        thumbnail_width: number;
        thumbnail_height: number;
      };
      assert.equal(withArt.thumbnail_url, 'https://loopback.example/art.jpg');
      assert.deepEqual([withArt.thumbnail_width, withArt.thumbnail_height], [500, 500]);
      const artPage = await fetch(art).then((r) => r.text());
      assert.equal(meta(artPage, 'og:image'), 'https://loopback.example/art.jpg');
      assert.equal(meta(artPage, 'twitter:image'), 'https://loopback.example/art.jpg');
      assert.match(artPage, /<img class="artwork" src="https:\/\/loopback.example\/art.jpg"/);
      const hostile = (await oembed({
        url: `${server.url}/embed?${new URLSearchParams({ feed: `${origin.url}/hostile.xml` })}`,
      }).then((r) => r.json())) as OEmbedJson;
      assert.doesNotMatch(hostile.html, /<script|<img/);
      assert.match(hostile.html, /title="&lt;\/title&gt;&lt;script&gt;/);
    });

    it('/oembed: 404 for URLs it does not serve, 501 for formats but json', async () => {
      const feed = `${origin.url}/feed.xml`;
      const notOurs = [
        `http://example.invalid/embed?feed=${encodeURIComponent(feed)}`,
        `${server.url}/episode.json?feed=${encodeURIComponent(feed)}`,
        `${server.url}/embed`,
        `${server.url}/embed?feed=${encodeURIComponent(feed)}&episode=99`,
        'not a url',
      ];
      for (const url of notOurs) {
        const response = await oembed({ url });
        assert.equal(response.status, 404, url);
        await response.body?.cancel();
      }
      const xml = await oembed({ url: `${server.url}/embed?feed=${encodeURIComponent(feed)}`, format: 'xml' });
      assert.equal(xml.status, 501);
      await xml.body?.cancel();
      const missing = await fetch(`${server.url}/oembed`);
      assert.equal(missing.status, 400);
      await missing.body?.cancel();
    });

    it(
      '/widget/* serves the built widget, and nothing else',
      { skip: !widgetBuilt && 'dist/ is not built' },
      async () => {
        const script = await fetch(`${server.url}/widget/podcast-episode.js`);
        assert.equal(script.status, 200);
        assert.match(script.headers.get('content-type') ?? '', /^text\/javascript/);
        assert.match(await script.text(), /podcast-episode/);
        for (const name of ['index.js', '..%2Fpackage.json', 'server%2Fnode.js', 'podcast-episode-nope.js']) {
          const response = await fetch(`${server.url}/widget/${name}`);
          assert.equal(response.status, 404, name);
          await response.body?.cancel();
        }
      },
    );
  });
}
