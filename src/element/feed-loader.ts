import type { ReactiveControllerHost } from 'lit';
import { PodcastEpisodeError, toErrorDetail, type ErrorDetail } from '../feed/errors.js';
import type { EpisodeView, FeedSource, ViewRequest } from '../feed/parse-client.js';
import { strings } from '../i18n/strings.js';
import type { Sanitize } from '../ui/notes-view.js';
import type { Episode } from '../feed/model.js';
import { loadSanitizer, loadSnapshotReader } from './chunks.js';
import { loadFeed, peekKeptView } from '../feed/load.js';

/**
 * Where reading the feed stands: under way, an episode to show (with the notes sanitiser when it loaded; `pending`:
 * a view shown before the sanitiser, whose header and player show and the rest waits for the next state), or failed.
 */
export type FeedLoad =
  | { status: 'loading' }
  | { status: 'ready'; view: EpisodeView; sanitize?: Sanitize; pending?: boolean }
  | { status: 'error'; error: ErrorDetail };

/**
 * Reads the element's feed (through its proxy) and the sanitiser beside it, and asks the feed's reader for the
 * episode to show: each view it sends (a preview, the stored copy, the full read) settles the load again. A newer
 * `load()` or `choose()` supersedes an older one: what answers late for an older request is dropped, never shown.
 */
export class FeedLoader {
  state: FeedLoad = { status: 'loading' };
  private readonly host: ReactiveControllerHost;
  private readonly settled: (state: FeedLoad, shown?: Episode) => void;
  /** Identifies the latest request. */
  private token = 0;
  private source?: Promise<FeedSource>;
  private stop?: () => void;

  /**
   * `settled` is called for each view, or the failure, of a request that is still the latest, with the episode on
   * screen before it.
   */
  constructor(host: ReactiveControllerHost, settled: (state: FeedLoad, shown?: Episode) => void) {
    this.host = host;
    this.settled = settled;
  }

  /** The notes sanitiser, once the feed is read (undefined if its chunk could not load). */
  get sanitize(): Sanitize | undefined {
    return this.state.status === 'ready' ? this.state.sanitize : undefined;
  }

  /** Reads `src` (a snapshot, see src/snapshot/) when given, else the feed through `proxy`, and shows `request`. */
  load(feed: string, proxy: string, src: string, timeout: number | undefined, request: ViewRequest): void {
    this.set({ status: 'loading' });
    const url = feed.trim();
    // A returning reader's card, read from the page's storage before the parse client and the sanitiser load.
    const kept = !src.trim() && url && peekKeptView(url, proxy || undefined, request);
    this.source = src.trim()
      ? this.snapshot(src.trim())
      : url
        ? loadFeed(url, proxy || undefined, { timeout: timeout && timeout > 0 ? timeout : undefined })
        : Promise.reject(new PodcastEpisodeError('no-feed', strings.errorNoFeed));
    this.choose(request);
    const token = this.token;
    if (kept)
      void kept.then(
        (view) =>
          view &&
          token === this.token &&
          this.state.status === 'loading' &&
          this.finish(token, { status: 'ready', view, pending: true }),
      );
  }

  /** Asks the same feed for another episode (the `episode` attribute changed, or one was picked). */
  choose(request: ViewRequest): void {
    const token = ++this.token;
    this.stop?.();
    const source = this.source;
    if (!source) return;
    // Without the sanitiser the notes are shown as plain text, never unsanitised.
    const sanitize = loadSanitizer().catch(() => undefined);
    let sanitizerIn = false;
    void sanitize.then(() => (sanitizerIn = true));
    const fail = (error: unknown) => this.finish(token, { status: 'error', error: toErrorDetail(error) });
    source.then((feed) => {
      if (token !== this.token) return;
      this.stop = feed.watch(
        request,
        (view) => {
          // The header and the player need no sanitiser: a first view shows them at once, the rest when it is in.
          if (!sanitizerIn && this.state.status === 'loading')
            this.finish(token, { status: 'ready', view, pending: true });
          void sanitize.then((s) => this.finish(token, { status: 'ready', view, sanitize: s }));
        },
        (error) => void sanitize.then(() => this.finish(token, { status: 'error', error })),
      );
    }, fail);
  }

  /** One small request instead of the feed: the snapshot the server or the CLI made. */
  private async snapshot(src: string): Promise<FeedSource> {
    const { readSnapshotText, snapshotData, fetchResource, viewOf } = await loadSnapshotReader();
    const response = await fetchResource(new URL(src, document.baseURI).href, undefined, 'application/json');
    const data = snapshotData(readSnapshotText(await response.text()));
    return {
      watch(request, onView, onError) {
        try {
          // A snapshot is one episode: `latest` (the default) means that one, not the newest of its related ones.
          const latest = !request.picked && /^\s*(latest)?\s*$/i.test(request.spec);
          const chosen = latest ? { ...request, picked: data.feed.episodes[0].id } : request;
          onView({ ...viewOf(data, chosen, 'full'), snapshot: true });
        } catch (error) {
          onError(toErrorDetail(error, 'episode-not-found'));
        }
        return () => undefined;
      },
    };
  }

  private finish(token: number, state: FeedLoad): void {
    if (token !== this.token) return;
    const before = this.state;
    this.set(state);
    this.settled(state, before.status === 'ready' ? before.view.episode : undefined);
  }

  private set(state: FeedLoad): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
