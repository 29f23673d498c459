// A small static file server that answers HTTP Range requests with 206, as real audio hosts do.
// Used by the demo (`npm start`), the test runner (its own dev server answers Range with 200 and the whole file,
// which makes seeking snap back to 0) and the benchmark.
import { createServer } from 'node:http';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.wav': 'audio/wav',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.vtt': 'text/vtt; charset=utf-8',
  '.srt': 'application/x-subrip; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export function contentTypeOf(file) {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Sends one file, honouring `Range: bytes=a-b` with 206 Partial Content.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} file absolute path
 * @param {{ cors?: boolean, headers?: Record<string,string> }} [options]
 * @returns {Promise<boolean>} false when the file does not exist (nothing was sent)
 */
export async function sendFile(req, res, file, options = {}) {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    return false;
  }
  if (!stat.isFile()) return false;
  const headers = {
    'Content-Type': contentTypeOf(file),
    'Accept-Ranges': 'bytes',
    'Cache-Control': 'no-cache',
    ...(options.cors
      ? { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Content-Length, Content-Range' }
      : {}),
    ...options.headers,
  };
  const size = stat.size;
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  if (range && (range[1] !== '' || range[2] !== '')) {
    let start = range[1] === '' ? size - Number(range[2]) : Number(range[1]);
    let end = range[1] === '' || range[2] === '' ? size - 1 : Math.min(Number(range[2]), size - 1);
    if (start < 0) start = 0;
    if (start >= size || start > end) {
      res.writeHead(416, { ...headers, 'Content-Range': `bytes */${size}` });
      res.end();
      return true;
    }
    res.writeHead(206, {
      ...headers,
      'Content-Range': `bytes ${start}-${end}/${size}`,
      'Content-Length': end - start + 1,
    });
    if (req.method === 'HEAD') return (res.end(), true);
    createReadStream(file, { start, end }).pipe(res);
    return true;
  }
  res.writeHead(200, { ...headers, 'Content-Length': size });
  if (req.method === 'HEAD') return (res.end(), true);
  createReadStream(file).pipe(res);
  return true;
}

/** Maps a URL path onto a file under `root`, refusing to leave it. */
export function resolveUnder(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return undefined;
  }
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  return file === root || file.startsWith(root + path.sep) ? file : undefined;
}

/**
 * Starts a static server for `root` on `port` (0 picks a free one).
 * `redirects` maps exact URL paths to locations answered with 302 (the query string is kept), e.g. `{ '/': '/demo/' }`.
 * @param {{ root: string, port?: number, host?: string, cors?: boolean, index?: string, redirects?: Record<string, string> }} options
 * @returns {Promise<{ server: import('node:http').Server, port: number, url: string, close: () => Promise<void> }>}
 */
export async function startStaticServer({
  root,
  port = 0,
  host = '127.0.0.1',
  cors = false,
  index = 'index.html',
  redirects = {},
}) {
  const absRoot = path.resolve(root);
  const server = createServer(async (req, res) => {
    const requested = new URL(req.url ?? '/', 'http://x');
    if (Object.hasOwn(redirects, requested.pathname) && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(302, {
        Location: redirects[requested.pathname] + requested.search,
        ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}),
      });
      return res.end();
    }
    if (req.method === 'OPTIONS' && cors) {
      res.writeHead(204, {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Headers': 'Range',
        'Access-Control-Allow-Methods': 'GET, HEAD',
      });
      return res.end();
    }
    let file = resolveUnder(absRoot, requested.pathname);
    if (file) {
      const stat = await fs.stat(file).catch(() => undefined);
      if (stat?.isDirectory()) file = path.join(file, index);
    }
    if (!file || !(await sendFile(req, res, file, { cors }))) {
      res.writeHead(404, {
        'Content-Type': 'text/plain; charset=utf-8',
        ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}),
      });
      res.end('Not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actual = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  return {
    server,
    port: actual,
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
