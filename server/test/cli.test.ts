// The `podcast-episode` command as it ships: the CLI bundle built as `npm run build` builds it, run with node.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FEED_XML, startOrigin, type Origin } from './support/origin-server.js';
import { runCli } from './support/run-cli.js';
import { readSnapshotText } from '../../src/snapshot/read-snapshot.js';
// @ts-expect-error: a plain .mjs build script without types
import { buildServer } from '../../scripts/build-server.mjs';

describe('podcast-episode CLI', () => {
  let dir: string;
  let cli: string;
  let origin: Origin;
  let feedFile: string;

  const run = (args: string[], env: Record<string, string> = {}) => runCli(cli, args, env);

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'podcast-episode-cli-'));
    cli = ((await buildServer({ outdir: dir, only: 'cli' })) as { cli: string }).cli;
    feedFile = path.join(dir, 'feed.xml');
    writeFileSync(feedFile, FEED_XML);
    origin = await startOrigin();
  });
  after(async () => {
    await origin?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the latest episode of a file to stdout, progress to stderr', async () => {
    const { code, stdout, stderr } = await run(['snapshot', feedFile]);
    assert.equal(code, 0, stderr);
    const snapshot = readSnapshotText(stdout);
    assert.equal(snapshot.episode.title, 'Episode 2: Caching');
    assert.equal(snapshot.feedUrl, `file://${feedFile}`);
    assert.match(stderr, /Episode: Episode 2: Caching \(2 in the feed\)/);
  });

  it('writes a chosen episode to a file with -o and records --feed-url', async () => {
    const out = path.join(dir, 'episode.json');
    const { code, stderr } = await run([
      'snapshot',
      feedFile,
      '--episode',
      'Episode 1: Proxies',
      '-o',
      out,
      '--feed-url',
      'https://loopback.example/feed.xml',
    ]);
    assert.equal(code, 0, stderr);
    const snapshot = readSnapshotText(readFileSync(out, 'utf8'));
    assert.equal(snapshot.episode.guid, 'lr-1');
    assert.equal(snapshot.feedUrl, 'https://loopback.example/feed.xml');
    assert.match(stderr, /Wrote .*episode\.json/);
  });

  it('fetches a feed URL through the same guard as the server', async () => {
    const url = `${origin.url}/feed.xml`;
    const allowed = await run(['snapshot', url, '--private-hosts', `127.0.0.1:${origin.port}`]);
    assert.equal(allowed.code, 0, allowed.stderr);
    assert.equal(readSnapshotText(allowed.stdout).feedUrl, url);
    const hitsBefore = origin.hits.get('/feed.xml');
    const refused = await run(['snapshot', url]);
    assert.equal(refused.code, 3);
    assert.match(refused.stderr, /forbidden-address/);
    assert.equal(origin.hits.get('/feed.xml'), hitsBefore, 'nothing was fetched');
  });

  it('exits 4 when the episode or the feed cannot be read, 3 when the file is missing, 2 on bad usage', async () => {
    const noEpisode = await run(['snapshot', feedFile, '--episode', '99']);
    assert.equal(noEpisode.code, 4);
    assert.match(noEpisode.stderr, /episode-not-found/);
    const notFeed = path.join(dir, 'not-a-feed.json');
    writeFileSync(notFeed, '{"hello":1}');
    assert.equal((await run(['snapshot', notFeed])).code, 4);
    assert.equal((await run(['snapshot', path.join(dir, 'missing.xml')])).code, 3);
    assert.equal((await run([])).code, 2);
    assert.equal((await run(['snapshot'])).code, 2);
    assert.equal((await run(['frobnicate'])).code, 2);
    const help = await run(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /podcast-episode serve/);
  });

  it('serve listens, prints its URL and answers', async () => {
    const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--host', '127.0.0.1']);
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (match) resolve(match[1]!);
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      const health = await fetch(`${url}/health`).then((r) => r.json());
      assert.deepEqual(health, { ok: true });
    } finally {
      child.kill('SIGTERM');
    }
  });
});
