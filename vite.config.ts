/**
 * Two library builds of src/index.ts, chosen by `--mode` (scripts/build.mjs runs both):
 * - `cdn`: dist/podcast-episode.js, the file for a <script type="module"> tag: everything bundled and minified,
 *   with lazy pieces (howler, the main-thread parser fallback) as sibling chunks loaded relative to it.
 * - `npm`: dist/index.js, the package entry: Lit, howler and DOMPurify stay imports, so an app's bundler shares them.
 * The parser worker script (dist/podcast-episode-parser.js) is a classic IIFE built by esbuild in build.mjs.
 */
import { defineConfig } from 'vite';
import { nodeShims } from './scripts/lib/node-shims.mjs';
import { minifyCssLiterals } from './scripts/lib/minify-css-literals.mjs';
import { minifyHtmlLiterals } from './scripts/lib/minify-html-literals.mjs';
import { compactLocales } from './scripts/lib/compact-locales.mjs';

const npmExternals = [/^lit(\/|$)/, /^@lit\//, /^howler$/, /^dompurify$/];

export default defineConfig(({ mode }) => {
  const cdn = mode !== 'npm';
  return {
    publicDir: false,
    plugins: [minifyCssLiterals(), minifyHtmlLiterals(), compactLocales()],
    resolve: {
      alias: Object.entries(nodeShims).map(([find, replacement]) => ({ find: new RegExp(`^${find}$`), replacement })),
    },
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2021',
      minify: true,
      sourcemap: true,
      reportCompressedSize: false,
      lib: {
        entry: 'src/index.ts',
        formats: ['es'],
        fileName: () => (cdn ? 'podcast-episode.js' : 'index.js'),
      },
      rollupOptions: {
        external: cdn ? [] : npmExternals,
        // Let modules shared with lazy chunks live in the entry file instead of in extra shared chunks, which
        // would cost the page another request before the widget can render.
        preserveEntrySignatures: 'allow-extension',
        output: {
          // Library mode leaves ES output readable unless the bundler itself is told to minify.
          minify: true,
          chunkFileNames: cdn ? 'podcast-episode-[name]-[hash].js' : 'index-[name]-[hash].js',
          // The notes sanitiser loads with every feed, beside the parse client: the small modules it shares with
          // later chunks (limits, bound-markup) go into it, so that it waits for no second request (a round trip)
          // before a card can show. Those later chunks load after it anyway.
          codeSplitting: {
            groups: [
              {
                name: 'notes-html',
                test: /[\\/](src[\\/](feed[\\/](limits|bound-markup)|ui[\\/](notes-html|sanitize|notes-accessibility))\.ts|dompurify[\\/].*)$/,
              },
            ],
          },
        },
      },
    },
  };
});
