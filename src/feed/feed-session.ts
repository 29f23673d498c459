/**
 * One feed as the feed host reads it: its answer arriving piece by piece, a preview from its first items, the
 * copy kept by an earlier visit, the full read, and the widgets watching it. Only views cross to the page.
 */
import { toErrorDetail, type ErrorDetail } from './errors.js';
import type { FeedData } from './feed-data.js';
import type { EpisodeView, HostResponse, ViewRequest } from './feed-protocol.js';
import { readStoredFeed, storeFeed, type StoredFeed } from './feed-store.js';
import { Preview } from './preview.js';
import { StreamBuffer } from './stream-buffer.js';
import { viewOf } from './episode-view.js';

/** Reads a whole answer (the worker's pipeline, or the main thread's sliced one). */
export type ReadWhole = (bytes: Uint8Array, contentType: string | null, url: string) => Promise<FeedData>;

interface Watcher {
  request: ViewRequest;
  watch: boolean;
  /** The stage last sent. */
  sent?: EpisodeView['stage'];
}

/** FNV-1a over the bytes, with their length: the validator of an answer that names none. */
export function hashBytes(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return `h:${bytes.length}:${(hash >>> 0).toString(36)}`;
}

export class FeedSession {
  private readonly url: string;
  private readonly key: string;
  private readonly post: (message: HostResponse) => void;
  private readonly readWhole: ReadWhole;
  private readonly stream = new StreamBuffer();
  private readonly watchers = new Map<number, Watcher>();
  private contentType: string | null = null;
  private validator: string | null = null;
  private preview?: Preview;
  private previewing = false;
  private stored?: StoredFeed;
  /** The feed as read from the network, or the stored copy once the network said it has not changed. */
  private data?: FeedData;
  private failure?: ErrorDetail;
  /** The network's answer is the stored copy's (same validator): nothing to read. */
  private unchanged = false;
  /** The whole answer is in: the full read comes next, sooner than a preview would help. */
  private ended = false;

  constructor(url: string, key: string, post: (message: HostResponse) => void, readWhole: ReadWhole) {
    this.url = url;
    this.key = key;
    this.post = post;
    this.readWhole = readWhole;
    if (key)
      void readStoredFeed(key).then((stored) => {
        if (!stored || this.data || this.failure) return;
        this.stored = stored;
        if (this.validator && this.validator === stored.validator) this.unchanged = true;
        this.sendAll();
      });
  }

  /** Read (or failed) and watched by no widget: safe to forget. */
  get idle(): boolean {
    return (this.data !== undefined || this.failure !== undefined) && this.watchers.size === 0;
  }

  /** Asks for a view; a watcher keeps getting them until the feed is read. */
  view(id: number, request: ViewRequest, watch: boolean): void {
    this.watchers.set(id, { request, watch });
    this.sendAll();
    void this.checkPreview();
  }

  head(contentType: string | null, validator: string | null): void {
    this.contentType = contentType;
    this.validator = validator;
    if (validator && this.stored?.validator === validator) this.unchanged = true;
  }

  chunk(bytes: ArrayBuffer): void {
    if (this.unchanged) return;
    this.stream.push(new Uint8Array(bytes));
    void this.checkPreview();
  }

  async end(feedId: number): Promise<void> {
    this.ended = true;
    try {
      if (this.unchanged && this.stored) {
        this.data = this.stored.data;
      } else {
        const bytes = this.stream.whole();
        const validator = this.key ? (this.validator ?? hashBytes(bytes)) : '';
        if (this.stored?.validator === validator) {
          this.data = this.stored.data;
        } else {
          const data = await this.readWhole(bytes, this.contentType, this.url);
          this.data = data;
          this.sendAll();
          // After the views are out: storing clones the whole feed.
          if (this.key) void storeFeed(this.key, { validator, data }, bytes.length);
        }
      }
    } catch (error) {
      // A feed now broken leaves a stored copy on screen.
      if (this.stored) this.data = this.stored.data;
      else this.failure = toErrorDetail(error, 'malformed');
    }
    this.post({ id: -1, settled: feedId });
    this.sendAll();
  }

  /** The download failed: watchers showing the stored copy keep it; the others are told why. */
  fail(error: ErrorDetail): void {
    if (this.stored) this.data = this.stored.data;
    else this.failure = error;
    this.sendAll();
  }

  /**
   * Sends each watcher what it has not seen: the stored copy while the network is awaited, then the final view
   * (`full`, or nothing new when the stored copy turned out current) or the failure, which ends it.
   */
  private sendAll(): void {
    const { data, stored, failure } = this;
    for (const [id, watcher] of this.watchers) {
      if (data) {
        const stage = data === stored?.data ? 'stored' : 'full';
        if (watcher.sent !== stage) this.send(id, watcher, data, stage, true);
      } else if (failure) {
        this.post({ id, error: failure });
      } else if (stored && watcher.sent !== 'stored') {
        this.send(id, watcher, stored.data, 'stored', false);
        if (watcher.watch || !watcher.sent) continue;
      } else continue;
      this.watchers.delete(id);
      if (watcher.watch) this.post({ id, done: true });
    }
  }

  private send(id: number, watcher: Watcher, data: FeedData, stage: EpisodeView['stage'], final: boolean): void {
    try {
      const view = viewOf(data, watcher.request, stage);
      this.post({ id, view });
      watcher.sent = stage;
    } catch (error) {
      // The stored copy may lack an episode the network's feed has: only the final read says it is not there.
      if (final) this.post({ id, error: toErrorDetail(error, 'episode-not-found') });
    }
  }

  /** Sends a preview to watchers that have nothing yet, once the items in show their episode surely. */
  private async checkPreview(): Promise<void> {
    if (this.previewing || this.ended || this.stored || this.failure || this.unchanged) return;
    this.previewing = true;
    try {
      this.preview ??= new Preview(this.stream, this.contentType, this.url);
      for (const [id, watcher] of this.watchers) {
        if (!watcher.watch || watcher.sent) continue;
        const found = await this.preview.find(watcher.request);
        if (!found || this.ended || this.stored || watcher.sent || !this.watchers.has(id)) continue;
        const view: EpisodeView = {
          feedUrl: this.url,
          podcast: found.podcast,
          episode: found.episodes[0]!,
          related: [],
          stage: 'preview',
        };
        this.post({ id, view });
        watcher.sent = 'preview';
      }
    } finally {
      this.previewing = false;
    }
  }
}
