/**
 * A lazily loaded piece of the widget (a chunk from `import()`, or anything else loaded once per page): the first
 * call starts the load, later calls share it, and a failed load is forgotten so the next call tries again. That
 * is what lets "Try again" recover after a CDN hiccup or a moment offline.
 */
export function lazyChunk<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}
