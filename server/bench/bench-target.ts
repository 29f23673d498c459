/**
 * The server under benchmark, in a process of its own (so the load generator does not share its event loop):
 * started by bench-server.ts with fork(), it reports its URL and, when asked over IPC, its counters and memory.
 */
import { startServer } from '../node/start-server.js';

const server = await startServer({
  port: 0,
  hostname: '127.0.0.1',
  env: JSON.parse(process.env.BENCH_ENV ?? '{}'),
  fastPath: process.env.BENCH_FAST_PATH !== '0',
});

const gc = (globalThis as { gc?: () => void }).gc;

process.on('message', async (message: { type: string }) => {
  if (message.type === 'stats') {
    // Twice, a moment apart: buffers are released by the collector's finalisation, after the first pass.
    gc?.();
    await new Promise((r) => setTimeout(r, 200));
    gc?.();
    const memory = process.memoryUsage();
    process.send?.({
      type: 'stats',
      upstreamFetches: server.fetcher.upstreamFetches,
      storeBytes: server.store.size,
      storeCount: server.store.count,
      rss: memory.rss,
      heapUsed: memory.heapUsed,
      external: memory.external + memory.arrayBuffers,
    });
  }
  if (message.type === 'stop') void server.close().then(() => process.exit(0));
});
process.send?.({ type: 'ready', url: `http://127.0.0.1:${server.port}`, cacheBytes: server.config.cacheBytes });
