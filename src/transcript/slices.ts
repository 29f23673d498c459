/**
 * Long work split into slices: the parsers are written as generators that `yield` every few hundred lines, so the
 * same code runs to the end at once (`runToEnd`, for tests and small files) or a few milliseconds per task
 * (`runInSlices`, in the page: a 3-hour transcript must not freeze it while it is read).
 */

/** A computation that yields now and then and returns a `T`. */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end in this task. */
export function runToEnd<T>(steps: Steps<T>): T {
  let next = steps.next();
  while (!next.done) next = steps.next();
  return next.value;
}

/** Runs `steps` for at most about `budgetMs` per task, letting the page run in between. */
export async function runInSlices<T>(steps: Steps<T>, budgetMs = 8): Promise<T> {
  for (;;) {
    const deadline = performance.now() + budgetMs;
    let next = steps.next();
    while (!next.done && performance.now() < deadline) next = steps.next();
    if (next.done) return next.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** How many loop rounds the parsers run between two yields. */
export const ROUNDS_PER_YIELD = 200;
