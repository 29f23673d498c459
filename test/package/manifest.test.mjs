// `npm run test:package` (with vite-app.test.mjs): dist/custom-elements.json describes what ships. Run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'dist/custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement);
const byTag = new Map(elements.map((d) => [d.tagName, d]));

/** Every `.ts` file under src/, as text. */
function sources(dir = path.join(root, 'src')) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return entry.name.endsWith('.ts') ? [readFileSync(file, 'utf8')] : [];
  });
}

test('both elements are described and defined', () => {
  assert.deepEqual([...byTag.keys()].sort(), ['podcast-episode', 'podcast-episode-transcript']);
  const definitions = manifest.modules
    .flatMap((m) => m.exports ?? [])
    .filter((e) => e.kind === 'custom-element-definition');
  assert.deepEqual(definitions.map((e) => e.name).sort(), ['podcast-episode', 'podcast-episode-transcript']);
});

test('every --podcast-episode-* custom property the styles read is documented', () => {
  // Only what the CSS reads (`var(--podcast-episode-…`), not the JSDoc that documents it.
  const used = new Set(
    sources().flatMap((text) => [...text.matchAll(/var\(\s*(--podcast-episode-[a-z0-9-]+)/g)].map((m) => m[1])),
  );
  const documented = new Set(elements.flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
  assert.ok(used.size >= 10, `found only ${used.size} custom properties in src/`);
  assert.deepEqual([...used].filter((name) => !documented.has(name)).sort(), []);
  assert.deepEqual([...documented].filter((name) => !used.has(name)).sort(), [], 'documented but never read');
});

test('events carry their detail types, as src/events.ts declares them', () => {
  const events = readFileSync(path.join(root, 'src/events.ts'), 'utf8');
  const mapOf = (name) => {
    const body = events.match(new RegExp(`interface ${name} \\{([\\s\\S]*?)\\n\\}`))[1];
    return Object.fromEntries([...body.matchAll(/^\s+'?([a-z-]+)'?: (.+);$/gm)].map((m) => [m[1], m[2]]));
  };
  const expected = {
    'podcast-episode': mapOf('PodcastEpisodeEventMap'),
    'podcast-episode-transcript': mapOf('PodcastEpisodeTranscriptEventMap'),
  };
  for (const [tag, types] of Object.entries(expected)) {
    const described = Object.fromEntries((byTag.get(tag).events ?? []).map((e) => [e.name, e.type?.text]));
    assert.deepEqual(described, types, `<${tag}>'s events`);
  }
  assert.equal(expected['podcast-episode']['episode-change'], 'CustomEvent<EpisodeEventDetail>');
});

test('every path in the manifest is a file the package ships', () => {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
  );
  const shipped = new Set(pack.files.map((f) => f.path));
  const paths = new Set();
  const walk = (value, key) => {
    if (Array.isArray(value)) value.forEach((v) => walk(v));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, k));
    else if ((key === 'path' || key === 'module') && typeof value === 'string') paths.add(value);
  };
  walk(manifest);
  assert.ok(paths.size >= 2);
  assert.deepEqual([...paths].filter((p) => !shipped.has(p)).sort(), []);
  assert.ok(shipped.has('dist/custom-elements.json'));
});
