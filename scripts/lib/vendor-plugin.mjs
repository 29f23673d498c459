// @web/test-runner serves source files as they are, and howler and rss-parser ship CommonJS only.
// This dev-server plugin serves each of them as an ES module bundled on the fly by esbuild, with the Node shims
// the build uses, so tests run the same library code the build ships.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { nodeShims } from './node-shims.mjs';

const require = createRequire(import.meta.url);

/** Bare specifier → the named exports to re-export besides `default`. */
const COMMONJS = {
  'rss-parser': [],
  howler: ['Howl', 'Howler'],
};

export function commonjsVendorPlugin() {
  const cache = new Map();
  return {
    name: 'commonjs-vendor',
    resolveImport({ source }) {
      if (source in COMMONJS) return `/__vendor/${source}.js`;
      return undefined;
    },
    async serve(context) {
      const match = /^\/__vendor\/(.+)\.js$/.exec(context.path);
      if (!match || !(match[1] in COMMONJS)) return undefined;
      const name = match[1];
      if (!cache.has(name)) {
        const names = COMMONJS[name];
        const contents =
          `import m from ${JSON.stringify(require.resolve(name))};\nexport default m;\n` +
          (names.length ? `export const { ${names.join(', ')} } = m;\n` : '');
        cache.set(
          name,
          build({
            stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
            bundle: true,
            format: 'esm',
            platform: 'browser',
            alias: nodeShims,
            define: { global: 'globalThis' },
            write: false,
            logLevel: 'silent',
          }).then((result) => result.outputFiles[0].text),
        );
      }
      return { body: await cache.get(name), type: 'js' };
    },
  };
}
