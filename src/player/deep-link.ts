/**
 * Links to a moment of an episode: the `start` attribute, the W3C media fragment `#t=` of the page's URL, and the
 * links the Share control makes.
 *
 * Which widget a page fragment is for: `#t=83` applies to the first <podcast-episode> on the page;
 * `#t=83&widget=ID` to the one whose `id` attribute is ID. (`&` separates fragment parameters, as in the media
 * fragments spec, so `#t=83&widget=ID` stays a valid media fragment for any other player.)
 */
import { parseClock } from '../time/parse-clock.js';

/**
 * Seconds from a time written as seconds (`83`, `83.5`), `mm:ss` (`1:23`), or `h:mm:ss` (`1:02:03`), with the
 * media fragments' optional `npt:` prefix: the `link` format of {@link parseClock}. Undefined for anything else,
 * negative times included.
 */
export function parseTime(text: string | null | undefined): number | undefined {
  return parseClock(text, 'link');
}

/** The parameters of a URL fragment (`#t=83&widget=a` → t, widget), or an empty map. */
function fragmentParams(hash: string): URLSearchParams {
  try {
    return new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return new URLSearchParams();
  }
}

/** What a page fragment asks for: a start time, and the id of the widget it names, if any. */
export interface FragmentTime {
  seconds: number;
  widget?: string;
}

/**
 * The start time in a URL fragment: `#t=83`, `#t=1:23`, `#t=npt:1:23`, `#t=83,120` (a range: its start).
 * Undefined when the fragment has no readable `t`.
 */
export function fragmentTime(hash: string): FragmentTime | undefined {
  const params = fragmentParams(hash);
  const t = params.get('t');
  if (t === null) return undefined;
  const seconds = parseTime(t.split(',')[0]);
  if (seconds === undefined) return undefined;
  const widget = params.get('widget') || undefined;
  return widget ? { seconds, widget } : { seconds };
}

/**
 * Whether a page fragment is meant for `element`: the one it names by id, else the first widget in the document.
 */
export function fragmentIsFor(fragment: FragmentTime, element: Element): boolean {
  if (fragment.widget !== undefined) return element.id === fragment.widget;
  return element.ownerDocument.querySelector(element.localName) === element;
}

/**
 * A link to `seconds` into the episode: the page the widget is on (or `link`, the page the element's `share-url`
 * names), with the fragment `#t=<whole seconds>` (seconds are what every player reads). On this page a widget
 * other than the first is named with `&widget=ID` when it has an id.
 */
export function shareLink(seconds: number, link: string | undefined, element: Element): string {
  const t = `t=${Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0))}`;
  let base: URL | undefined;
  try {
    base = link ? new URL(link) : undefined;
  } catch {
    base = undefined;
  }
  if (base && /^https?:$/.test(base.protocol)) {
    base.hash = t;
    return base.href;
  }
  const page = new URL(element.ownerDocument.location.href);
  const first = element.ownerDocument.querySelector(element.localName) === element;
  page.hash = !first && element.id ? `${t}&widget=${encodeURIComponent(element.id)}` : t;
  return page.href;
}
