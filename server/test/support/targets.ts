/**
 * The two deployments the route tests run against, each started on 127.0.0.1 with its settings:
 * the Node server (startServer) and the Workers script (the bundle wrangler deploys) in Miniflare's workerd.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Miniflare } from 'miniflare';
import { startServer } from '../../node/start-server.js';
// @ts-expect-error: a plain .mjs build script without types
import { buildServer } from '../../../scripts/build-server.mjs';

export interface Target {
  url: string;
  close(): Promise<void>;
}

export type StartTarget = (env: Record<string, string>) => Promise<Target>;

export const startNode: StartTarget = async (env) => {
  const server = await startServer({ port: 0, hostname: '127.0.0.1', env });
  return { url: `http://127.0.0.1:${server.port}`, close: () => server.close() };
};

const distDir = fileURLToPath(new URL('../../../dist', import.meta.url));

let workerScript: Promise<{ file: string; dir: string }> | undefined;

/** The worker bundled once per test process, exactly as `npm run build` bundles it for `wrangler deploy`. */
function bundledWorker() {
  workerScript ??= (async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'podcast-episode-worker-'));
    const { worker } = (await buildServer({ outdir: dir, only: 'worker' })) as { worker: string };
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    return { file: worker, dir };
  })();
  return workerScript;
}

export const startWorker: StartTarget = async (env) => {
  const { file, dir } = await bundledWorker();
  const mf = new Miniflare({
    modules: true,
    scriptPath: file,
    modulesRoot: dir,
    compatibilityDate: '2025-07-01',
    bindings: env,
    host: '127.0.0.1',
    port: 0,
    // The widget's files for /widget/*, as wrangler.toml's [assets] uploads them (when dist/ is built).
    ...(existsSync(path.join(distDir, 'podcast-episode.js'))
      ? { assets: { directory: distDir, binding: 'ASSETS', routerConfig: { has_user_worker: true } } }
      : {}),
  });
  const url = (await mf.ready).origin;
  return { url, close: () => mf.dispose() };
};
