// `npm run typecheck:types`: the built package's types (dist/types) as projects that install it see them.
// 1. test/types/*.ts(x) against React 19's and Vue's types (devDependencies): JSX, templates, typed events.
// 2. dom.ts in a project that has only the package and its dependencies (no @types/react, no vue, no @types/*
//    of ours), with skipLibCheck off: the framework typings must be inert there, and nothing may be missing.
// Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
if (!existsSync(path.join(root, 'dist/types/jsx.d.ts'))) {
  console.error('dist/types is missing or stale: run `npm run build` first.');
  process.exit(1);
}

function run(label, project) {
  try {
    execFileSync(process.execPath, [tsc, '-p', project], { stdio: 'inherit' });
    console.log(`types: ${label} ok`);
  } catch {
    console.error(`types: ${label} failed`);
    process.exitCode = 1;
  }
}

run('React 19, Vue and DOM usage', path.join(root, 'test/types/tsconfig.json'));

// A project with the package installed: its files (as `npm pack` would ship them) and its dependencies, linked.
const project = mkdtempSync(path.join(tmpdir(), 'podcast-episode-types-'));
try {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const installed = path.join(project, 'node_modules', pkg.name);
  mkdirSync(installed, { recursive: true });
  cpSync(path.join(root, 'package.json'), path.join(installed, 'package.json'));
  cpSync(path.join(root, 'dist/types'), path.join(installed, 'dist/types'), { recursive: true });
  const seen = new Set();
  const link = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    const from = path.join(root, 'node_modules', name);
    const to = path.join(project, 'node_modules', name);
    mkdirSync(path.dirname(to), { recursive: true });
    symlinkSync(from, to, 'dir');
    const deps = JSON.parse(readFileSync(path.join(from, 'package.json'), 'utf8')).dependencies ?? {};
    Object.keys(deps).forEach(link);
  };
  Object.keys(pkg.dependencies ?? {}).forEach(link);
  cpSync(path.join(root, 'test/types/dom.ts'), path.join(project, 'index.ts'));
  writeFileSync(
    path.join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        // Symlinked dependencies must not find this repository's node_modules (React's and Vue's types) above them.
        preserveSymlinks: true,
      },
      files: ['index.ts'],
    }),
  );
  run('a project without React or Vue (skipLibCheck off)', path.join(project, 'tsconfig.json'));
} finally {
  rmSync(project, { recursive: true, force: true });
}
