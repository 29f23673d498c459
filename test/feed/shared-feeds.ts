/**
 * Access to the real-world feeds in /work/shared/feeds, as the test server serves them under /shared-feeds/.
 * Tests that need them skip (saying why) when the server reports the folder missing.
 */
import { readFeed } from '../../src/feed/read-feed.js';
import type { Feed } from '../../src/feed/model.js';

/** One row of the feeds' MANIFEST.tsv. */
export interface ManifestRow {
  filename: string;
  item_count: string;
  notable_features: string;
  show_title: string;
  [column: string]: string;
}

let available: Promise<boolean> | undefined;

/** Whether the test server has the shared feeds folder. */
export function sharedFeedsAvailable(): Promise<boolean> {
  available ??= fetch('/test-api/config')
    .then((response) => response.json())
    .then((config: { sharedFeeds?: boolean }) => config.sharedFeeds === true);
  return available;
}

/** For mocha's `before`: skips the suite, with the reason in the log, when the shared feeds are missing. */
export async function requireSharedFeeds(context: Mocha.Context): Promise<void> {
  if (!(await sharedFeedsAvailable())) {
    console.warn(
      `Skipping "${context.test?.parent?.title}": /test-api/config says sharedFeeds: false (no /work/shared/feeds).`,
    );
    context.skip();
  }
}

/** The absolute URL the test server serves a shared file at (`aux/...` for the aux folder). */
export function sharedUrl(file: string): string {
  return new URL(`/shared-feeds/${file}`, location.href).href;
}

/** A shared file's bytes and Content-Type, as the element would receive them. */
export async function fetchShared(
  file: string,
): Promise<{ bytes: Uint8Array; contentType: string | null; url: string }> {
  const url = sharedUrl(file);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return {
    bytes: new Uint8Array(await response.arrayBuffer()),
    contentType: response.headers.get('content-type'),
    url,
  };
}

/** A shared file as text (UTF-8). */
export async function fetchSharedText(file: string): Promise<string> {
  return new TextDecoder().decode((await fetchShared(file)).bytes);
}

/** Fetches a shared feed and reads it with {@link readFeed}, as the worker does. */
export async function readSharedFeed(file: string): Promise<Feed> {
  const { bytes, contentType, url } = await fetchShared(file);
  return readFeed(bytes, contentType, url);
}

/** The feeds' MANIFEST.tsv as objects keyed by column name. */
export async function manifest(): Promise<ManifestRow[]> {
  const [header, ...rows] = (await fetchSharedText('MANIFEST.tsv')).trimEnd().split('\n');
  const columns = header!.split('\t');
  return rows.map((row) => {
    const cells = row.split('\t');
    return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? ''])) as ManifestRow;
  });
}

/** Rejection of a promise, for asserting on errors. */
export async function rejectionOf(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('Expected a rejection, but the promise resolved.');
}
