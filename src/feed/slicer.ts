/**
 * Cutting long main-thread work into tasks short enough that the page stays responsive: `tick()` between units of
 * work yields once a slice has run for SLICE_MS, and every wait checks the overall deadline.
 */
import { PodcastEpisodeError } from './errors.js';
import { strings } from '../i18n/strings.js';

/** Work done between two yields, in ms: well under the 50 ms that counts as a long task. */
const SLICE_MS = 12;

export class Slicer {
  private readonly deadline: number;
  private sliceStart = performance.now();

  /** `deadline`: a `Date.now()` time after which the work is given up. */
  constructor(deadline: number) {
    this.deadline = deadline;
  }

  /** Yields when the current slice is used up; call between units of work. */
  async tick(): Promise<void> {
    if (performance.now() - this.sliceStart >= SLICE_MS) await this.pause();
  }

  /** Yields now. Rejects once the deadline has passed. */
  async pause(): Promise<void> {
    await yieldToPage();
    this.check();
    this.sliceStart = performance.now();
  }

  /** `work`, or the timeout error if the deadline passes first. */
  race<T>(work: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(timeoutError()), Math.max(0, this.deadline - Date.now()));
      work.then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  }

  private check(): void {
    if (Date.now() > this.deadline) throw timeoutError();
  }
}

function timeoutError(): PodcastEpisodeError {
  return new PodcastEpisodeError('malformed', strings.errorParseTimeout);
}

/**
 * A new task, queued behind the page's own: a MessageChannel message (no 4 ms clamp as with nested zero timeouts).
 * Not `scheduler.yield()`, whose continuation jumps ahead of the page's timers and would starve them while a big
 * feed is read.
 */
function yieldToPage(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
