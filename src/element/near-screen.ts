/**
 * Tells a lazy widget when it comes near the screen, as the browser does for `<iframe loading="lazy">`: one
 * IntersectionObserver for every widget of the page, two viewports ahead. Inside a scrolled box the margin is the
 * page's only: a widget far down the box loads when the box shows it (`scrollMargin` would reach ahead there, but
 * Chromium applies it to the page's own scroller too, which then reaches the whole page). A widget that is hidden
 * (`display: none`, a closed `<details>`) intersects nothing until it is shown. Before printing, every widget still
 * waiting starts loading.
 */

/** A widget that waits: `load()` starts it. */
interface Lazy extends Element {
  load(): void;
}

const waiting = new Set<Lazy>();
let observer: IntersectionObserver | undefined;

/** Calls `element.load()` once it comes within two viewports of the screen (or the page is printed). */
export function whenNear(element: Lazy): void {
  observer ??=
    (addEventListener('beforeprint', () => waiting.forEach((e) => e.load())),
    new IntersectionObserver((entries) => entries.forEach((e) => e.isIntersecting && (e.target as Lazy).load()), {
      rootMargin: '200%',
    }));
  waiting.add(element);
  observer.observe(element);
}

/** Stops watching `element` (it started loading, or left the page). */
export function unwatch(element: Lazy): void {
  waiting.delete(element);
  observer?.unobserve(element);
}

let sawFar = false;

/**
 * Whether `element` is within two viewports above or below the screen now: asked once the widget has rendered its
 * skeleton, so a widget already there reads its feed at once rather than a frame later, when the observer first
 * reports. Hidden ones (`display: none`, a closed `<details>`) are not. Each answer costs the page a layout, so
 * once a widget is found far away the others wait for the observer.
 */
export function nearNow(element: Element): boolean {
  if (sawFar || !element.checkVisibility?.()) return false;
  const box = element.getBoundingClientRect();
  const near = box.bottom > -2 * innerHeight && box.top < 3 * innerHeight;
  sawFar ||= !near;
  return near;
}
