import type { ReactiveControllerHost } from 'lit';
import { PodcastEpisodeError, toErrorDetail, type ErrorDetail } from '../feed/errors.js';
import type { FeedData } from '../feed/feed-data.js';
import { strings } from '../i18n/strings.js';
import type { Sanitize } from '../ui/notes-view.js';
import { loadSanitizer, loadSelector, loadSnapshotReader } from './chunks.js';
import { loadFeed } from '../feed/load.js';
import type { selectEpisode } from '../episode/select.js';

/** Where reading the feed stands: under way, read (with the notes sanitiser when it loaded), or failed. */
export type FeedLoad =
  | { status: 'loading' }
  | { status: 'ready'; data: FeedData; sanitize?: Sanitize; select: typeof selectEpisode }
  | { status: 'error'; error: ErrorDetail };

/**
 * Reads the element's feed (through its proxy) and the sanitiser beside it. A newer `load()` supersedes an older
 * one: a feed that answers late after the page changed `feed` is dropped, never shown.
 */
export class FeedLoader {
  state: FeedLoad = { status: 'loading' };
  private readonly host: ReactiveControllerHost;
  private readonly settled: (state: FeedLoad) => void;
  /** Identifies the latest load. */
  private token = 0;

  /** `settled` is called once per load that is still the latest when it ends. */
  constructor(host: ReactiveControllerHost, settled: (state: FeedLoad) => void) {
    this.host = host;
    this.settled = settled;
  }

  /** The notes sanitiser, once the feed is read (undefined if its chunk could not load). */
  get sanitize(): Sanitize | undefined {
    return this.state.status === 'ready' ? this.state.sanitize : undefined;
  }

  /** Reads `src` (a snapshot, see src/snapshot/) when given, else the feed through `proxy`. */
  async load(feed: string, proxy: string, src = '', timeout?: number): Promise<void> {
    const token = ++this.token;
    this.set({ status: 'loading' });
    if (src.trim()) return this.loadSnapshot(token, src.trim());
    const url = feed.trim();
    if (!url)
      return this.finish(token, {
        status: 'error',
        error: toErrorDetail(new PodcastEpisodeError('no-feed', strings.errorNoFeed)),
      });
    try {
      const [data, sanitize, select] = await Promise.all([
        loadFeed(url, proxy || undefined, { timeout: timeout && timeout > 0 ? timeout : undefined }),
        // Without the sanitiser the notes are shown as plain text, never unsanitised.
        loadSanitizer().catch(() => undefined),
        loadSelector(),
      ]);
      this.finish(token, { status: 'ready', data, sanitize, select });
    } catch (error) {
      this.finish(token, { status: 'error', error: toErrorDetail(error) });
    }
  }

  /** One small request instead of the feed: the snapshot the server or the CLI made. */
  private async loadSnapshot(token: number, src: string): Promise<void> {
    try {
      const [{ readSnapshotText, snapshotData, fetchResource }, sanitize, select] = await Promise.all([
        loadSnapshotReader(),
        loadSanitizer().catch(() => undefined),
        loadSelector(),
      ]);
      const response = await fetchResource(new URL(src, document.baseURI).href, undefined, 'application/json');
      const data = snapshotData(readSnapshotText(await response.text()));
      this.finish(token, { status: 'ready', data, sanitize, select });
    } catch (error) {
      this.finish(token, { status: 'error', error: toErrorDetail(error) });
    }
  }

  private finish(token: number, state: FeedLoad): void {
    if (token !== this.token) return;
    this.set(state);
    this.settled(state);
  }

  private set(state: FeedLoad): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
