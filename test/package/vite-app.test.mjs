// `npm run test:package`: the packed package in a Vite app, as a user installs it. The parser worker script must be
// served (200, not the 404 that sends parsing to the main thread) by `vite` (dev server, whose pre-bundled copy of
// the package lives in node_modules/.vite) and by `vite build`, and the feed must be parsed in the worker.
// Loopback only: the page's requests to any other host are aborted. Run `npm run build` first.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createServer, preview } from 'vite';
import { launchChromium } from '../../scripts/lib/chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const app = mkdtempSync(path.join(tmpdir(), 'podcast-episode-vite-app-'));
let browser;

before(async () => {
  // The package as `npm install` would unpack it, with its dependencies linked from this checkout.
  const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', app], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'ignore'],
  })
    .toString()
    .trim()
    .split('\n')
    .pop();
  execFileSync('tar', ['-xzf', path.join(app, tarball), '-C', app]);
  mkdirSync(path.join(app, 'node_modules'));
  cpSync(path.join(app, 'package'), path.join(app, 'node_modules/podcast-episode'), { recursive: true });
  const seen = new Set();
  const link = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    const from = path.join(root, 'node_modules', name);
    mkdirSync(path.dirname(path.join(app, 'node_modules', name)), { recursive: true });
    symlinkSync(from, path.join(app, 'node_modules', name), 'dir');
    Object.keys(JSON.parse(readFileSync(path.join(from, 'package.json'), 'utf8')).dependencies ?? {}).forEach(link);
  };
  Object.keys(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).dependencies).forEach(link);

  writeFileSync(
    path.join(app, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>app</title></head>
<body><podcast-episode feed="/feed.xml" episode="latest"></podcast-episode><script type="module" src="/main.js"></script></body></html>`,
  );
  writeFileSync(
    path.join(app, 'main.js'),
    `import 'podcast-episode';
const element = document.querySelector('podcast-episode');
element.addEventListener('ready', (event) => (window.readyTitle = event.detail.episode.title));
element.addEventListener('error', (event) => (window.errorCode = event.detail.code));`,
  );
  mkdirSync(path.join(app, 'public'));
  writeFileSync(
    path.join(app, 'public/feed.xml'),
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>App Show</title><description>d</description>
<item><title>Parsed where?</title><guid>app-1</guid><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate><description>n</description></item>
</channel></rss>`,
  );
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  rmSync(app, { recursive: true, force: true });
});

/** Loads the app and reports the parser script's responses, the main-thread parser's requests and the worker. */
async function visit(url) {
  const page = await browser.newPage();
  try {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const { protocol, hostname } = new URL(request.url());
      if (/^https?:$/.test(protocol) && hostname !== '127.0.0.1') return request.abort();
      return request.continue();
    });
    const parserResponses = [];
    const pipelineRequests = [];
    page.on('response', (response) => {
      if (response.url().includes('podcast-episode-parser')) parserResponses.push(response.status());
    });
    page.on('request', (request) => {
      if (/pipeline/.test(request.url())) pipelineRequests.push(request.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.readyTitle || window.errorCode, { timeout: 30000 });
    const shown = await page.evaluate(() => window.readyTitle ?? `error ${window.errorCode}`);
    const workers = await Promise.all(
      page.workers().map((worker) => worker.evaluate(() => self.name).catch(() => 'terminated')),
    );
    return { shown, parserResponses, pipelineRequests, workers };
  } finally {
    await page.close();
  }
}

function assertParsedInWorker(result) {
  assert.equal(result.shown, 'Parsed where?');
  assert.deepEqual(result.parserResponses, [200], 'the parser worker script is served');
  assert.deepEqual(result.workers, ['podcast-episode-parser'], 'the parser worker is running');
  assert.deepEqual(result.pipelineRequests, [], 'the main-thread parser is not loaded');
}

test('vite dev server: the worker script is served from the package and parses the feed', async () => {
  const server = await createServer({
    root: app,
    configFile: false,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  await server.listen();
  try {
    assertParsedInWorker(await visit(`http://127.0.0.1:${server.httpServer.address().port}/`));
  } finally {
    await server.close();
  }
});

test('vite build: the worker script is copied into the app and parses the feed', async () => {
  await build({ root: app, configFile: false, logLevel: 'silent' });
  const server = await preview({
    root: app,
    configFile: false,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  try {
    assertParsedInWorker(await visit(`http://127.0.0.1:${server.httpServer.address().port}/`));
  } finally {
    await server.close();
  }
});
