import type { ErrorDetail } from './errors.js';
import type { FeedData } from './feed-data.js';
import type { Episode } from './model.js';

/** Page → parser worker. `bytes` is transferred, not copied. */
export interface ParseRequest {
  id: number;
  bytes: ArrayBuffer;
  contentType: string | null;
  url: string;
}

/**
 * A piece of a large result, sent ahead of the final message so the page copies it in several short tasks rather
 * than one long one: episodes to append, and for each per-episode array of the related index, entries to append.
 */
export interface ParsePart {
  episodes?: Episode[];
  related?: Record<string, unknown[]>;
}

/**
 * Parser worker → page. `ready` comes first, once: whether the worker could load the parser script. A result may
 * come as `part`s, then the final `ok` message whose episodes and per-episode index arrays are the parts' sum.
 */
export type ParseResponse =
  | { id: 0; ready: boolean }
  | { id: number; part: ParsePart }
  | { id: number; ok: true; data: FeedData }
  | { id: number; ok: false; error: ErrorDetail };
