import type { ErrorDetail } from './errors.js';
import type { Episode, Podcast } from './model.js';

/**
 * What crosses to the page for one widget: the show, the episode on screen and summaries of its related episodes
 * (their notes left out), never the whole feed. `stage` says how far the feed has been read: `preview` from its
 * first items while it still downloads (no topics, no related episodes yet), `stored` from the copy kept in
 * IndexedDB by an earlier visit, `full` from reading the whole answer.
 */
export interface EpisodeView {
  feedUrl: string;
  podcast: Podcast;
  episode: Episode;
  related: Episode[];
  stage: 'preview' | 'stored' | 'full';
  /** From a snapshot: its related episodes are summaries, and picking one reads the feed itself. */
  snapshot?: boolean;
}

/** Which episode a widget asks for: the `episode` attribute, or the id of one picked, and how many related. */
export interface ViewRequest {
  spec: string;
  picked?: string;
  count: number;
}

/**
 * Page → feed host (the parser worker, or the same code on the main thread). A feed is `open`ed (its URL, the key
 * of the copy kept by a visit before), its answer's `head`ers, `chunk`s (transferred) and `end` follow as they
 * arrive, or `fail` when the download failed. `view` asks for the episode a widget shows; `watch` keeps sending it
 * as the feed is read further (preview, stored, full, and again when a revalidated feed changed it).
 */
export type HostRequest =
  | { type: 'open'; feed: number; url: string; key: string }
  | { type: 'head'; feed: number; contentType: string | null; validator: string | null }
  | { type: 'chunk'; feed: number; bytes: ArrayBuffer }
  | { type: 'end'; feed: number }
  | { type: 'fail'; feed: number; error: ErrorDetail }
  | ({ type: 'view'; id: number; feed: number; watch: boolean } & ViewRequest);

/**
 * Feed host → page. From a worker, `running` comes first (its thread started, see parser-start.ts), then `ready`,
 * once: whether it could load the parser script. Then, per `view` request, `view`s (one, or for a watch as many as
 * the feed has stages) or an `error`; `done` ends a watch. `settled` tells the watchdog that the reading of a feed
 * ended (read, failed or unchanged).
 */
export type HostResponse =
  | { id: 0; running: true }
  | { id: 0; ready: boolean }
  | { id: number; view: EpisodeView }
  | { id: number; error: ErrorDetail }
  | { id: number; done: true }
  | { id: -1; settled: number };
