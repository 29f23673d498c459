// /test-api/audio/<file under the project>?<behaviour>: serves an audio file the way unreliable audio hosts do, for
// the player's failure tests. Without options it answers like sendFile (206 for Range requests).
//
//   range=off        no Range support: every request gets 200 and the whole file, without Accept-Ranges
//   cutAt=N          a response that reaches byte N of the file is cut there: the connection is destroyed
//   cuts=K           ... only the first K such responses (counted per `key`); later ones pass
//   outageMs=T       after a cut, every request in the next T ms is refused (connection destroyed at once)
//   stallAt=N        a response that reaches byte N pauses there for stallMs (default 4000) ms, connection open
//   stallSeeks=1     a Range request that starts after byte 0 (a seek past the loaded part) waits stallMs first
//   bytesPerSecond=R delivery throttled to R bytes a second (after the first 4 KB, so playback can start)
//   status=404|500   answer with that status instead
//   key=TOKEN        names the state above (cut counts, outage) so tests running at once do not share it
//
// /test-api/audio-log?key=TOKEN answers what the route did for that key: [{ start, answer }] in order, where start
// is the first byte asked for and answer is 'refused', a status, 'cut' or 'sent'. With &endOutage=1 it first ends
// the key's outage, so a test decides when the network comes back.
//
// Example: /test-api/audio/test/fixtures/audio/three-minutes.mp3?cutAt=60000&cuts=1&key=abc
import { createReadStream, promises as fs } from 'node:fs';
import { contentTypeOf, resolveUnder } from '../../scripts/lib/static-server.mjs';

const PREFIX = '/test-api/audio/';
/** Per key: how many responses were cut, and until when requests are refused. */
const states = new Map();

/** Whether `pathname` is this route. */
export function isAudioRoute(pathname) {
  return pathname.startsWith(PREFIX) || pathname === '/test-api/audio-log';
}

/**
 * Answers one request of the route.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} projectRoot
 * @param {Record<string, string>} corsHeaders
 */
export async function serveAudio(req, res, projectRoot, corsHeaders) {
  const url = new URL(req.url ?? '/', 'http://x');
  const q = url.searchParams;
  const key = q.get('key') ?? '';
  const state = states.get(key) ?? { cuts: 0, outageUntil: 0, log: [] };
  states.set(key, state);
  if (url.pathname === '/test-api/audio-log') {
    if (q.get('endOutage') === '1') state.outageUntil = 0;
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...corsHeaders });
    res.end(JSON.stringify(state.log));
    return;
  }
  const asked = Number(/^bytes=(\d+)-/.exec(req.headers.range ?? '')?.[1] ?? 0);
  const entry = { start: asked, answer: 'sent' };
  state.log.push(entry);

  if (Date.now() < state.outageUntil) {
    entry.answer = 'refused';
    req.socket.destroy();
    return;
  }
  const status = Number(q.get('status'));
  if (status >= 400) {
    entry.answer = status;
    res.writeHead(status, { 'Content-Type': 'text/plain', ...corsHeaders });
    res.end(`Status ${status}`);
    return;
  }
  const file = resolveUnder(projectRoot, url.pathname.slice(PREFIX.length - 1));
  const stat = file ? await fs.stat(file).catch(() => undefined) : undefined;
  if (!file || !stat?.isFile()) {
    res.writeHead(404, corsHeaders);
    res.end('Not found');
    return;
  }

  const size = stat.size;
  const rangeOn = q.get('range') !== 'off';
  const headers = { 'Content-Type': contentTypeOf(file), 'Cache-Control': 'no-store', ...corsHeaders };
  let start = 0;
  let end = size - 1;
  const range = rangeOn ? /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '') : null;
  if (range && (range[1] !== '' || range[2] !== '')) {
    start = range[1] === '' ? Math.max(0, size - Number(range[2])) : Number(range[1]);
    end = range[1] === '' || range[2] === '' ? size - 1 : Math.min(Number(range[2]), size - 1);
    if (start >= size || start > end) {
      res.writeHead(416, { ...headers, 'Content-Range': `bytes */${size}` });
      res.end();
      return;
    }
    res.writeHead(206, {
      ...headers,
      'Accept-Ranges': 'bytes',
      'Content-Range': `bytes ${start}-${end}/${size}`,
      'Content-Length': end - start + 1,
    });
  } else {
    res.writeHead(200, { ...headers, ...(rangeOn ? { 'Accept-Ranges': 'bytes' } : {}), 'Content-Length': size });
  }
  if (req.method === 'HEAD') {
    res.end();
    return;
  }

  const cutAt = q.has('cutAt') ? Number(q.get('cutAt')) : undefined;
  const maxCuts = q.has('cuts') ? Number(q.get('cuts')) : Number.POSITIVE_INFINITY;
  const willCut = cutAt !== undefined && start <= cutAt && end >= cutAt && state.cuts < maxCuts;
  if (willCut) {
    state.cuts++;
    entry.answer = 'cut';
  }
  const stallAt = q.has('stallAt') ? Number(q.get('stallAt')) : undefined;
  const stallMs = Number(q.get('stallMs') ?? 4000);
  const willStall = stallAt !== undefined && start <= stallAt && end >= stallAt;
  const rate = Number(q.get('bytesPerSecond')) || 0;

  // Stretches of the file to send, each followed by what happens next.
  const stretches = [];
  let from = start;
  if (willStall && (!willCut || stallAt < cutAt)) {
    stretches.push({ from, to: stallAt - 1, then: 'stall' });
    from = stallAt;
  }
  if (willCut) {
    stretches.push({ from, to: cutAt - 1, then: 'cut' });
  } else {
    stretches.push({ from, to: end, then: 'end' });
  }

  let closed = false;
  res.on('close', () => (closed = true));
  if (q.get('stallSeeks') === '1' && start > 0) await new Promise((r) => setTimeout(r, stallMs));
  for (const stretch of stretches) {
    if (closed) return;
    if (stretch.to >= stretch.from) await send(res, file, stretch.from, stretch.to, rate, () => closed);
    if (closed) return;
    if (stretch.then === 'stall') await new Promise((r) => setTimeout(r, stallMs));
    if (stretch.then === 'cut') {
      const outage = Number(q.get('outageMs')) || 0;
      if (outage) state.outageUntil = Date.now() + outage;
      // Let the bytes already written leave before the connection dies, as a real drop mid-transfer would.
      await new Promise((r) => setTimeout(r, 50));
      req.socket.destroy();
      return;
    }
  }
  res.end();
}

/** Writes bytes [from, to] of `file`, throttled to `rate` bytes a second (0: as fast as the socket takes them). */
async function send(res, file, from, to, rate, isClosed) {
  const stream = createReadStream(file, { start: from, end: to, highWaterMark: 4096 });
  let sent = 0;
  const began = Date.now();
  for await (const chunk of stream) {
    if (isClosed()) {
      stream.destroy();
      return;
    }
    if (!res.write(chunk)) await new Promise((r) => res.once('drain', r));
    sent += chunk.length;
    if (rate > 0 && sent > 4096) {
      const due = began + ((sent - 4096) / rate) * 1000;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  }
}
