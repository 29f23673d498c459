import { nothing, type CSSResult, type ReactiveControllerHost } from 'lit';
import type { Chapter } from '../chapters/model.js';
import type { ChaptersFailure } from '../chapters/load-chapters.js';
import type { Episode } from '../feed/model.js';
import { loadChaptersChunk } from './chunks.js';
import type { ChaptersViewOptions } from '../ui/chapters-view.js';

/** The feed's chapters of one episode, and the topics they give when they came from a chapters file. */
interface FeedChapters {
  /** `feed URL + episode id`: which episode these are for. */
  key: string;
  chapters: readonly Chapter[];
}

const NONE: readonly Chapter[] = [];

/**
 * The chapters of the episode on screen: the page's `chapters` property for the episode the attributes chose,
 * else the feed's own (its JSON chapters file through the proxy, else Podlove chapters, else the notes'
 * timestamps), read in a lazy chunk. Never fails: without chapters the widget shows none.
 */
export class EpisodeChapters {
  private readonly host: ReactiveControllerHost;
  private readonly warn: (failure: ChaptersFailure) => void;
  private feed?: FeedChapters;
  private wanted?: string;
  /** The chapter list's view, once its chunk is here (it came with the reader). */
  private view?: (chapters: readonly Chapter[], options: ChaptersViewOptions) => unknown;

  /** `warn` hears why a chapters file could not be used (the chapters then come from the notes, or there are none). */
  constructor(host: ReactiveControllerHost, warn: (failure: ChaptersFailure) => void) {
    this.host = host;
    this.warn = warn;
  }

  /** Starts reading the feed's chapters of `episode` (keyed by `key`) unless they are read or being read. */
  fetch(key: string, episode: Episode, proxy: string): void {
    if (this.wanted === key) return;
    this.wanted = key;
    this.feed = undefined;
    void this.read(key, episode, proxy);
  }

  /** The chapters in use: the page's when given, else the feed's once read. */
  active(key: string, page: readonly Chapter[] | undefined): readonly Chapter[] {
    return page ?? this.of(key)?.chapters ?? NONE;
  }

  /** Whether the feed's chapters of `key` are still being read. */
  pending(key: string): boolean {
    return this.wanted === key && this.feed?.key !== key;
  }

  /** The chapter list for `chapters`, or nothing until its chunk is here. */
  render(chapters: readonly Chapter[], options: ChaptersViewOptions): unknown {
    return this.view?.(chapters, options) ?? nothing;
  }

  /** Adds the chapter list's styles to the element's shadow root (they arrive with the chunk). */
  private adoptStyles(styles: CSSResult): void {
    const root = (this.host as unknown as { renderRoot?: ShadowRoot }).renderRoot;
    if (!(root instanceof ShadowRoot)) return;
    if (styles.styleSheet) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
    } else {
      const style = document.createElement('style');
      style.textContent = styles.cssText;
      root.append(style);
    }
  }

  private of(key: string): FeedChapters | undefined {
    return this.feed?.key === key ? this.feed : undefined;
  }

  private async read(key: string, episode: Episode, proxy: string): Promise<void> {
    try {
      const { loadChapters, renderChapters, chaptersStyles } = await loadChaptersChunk();
      if (!this.view) {
        this.view = renderChapters;
        this.adoptStyles(chaptersStyles);
      }
      const loaded = await loadChapters(episode, { proxy: proxy || undefined });
      // Another episode (or feed) may be on screen by now.
      if (this.wanted !== key) return;
      this.feed = { key, chapters: loaded.chapters };
      this.host.requestUpdate();
      if (loaded.error) this.warn(loaded.error);
    } catch {
      // The chunk failed to load (offline, CDN hiccup): no chapters, as for an episode without any; a later
      // episode (or "Try again") tries again.
      if (this.wanted === key) this.wanted = undefined;
    }
  }
}
