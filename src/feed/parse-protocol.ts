import type { ErrorDetail } from './errors.js';
import type { FeedData } from './feed-data.js';

/** Page → parser worker. `bytes` is transferred, not copied. */
export interface ParseRequest {
  id: number;
  bytes: ArrayBuffer;
  contentType: string | null;
  url: string;
}

/** Parser worker → page. `ready` comes first, once: whether the worker could load the parser script. */
export type ParseResponse =
  { id: 0; ready: boolean } | { id: number; ok: true; data: FeedData } | { id: number; ok: false; error: ErrorDetail };
