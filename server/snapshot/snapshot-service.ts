/**
 * `/episode.json`: a feed through the same cached, guarded fetch as `/proxy`, then the browser's own pipeline
 * (rss-parser → normalise → topics → related, `buildFeedData`) and `makeSnapshot`. A read feed is kept for the
 * next episode asked of it, and each snapshot is kept, both for as long as the feed's cached copy is unchanged.
 */
import { LRUCache } from 'lru-cache';
import { buildFeedData } from '../../src/feed/pipeline.js';
import type { FeedData } from '../../src/feed/feed-data.js';
import { makeSnapshot } from '../../src/snapshot/make-snapshot.js';
import type { CachedFetcher, CacheState } from '../proxy/cached-fetcher.js';
import { toServerError } from './feed-error.js';
import { listEpisodes } from './episode-list.js';

/** Reads a feed's bytes into what the widget's pipeline makes (`buildFeedData`, on Node in a worker thread). */
export type FeedReader = (bytes: Uint8Array, contentType: string | null, url: string) => Promise<FeedData>;

export interface SnapshotResult {
  json: string;
  /** The feed's cache state, or `HIT` when the snapshot itself was kept. */
  state: CacheState;
}

export class SnapshotService {
  /** Read feeds are large (a 2.7 MB feed reads to tens of MB of objects): only a few are kept. */
  private readonly feeds = new LRUCache<string, Promise<FeedData>>({ max: 4 });
  private readonly snapshots = new LRUCache<string, string>({
    max: 1000,
    maxSize: 32 * 1024 * 1024,
    sizeCalculation: (s) => s.length * 2 + 64,
  });

  constructor(
    private readonly fetcher: CachedFetcher,
    private readonly readFeed: FeedReader = buildFeedData,
  ) {}

  /** The read feed behind `feedUrl` (kept while its cached copy is unchanged), and the copy's identity. */
  private async read(
    feedUrl: string,
    defer: (work: Promise<unknown>) => void,
  ): Promise<{ data: Promise<FeedData>; version: string; state: CacheState }> {
    const { entry, state } = await this.fetcher.get(feedUrl, defer);
    // The stored copy's identity: a revalidated-unchanged feed keeps its body and so its snapshots.
    // Without validators, only the time it was fetched tells one copy from the next.
    const validators =
      entry.etag || entry.lastModified ? `${entry.etag ?? ''}\n${entry.lastModified ?? ''}` : entry.storedAt;
    const version = `${feedUrl}\n${validators}\n${entry.body.byteLength}\n${entry.finalUrl}`;
    let data = this.feeds.get(version);
    if (!data) {
      data = this.readFeed(entry.body, entry.contentType, feedUrl);
      this.feeds.set(version, data);
      data.catch(() => this.feeds.delete(version));
    }
    return { data, version, state };
  }

  async snapshot(feedUrl: string, episode: string, defer: (work: Promise<unknown>) => void): Promise<SnapshotResult> {
    const { data, version, state } = await this.read(feedUrl, defer);
    const key = `${version}\n${episode.trim().toLowerCase() || 'latest'}`;
    const kept = this.snapshots.get(key);
    if (kept !== undefined && state !== 'MISS') return { json: kept, state: 'HIT' };
    try {
      const json = JSON.stringify(makeSnapshot(await data, episode));
      this.snapshots.set(key, json);
      return { json, state };
    } catch (error) {
      throw toServerError(error);
    }
  }

  /** The feed's episodes for a picker (`/episodes.json`): the same read feed the snapshots come from. */
  async episodes(feedUrl: string, defer: (work: Promise<unknown>) => void): Promise<SnapshotResult> {
    const { data, version, state } = await this.read(feedUrl, defer);
    const key = `${version}\n#episodes`;
    const kept = this.snapshots.get(key);
    if (kept !== undefined && state !== 'MISS') return { json: kept, state: 'HIT' };
    try {
      const json = JSON.stringify(listEpisodes((await data).feed));
      this.snapshots.set(key, json);
      return { json, state };
    } catch (error) {
      throw toServerError(error);
    }
  }
}
