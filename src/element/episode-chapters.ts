import type { ReactiveControllerHost } from 'lit';
import type { Chapter } from '../chapters/model.js';
import type { ChaptersFailure } from '../chapters/load-chapters.js';
import type { Episode } from '../feed/model.js';
import { loadChapterReader, loadChapterTopics } from './chunks.js';

/** The feed's chapters of one episode, and the topics they give when they came from a chapters file. */
interface FeedChapters {
  /** `feed URL + episode id`: which episode these are for. */
  key: string;
  chapters: readonly Chapter[];
  topics?: string[];
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

  /** Topics from a chapters file, for notes that list none of their own. */
  topics(key: string): string[] | undefined {
    return this.of(key)?.topics;
  }

  private of(key: string): FeedChapters | undefined {
    return this.feed?.key === key ? this.feed : undefined;
  }

  private async read(key: string, episode: Episode, proxy: string): Promise<void> {
    try {
      const loadChapters = await loadChapterReader();
      const loaded = await loadChapters(episode, { proxy: proxy || undefined });
      const topics = loaded.source === 'json' ? (await loadChapterTopics())(episode, loaded.chapters) : undefined;
      // Another episode (or feed) may be on screen by now.
      if (this.wanted !== key) return;
      this.feed = { key, chapters: loaded.chapters, topics };
      this.host.requestUpdate();
      if (loaded.error) this.warn(loaded.error);
    } catch {
      // The chunk failed to load (offline, CDN hiccup): no chapters, as for an episode without any; a later
      // episode (or "Try again") tries again.
      if (this.wanted === key) this.wanted = undefined;
    }
  }
}
