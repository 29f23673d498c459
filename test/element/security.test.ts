import { expect } from '@esm-bundle/chai';
import {
  checkNoUncaughtExceptions,
  createWidget,
  loadElement,
  part,
  partText,
  parts,
  requestCount,
  shadow,
  pageIdle,
  unique,
  text,
  waitFor,
  waitForReady,
  type PodcastEpisodeEl,
} from './helpers.js';

const XSS_FEED = '/test/fixtures/xss.xml';
const flags = window as unknown as { __xss?: unknown };

before(async () => {
  await loadElement();
});

beforeEach(() => {
  delete flags.__xss;
});

/** Every way markup in the shadow DOM could run script, load a frame, restyle or submit. */
function dangers(root: ParentNode): string[] {
  const found: string[] = [];
  for (const tag of [
    'script',
    'iframe',
    'frame',
    'frameset',
    'style',
    'link',
    'form',
    'object',
    'embed',
    'meta',
    'base',
    'noscript',
    'math',
    'video',
    'audio',
    'dialog',
  ]) {
    for (const node of root.querySelectorAll(tag)) found.push(`<${tag}> ${node.outerHTML.slice(0, 80)}`);
  }
  // Form controls: the widget's own player has buttons and sliders; the notes must have none.
  const notes = root.querySelector('[part~="summary"] .notes-body') ?? root.querySelector('[part~="summary"]');
  for (const node of notes?.querySelectorAll('input, textarea, select, button') ?? []) {
    found.push(`notes <${node.localName}> ${node.outerHTML.slice(0, 80)}`);
  }
  for (const node of root.querySelectorAll('*')) {
    for (const attr of node.attributes) {
      const name = attr.name.toLowerCase();
      const value = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (name.startsWith('on')) found.push(`${node.tagName} ${name}="${attr.value}"`);
      if (
        ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'poster', 'background'].includes(name)
      ) {
        if (/^(javascript|vbscript|data:text\/html)/.test(value)) found.push(`${node.tagName} ${name}="${attr.value}"`);
      }
      if (name === 'srcdoc') found.push(`${node.tagName} srcdoc`);
    }
  }
  // <svg> is allowed only as the widget's own icons (aria-hidden, no links, no script).
  for (const svg of root.querySelectorAll('svg')) {
    if (svg.getAttribute('aria-hidden') !== 'true' || svg.querySelector('a, script, foreignObject')) {
      found.push(`svg ${svg.outerHTML.slice(0, 80)}`);
    }
  }
  return found;
}

async function showXss(episode?: string): Promise<PodcastEpisodeEl> {
  const attributes: Record<string, string> = { feed: XSS_FEED };
  if (episode) attributes.episode = episode;
  const { el } = createWidget(attributes);
  await waitForReady(el);
  // onerror/onload handlers (failing images, frames) would have fired once every image has loaded or failed.
  await waitFor(
    () => [...shadow(el).querySelectorAll('img')].every((img) => img.complete),
    10000,
    'every image in the widget loaded or failed',
  );
  await pageIdle();
  return el;
}

describe('security: hostile show notes', () => {
  it('runs none of the payloads', async () => {
    const el = await showXss();
    // Expand the notes, hover and click everything a listener could, then wait again.
    shadow(el).querySelector<HTMLButtonElement>('.more')?.click();
    await el.updateComplete;
    for (const node of part(el, 'summary')!.querySelectorAll<HTMLElement>('*')) {
      node.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      node.dispatchEvent(new FocusEvent('focus'));
    }
    await pageIdle();
    expect(flags.__xss, `payload "${String(flags.__xss)}" ran`).to.equal(undefined);
  });

  it('leaves no script, frame, style, form, on* attribute or javascript: URL in the shadow DOM', async () => {
    const el = await showXss();
    const summary = part(el, 'summary')!;
    expect(text(summary)).to.contain('Before the payloads.');
    expect(text(summary)).to.contain('After the payloads.');
    expect(dangers(shadow(el))).to.deep.equal([]);
    // No inline styles from the feed (the widget's own styles are adopted stylesheets).
    const notes = summary.querySelector('.notes-body') ?? summary;
    for (const node of notes.querySelectorAll('[style], [class], [id]')) {
      expect.fail(`notes element keeps style/class/id: ${node.outerHTML.slice(0, 100)}`);
    }
  });

  it('notes links open in a new tab with rel="noopener noreferrer nofollow"; the rest keep noopener noreferrer', async () => {
    const el = await showXss();
    const noteLinks = [...part(el, 'summary')!.querySelectorAll('a')];
    expect(noteLinks.length, 'the safe links survive').to.be.greaterThan(1);
    for (const link of noteLinks) {
      expect(link.getAttribute('target'), link.outerHTML).to.equal('_blank');
      const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
      expect(rel, link.outerHTML).to.include.members(['noopener', 'noreferrer', 'nofollow']);
      expect(rel, link.outerHTML).to.not.include('opener');
      const href = link.getAttribute('href');
      if (href !== null) expect(href, 'only http(s)/mailto/tel links').to.match(/^(https?:|mailto:|tel:)/);
    }
    const safe = noteLinks.find((a) => text(a) === 'A safe link')!;
    expect(safe.getAttribute('href')).to.equal('https://example.com/safe');
    // A relative link is resolved against the feed's address, not left relative to the page.
    const relative = noteLinks.find((a) => text(a) === 'relative link')!;
    expect(relative.getAttribute('href')).to.equal(new URL('/relative/page', location.href).href);

    for (const link of shadow(el).querySelectorAll('a')) {
      expect(link.getAttribute('target'), link.outerHTML).to.equal('_blank');
      expect((link.getAttribute('rel') ?? '').split(/\s+/), link.outerHTML).to.include.members([
        'noopener',
        'noreferrer',
      ]);
    }
  });

  it('drops srcset from notes images: the picture shown is the checked src, and no srcset address is requested', async () => {
    const { el } = createWidget({ feed: `/test/fixtures/notes-srcset.xml?s=${unique()}` });
    await waitForReady(el);
    const image = await waitFor(() => part(el, 'summary')?.querySelector('img'), 5000, 'the notes image');
    expect(image.getAttribute('alt')).to.equal('A picture');
    expect(image.getAttribute('src')).to.equal(new URL('/demo/ep2.png', location.href).href);
    expect(image.hasAttribute('srcset'), 'no srcset on the image').to.equal(false);
    // The whole notes on screen, so the (lazy) image loads.
    shadow(el).querySelector<HTMLButtonElement>('.more')?.click();
    await el.updateComplete;
    image.scrollIntoView();
    await waitFor(() => image.complete, 10000, 'the image loaded or failed');
    await pageIdle();
    expect(image.currentSrc, 'the browser shows the src').to.equal(new URL('/demo/ep2.png', location.href).href);
    expect(await requestCount('srcset-probe='), 'requests for a srcset address').to.equal(0);
  });

  it('shows hostile titles, show name and author as text', async () => {
    const el = await showXss();
    for (const name of ['title', 'show', 'host', 'meta']) {
      const node = part(el, name);
      if (!node) continue;
      const children = [...node.querySelectorAll('*')].filter((n) => n.tagName !== 'SPAN');
      expect(
        children.map((n) => n.outerHTML),
        `part=${name} holds text only`,
      ).to.deep.equal([]);
    }
    expect(partText(el, 'title')).to.contain('Episode 3');
    for (const item of parts(el, 'related-item')) {
      expect(
        [...item.querySelectorAll('*')].every((n) => n.tagName === 'SPAN'),
        item.outerHTML,
      ).to.equal(true);
    }
    expect(flags.__xss).to.equal(undefined);
  });

  it("the show link and transcript link never carry the feed's javascript: URLs", async () => {
    const el = await showXss();
    const show = part(el, 'show')!;
    if (show.tagName === 'A') expect(show.getAttribute('href')).to.match(/^https?:/);
    const transcript = part(el, 'transcript')!.querySelector('a');
    if (transcript) expect(transcript.getAttribute('href')).to.match(/^https?:/);
    const artwork = part(el, 'artwork')!;
    if (artwork.tagName === 'IMG') expect(artwork.getAttribute('src') ?? '').to.not.match(/^\s*javascript:/i);
  });

  it('entity-escaped payloads in <description> are sanitised the same way', async () => {
    const el = await showXss('xss-escaped-html');
    expect(partText(el, 'summary')).to.contain('Escaped payloads.');
    expect(dangers(shadow(el))).to.deep.equal([]);
    const fine = [...part(el, 'summary')!.querySelectorAll('a')].find((a) => text(a) === 'fine link');
    expect(fine?.getAttribute('href')).to.equal('https://example.com/ok');
    expect(flags.__xss).to.equal(undefined);
  });

  it('a javascript: enclosure never becomes a link or runs when played', async () => {
    const el = await showXss('xss-enclosure');
    expect(partText(el, 'title')).to.equal('Episode 1: A Hostile Enclosure');
    const play = part(el, 'play-button');
    if (play) {
      play.click();
      // Either it fails (message + download link) or nothing happens; either way no javascript: link.
      await waitFor(() => /could not be played/i.test(partText(el, 'player')), 10000).catch(() => undefined);
      part(el, 'player')?.querySelector<HTMLAnchorElement>('a')?.click();
    }
    await pageIdle();
    expect(dangers(shadow(el))).to.deep.equal([]);
    expect(flags.__xss).to.equal(undefined);
  });

  it('does not touch the page: no new nodes or styles outside the widget', async () => {
    const before = document.head.children.length;
    const bodyBackground = getComputedStyle(document.body).backgroundColor;
    const el = await showXss();
    expect(document.head.children.length).to.equal(before);
    expect(document.querySelectorAll('iframe, form, script[src^="data:"]').length).to.equal(0);
    expect(getComputedStyle(document.body).backgroundColor).to.equal(bodyBackground);
    expect(getComputedStyle(part(el, 'card')!).display).to.not.equal('none');
  });
});

checkNoUncaughtExceptions();
