/**
 * `readFeed` for Node: feeds are read in one worker thread (parse-thread.ts, or its bundled .js beside the bundle),
 * started on first use and kept. Falls back to reading on the event loop if the thread cannot start.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildFeedData } from '../../src/feed/pipeline.js';
import type { FeedData } from '../../src/feed/feed-data.js';
import { PodcastEpisodeError, type ErrorDetail } from '../../src/feed/errors.js';
import type { FeedReader } from '../snapshot/snapshot-service.js';

type Reply = { id: number; data?: FeedData; error?: ErrorDetail };

/** The thread's script: the bundled .js in dist/server, the .ts source when run through tsx. */
function threadScript(): URL | undefined {
  for (const name of ['./parse-thread.js', './parse-thread.ts']) {
    const url = new URL(name, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

export function threadFeedReader(): { read: FeedReader; close: () => Promise<void> } {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (d: FeedData) => void; reject: (e: unknown) => void }>();

  const start = (): Worker | undefined => {
    if (worker) return worker;
    const script = threadScript();
    if (!script) return undefined;
    // From the sources (tsx: tests, `npm run serve`), the thread must load TypeScript itself: Node 20 does not
    // carry the parent's module hooks into worker threads.
    worker = script.pathname.endsWith('.ts')
      ? new Worker(
          `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(script.href)}, ${JSON.stringify(script.href)}))`,
          { eval: true },
        )
      : new Worker(script);
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const job = pending.get(reply.id);
      pending.delete(reply.id);
      if (!job) return;
      if (reply.data) job.resolve(reply.data);
      else
        job.reject(
          new PodcastEpisodeError(reply.error?.code ?? 'not-a-feed', reply.error?.message ?? 'Unreadable feed.'),
        );
    });
    worker.on('error', (error) => {
      for (const job of pending.values()) job.reject(error);
      pending.clear();
      worker = undefined;
    });
    return worker;
  };

  const read: FeedReader = (bytes, contentType, url) => {
    const thread = start();
    if (!thread) return buildFeedData(bytes, contentType, url);
    return new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      // A copy goes to the thread: the cache keeps its own bytes.
      thread.postMessage({ id, bytes, contentType, url });
    });
  };
  return { read, close: async () => void (await worker?.terminate()) };
}
