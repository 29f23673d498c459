// Hostile servers and feeds for the "nothing can freeze the page or leave it loading" tests (issue 15), under
// /test-api/hostile/. Every route that holds a connection open ends it after MAX_HOLD_MS at the latest, and as soon
// as the browser gives up, so no test can leave a socket behind.
//
// Servers (the body is a small valid feed unless said otherwise):
//   drip?ms=100        one byte every `ms` milliseconds
//   headers-only       headers, then nothing
//   silent             no answer at all
//   short-body[&hang]  Content-Length promises 1000 bytes more than sent; then closes (or, with `hang`, waits)
//   late?ms=300        the whole answer after `ms` milliseconds (a slow but honest server)
// Feeds (feed?kind=...): see FEEDS below; `n` sizes the ones that scale. Chapters files: chapters?kind=...
// (CHAPTERS below); feed-with-chapters?chapters=URL: a feed whose episode names that chapters file.

const MAX_HOLD_MS = 40_000;

const xml = (text) => String(text).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

function rss(items, { channel = '', title = 'Hostile Feed' } = {}) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>${title}</title><link>https://hostile.example/</link><description>Test feed</description>${channel}
${items.join('\n')}
</channel></rss>`;
}

function item(n, { title = `Episode ${n}`, description = `Notes of episode ${n}.`, raw = '' } = {}) {
  return `<item><title>${title}</title><guid isPermaLink="false">hostile-${n}</guid>
<pubDate>${new Date(Date.UTC(2026, 0, 1 + (n % 28))).toUTCString()}</pubDate>
<description>${description}</description>${raw}
<enclosure url="https://hostile.example/${n}.mp3" length="1000" type="audio/mpeg"/></item>`;
}

const escaped = (html) => xml(html);

/** Feeds by kind; each a function of `n` (how large). */
const FEEDS = {
  // A DOCTYPE holding a long run of `[]` pairs and an unclosed `[`: backtracking prolog scanners stall on it.
  'doctype-brackets': (n = 40) => rss([item(1)]).replace('<rss', `<!DOCTYPE rss ${'[]'.repeat(n)}[>\n<rss`),
  // A description of nothing but `&lt;`: quadratic tag strippers stall on it.
  'lt-run': (n = 180_000) => rss([item(1, { description: '&lt;'.repeat(n / 4) })]),
  // Notes nested `n` elements deep.
  'deep-notes': (n = 200_000) => rss([item(1, { description: escaped('<div>'.repeat(n) + 'deep text') })]),
  // Notes with a list of `n` items.
  'many-li': (n = 50_000) => rss([item(1, { description: escaped(`<ul>${'<li>list entry</li>'.repeat(n)}</ul>`) })]),
  // Every episode's notes carry `n` images.
  'many-images': (n = 2_000) =>
    rss(
      Array.from({ length: 20 }, (_, i) =>
        item(20 - i, { description: escaped('<p>Pictures</p>' + '<img src="/test-api/status/404">'.repeat(n)) }),
      ),
    ),
  // A title of `n` characters.
  'huge-title': (n = 2_000_000) => rss([item(1, { title: 'T'.repeat(n) })]),
  // `n` episodes with ordinary notes.
  'many-items': (n = 20_000) =>
    rss(
      Array.from({ length: n }, (_, i) =>
        item(n - i, { description: escaped(`<p>Episode ${n - i}: a talk about topic ${i % 97}.</p>`) }),
      ),
    ),
  // Notes trying every way the sanitiser might let something leave the card's box.
  'escape-box': () =>
    rss([
      item(1, {
        description: escaped(
          '<p>Before</p>' +
            '<div popover="manual" id="pop">popover box</div>' +
            '<div style="position:fixed;inset:0;z-index:99999;background:red">fixed box</div>' +
            '<div style="position:sticky;top:0">sticky</div>' +
            '<p style="margin:-5000px;transform:translate(-3000px,-3000px)">moved</p>' +
            '<dialog open>dialog</dialog><div part="card title">part</div>' +
            '<style>*{position:fixed!important}</style>' +
            '<map name="m"><area href="https://hostile.example/area" shape="rect" coords="0,0,10,10"></map>' +
            '<p>After</p>',
        ),
      }),
    ]),
  // Notes that are only a <frameset> (DOMPurify returns null for them).
  frameset: () => rss([item(1, { description: escaped('<frameset><frame src="x"></frameset>') })]),
  // XHTML written as elements inside <description>.
  'xhtml-description': () =>
    rss([item(1, { description: '<p xmlns="http://www.w3.org/1999/xhtml">Inline <b>element</b> notes</p>' })]),
  // An Atom podcast feed: entries with enclosure links, XHTML content.
  atom: () => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Cast</title>
  <link href="https://atom.example/"/>
  <id>urn:atom-cast</id>
  <updated>2026-01-03T10:00:00Z</updated>
  <entry>
    <title>Atom Episode Two</title>
    <id>urn:atom-cast:2</id>
    <published>2026-01-02T10:00:00Z</published>
    <updated>2026-01-02T10:00:00Z</updated>
    <link rel="alternate" href="https://atom.example/2"/>
    <link rel="enclosure" type="audio/mpeg" length="1234" href="https://atom.example/2.mp3"/>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Second <em>Atom</em> notes</p></div></content>
  </entry>
  <entry>
    <title>Atom Episode One</title>
    <id>urn:atom-cast:1</id>
    <published>2026-01-01T10:00:00Z</published>
    <link rel="enclosure" type="audio/mpeg" length="1234" href="https://atom.example/1.mp3"/>
    <summary type="html">&lt;p&gt;First Atom notes&lt;/p&gt;</summary>
  </entry>
</feed>`,
};

/** Chapters files by kind. */
const CHAPTERS = {
  // `n` chapters, one a second.
  many: (n = 100_000) =>
    JSON.stringify({
      version: '1.2.0',
      chapters: Array.from({ length: n }, (_, i) => ({ startTime: i, title: `Chapter ${i + 1}` })),
    }),
  // A chapter whose title is `n` characters without a space.
  'long-title': (n = 40_000) =>
    JSON.stringify({
      version: '1.2.0',
      chapters: [
        { startTime: 0, title: 'x'.repeat(n) },
        { startTime: 60, title: 'Second' },
      ],
    }),
  // Broken JSON that backtracking salvage expressions stall on: `n` unclosed objects and strings.
  broken: (n = 50_000) => `{"version":"1.2.0","chapters":[${'{"startTime":1,"title":"a'.repeat(n)}`,
};

/** A feed whose one episode names `chapters` (a URL) as its podcast:chapters file. */
function feedWithChapters(chapters) {
  return rss([
    item(1, {
      raw: `<podcast:chapters url="${xml(chapters)}" type="application/json+chapters"/>`,
    }),
  ]).replace('<rss version="2.0"', '<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0"');
}

/** Holds `res` open until the client leaves or MAX_HOLD_MS pass; `tick` runs every `every` ms meanwhile. */
function hold(res, { every, tick } = {}) {
  let interval;
  const stop = () => {
    clearTimeout(limit);
    clearInterval(interval);
  };
  const limit = setTimeout(() => {
    stop();
    res.destroy();
  }, MAX_HOLD_MS);
  // `res` closes when the answer ends or the browser drops the connection (`req` may close as soon as it is read).
  res.on('close', stop);
  if (tick) interval = setInterval(() => tick(stop), every);
}

/** Handles /test-api/hostile/*; returns false for other paths. */
export async function handleHostile(req, res, url, corsHeaders) {
  const route = /^\/test-api\/hostile\/([\w-]+)$/.exec(url.pathname)?.[1];
  if (!route) return false;
  const params = url.searchParams;
  const headers = { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'no-store', ...corsHeaders };
  const small = Buffer.from(rss([item(2), item(1)], { title: 'Slow Server Feed' }));

  if (route === 'feed') {
    const make = FEEDS[params.get('kind') ?? ''];
    if (!make) return false;
    const n = params.get('n');
    res.writeHead(200, headers);
    res.end(make(n ? Number(n) : undefined));
    return true;
  }
  if (route === 'chapters') {
    const make = CHAPTERS[params.get('kind') ?? ''];
    if (!make) return false;
    const n = params.get('n');
    res.writeHead(200, { 'Content-Type': 'application/json+chapters', 'Cache-Control': 'no-store', ...corsHeaders });
    res.end(make(n ? Number(n) : undefined));
    return true;
  }
  if (route === 'feed-with-chapters') {
    res.writeHead(200, headers);
    res.end(feedWithChapters(params.get('chapters') ?? ''));
    return true;
  }
  if (route === 'drip') {
    const every = Math.max(5, Number(params.get('ms') ?? 100));
    res.writeHead(200, { ...headers, 'Content-Length': small.length });
    let sent = 0;
    hold(res, {
      every,
      tick: (stop) => {
        res.write(small.subarray(sent, sent + 1));
        if (++sent >= small.length) {
          stop();
          res.end();
        }
      },
    });
    return true;
  }
  if (route === 'headers-only') {
    res.writeHead(200, headers);
    res.flushHeaders();
    hold(res);
    return true;
  }
  if (route === 'silent') {
    hold(res);
    return true;
  }
  if (route === 'short-body') {
    res.writeHead(200, { ...headers, 'Content-Length': small.length + 1000 });
    res.write(small);
    if (params.has('hang')) hold(res);
    else setTimeout(() => res.destroy(), 50);
    return true;
  }
  if (route === 'late') {
    const wait = Math.min(MAX_HOLD_MS, Number(params.get('ms') ?? 300));
    const timer = setTimeout(() => {
      res.writeHead(200, headers);
      res.end(small);
    }, wait);
    res.on('close', () => clearTimeout(timer));
    return true;
  }
  return false;
}
