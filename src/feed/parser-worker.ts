/**
 * Entry of `podcast-episode-parser.js`, the classic script the parser Web Worker runs (see parse-client.ts): the
 * feed host, reading feeds as their answers stream in and keeping them for the page's requests.
 * It is built as one self-contained IIFE with rss-parser inside, so a worker started from a `blob:` URL can
 * `importScripts()` it from the CDN that served the element.
 */
import { buildFeedData } from './pipeline.js';
import { FeedHost } from './feed-host.js';
import type { HostRequest, HostResponse } from './feed-protocol.js';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<HostRequest>) => void) | null;
  postMessage(message: HostResponse): void;
};

const host = new FeedHost((message) => scope.postMessage(message), buildFeedData);
scope.onmessage = (event) => host.handle(event.data);
