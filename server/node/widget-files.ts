/**
 * The built widget's files for `/widget/*` on Node: dist/ beside the server's bundle (dist/server/ → dist/), or the
 * checkout's dist/ when the server runs from its sources (tsx). PODCAST_EPISODE_WIDGET_DIR names another folder.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WidgetFiles } from '../embed/embed-routes.js';

function widgetDir(configured?: string): string | undefined {
  const candidates = configured
    ? [path.resolve(configured)]
    : [new URL('../', import.meta.url), new URL('../../dist/', import.meta.url)].map((u) => fileURLToPath(u));
  return candidates.find((dir) => existsSync(path.join(dir, 'podcast-episode.js')));
}

/** Reads files from the widget's folder (names are checked by the route: no paths, only the widget's own). */
export function nodeWidgetFiles(configured?: string): WidgetFiles {
  const dir = widgetDir(configured);
  const cache = new Map<string, Promise<Uint8Array | undefined>>();
  return (name) => {
    if (!dir || name.includes('/') || name.includes('\\')) return Promise.resolve(undefined);
    let file = cache.get(name);
    if (!file) {
      file = readFile(path.join(dir, name)).then(
        (buffer) => new Uint8Array(buffer),
        () => undefined,
      );
      // Kept only once read: a file built later is still found.
      void file.then((bytes) => bytes === undefined && cache.delete(name));
      cache.set(name, file);
    }
    return file;
  };
}
