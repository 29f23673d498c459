/** When to run work that must not hold up what the reader sees first. */

/**
 * Runs `task` in a task of its own once the frame that shows what is in the DOM now has been produced. A page that
 * produces no frames (a background tab, a hidden frame) runs it after `fallbackMs` instead, so it is never lost.
 */
export function afterPaint(task: () => void, fallbackMs = 100): void {
  let done = false;
  const run = () => {
    if (!done) task();
    done = true;
  };
  setTimeout(run, fallbackMs);
  requestAnimationFrame(() => setTimeout(run));
}
