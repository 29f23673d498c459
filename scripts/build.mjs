// `npm run build`: the script-tag bundle, the npm entry, the parser worker script and the type declarations,
// all into dist/. See vite.config.ts for what each build is for.
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
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
// In each build (npm `index*`, CDN `podcast-episode*`) the file holding the parse client: the entry or a chunk.
for (const prefix of ['index', 'podcast-episode']) {
  const holders = readdirSync('dist').filter(
    (name) =>
      name.startsWith(prefix) &&
      name.endsWith('.js') &&
      name !== 'podcast-episode-parser.js' &&
      readFileSync(`dist/${name}`, 'utf8').includes('./podcast-episode-parser.js'),
  );
  if (holders.length !== 1) throw new Error(`expected one ${prefix}* file to hold the parser's URL, found ${holders}`);
  exposeParserUrl(`dist/${holders[0]}`);
}

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
// tsc emits no .d.ts for a hand-written one: the framework typings must be a declaration file (see its header).
copyFileSync('src/jsx.d.ts', 'dist/types/jsx.d.ts');
writeManifest();
// `wrangler deploy` uploads dist/ as static assets for /embed's script (wrangler.toml [assets]): only the widget's
// own files, never the server bundles, types or source maps.
writeFileSync('dist/.assetsignore', '*\n!podcast-episode*.js\n');
console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);

/**
 * custom-elements.json (editors, Storybook, docs) from the two elements' JSDoc, describing what ships: module paths
 * are the npm build's files (the element's entry and the chunk that defines the transcript viewer), events carry
 * their type from src/events.ts, and type names the package exports point at dist/types/index.d.ts. The analyzer
 * lists every entry of `static properties` as an attribute, internal state included; keep only the public ones.
 */
function writeManifest() {
  const sources = {
    'src/podcast-episode.ts': 'podcast-episode',
    'src/transcript/transcript-view.ts': 'podcast-episode-transcript',
  };
  execFileSync(
    'npx',
    ['cem', 'analyze', '--litelement', '--globs', ...Object.keys(sources), '--outdir', 'dist', '--quiet'],
    {
      stdio: 'inherit',
    },
  );
  const file = 'dist/custom-elements.json';
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const shipped = Object.fromEntries(Object.entries(sources).map(([source, tag]) => [source, npmFileDefining(tag)]));
  const eventTypes = readEventTypes('src/events.ts');
  const typesEntry = 'dist/types/index.d.ts';
  const exportedTypes = readExportedNames(typesEntry);
  const withReferences = (type) => {
    if (!type?.text) return type;
    const references = [...type.text.matchAll(/\b[A-Z]\w*/g)]
      .filter(([name]) => exportedTypes.has(name))
      .map((match) => ({ name: match[0], module: typesEntry, start: match.index, end: match.index + match[0].length }));
    return references.length ? { ...type, references } : type;
  };

  for (const module of manifest.modules) {
    const path = shipped[module.path];
    if (!path) throw new Error(`custom-elements.json: no shipped file for ${module.path}`);
    module.path = path;
    module.declarations = (module.declarations ?? []).filter((d) => d.customElement);
    for (const declaration of module.declarations) {
      const privateNames = new Set(
        (declaration.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name),
      );
      declaration.attributes = (declaration.attributes ?? [])
        .filter((a) => !privateNames.has(a.fieldName ?? a.name))
        .map((a) => ({ ...a, type: withReferences(a.type) }));
      declaration.members = (declaration.members ?? [])
        .filter((m) => m.privacy !== 'private')
        .map((m) => ({ ...m, type: withReferences(m.type) }));
      const types = eventTypes[declaration.tagName] ?? {};
      declaration.events = (declaration.events ?? []).map((event) => ({
        ...event,
        type: withReferences({ text: types[event.name] ?? event.type?.text ?? 'Event' }),
      }));
    }
    // The chunk's own export names are minified: only the entry exports the class under its name.
    module.exports = (module.exports ?? [])
      .filter((e) => e.kind === 'custom-element-definition' || (path === 'dist/index.js' && e.kind === 'js'))
      .filter((e) => module.declarations.some((d) => d.name === e.declaration.name));
    if (path === 'dist/index.js' && !module.exports.some((e) => e.kind === 'custom-element-definition')) {
      // index.ts registers the tag; the analyzer sees only the class's file.
      const name = module.declarations[0].name;
      module.exports.push({
        kind: 'custom-element-definition',
        name: sources['src/podcast-episode.ts'],
        declaration: { name, module: path },
      });
    }
    for (const e of module.exports) e.declaration.module = path;
  }
  const text = JSON.stringify(manifest, null, 2);
  if (/"(module|path)": "\/?src\//.test(text)) throw new Error('custom-elements.json still points into src/');
  writeFileSync(file, text);
}

/** The npm build's file (`dist/index*.js`) that registers `tag`. */
function npmFileDefining(tag) {
  const define = new RegExp(`customElements\\.define\\(\\s*[\`'"]${tag}[\`'"]`);
  const files = readdirSync('dist')
    .filter((name) => /^index.*\.js$/.test(name))
    .filter((name) => define.test(readFileSync(`dist/${name}`, 'utf8')));
  if (files.length !== 1) throw new Error(`expected one npm build file to define <${tag}>, found ${files.length}`);
  return `dist/${files[0]}`;
}

/** Each element's event map in src/events.ts, as `{ tag: { event: 'type text' } }`. */
function readEventTypes(path) {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  const maps = {
    PodcastEpisodeEventMap: 'podcast-episode',
    PodcastEpisodeTranscriptEventMap: 'podcast-episode-transcript',
  };
  const result = {};
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement) || !(statement.name.text in maps)) continue;
    result[maps[statement.name.text]] = Object.fromEntries(
      statement.members.filter(ts.isPropertySignature).map((m) => [m.name.text, m.type.getText(source)]),
    );
  }
  return result;
}

/** Names a declaration file exports (`export { … }` and `export type { … }` lists). */
function readExportedNames(path) {
  const names = new Set();
  for (const [, list] of readFileSync(path, 'utf8').matchAll(/export (?:type )?\{([^}]*)\}/g)) {
    for (const item of list.split(',')) {
      const name = item
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name) names.add(name);
    }
  }
  return names;
}

/**
 * What ships must hold `new URL('./podcast-episode-parser.js', import.meta.url)` in the form an app's bundler acts
 * on (see parse-client.ts): without the `@vite-ignore` that kept this package's own build off it (the minifier keeps
 * that comment, and the app's Vite would then skip the URL too), and with a plain string where the minifier wrote a
 * template literal (some bundlers' asset plugins look for a string literal only). Blanked, not cut, so every
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
