/**
 * `npm run bench:server`: the server's figures on loopback only (127.0.0.1), bounded in time (about a minute).
 * 1. cached /proxy: throughput and p50/p99 latency at 100 and 500 connections (autocannon, 8 s each), the same at
 *    500 through the Hono app alone (the Node fast path off), and bare node:http at 500 connections as the
 *    machine's ceiling at that moment (judge the server by its ratio to that: the machine is shared);
 * 2. 200 simultaneous cold requests for one URL: upstream fetches counted (target: 1);
 * 3. memory after 10,000 requests over 1,000 distinct feeds, against the cache's byte budget;
 * 4. /episode.json for LinuxUnplugged (2.7 MB): uncached (fetch + parse) and cached latency.
 * The server runs in a child process; the origin and the load generator in this one.
 * BENCH_NODE_FLAGS adds flags to the server processes (e.g. `--max-semi-space-size=32`); BENCH_ONLY=proxy stops
 * after part 1; BENCH_SECONDS sets each load's length; BENCH_ROUNDS repeats part 1's three-way comparison.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { Agent, fetch as undiciFetch } from 'undici';
import { startOrigin } from '../test/support/origin-server.js';
import { linuxUnpluggedFeed } from '../test/support/shared-feeds.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CACHE_MB = 16;
const FEED_BYTES = 40_000;

interface Stats {
  upstreamFetches: number;
  storeBytes: number;
  storeCount: number;
  rss: number;
  heapUsed: number;
  external: number;
}

/** Thrown to stop after part 1 (BENCH_ONLY=proxy). */
class Done extends Error {}

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function startTarget(
  env: Record<string, string>,
  script = './bench-target.ts',
  fastPath = true,
): Promise<{ child: ChildProcess; url: string; cacheBytes: number }> {
  const child = fork(fileURLToPath(new URL(script, import.meta.url)), {
    execArgv: ['--import', 'tsx', '--expose-gc', ...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean)],
    env: { ...process.env, BENCH_ENV: JSON.stringify(env), BENCH_FAST_PATH: fastPath ? '1' : '0' },
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m: { type: string; url: string; cacheBytes: number }) => resolve({ child, ...m }));
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
}

function stats(child: ChildProcess): Promise<Stats> {
  return new Promise((resolve) => {
    child.once('message', (m: Stats) => resolve(m));
    child.send({ type: 'stats' });
  });
}

type Run = Awaited<ReturnType<typeof load>>;

/** CPU time (user + system, ms) a process has used, from /proc (Linux); undefined elsewhere. */
function cpuMs(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 a second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/**
 * Loads `url` for SECONDS. `pid`: the server's process, whose CPU time per request is measured too, a figure far
 * less disturbed by other work on a shared machine than latency is.
 */
async function load(url: string, connections: number, pid?: number) {
  const cpuBefore = cpuMs(pid);
  const result = await autocannon({ url, connections, duration: SECONDS });
  const cpuAfter = cpuMs(pid);
  return {
    cpuMicrosPerRequest:
      cpuBefore === undefined || cpuAfter === undefined || !result.requests.total
        ? undefined
        : Math.round(((cpuAfter - cpuBefore) * 1000) / result.requests.total),
    connections,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

const origin = await startOrigin(linuxUnpluggedFeed() ? { 'lu.xml': linuxUnpluggedFeed()! } : {});
const serverEnv = {
  PODCAST_EPISODE_PRIVATE_HOSTS: `127.0.0.1:${origin.port}`,
  PODCAST_EPISODE_RATE_LIMIT: '0',
  PODCAST_EPISODE_CACHE_MB: String(CACHE_MB),
};
const { child, url, cacheBytes } = await startTarget(serverEnv);
if (process.env.BENCH_NODE_FLAGS) console.log(`server flags: ${process.env.BENCH_NODE_FLAGS}`);
const proxy = (target: string) => `${url}/proxy?url=${encodeURIComponent(target)}`;
const results: Record<string, unknown> = {};

try {
  // 1. Cached /proxy.
  const cachedUrl = proxy(`${origin.url}/feed.xml`);
  const warm = await fetch(cachedUrl);
  const bodyBytes = (await warm.arrayBuffer()).byteLength;
  const cached = [];
  for (const connections of [100, 500]) {
    const r = await load(cachedUrl, connections, child.pid);
    cached.push(r);
    console.log(
      `cached /proxy (${bodyBytes} B body), ${connections} connections: ${r.requestsPerSecond} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, max ${r.max} ms, errors ${r.errors}`,
    );
  }
  // At 500 connections, three servers in turn, BENCH_ROUNDS times (default 1), each round the same order: ours
  // (fast path on), the Hono app alone (fast path off) and bare node:http serving the same bytes, the ceiling this
  // machine allows at that moment. On a shared machine the ratio to bare node:http, round by round, is the figure.
  const viaApp = await startTarget(serverEnv, './bench-target.ts', false);
  const appUrl = `${viaApp.url}/proxy?url=${encodeURIComponent(`${origin.url}/feed.xml`)}`;
  await (await fetch(appUrl)).arrayBuffer();
  const bare = await startTarget({}, './bare-target.ts');
  const rounds: { fast: Run; app: Run; bare: Run }[] = [];
  for (let round = 0; round < Number(process.env.BENCH_ROUNDS ?? 1); round++) {
    const fast = round === 0 ? cached[1]! : await load(cachedUrl, 500, child.pid);
    const app = await load(appUrl, 500, viaApp.child.pid);
    const reference = await load(bare.url, 500, bare.child.pid);
    rounds.push({ fast, app, bare: reference });
    console.log(
      `500 connections, round ${round + 1}: fast path ${fast.requestsPerSecond} req/s p50 ${fast.p50} p99 ${fast.p99} ms; ` +
        `app alone ${app.requestsPerSecond} req/s p50 ${app.p50} p99 ${app.p99} ms; ` +
        `bare node:http ${reference.requestsPerSecond} req/s p50 ${reference.p50} p99 ${reference.p99} ms → ` +
        `p99 over bare: fast path ${(fast.p99 / reference.p99).toFixed(2)}×, app alone ${(app.p99 / reference.p99).toFixed(2)}×; ` +
        `server CPU per request: fast path ${fast.cpuMicrosPerRequest} µs, app alone ${app.cpuMicrosPerRequest} µs, bare ${reference.cpuMicrosPerRequest} µs`,
    );
  }
  viaApp.child.send({ type: 'stop' });
  bare.child.send({ type: 'stop' });
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  if (rounds.length > 1)
    console.log(
      `median p99 over bare node:http's at 500 connections (${rounds.length} rounds): fast path ${median(rounds.map((r) => r.fast.p99 / r.bare.p99)).toFixed(2)}×, ` +
        `app alone ${median(rounds.map((r) => r.app.p99 / r.bare.p99)).toFixed(2)}×; median CPU per request ` +
        `fast path ${median(rounds.map((r) => r.fast.cpuMicrosPerRequest ?? 0))} µs, app alone ${median(rounds.map((r) => r.app.cpuMicrosPerRequest ?? 0))} µs, ` +
        `bare ${median(rounds.map((r) => r.bare.cpuMicrosPerRequest ?? 0))} µs`,
    );
  results.cachedProxy = { bodyBytes, runs: cached, rounds500: rounds };
  if (process.env.BENCH_ONLY === 'proxy') throw new Done();

  // 2. 200 cold simultaneous requests for one URL.
  const before = (await stats(child)).upstreamFetches;
  const originBefore = origin.hits.get('/slow-feed.xml') ?? 0;
  const agent = new Agent({ connections: 250 });
  const coldUrl = proxy(`${origin.url}/slow-feed.xml?cold=${Date.now()}`);
  const statuses = await Promise.all(
    Array.from({ length: 200 }, () =>
      undiciFetch(coldUrl, { dispatcher: agent }).then(async (r) => {
        await r.arrayBuffer();
        return r.status;
      }),
    ),
  );
  await agent.close();
  const upstream = (await stats(child)).upstreamFetches - before;
  const originHits = (origin.hits.get('/slow-feed.xml') ?? 0) - originBefore;
  console.log(
    `200 simultaneous cold requests: ${statuses.filter((s) => s === 200).length} × 200 OK, upstream fetches ${upstream} (origin saw ${originHits})`,
  );
  results.cold = { requests: 200, ok: statuses.filter((s) => s === 200).length, upstreamFetches: upstream, originHits };

  // 3. Memory over 10,000 requests to 1,000 distinct feeds.
  const idle = await stats(child);
  const many = new Agent({ connections: 50 });
  let next = 0;
  const worker = async () => {
    while (next < 10_000) {
      const n = next++ % 1000;
      const r = await undiciFetch(proxy(`${origin.url}/many/${n}.xml?size=${FEED_BYTES}`), { dispatcher: many });
      await r.arrayBuffer();
    }
  };
  const started = Date.now();
  let halfway: Stats | undefined;
  const halfwayTaken = (async () => {
    while (next < 5_000) await new Promise((r) => setTimeout(r, 20));
    halfway = await stats(child);
  })();
  await Promise.all(Array.from({ length: 50 }, worker));
  await halfwayTaken;
  await many.close();
  const after = await stats(child);
  console.log(
    `10,000 requests over 1,000 feeds of ${FEED_BYTES / 1000} kB in ${((Date.now() - started) / 1000).toFixed(1)} s: cache holds ${MB(after.storeBytes)} in ${after.storeCount} entries (budget ${MB(cacheBytes)}); ` +
      `RSS ${MB(idle.rss)} → ${MB(halfway!.rss)} (at 5,000) → ${MB(after.rss)}, heap ${MB(idle.heapUsed)} → ${MB(halfway!.heapUsed)} → ${MB(after.heapUsed)}, ` +
      `buffers ${MB(idle.external)} → ${MB(halfway!.external)} → ${MB(after.external)}`,
  );
  results.memory = { cacheBudget: cacheBytes, idle, halfway, after };

  // 4. /episode.json for LinuxUnplugged.
  if (!linuxUnpluggedFeed()) {
    console.log('/episode.json: skipped, the shared feeds (LinuxUnplugged) are missing: set PODCAST_FEEDS_DIR');
  } else {
    const timed = async (target: string) => {
      const t = performance.now();
      const r = await fetch(target);
      await r.arrayBuffer();
      return { ms: Math.round(performance.now() - t), cache: r.headers.get('x-cache'), status: r.status };
    };
    const uncached = [];
    for (let i = 0; i < 3; i++)
      uncached.push(
        await timed(
          `${url}/episode.json?feed=${encodeURIComponent(`${origin.url}/feeds/lu.xml?v=${i}`)}&episode=latest`,
        ),
      );
    const snapshotUrl = `${url}/episode.json?feed=${encodeURIComponent(`${origin.url}/feeds/lu.xml?v=0`)}&episode=latest`;
    const otherEpisode = await timed(
      `${url}/episode.json?feed=${encodeURIComponent(`${origin.url}/feeds/lu.xml?v=0`)}&episode=300`,
    );
    const cachedRun = await load(snapshotUrl, 10);
    console.log(
      `/episode.json LinuxUnplugged: uncached (fetch 2.7 MB + parse) ${uncached.map((u) => `${u.ms} ms`).join(', ')}; ` +
        `another episode of the read feed ${otherEpisode.ms} ms; cached ${cachedRun.requestsPerSecond} req/s, p50 ${cachedRun.p50} ms, p99 ${cachedRun.p99} ms (10 connections)`,
    );
    results.episodeJson = { uncached, otherEpisode, cached: cachedRun };
  }
} catch (error) {
  if (!(error instanceof Done)) throw error;
} finally {
  if (process.env.BENCH_JSON) console.log(JSON.stringify(results, null, 2));
  child.send({ type: 'stop' });
  await origin.close();
}
