/**
 * Parser workers for the page: one per feed being read at the same time (up to a few), each watched by a timer.
 * A parse that overruns has its worker ended, so a crafted feed that stalls the parser costs one worker, not the
 * page's whole parsing, and other widgets' feeds go on in workers of their own.
 */
import { PodcastEpisodeError } from './errors.js';
import type { FeedData } from './feed-data.js';
import type { ParseRequest, ParseResponse } from './parse-protocol.js';
import { ResultAssembler } from './result-parts.js';

/** Workers kept at most; more feeds at once wait for one to be free. */
const MAX_WORKERS = 4;

interface Job {
  request: Omit<ParseRequest, 'id'>;
  timeout: number;
  timeoutError: () => Error;
  resolve: (data: FeedData) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  job?: Job & { id: number; timer: ReturnType<typeof setTimeout>; result: ResultAssembler };
}

export class WorkerPool {
  private readonly start: () => Worker;
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 1;

  /** `first` is a worker already started (and known to work); `start` makes another like it. */
  constructor(start: () => Worker, first: Worker) {
    this.start = start;
    this.adopt(first);
  }

  /** Parses in a free worker; rejects with `timeoutError()` when the worker takes longer than `timeout` ms. */
  run(request: Omit<ParseRequest, 'id'>, timeout: number, timeoutError: () => Error): Promise<FeedData> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request, timeout, timeoutError, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot = [...this.slots].find((candidate) => !candidate.job);
      if (!slot && this.slots.size < MAX_WORKERS) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      const id = this.nextId++;
      const timer = setTimeout(() => this.fail(slot, job.timeoutError()), job.timeout);
      slot.job = { ...job, id, timer, result: new ResultAssembler() };
      const { bytes } = job.request;
      slot.worker.postMessage({ id, ...job.request } satisfies ParseRequest, [bytes]);
    }
  }

  private spawn(): Slot | undefined {
    try {
      return this.adopt(this.start());
    } catch {
      return undefined;
    }
  }

  private adopt(worker: Worker): Slot {
    const slot: Slot = { worker };
    worker.onmessage = (event: MessageEvent<ParseResponse>) => {
      const message = event.data;
      if ('ready' in message) {
        if (!message.ready) this.fail(slot, new PodcastEpisodeError('malformed', 'The feed could not be read.'));
        return;
      }
      const job = slot.job;
      if (!job || job.id !== message.id) return;
      if ('part' in message) return job.result.add(message.part);
      clearTimeout(job.timer);
      slot.job = undefined;
      if (message.ok) job.resolve(job.result.finish(message.data));
      else job.reject(new PodcastEpisodeError(message.error.code, message.error.message));
      this.trim();
      this.dispatch();
    };
    // A worker that dies (out of memory, say) takes only its own job with it.
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(slot, new PodcastEpisodeError('malformed', 'The feed could not be read.'));
    };
    this.slots.add(slot);
    return slot;
  }

  /** Ends a worker and its job (a job in flight cannot be replayed: its bytes were transferred). */
  private fail(slot: Slot, error: Error): void {
    slot.worker.terminate();
    this.slots.delete(slot);
    if (slot.job) {
      clearTimeout(slot.job.timer);
      slot.job.reject(error);
      slot.job = undefined;
    }
    this.dispatch();
  }

  /** Idle workers beyond one are ended: memory is worth more than a warm start for a rare burst. */
  private trim(): void {
    const idle = [...this.slots].filter((slot) => !slot.job);
    for (const slot of idle.slice(1)) {
      slot.worker.terminate();
      this.slots.delete(slot);
    }
  }
}
