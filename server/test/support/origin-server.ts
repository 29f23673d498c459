/**
 * The "upstream" for server tests: a real HTTP server on 127.0.0.1 with no CORS headers, standing in for podcast
 * hosts. It counts requests per path and answers the cases the proxy must handle: feeds, redirects, binaries,
 * oversize and slow bodies, ETags, cookies.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

export interface Origin {
  /** `http://127.0.0.1:port` */
  url: string;
  port: number;
  /** Requests seen per path (query excluded). */
  hits: Map<string, number>;
  /** Headers of the last request per path. */
  lastHeaders: Map<string, IncomingMessage['headers']>;
  close(): Promise<void>;
}

export const FEED_XML = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0">
<channel>
  <title>Loopback Radio</title>
  <link>https://loopback.example/</link>
  <description>A show served by the test origin.</description>
  <item>
    <title>Episode 2: Caching</title>
    <guid isPermaLink="false">lr-2</guid>
    <pubDate>Tue, 02 Jun 2026 10:00:00 GMT</pubDate>
    <description><![CDATA[<p>Topics:</p><ul><li>ETags</li><li>Stale while revalidate</li></ul>]]></description>
    <enclosure url="https://loopback.example/2.mp3" length="1000" type="audio/mpeg"/>
    <itunes:duration>1:02:03</itunes:duration>
    <podcast:transcript url="https://loopback.example/2.vtt" type="text/vtt"/>
    <podcast:chapters url="https://loopback.example/2.json" type="application/json+chapters"/>
  </item>
  <item>
    <title>Episode 1: Proxies</title>
    <guid isPermaLink="false">lr-1</guid>
    <pubDate>Mon, 01 Jun 2026 10:00:00 GMT</pubDate>
    <description><![CDATA[<p>Why feeds need a proxy: caching and CORS.</p>]]></description>
    <enclosure url="https://loopback.example/1.mp3" length="1000" type="audio/mpeg"/>
  </item>
</channel>
</rss>`;

/** A feed whose every field tries to run script or break out of its place in HTML (for /embed and /oembed). */
export const HOSTILE_FEED_XML = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
<channel>
  <title><![CDATA[Evil "Show" <script>alert('show')</script>]]></title>
  <link>javascript:alert('link')</link>
  <description><![CDATA[<img src=x onerror="alert('description')">]]></description>
  <itunes:image href="javascript:alert('image')"/>
  <item>
    <title><![CDATA[</title><script>alert(1)</script><img src=x onerror=alert(2)> "quoted" & 'single']]></title>
    <guid isPermaLink="false">evil-1</guid>
    <link>javascript:alert('episode link')</link>
    <pubDate>Tue, 02 Jun 2026 10:00:00 GMT</pubDate>
    <description><![CDATA[<p onclick="alert(3)">Notes <script>alert(4)</script></p><ul><li><a href="javascript:alert(5)">Topic one</a></li><li>Topic <b onmouseover=alert(6)>two</b></li></ul>]]></description>
    <enclosure url="https://evil.example/1.mp3?a=1&amp;b=&quot;2&quot;" length="1" type="audio/mpeg"/>
  </item>
  <item>
    <title><![CDATA[<svg onload=alert(7)>]]></title>
    <guid isPermaLink="false">"><script>alert(8)</script></guid>
    <enclosure url="https://evil.example/2.mp3" length="1" type="audio/mpeg"/>
  </item>
</channel>
</rss>`;

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;

/** Starts the origin. `files` maps extra paths to files on disk served as XML (the shared real feeds). */
export async function startOrigin(files: Record<string, string> = {}): Promise<Origin> {
  const hits = new Map<string, number>();
  const lastHeaders = new Map<string, IncomingMessage['headers']>();
  let version = 1;
  const routes: Record<string, Handler> = {
    '/feed.xml': (_req, res) => {
      res.writeHead(200, {
        'Content-Type': 'application/rss+xml; charset=utf-8',
        'Set-Cookie': 'session=secret; Path=/',
      });
      res.end(FEED_XML);
    },
    '/hostile.xml': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
      res.end(HOSTILE_FEED_XML);
    },
    '/art.xml': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
      res.end(FEED_XML.replace('<link>', '<itunes:image href="https://loopback.example/art.jpg"/>\n  <link>'));
    },
    '/feed-octet': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      res.end(FEED_XML);
    },
    '/transcript.vtt': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/vtt' });
      res.end('WEBVTT\n\n00:00.000 --> 00:02.000\nHello.\n');
    },
    '/chapters.json': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"version":"1.2.0","chapters":[{"startTime":0,"title":"Intro"}]}');
    },
    '/audio.mp3': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'audio/mpeg' });
      res.end(Buffer.from([0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0, 0]));
    },
    '/png-as-xml': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/xml' });
      res.end(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2000)]));
    },
    '/big.txt': (_req, res) => {
      // Over the 5 MB limit for text that is not XML, and sent without Content-Length (chunked).
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      const chunk = Buffer.alloc(1024 * 1024, 0x61);
      for (let i = 0; i < 6; i++) res.write(chunk);
      res.end();
    },
    '/big-declared.xml': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/xml', 'Content-Length': String(30 * 1024 * 1024) });
      res.write('<rss>');
      // Never finishes: the proxy must refuse on the header alone.
    },
    '/slow': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/xml' });
      res.write('<rss>');
      // Never ends: the time limit ends it.
    },
    '/etag.xml': (req, res) => {
      const etag = `"v${version}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { ETag: etag });
        res.end();
        return;
      }
      res.writeHead(200, {
        'Content-Type': 'application/rss+xml',
        ETag: etag,
        'Last-Modified': 'Mon, 01 Jun 2026 10:00:00 GMT',
      });
      res.end(FEED_XML);
    },
    '/bump': (_req, res) => {
      version++;
      res.end('ok');
    },
    '/echo-headers': (req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(req.headers));
    },
    '/status/404': (_req, res) => {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('nope');
    },
    '/slow-feed.xml': async (_req, res) => {
      // Slow enough that simultaneous requests overlap, so coalescing is what keeps it to one fetch.
      await new Promise((r) => setTimeout(r, 300));
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      res.end(FEED_XML);
    },
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://origin');
    hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1);
    lastHeaders.set(url.pathname, req.headers);
    const redirect = /^\/redirect\/(\d+)$/.exec(url.pathname);
    if (redirect) {
      // /redirect/n → /redirect/n-1 → … → /feed.xml; `to` overrides the final target.
      const n = Number(redirect[1]);
      const next = n > 1 ? `/redirect/${n - 1}${url.search}` : (url.searchParams.get('to') ?? '/feed.xml');
      res.writeHead(302, { Location: next });
      res.end();
      return;
    }
    if (url.pathname.startsWith('/feeds/')) {
      const file = files[url.pathname.slice('/feeds/'.length)];
      if (file) {
        res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
        res.end(readFileSync(file));
        return;
      }
    }
    if (url.pathname.startsWith('/many/')) {
      // Distinct small feeds for the memory bench: /many/<n>.xml, ~`size` bytes each.
      const size = Number(url.searchParams.get('size') ?? 20000);
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      res.end(FEED_XML.replace('</channel>', `<!-- ${'x'.repeat(Math.max(0, size - FEED_XML.length))} --></channel>`));
      return;
    }
    const route = routes[url.pathname];
    if (!route) {
      res.writeHead(404);
      res.end();
      return;
    }
    await route(req, res, url);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    hits,
    lastHeaders,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
