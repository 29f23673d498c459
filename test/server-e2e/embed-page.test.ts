/**
 * The server's /embed page in real frames, as a blog or newsletter platform frames it. The runner forwards the
 * server's routes onto its own origin (podcast-server.mjs), so this page can look inside the frame: once sandboxed
 * without scripts (what a platform that runs none shows), once with scripts (the element takes over). The feed is
 * the demo feed on the no-CORS test origin; its audio is there too. Everything on 127.0.0.1.
 */
import { expect } from '@esm-bundle/chai';
import { testConfig, unique, waitFor } from '../element/helpers.js';

const EP2_TITLE = 'Ep 2: What Does AI Mean For The Future of Extreme Code Efficiency? With Jon Berger';

interface Framed {
  frame: HTMLIFrameElement;
  doc: Document;
  /** Heights the frame posted to this page, in order. */
  heights: number[];
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

async function embedUrl(query: Record<string, string> = {}): Promise<string> {
  const { crossOrigin } = await testConfig();
  const feed = `${crossOrigin}/nocors/demo/feed.xml?embed=${unique()}`;
  return `/embed?${new URLSearchParams({ feed, ...query })}`;
}

/** Frames `src` at `width` px and resolves once its document has loaded. */
async function frame(src: string, width: number, sandbox?: string): Promise<Framed> {
  const iframe = document.createElement('iframe');
  const heights: number[] = [];
  addEventListener('message', (event: MessageEvent<{ type?: string; height?: number }>) => {
    if (event.source === iframe.contentWindow && event.data?.type === 'podcast-episode:height')
      heights.push(Number(event.data.height));
  });
  if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
  iframe.style.cssText = `width:${width}px;height:600px;border:0;display:block`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = src;
  document.body.append(iframe);
  frames.push(iframe);
  await loaded;
  return { frame: iframe, doc: iframe.contentDocument!, heights };
}

const textOf = (doc: Document, selector: string) => doc.querySelector(selector)?.textContent?.trim() ?? '';

describe('/embed in a frame', () => {
  it('without scripts shows the title, summary, topics and an audio player that plays', async () => {
    const { doc, frame: iframe } = await frame(await embedUrl(), 375, 'allow-same-origin');
    const defined = iframe.contentWindow!.customElements.get('podcast-episode') !== undefined;
    expect(defined, 'no script ran in the frame').to.equal(false);
    expect(textOf(doc, 'h1')).to.equal(EP2_TITLE);
    expect(textOf(doc, '.show')).to.match(/^Asynchronous & Unreliable/);
    expect(textOf(doc, '.meta')).to.match(/Apr 19, 2026/);
    expect(textOf(doc, '.summary')).to.match(/^Jon Berger has spent decades/);
    expect(doc.querySelectorAll('.topics li').length).to.be.greaterThan(2);
    expect(doc.querySelectorAll('.related a').length).to.be.greaterThan(0);
    // The static card is what shows: the element is there but not defined, so it takes no room.
    const card = doc.querySelector<HTMLElement>('.static')!;
    expect(card.getBoundingClientRect().height).to.be.greaterThan(200);
    expect(iframe.contentWindow!.getComputedStyle(card).display).to.equal('flex');

    const audio = doc.querySelector('audio')!;
    expect(audio.controls).to.equal(true);
    expect(audio.src).to.match(/\/nocors\/demo\/audio\/ep2\.mp3$/);
    // Playable: the browser loads and plays it (started from this page, as a click on its controls would).
    audio.muted = true;
    await audio.play();
    await waitFor(
      () => audio.currentTime > 0,
      15000,
      () => `audio playing (readyState ${audio.readyState})`,
    );
    audio.pause();
  });

  it('with scripts, the element replaces the static card with no layout shift and reports its height', async () => {
    const { frame: iframe, doc, heights } = await frame(await embedUrl(), 375);
    const win = iframe.contentWindow! as Window & typeof globalThis;
    const el = doc.querySelector('podcast-episode')!;
    // Every layout shift in the frame since it started loading (buffered), gathered as the page goes on.
    const shifts: number[] = [];
    new win.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean };
        if (!shift.hadRecentInput) shifts.push(shift.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });

    // Shown once ready with its chapters (the page's script marks it).
    await waitFor(
      () => el.hasAttribute('data-shown'),
      20000,
      () => `shown (state ${el.getAttribute('state')})`,
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('.controls--chapters') !== null, 'chapters in the player when shown').to.equal(true);
    expect(root.querySelector('[part~="title"]')?.textContent?.trim()).to.equal(EP2_TITLE);
    const card = doc.querySelector<HTMLElement>('.static')!;
    expect(win.getComputedStyle(card).display, 'static card hidden').to.equal('none');
    expect(win.getComputedStyle(el).visibility).to.equal('visible');
    await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
    const cls = shifts.reduce((sum, value) => sum + value, 0);
    console.log(`/embed at 375 px: cumulative layout shift ${cls.toFixed(4)} (${shifts.length} shifts)`);
    expect(cls).to.be.at.most(0.02);

    // The parent hears the frame's height, and it is the height of what the frame shows now.
    const height = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    await waitFor(
      () => heights.at(-1) === height,
      5000,
      () => `height ${height} posted (got ${heights.join(', ')})`,
    );
    expect(height).to.be.greaterThan(300);
    // Following it, as README's snippet does, leaves nothing to scroll inside the frame.
    iframe.style.height = `${heights.at(-1)}px`;
    await waitFor(() => doc.documentElement.scrollHeight <= iframe.clientHeight + 1, 5000, 'no inner scroll');
  });

  it('posts a new height when the reader opens a section', async () => {
    const { frame: iframe, doc, heights } = await frame(await embedUrl(), 672);
    const el = doc.querySelector('podcast-episode')!;
    await waitFor(() => el.getAttribute('state') === 'ready', 20000, 'ready');
    const before = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    await waitFor(
      () => heights.at(-1) === before,
      5000,
      () => `height ${before} (got ${heights.join(', ')})`,
    );
    const notes = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="panel-button"]')].find(
      (b) => b.textContent?.trim() === 'Notes',
    )!;
    notes.click();
    await waitFor(
      () => (heights.at(-1) ?? 0) > before,
      5000,
      () => `a taller height (got ${heights.join(', ')})`,
    );
    expect(heights.at(-1)).to.equal(Math.ceil(doc.documentElement.getBoundingClientRect().height));
    expect(iframe.isConnected).to.equal(true);
  });

  it('runs under its CSP without a single violation', async () => {
    const { doc } = await frame(await embedUrl({ layout: 'full', theme: 'dark' }), 672);
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    const el = doc.querySelector('podcast-episode')!;
    await waitFor(() => el.getAttribute('state') === 'ready', 20000, 'ready');
    await waitFor(() => el.shadowRoot!.querySelector('.controls--chapters'), 15000, 'chapters in the player');
    expect(el.getAttribute('layout')).to.equal('full');
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(violations).to.deep.equal([]);
  });

  it('shows a readable error page in the frame when the feed cannot be read', async () => {
    const { doc } = await frame('/embed?feed=http%3A%2F%2F127.1%2Ffeed.xml', 375, 'allow-same-origin');
    expect(textOf(doc, 'h1')).to.equal('This feed cannot be shown here');
    expect(doc.querySelector('[role="alert"]') !== null, 'an alert').to.equal(true);
    const answer = await fetch('/embed?feed=http%3A%2F%2F127.1%2Ffeed.xml');
    expect(answer.status).to.equal(403);
  });
});
