// `podcast-episode card` as it ships: the CLI bundle built as `npm run build` builds it, run with node.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FEED_XML, startOrigin, type Origin } from './support/origin-server.js';
import { runCli } from './support/run-cli.js';
import { assertEmailSafe, CARD_FEEDS, linksIn } from './support/card-route-suite.js';
// @ts-expect-error: a plain .mjs build script without types
import { buildServer } from '../../scripts/build-server.mjs';

describe('podcast-episode card', () => {
  let dir: string;
  let cli: string;
  let origin: Origin;
  let feedFile: string;

  const run = (args: string[]) => runCli(cli, args);

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'podcast-episode-card-'));
    cli = ((await buildServer({ outdir: dir, only: 'cli' })) as { cli: string }).cli;
    feedFile = path.join(dir, 'feed.xml');
    writeFileSync(feedFile, FEED_XML);
    origin = await startOrigin(CARD_FEEDS);
  });
  after(async () => {
    await origin?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the latest episode of a file as an HTML document to stdout', async () => {
    const { code, stdout, stderr } = await run(['card', feedFile]);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^<!doctype html>/);
    assertEmailSafe(stdout);
    assert.match(stdout, /Episode 2: Caching/);
    assert.match(stderr, /Episode: Episode 2: Caching \(2 in the feed\)/);
    // No episode page and no --server: "Listen" goes to the show's site.
    assert.ok(linksIn(stdout).includes('https://loopback.example/'));
  });

  it('takes the episode as a second argument, --format text and -o', async () => {
    const out = path.join(dir, 'card.txt');
    const { code, stderr } = await run(['card', feedFile, 'Episode 1: Proxies', '--format', 'text', '-o', out]);
    assert.equal(code, 0, stderr);
    const text = readFileSync(out, 'utf8');
    assert.match(
      text,
      /^Episode 1: Proxies\nLoopback Radio · Jun 1, 2026\n\nWhy feeds need a proxy: caching and CORS\.\n/,
    );
    assert.match(text, /\nListen: https:\/\/loopback\.example\/\n$/);
    assert.match(stderr, /Wrote .*card\.txt \(text/);
  });

  it('fetches a feed URL through the guard; --server makes "Listen" the embed page', async () => {
    const url = `${origin.url}/feed.xml`;
    const md = await run([
      'card',
      url,
      '--format',
      'md',
      '--server',
      'https://pod.example',
      '--private-hosts',
      `127.0.0.1:${origin.port}`,
    ]);
    assert.equal(md.code, 0, md.stderr);
    assert.match(
      md.stdout,
      /^### \[Episode 2: Caching\]\(https:\/\/pod\.example\/embed\?feed=http%3A%2F%2F127\.0\.0\.1%3A\d+%2Ffeed\.xml&episode=lr-2\)/,
    );
    const refused = await run(['card', url]);
    assert.equal(refused.code, 3);
    assert.match(refused.stderr, /forbidden-address/);
  });

  it('escapes a hostile feed and exits 2, 3 or 4 as snapshot does', async () => {
    // Its links are all javascript: and its file has no web address: only --server's embed page is left.
    const alone = await run(['card', CARD_FEEDS['xss.xml']]);
    assert.equal(alone.code, 4);
    assert.match(alone.stderr, /no page, audio or feed address to link to/);
    const hostile = await run([
      'card',
      CARD_FEEDS['xss.xml'],
      '--format',
      'fragment',
      '--feed-url',
      'https://evil.example/feed.xml',
      '--server',
      'https://pod.example/',
    ]);
    assert.equal(hostile.code, 0, hostile.stderr);
    assertEmailSafe(hostile.stdout);
    assert.doesNotMatch(hostile.stdout, /javascript:/i);
    assert.equal((await run(['card', feedFile, '99'])).code, 4);
    assert.equal((await run(['card', path.join(dir, 'missing.xml')])).code, 3);
    assert.equal((await run(['card'])).code, 2);
    assert.equal((await run(['card', feedFile, '--format', 'pdf'])).code, 2);
    assert.match((await run(['--help'])).stdout, /podcast-episode card <feed URL or file> \[episode\]/);
  });
});
