/**
 * Requests per minute per client, counted in fixed one-minute windows in memory (per process on Node, per isolate
 * on Workers, where Cloudflare's own rate limiting rules can add a global limit).
 */
export class RateLimiter {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request; returns 0 when allowed, else the seconds until the client may try again. */
  take(client: string): number {
    if (this.perMinute <= 0) return 0;
    const now = this.now();
    if (now - this.windowStart >= 60_000) {
      // A new window forgets every client, which also bounds the map's size to one minute of clients.
      this.windowStart = now;
      this.counts = new Map();
    }
    const count = (this.counts.get(client) ?? 0) + 1;
    this.counts.set(client, count);
    return count > this.perMinute ? Math.max(1, Math.ceil((this.windowStart + 60_000 - now) / 1000)) : 0;
  }
}
