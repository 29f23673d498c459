/**
 * A worker thread that reads feeds (`buildFeedData`: rss-parser → normalise → topics → related) off the server's
 * event loop: a 2.7 MB feed takes about a second to read, and cached /proxy answers must not wait behind it.
 */
import { parentPort } from 'node:worker_threads';
import { buildFeedData } from '../../src/feed/pipeline.js';
import { toErrorDetail } from '../../src/feed/errors.js';

export interface ParseJob {
  id: number;
  bytes: Uint8Array;
  contentType: string | null;
  url: string;
}

parentPort?.on('message', async (job: ParseJob) => {
  try {
    parentPort!.postMessage({ id: job.id, data: await buildFeedData(job.bytes, job.contentType, job.url) });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: toErrorDetail(error) });
  }
});
