/**
 * The Node entry: the app on @hono/node-server, cached in memory, fetching through undici with the pinned lookup.
 */
import { getRequestListener } from '@hono/node-server';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type ServerApp } from '../app.js';
import { readConfig, type ServerConfig } from '../config.js';
import { MemoryStore } from '../cache/memory-store.js';
import { nodeHop } from '../upstream/node-hop.js';
import { threadFeedReader } from './feed-reader-thread.js';
import { proxyFastPath } from './proxy-fast-path.js';
import { nodeWidgetFiles } from './widget-files.js';

export interface RunningServer {
  /** `http://host:port`, as printed. */
  url: string;
  port: number;
  config: ServerConfig;
  fetcher: ServerApp['fetcher'];
  store: MemoryStore;
  /** Requests answered by the fast path (proxy-fast-path.ts) rather than the app. */
  readonly fastAnswers: number;
  close(): Promise<void>;
}

export interface StartOptions {
  port?: number;
  /** Interface to listen on; default all (`0.0.0.0`/`::`). Tests use 127.0.0.1. */
  hostname?: string;
  /** Environment-like settings (see config.ts); default process.env. */
  env?: Partial<Record<string, unknown>>;
  /** Answer cached `/proxy` hits before the app (proxy-fast-path.ts); default true. Tests compare both ways. */
  fastPath?: boolean;
}

/** Starts the server and resolves once it listens. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const env = options.env ?? process.env;
  const config = readConfig(env);
  const store = new MemoryStore(config.cacheBytes);
  const { hop, close: closeAgent } = nodeHop(config);
  const reader = threadFeedReader();
  const served = createApp({
    config,
    hop,
    store,
    clientAddress: (c) =>
      (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket.remoteAddress ?? 'unknown',
    defer: (_c, work) => void work.catch(() => {}),
    readFeed: reader.read,
    widgetFiles: nodeWidgetFiles(env.PODCAST_EPISODE_WIDGET_DIR as string | undefined),
  });
  const { fetcher } = served;
  const viaApp = getRequestListener(served.app.fetch);
  const fast = options.fastPath === false ? undefined : proxyFastPath(served);
  let fastAnswers = 0;
  const server = createServer((req, res) => {
    if (fast?.(req, res)) fastAnswers++;
    else void viaApp(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, options.hostname, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = options.hostname ?? 'localhost';
  const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return {
    url: `http://${shown}:${address.port}`,
    port: address.port,
    config,
    fetcher,
    store,
    get fastAnswers() {
      return fastAnswers;
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await closeAgent();
      await reader.close();
    },
  };
}
