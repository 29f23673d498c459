/**
 * The page's end of the feed hosts: parser workers (up to MAX_WORKERS, a new feed going to the one reading the
 * fewest), or the same host on the main thread. A worker keeps the feeds it read, so every later request for a
 * feed goes to the worker that holds it. One that overruns its watchdog or dies is ended, and only the feeds it
 * held fail with it.
 */
import type { ErrorDetail } from './errors.js';
import type { HostRequest, HostResponse } from './feed-protocol.js';

/** Workers started at most. */
const MAX_WORKERS = 4;

/** Where a feed's requests go, and where its answers come from. */
export class HostPort {
  /** Feeds this port is reading now. */
  reading = 0;
  private readonly listeners = new Map<number, (message: HostResponse) => void>();
  private readonly settledListeners = new Map<number, () => void>();
  private readonly deliver: (message: HostRequest, transfer: Transferable[]) => void;
  private readonly end: () => void;
  private dead?: ErrorDetail;

  /** `deliver` hands a request to the host; the host's answers come back through `receive`. */
  constructor(deliver: (message: HostRequest, transfer: Transferable[]) => void, end: () => void = () => undefined) {
    this.deliver = deliver;
    this.end = end;
  }

  send(message: HostRequest, transfer: Transferable[] = []): void {
    if (!this.dead) this.deliver(message, transfer);
  }

  /** Answers to request `id` go to `listener` until `forget(id)`; a dead port answers with its error. */
  listen(id: number, listener: (message: HostResponse) => void): void {
    if (this.dead) return listener({ id, error: this.dead });
    this.listeners.set(id, listener);
  }

  forget(id: number): void {
    this.listeners.delete(id);
  }

  /** `listener` runs once the host says feed `feed` is read (or failed). */
  onSettled(feed: number, listener: () => void): void {
    this.settledListeners.set(feed, listener);
  }

  receive(message: HostResponse): void {
    if ('settled' in message) {
      this.settledListeners.get(message.settled)?.();
      this.settledListeners.delete(message.settled);
    } else this.listeners.get(message.id)?.(message);
  }

  /** Ends the host: every open request is answered with `error`, and so is every later one. */
  kill(error: ErrorDetail): void {
    if (this.dead) return;
    this.dead = error;
    this.end();
    for (const [id, listener] of this.listeners) listener({ id, error });
    this.listeners.clear();
  }

  get alive(): boolean {
    return !this.dead;
  }
}

/** A port on a worker. */
export function workerPort(worker: Worker): HostPort {
  const port = new HostPort(
    (message, transfer) => worker.postMessage(message, transfer),
    () => worker.terminate(),
  );
  worker.onmessage = (event: MessageEvent<HostResponse>) => {
    // The bootstrap's own `running` and `ready` (see parser-start.ts) are not answers.
    if (!('ready' in event.data) && !('running' in event.data)) port.receive(event.data);
  };
  // A worker that dies (out of memory, say) takes only its own feeds with it.
  worker.onerror = (event) => {
    event.preventDefault();
    port.kill({ code: 'malformed', message: 'The feed could not be read.' });
  };
  return port;
}

export class WorkerPool {
  private readonly start: () => Worker;
  private readonly ports: HostPort[] = [];

  /** `first` is a worker already started (and known to work); `start` makes another like it. */
  constructor(start: () => Worker, first: Worker) {
    this.start = start;
    this.ports.push(workerPort(first));
  }

  /**
   * The port for a new feed, counted as reading it: an idle worker, else a new one while there are fewer than
   * MAX_WORKERS, else the least busy. Throws when no worker is left and none can start.
   */
  take(): HostPort {
    const port = this.choose();
    port.reading++;
    return port;
  }

  private choose(): HostPort {
    const alive = this.ports.filter((port) => port.alive);
    this.ports.splice(0, this.ports.length, ...alive);
    const idle = alive.find((port) => port.reading === 0);
    if (idle) return idle;
    if (alive.length < MAX_WORKERS) {
      try {
        const port = workerPort(this.start());
        this.ports.push(port);
        return port;
      } catch {
        // Fall through to the least busy.
      }
    }
    return alive.reduce((a, b) => (b.reading < a.reading ? b : a));
  }
}
