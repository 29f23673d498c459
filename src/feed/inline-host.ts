/**
 * The feed host on the main thread, for pages where no worker may run (a CSP with `worker-src 'none'`): the same
 * messages as the worker's, the full read done in slices that yield (pipeline-sliced.ts) and given up after
 * `timeout` ms. A chunk of its own, loaded only on that path.
 */
import { FeedHost } from './feed-host.js';
import { buildFeedDataInSlices } from './pipeline-sliced.js';
import { HostPort } from './worker-pool.js';

/**
 * A port on a host of its own (one per feed, so each read has its own deadline). Nothing is kept in IndexedDB on
 * this path: storing and reading a whole feed clones it in one task, here the page's.
 */
export function inlinePort(timeout: number): HostPort {
  let alive = true;
  const host = new FeedHost(
    // Answers arrive as a worker's would: later, never inside the request that caused them.
    (message) => void Promise.resolve().then(() => alive && port.receive(message)),
    (bytes, contentType, url) => buildFeedDataInSlices(bytes, contentType, url, Date.now() + timeout),
  );
  const port: HostPort = new HostPort(
    (message) =>
      void Promise.resolve().then(
        () => alive && host.handle(message.type === 'open' ? { ...message, key: '' } : message),
      ),
    () => (alive = false),
  );
  return port;
}
