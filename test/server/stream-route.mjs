// Feeds answered in parts, for the streaming and revisit tests (issue 14), under /test-api/stream/:
//   held?key=K&order=…&n=30&at=3   a made feed of `n` episodes: the channel head and the first `at` items at once,
//                                  the rest once /test-api/stream/release?key=K is asked for. `order`:
//                                  newest-first; second-newest (the first item is older than the second); serial
//                                  (itunes:type serial, oldest first).
//   held?key=K&file=NAME&at=3      the same with a real feed (a name under /feeds/).
//   revisit?key=K                  a small feed whose titles say its version (revisit-set), with Last-Modified and
//                                  Cache-Control: no-cache; held (headers included) while `hold` is set for K.
//   revisit-set?key=K&version=2&hold=1   sets both; hold=0 releases what is held.
//   parser?key=K                   the parser worker's script (a redirect to dist/'s), held like revisit?key=K:
//                                  a page pointed at it (setParserUrl) has no worker until the hold ends.
//   state?key=K                    { held: how many answers wait for K }
//   big?mb=4                       a feed of about `mb` MB made of the committed LinuxUnplugged items (real notes),
//                                  repeated newest first with guids, dates and titles of their own.
// Every hold ends after MAX_HOLD_MS at the latest, and when the browser leaves.
import { readFile } from 'node:fs/promises';

const MAX_HOLD_MS = 30_000;
/** Per key: the revisit feed's version, whether answers are held, and the callbacks that release them. */
const keys = new Map();
const stateOf = (key) => {
  if (!keys.has(key)) keys.set(key, { version: 1, hold: false, waiting: new Set() });
  return keys.get(key);
};

function release(state) {
  for (const go of state.waiting) go();
  state.waiting.clear();
}

/** Resolves once `key` is released (or the limit passes, or the client leaves). */
function held(state, res) {
  return new Promise((resolve) => {
    const go = () => {
      clearTimeout(limit);
      state.waiting.delete(go);
      resolve();
    };
    const limit = setTimeout(go, MAX_HOLD_MS);
    state.waiting.add(go);
    res.on('close', go);
  });
}

const xml = (text) => String(text).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

function madeFeed({ n, order, titlePrefix = 'Episode', show = 'Streamed Show' }) {
  const numbers = Array.from({ length: n }, (_, i) => n - i);
  if (order === 'second-newest') [numbers[0], numbers[1]] = [numbers[1], numbers[0]];
  if (order === 'serial') numbers.reverse();
  const items = numbers.map(
    (k) => `<item>
  <title>${xml(`${titlePrefix} ${k}`)}</title>
  <guid isPermaLink="false">stream-${k}</guid>
  <pubDate>${new Date(Date.UTC(2026, 0, 1) + k * 86_400_000).toUTCString()}</pubDate>
  <itunes:episode>${k}</itunes:episode>
  <description>${xml(`<p>Notes of ${titlePrefix.toLowerCase()} ${k} about streaming feeds, previews and caches.</p>`)}</description>
  <enclosure url="https://stream.example/${k}.mp3" length="1000" type="audio/mpeg"/>
</item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
<channel><title>${xml(show)}</title><link>https://stream.example/</link><description>A feed sent in parts.</description>
${order === 'serial' ? '<itunes:type>serial</itunes:type>' : ''}
${items.join('\n')}
</channel></rss>`;
}

/** Byte offset just after the `at`-th `</item>` (or the whole length). */
function afterItems(bytes, at) {
  let from = 0;
  for (let i = 0; i < at; i++) {
    const end = bytes.indexOf('</item>', from);
    if (end < 0) return bytes.length;
    from = end + '</item>'.length;
  }
  return from;
}

/** Handles /test-api/stream/*; returns false for other paths. `feedFile` finds a feed by name. */
export async function handleStream(req, res, url, corsHeaders, feedFile) {
  const route = /^\/test-api\/stream\/([\w-]+)$/.exec(url.pathname)?.[1];
  if (!route) return false;
  const params = url.searchParams;
  const key = params.get('key') ?? '';
  const state = stateOf(key);
  if (route === 'release') {
    release(state);
    res.writeHead(200, { 'Content-Type': 'text/plain', ...corsHeaders });
    res.end('released');
    return true;
  }
  if (route === 'state') {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...corsHeaders });
    res.end(JSON.stringify({ held: state.waiting.size, version: state.version }));
    return true;
  }
  if (route === 'revisit-set') {
    if (params.has('version')) state.version = Number(params.get('version'));
    if (params.has('hold')) state.hold = params.get('hold') === '1';
    if (!state.hold) release(state);
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store', ...corsHeaders });
    res.end('set');
    return true;
  }
  if (route === 'parser') {
    if (state.hold) await held(state, res);
    if (res.destroyed) return true;
    res.writeHead(302, { Location: '/dist/podcast-episode-parser.js', 'Cache-Control': 'no-store', ...corsHeaders });
    res.end();
    return true;
  }
  if (route === 'revisit') {
    if (state.hold) await held(state, res);
    if (res.destroyed) return true;
    const version = state.version;
    res.writeHead(200, {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      'Cache-Control': 'no-cache',
      'Last-Modified': new Date(Date.UTC(2026, 0, version)).toUTCString(),
      ...corsHeaders,
    });
    res.end(madeFeed({ n: 5, order: 'newest-first', titlePrefix: `Version ${version} episode`, show: 'Revisited' }));
    return true;
  }
  if (route === 'big') {
    const source = await readFile(feedFile('/alatiera__gnome-podcasts__2020-12-19-LinuxUnplugged.trimmed.xml'), 'utf8');
    const head = source.slice(0, source.indexOf('<item>'));
    const items = source.slice(head.length, source.lastIndexOf('</item>') + '</item>'.length).split(/(?<=<\/item>)\s*/);
    const target = Number(params.get('mb') ?? 4) * 1024 * 1024;
    const out = [];
    let size = head.length;
    for (let n = 0; size < target; n++) {
      const day = new Date(Date.UTC(2026, 0, 1) - n * 86_400_000).toUTCString();
      const item = items[n % items.length]
        .replace(/<guid([^>]*)>([^<]*)<\/guid>/, `<guid$1>$2-big-${n}</guid>`)
        .replace(/<pubDate>[^<]*<\/pubDate>/, `<pubDate>${day}</pubDate>`)
        .replace(/<title>/, `<title>Big ${n}: `);
      out.push(item);
      size += item.length;
    }
    const body = Buffer.from(`${head}${out.join('\n')}\n</channel></rss>\n`);
    res.writeHead(200, {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Length': String(body.length),
      ...corsHeaders,
    });
    res.end(body);
    return true;
  }
  if (route === 'held') {
    const file = params.get('file');
    const path = file ? feedFile(`/${file}`) : undefined;
    if (file && !path) return false;
    const bytes = path
      ? await readFile(path)
      : Buffer.from(madeFeed({ n: Number(params.get('n') ?? 30), order: params.get('order') ?? 'newest-first' }));
    const cut = afterItems(bytes, Number(params.get('at') ?? 3));
    res.writeHead(200, {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Length': String(bytes.length),
      ...corsHeaders,
    });
    res.write(bytes.subarray(0, cut));
    await held(state, res);
    if (!res.destroyed) res.end(bytes.subarray(cut));
    return true;
  }
  return false;
}
