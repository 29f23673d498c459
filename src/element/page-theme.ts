import type { ReactiveController, ReactiveElement } from 'lit';

/** What `theme="auto"` resolves to. */
export type ResolvedTheme = 'light' | 'dark';

const DARK_SYSTEM = '(prefers-color-scheme: dark)';

/** `rgb(…)`/`rgba(…)` → [r, g, b, alpha]; undefined for anything else. */
function parseColor(value: string): [number, number, number, number] | undefined {
  const match = /rgba?\(([^)]+)\)/.exec(value);
  if (!match) return undefined;
  const parts = match[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  if (parts.length < 3 || parts.some((n) => Number.isNaN(n))) return undefined;
  return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
}

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: readonly number[]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}

/** The element's parent, crossing out of shadow roots. */
function parentOf(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The page's own colours, as `theme="auto"` follows them: the colour actually painted behind the widget (the
 * nearest ancestor with an opaque background) decides; without one, the page's `color-scheme`; only a page that
 * leaves the choice to the system (`color-scheme: light dark`) follows the system setting.
 */
export function pageTheme(host: Element): ResolvedTheme {
  for (let at = parentOf(host); at; at = parentOf(at)) {
    const color = parseColor(getComputedStyle(at).backgroundColor);
    if (color && color[3] >= 0.5) return luminance(color) < 0.4 ? 'dark' : 'light';
  }
  const doc = host.ownerDocument;
  const scheme = `${getComputedStyle(doc.documentElement).colorScheme} ${
    doc.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? ''
  }`;
  const dark = /\bdark\b/.test(scheme);
  const light = /\blight\b/.test(scheme);
  if (dark && !light) return 'dark';
  if (dark && light) return matchMedia(DARK_SYSTEM).matches ? 'dark' : 'light';
  return 'light';
}

/**
 * Keeps `theme` resolved: `light` and `dark` as the page forces them; `auto` from the page (see pageTheme), again
 * when the page switches its own theme (a class or style on <html> or <body>) or the system setting changes.
 */
export class PageThemeController implements ReactiveController {
  resolved: ResolvedTheme = 'light';
  private readonly host: ReactiveElement & { theme: string };
  private readonly media = typeof matchMedia === 'function' ? matchMedia(DARK_SYSTEM) : undefined;
  private observer?: MutationObserver;
  private readonly check = () => this.update();

  constructor(host: ReactiveElement & { theme: string }) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.media?.addEventListener('change', this.check);
    this.observer ??= new MutationObserver(this.check);
    const doc = this.host.ownerDocument;
    for (const node of [doc.documentElement, doc.body]) {
      if (node) this.observer.observe(node, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] });
    }
    this.update();
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.check);
    this.observer?.disconnect();
  }

  hostUpdate(): void {
    this.resolved = this.resolve();
  }

  private update(): void {
    const resolved = this.resolve();
    if (resolved === this.resolved) return;
    this.resolved = resolved;
    this.host.requestUpdate();
  }

  private resolve(): ResolvedTheme {
    const theme = this.host.theme;
    if (theme === 'light' || theme === 'dark') return theme;
    return this.host.isConnected ? pageTheme(this.host) : 'light';
  }
}
