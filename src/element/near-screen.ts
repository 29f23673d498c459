/**
 * Tells a lazy widget when it comes near the screen, as the browser does for `<iframe loading="lazy">`: one
 * IntersectionObserver for every widget of the page, two viewports ahead. Inside a scrolled box the margin is the
 * page's only: a widget far down the box loads when the box shows it (`scrollMargin` would reach ahead there, but
 * Chromium applies it to the page's own scroller too, which then reaches the whole page). A widget that is hidden
 * (`display: none`, a closed `<details>`) intersects nothing until it is shown. Before printing, every widget still
 * waiting starts loading.
 */
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

/** Calls `near` once, when `element` comes within two viewports of the screen (or the page is printed). */
export function whenNear(element: Element, near: () => void): void {
  observer ??=
    (addEventListener('beforeprint', () => waiting.forEach((call) => call())),
    new IntersectionObserver((entries) => entries.forEach((e) => e.isIntersecting && waiting.get(e.target)?.()), {
      rootMargin: '200%',
    }));
  waiting.set(element, near);
  observer.observe(element);
}

/** Stops watching `element` (it started loading, or left the page). */
export function unwatch(element: Element): void {
  waiting.delete(element);
  observer?.unobserve(element);
}
