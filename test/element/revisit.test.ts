// Issue 14, item 3: a returning reader. A first page reads the feed and keeps it in IndexedDB; a later page (a
// fresh frame: a new document, the element defined again) shows the kept episode while the test server still holds
// the feed's answer, and a feed that changed meanwhile updates the same card in place once it arrives.
import { expect } from '@esm-bundle/chai';
import { unique, waitFor } from './helpers.js';

const state = async (key: string) =>
  (await (await fetch(`/test-api/stream/state?key=${key}`)).json()) as { held: number; version: number };
const set = (key: string, query: string) => fetch(`/test-api/stream/revisit-set?key=${key}&${query}`);

/** Whether the feed at `url` is kept (the element's own database, opened with its own schema). */
function kept(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const open = indexedDB.open('podcast-episode', 1);
    open.onupgradeneeded = () => {
      open.result.createObjectStore('feeds');
      open.result.createObjectStore('meta');
    };
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction('feeds').objectStore('feeds').getKey(url);
      get.onsuccess = () => {
        resolve(get.result !== undefined);
        db.close();
      };
      get.onerror = () => {
        resolve(false);
        db.close();
      };
    };
  });
}

/** The titles of the episode views kept for returning readers (the element's small copies in localStorage). */
function keptViewTitles(): string[] {
  const titles: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i) ?? '';
    if (!key.startsWith('podcast-episode:view:')) continue;
    try {
      titles.push(
        (JSON.parse(localStorage.getItem(key) ?? '{}') as { episode?: { title?: string } }).episode?.title ?? '',
      );
    } catch {
      // Not ours to judge: only titles that read count.
    }
  }
  return titles;
}

/**
 * A new page showing `feed`: the element's module loaded afresh in a same-origin frame; `parser`, when given, is
 * where that page says the parser worker's script is.
 */
async function page(feed: string, parser?: string): Promise<{ frame: HTMLIFrameElement; el: Element }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 700px; height: 700px; border: 0';
  // The lazy chunks import the module without the query: a second instance of it, told too.
  const setParser = parser
    ? `setParserUrl(${JSON.stringify(parser)}); (await import('/dist/podcast-episode.js')).setParserUrl(${JSON.stringify(parser)});`
    : '';
  frame.srcdoc = `<!doctype html><html lang="en"><body><podcast-episode feed="${feed}"></podcast-episode>
<script type="module">import { setParserUrl } from '/dist/podcast-episode.js?revisit=${unique()}'; ${setParser}</script></body></html>`;
  document.body.append(frame);
  const el = await waitFor(() => frame.contentDocument?.querySelector('podcast-episode'), 10_000, 'the framed widget');
  return { frame, el };
}

const title = (el: Element) => el.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() ?? '';

describe('a returning reader', function () {
  this.timeout(40_000);
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('sees the kept episode before the network answers, and a changed feed updates the card in place', async () => {
    const key = unique();
    const feed = `/test-api/stream/revisit?key=${key}`;
    const first = await page(feed);
    frames.push(first.frame);
    await waitFor(() => title(first.el) === 'Version 1 episode 5', 15_000, 'the first visit');
    await waitFor(() => kept(new URL(feed, location.href).href), 15_000, 'the feed kept in IndexedDB');
    first.frame.remove();

    // Second visit, the feed unchanged: the episode is on screen while its answer is held.
    await set(key, 'hold=1');
    const second = await page(feed);
    frames.push(second.frame);
    await waitFor(() => second.frame.contentWindow?.customElements.get('podcast-episode'), 10_000, 'defined');
    const defined = performance.now();
    await waitFor(() => title(second.el) === 'Version 1 episode 5', 15_000, 'the kept episode');
    console.log(`revisit: element defined → kept title on screen ≤ ${Math.round(performance.now() - defined)} ms`);
    expect((await state(key)).held, 'the network has not answered yet').to.equal(1);
    // The kept card's header first; the whole card (and `ready`) once the notes' sanitiser is in.
    await waitFor(() => second.el.getAttribute('state') === 'ready', 5000, 'the whole card');
    await set(key, 'hold=0');
    await waitFor(async () => (await state(key)).held === 0, 5000, 'the answer sent');
    second.frame.remove();

    // Third visit, the feed changed: the kept episode first, then the new one in the same card.
    await set(key, 'version=2&hold=1');
    const third = await page(feed);
    frames.push(third.frame);
    await waitFor(() => title(third.el) === 'Version 1 episode 5', 15_000, 'the kept episode again');
    expect((await state(key)).held).to.equal(1);
    const heading = third.el.shadowRoot!.querySelector('[part~="title"]');
    let skeleton = false;
    const watch = new MutationObserver(
      () => (skeleton ||= third.el.shadowRoot!.querySelector('.card--loading') !== null),
    );
    watch.observe(third.el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    await set(key, 'hold=0');
    await waitFor(() => title(third.el) === 'Version 2 episode 5', 15_000, 'the changed feed');
    watch.disconnect();
    expect(third.el.shadowRoot!.querySelector('[part~="title"]') === heading, 'updated in place').to.equal(true);
    expect(skeleton, 'no skeleton in between').to.equal(false);

    // Fourth visit, the network and the parser worker's script both held: the card comes from the small copy of
    // the view kept beside the feed, read on the page before any worker could answer.
    await waitFor(() => keptViewTitles().includes('Version 2 episode 5'), 15_000, 'the view kept');
    third.frame.remove();
    await set(key, 'hold=1');
    const fourth = await page(feed, new URL(`/test-api/stream/parser?key=${key}`, location.href).href);
    frames.push(fourth.frame);
    await waitFor(() => title(fourth.el) === 'Version 2 episode 5', 15_000, 'the kept view, no worker running');
    // Both requests reach the server (and wait there) in their own time: the card did not wait for them.
    await waitFor(async () => (await state(key)).held === 2, 10_000, 'the feed and the parser script held');
    expect(title(fourth.el)).to.equal('Version 2 episode 5');
    await waitFor(() => fourth.el.getAttribute('state') === 'ready', 5000, 'the whole card, no worker running');
    expect((await state(key)).held).to.equal(2);
    // Then the worker starts and the network answers, and the card stays.
    await set(key, 'hold=0');
    await waitFor(async () => (await state(key)).held === 0, 5000, 'both sent');
    await waitFor(() => fourth.el.shadowRoot?.querySelector('.card--loading') === null, 5000, 'no skeleton');
    expect(title(fourth.el)).to.equal('Version 2 episode 5');
  });
});
