/**
 * Entry of `podcast-episode-parser.js`, the classic script the parser Web Worker runs (see parse-client.ts).
 * It is built as one self-contained IIFE with rss-parser inside, so a worker started from a `blob:` URL can
 * `importScripts()` it from the CDN that served the element.
 */
import { buildFeedData } from './pipeline.js';
import { toErrorDetail } from './errors.js';
import type { ParseRequest, ParseResponse } from './parse-protocol.js';
import { splitResult } from './result-parts.js';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseResponse): void;
};

scope.onmessage = async (event) => {
  const { id, bytes, contentType, url } = event.data;
  try {
    const { parts, rest } = splitResult(await buildFeedData(new Uint8Array(bytes), contentType, url));
    for (const part of parts) scope.postMessage({ id, part });
    scope.postMessage({ id, ok: true, data: rest });
  } catch (error) {
    scope.postMessage({ id, ok: false, error: toErrorDetail(error, 'malformed') });
  }
};
