/**
 * The Cloudflare Workers entry (`wrangler deploy`, or Miniflare in the tests): the same app, cached in the Cache
 * API, fetching with the platform's `fetch`. Workers cannot pin DNS; Cloudflare's network does not route a
 * Worker's requests to private addresses, and every hop's literal address is still checked by `checkUrl`.
 */
import type { Context } from 'hono';
import { createApp, type ServerApp } from '../app.js';
import { readConfig } from '../config.js';
import { CacheApiStore } from '../cache/cache-api-store.js';
import type { HopFetch } from '../upstream/hop.js';

interface ExecutionContext {
  waitUntil(work: Promise<unknown>): void;
}

const hop: HopFetch = (url, { headers, signal }) => fetch(url, { headers, signal, redirect: 'manual' });

/** Workers static assets (`[assets]` in wrangler.toml, Miniflare's `assets`): dist/ holds the widget's files. */
interface AssetsBinding {
  fetch(request: Request): Promise<Response>;
}

function assetFiles(assets: AssetsBinding | undefined) {
  return async (name: string): Promise<Uint8Array | undefined> => {
    if (!assets) return undefined;
    const response = await assets.fetch(new Request(`https://assets.invalid/${encodeURIComponent(name)}`));
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : undefined;
  };
}

/** One app per isolate, built on the first request from that request's `env` (Workers vars). */
let built: ServerApp | undefined;

function appFor(env: Record<string, unknown>): ServerApp {
  if (!built) {
    const cache = (globalThis as unknown as { caches: { default: ConstructorParameters<typeof CacheApiStore>[0] } })
      .caches.default;
    built = createApp({
      config: readConfig(env),
      hop,
      store: new CacheApiStore(cache),
      clientAddress: (c: Context) => c.req.header('cf-connecting-ip') ?? 'unknown',
      defer: (c: Context, work) => c.executionCtx.waitUntil(work),
      widgetFiles: assetFiles(env.ASSETS as AssetsBinding | undefined),
    });
  }
  return built;
}

export default {
  fetch(request: Request, env: Record<string, unknown>, ctx: ExecutionContext): Response | Promise<Response> {
    return appFor(env).app.fetch(request, env, ctx as never);
  },
};
