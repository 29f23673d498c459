/**
 * Real-world feeds as the test server serves them under /feeds/: the copies committed in test/fixtures/feeds/ (see
 * its README.md) first, then the large shared set (../shared/feeds beside the checkout, or $PODCAST_FEEDS_DIR).
 * A test that needs a file neither has skips, naming the folder that was looked for.
 */
import { readFeed } from '../../src/feed/read-feed.js';
import type { Feed } from '../../src/feed/model.js';

/** What /test-api/config says about the feeds. */
export interface FeedsConfig {
  /** Whether the shared folder exists. */
  sharedFeeds: boolean;
  /** The shared folder's absolute path, present or not. */
  sharedFeedsDir: string;
  /** The committed files, relative to test/fixtures/feeds/ (`aux/...` for the example transcripts and chapters). */
  fixtureFeeds: string[];
}

/** One row of the shared folder's MANIFEST.tsv. */
export interface ManifestRow {
  filename: string;
  item_count: string;
  notable_features: string;
  show_title: string;
  [column: string]: string;
}

let config: Promise<FeedsConfig> | undefined;
export function feedsConfig(): Promise<FeedsConfig> {
  config ??= fetch('/test-api/config').then((response) => response.json() as Promise<FeedsConfig>);
  return config;
}

/** Whether the server can serve `name`: committed, or in the shared folder when that exists. */
export async function feedAvailable(name: string): Promise<boolean> {
  const { sharedFeeds, fixtureFeeds } = await feedsConfig();
  return sharedFeeds || fixtureFeeds.includes(name);
}

/**
 * For mocha's `before` or a test: skips, saying which folder was looked for, unless every file in `names` is served.
 * Files committed in test/fixtures/feeds/ are always served.
 */
export async function requireFeeds(context: Mocha.Context, ...names: string[]): Promise<void> {
  const missing: string[] = [];
  for (const name of names) if (!(await feedAvailable(name))) missing.push(name);
  if (missing.length) skip(context, `${(await feedsConfig()).sharedFeedsDir} not found (needs ${missing.join(', ')})`);
}

/** For tests that need the whole shared set (every feed, the long value lists): skips when the folder is missing. */
export async function requireSharedFolder(context: Mocha.Context): Promise<void> {
  const { sharedFeeds, sharedFeedsDir } = await feedsConfig();
  if (!sharedFeeds) skip(context, `${sharedFeedsDir} not found`);
}

function skip(context: Mocha.Context, why: string): never {
  const title = context.currentTest?.fullTitle() ?? context.test?.fullTitle() ?? '';
  console.warn(`skipped: ${why} — ${title}`);
  context.skip();
}

/** The absolute URL the test server serves a feed at (`aux/...` for the aux files). */
export function feedUrl(file: string): string {
  return new URL(`/feeds/${file}`, location.href).href;
}

/** A feed's bytes and Content-Type, as the element would receive them. */
export async function fetchFeedBytes(
  file: string,
): Promise<{ bytes: Uint8Array; contentType: string | null; url: string }> {
  const url = feedUrl(file);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return {
    bytes: new Uint8Array(await response.arrayBuffer()),
    contentType: response.headers.get('content-type'),
    url,
  };
}

/** A feed file as text (UTF-8). */
export async function fetchFeedText(file: string): Promise<string> {
  return new TextDecoder().decode((await fetchFeedBytes(file)).bytes);
}

/** Fetches a feed and reads it with {@link readFeed}, as the worker does. */
export async function readFeedFile(file: string): Promise<Feed> {
  const { bytes, contentType, url } = await fetchFeedBytes(file);
  return readFeed(bytes, contentType, url);
}

/** The shared folder's MANIFEST.tsv as objects keyed by column name (call after {@link requireSharedFolder}). */
export async function manifest(): Promise<ManifestRow[]> {
  const [header, ...rows] = (await fetchFeedText('MANIFEST.tsv')).trimEnd().split('\n');
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

/**
 * The whole feed `full` when the shared folder has it, else its committed trimmed copy: for checks that hold for
 * every episode, which then run everywhere and cover the whole feed beside ../shared.
 */
export async function fullOr(full: string, trimmed: string): Promise<string> {
  return (await feedsConfig()).sharedFeeds ? full : trimmed;
}

/** The committed trimmed copies of the large shared feeds (test/fixtures/feeds/README.md says which items). */
export const TRIMMED = {
  themnshow: 'podverse__partytime__themnshow.trimmed.xml',
  pc20rss: 'podverse__partytime__pc20rss.trimmed.xml',
  noAgenda: 'podverse__partytime__no-agenda.trimmed.xml',
  cre: 'feedjira__feedjira__CRE.trimmed.xml',
  codingBlocks: 'akupila__node-podcast-parser__coding-blocks.trimmed.xml',
  designDetails: 'akupila__node-podcast-parser__design-details.trimmed.xml',
  linuxUnplugged: 'alatiera__gnome-podcasts__2020-12-19-LinuxUnplugged.trimmed.xml',
} as const;
