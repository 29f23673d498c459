/**
 * Time limits for fetching a feed, transcript or chapters file, so a slow, dripping or silent server ends in an
 * error the reader can act on ("Try again") instead of a card that says "loading" for good.
 */
import { PodcastEpisodeError } from '../feed/errors.js';

/** How long a request may take, in milliseconds. */
export interface Deadlines {
  /** From the request to the last byte of the answer. */
  total: number;
  /** Between two pieces of the answer (or before the first): a server that stops sending. */
  stall: number;
}

/** A feed: 30 s in all, 10 s without a byte. */
export const FEED_DEADLINES: Readonly<Deadlines> = { total: 30_000, stall: 10_000 };

/** Optional pieces (transcript, chapters file): shorter, since the episode is already on screen without them. */
export const FILE_DEADLINES: Readonly<Deadlines> = { total: 15_000, stall: 8_000 };

/** `total` replaced by `timeout` (ms) when that is a positive number; the stall limit never exceeds the total. */
export function deadlinesWith(base: Readonly<Deadlines>, timeout?: number): Deadlines {
  const total = timeout !== undefined && Number.isFinite(timeout) && timeout > 0 ? timeout : base.total;
  return { total, stall: Math.min(base.stall, total) };
}

/**
 * Runs both clocks for one request and aborts `signal` when either runs out. `touch()` restarts the stall clock
 * (a piece of the answer arrived); `stop()` ends both. `expired` tells a deadline's abort from any other failure.
 */
export class RequestClock {
  readonly signal: AbortSignal;
  expired = false;
  private readonly controller = new AbortController();
  private readonly deadlines: Deadlines;
  private totalTimer: ReturnType<typeof setTimeout>;
  private stallTimer?: ReturnType<typeof setTimeout>;

  constructor(deadlines: Deadlines) {
    this.deadlines = deadlines;
    this.signal = this.controller.signal;
    this.totalTimer = setTimeout(() => this.expire(), deadlines.total);
    this.touch();
  }

  touch(): void {
    clearTimeout(this.stallTimer);
    this.stallTimer = setTimeout(() => this.expire(), this.deadlines.stall);
  }

  stop(): void {
    clearTimeout(this.totalTimer);
    clearTimeout(this.stallTimer);
  }

  private expire(): void {
    this.expired = true;
    this.stop();
    this.controller.abort();
  }
}

/** The error a run-out deadline ends in: `network`, since trying again later may well work. */
export function tooSlowError(message: string): PodcastEpisodeError {
  return new PodcastEpisodeError('network', message);
}
