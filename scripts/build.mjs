// `npm run build`: the script-tag bundle, the npm entry, the parser worker script and the type declarations,
// all into dist/. See vite.config.ts for what each build is for.
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
for (const file of ['dist/index.js', 'dist/podcast-episode.js']) exposeParserUrl(file);

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
// tsc emits no .d.ts for a hand-written one: the framework typings must be a declaration file (see its header).
copyFileSync('src/jsx.d.ts', 'dist/types/jsx.d.ts');
writeManifest();
console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);

/**
 * custom-elements.json (editors, Storybook, docs) from the element's JSDoc. The analyzer lists every entry of
 * `static properties` as an attribute, internal state included; keep only the public ones.
 */
function writeManifest() {
  execFileSync(
    'npx',
    ['cem', 'analyze', '--litelement', '--globs', 'src/podcast-episode.ts', '--outdir', 'dist', '--quiet'],
    { stdio: 'inherit' },
  );
  const file = 'dist/custom-elements.json';
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      const privateNames = new Set(
        (declaration.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name),
      );
      declaration.attributes = (declaration.attributes ?? []).filter((a) => !privateNames.has(a.fieldName ?? a.name));
      declaration.members = (declaration.members ?? []).filter((m) => m.privacy !== 'private');
    }
  }
  writeFileSync(file, JSON.stringify(manifest, null, 2));
}

/**
 * What ships must hold `new URL('./podcast-episode-parser.js', import.meta.url)` in the form an app's bundler acts
 * on (see parse-client.ts): without the `@vite-ignore` that kept this package's own build off it (the minifier keeps
 * that comment, and the app's Vite would then skip the URL too), and with a plain string where the minifier wrote a
 * template literal (Rollup's import-meta-assets and Parcel act only on a string). Blanked, not cut, so every
 * position in the source map still holds.
 */
function exposeParserUrl(file) {
  const code = readFileSync(file, 'utf8');
  const pattern = /new URL\((\s*)\/\* @vite-ignore \*\/(\s*)`(\.\/podcast-episode-parser\.js)`,import\.meta\.url\)/;
  if (!pattern.test(code)) throw new Error(`${file}: the parser worker's URL is not in the expected form`);
  writeFileSync(
    file,
    code.replace(
      pattern,
      (_, before, after, url) => `new URL(${before}${' '.repeat(18)}${after}"${url}",import.meta.url)`,
    ),
  );
}
