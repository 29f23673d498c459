// Element tests load the built dist/ bundle: running them against a dist/ older than the sources would test old
// code. `ensureFreshDist()` rebuilds when any source is newer than dist/podcast-episode.js (or it is missing), and
// throws with a clear message when that build fails.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What the bundle is built from: the sources and the build's own configuration. */
const INPUTS = [
  'src',
  'server',
  'vite.config.ts',
  'tsconfig.build.json',
  'scripts/build.mjs',
  'scripts/build-server.mjs',
  'package.json',
];
/** The server bundle the end-to-end tests start (built by scripts/build-server.mjs). */
const SERVER_BUNDLE = 'dist/server/node.js';
const BUNDLE = 'dist/podcast-episode.js';

/** The newest modification time among `paths` (folders walked), with the file it belongs to. */
function newest(paths, root) {
  let best = { file: '', mtimeMs: 0 };
  for (const relative of paths) {
    const full = path.join(root, relative);
    if (!existsSync(full)) continue;
    const stat = statSync(full);
    if (stat.isDirectory()) {
      const inner = newest(
        readdirSync(full).map((name) => path.join(relative, name)),
        root,
      );
      if (inner.mtimeMs > best.mtimeMs) best = inner;
    } else if (stat.mtimeMs > best.mtimeMs) {
      best = { file: relative, mtimeMs: stat.mtimeMs };
    }
  }
  return best;
}

/** Why dist/ is stale (a sentence), or undefined when it is up to date. */
export function staleReason(root = process.cwd()) {
  const bundle = path.join(root, BUNDLE);
  if (!existsSync(bundle)) return `${BUNDLE} is missing`;
  if (!existsSync(path.join(root, SERVER_BUNDLE))) return `${SERVER_BUNDLE} is missing`;
  const source = newest(INPUTS, root);
  const built = statSync(bundle).mtimeMs;
  return source.mtimeMs > built ? `${source.file} is newer than ${BUNDLE}` : undefined;
}

/** Rebuilds dist/ (`npm run build`) when it is stale; throws if the build fails. */
export function ensureFreshDist(root = process.cwd()) {
  const reason = staleReason(root);
  if (!reason) return;
  console.log(`${reason}: rebuilding dist/ before the tests (npm run build)…`);
  try {
    // Both builds, in order: scripts/build.mjs empties dist/, the server's bundles go in after it.
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    execFileSync(process.execPath, ['scripts/build-server.mjs'], { cwd: root, stdio: 'inherit' });
  } catch (error) {
    throw new Error(`dist/ is stale (${reason}) and \`npm run build\` failed: fix the build before running tests.`, {
      cause: error,
    });
  }
  const still = staleReason(root);
  if (still) throw new Error(`dist/ is still stale after the build (${still}).`);
}
