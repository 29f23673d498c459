/**
 * The Node entry: the app on @hono/node-server, cached in memory, fetching through undici with the pinned lookup.
 */
import { serve } from '@hono/node-server';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type ServerApp } from '../app.js';
import { readConfig, type ServerConfig } from '../config.js';
import { MemoryStore } from '../cache/memory-store.js';
import { nodeHop } from '../upstream/node-hop.js';
import { threadFeedReader } from './feed-reader-thread.js';
import { nodeWidgetFiles } from './widget-files.js';

export interface RunningServer {
  /** `http://host:port`, as printed. */
  url: string;
  port: number;
  config: ServerConfig;
  fetcher: ServerApp['fetcher'];
  store: MemoryStore;
  close(): Promise<void>;
}

export interface StartOptions {
  port?: number;
  /** Interface to listen on; default all (`0.0.0.0`/`::`). Tests use 127.0.0.1. */
  hostname?: string;
  /** Environment-like settings (see config.ts); default process.env. */
  env?: Partial<Record<string, unknown>>;
}

/** Starts the server and resolves once it listens. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const env = options.env ?? process.env;
  const config = readConfig(env);
  const store = new MemoryStore(config.cacheBytes);
  const { hop, close: closeAgent } = nodeHop(config);
  const reader = threadFeedReader();
  const { app, fetcher } = createApp({
    config,
    hop,
    store,
    clientAddress: (c) =>
      (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket.remoteAddress ?? 'unknown',
    defer: (_c, work) => void work.catch(() => {}),
    readFeed: reader.read,
    widgetFiles: nodeWidgetFiles(env.PODCAST_EPISODE_WIDGET_DIR as string | undefined),
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname: options.hostname }, () => resolve(s));
    s.once('error', reject);
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
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await closeAgent();
      await reader.close();
    },
  };
}
