// `npm run build`: the script-tag bundle, the npm entry, the parser worker script and the type declarations,
// all into dist/. See vite.config.ts for what each build is for.
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { nodeShims } from './lib/node-shims.mjs';

const started = Date.now();
rmSync('dist', { recursive: true, force: true });

// The worker runs `importScripts()`, so its script must be one classic file with nothing to import.
await esbuild({
  entryPoints: ['src/feed/parser-worker.ts'],
  outfile: 'dist/podcast-episode-parser.js',
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2021',
  minify: true,
  sourcemap: true,
  alias: nodeShims,
  define: { global: 'globalThis', 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});

for (const mode of ['cdn', 'npm']) {
  await viteBuild({ mode, logLevel: 'warn', configFile: 'vite.config.ts' });
}

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
