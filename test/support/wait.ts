/**
 * Waiting for conditions, never for a fixed time: the suite runs on busy two-core machines where "500 ms later" may
 * be before or long after what a test waits for.
 */

/** One macrotask turn later (the poll interval of {@link waitFor}; not a wait for anything in particular). */
function tick(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls `predicate` (every 25 ms) until it returns a truthy value, which is returned. Throws after `timeout` ms with
 * `message` (a string, or a function describing the current state). Time the page did not get to run (a poll that
 * came back late because the machine was busy) does not count against the timeout.
 */
export async function waitFor<T>(
  predicate: () => T | Promise<T>,
  timeout = 10000,
  message: string | (() => string) = 'condition',
): Promise<NonNullable<T>> {
  const POLL = 25;
  let deadline = performance.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await predicate();
      if (value) return value as NonNullable<T>;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (performance.now() > deadline) {
      const text = typeof message === 'function' ? message() : message;
      const cause = lastError ? ` (last error: ${String(lastError)})` : '';
      throw new Error(`Timed out after ${timeout} ms waiting for ${text}${cause}`);
    }
    const before = performance.now();
    await tick(POLL);
    const late = performance.now() - before - POLL;
    if (late > 100) deadline += late; // starved: give the time back
  }
}

/** `count` animation frames: whatever was scheduled with requestAnimationFrame has run and been laid out. */
export function frames(count = 2): Promise<void> {
  return new Promise((resolve) => {
    const next = (left: number) => (left ? requestAnimationFrame(() => next(left - 1)) : resolve());
    next(count);
  });
}

/** Whether the page has finished fetching a resource whose URL contains `needle` (Resource Timing). */
export function resourceLoaded(needle: string): boolean {
  return performance.getEntriesByType('resource').some((entry) => entry.name.includes(needle));
}

/**
 * Resolves once the page has nothing left to do: two idle periods of the main thread (no pending tasks, timers due
 * or rendering), then two frames. For "nothing else happens" checks (no request, no script ran, the clock did not
 * move): whatever the page was going to do on its own has been done by then, however busy the machine is.
 */
export async function pageIdle(): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise<void>((resolve) => requestIdleCallback(() => resolve()));
  await frames(2);
}
