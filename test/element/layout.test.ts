/**
 * The card fits any page: the compact card's size and its buttons, both layouts loading without a layout shift,
 * the page's own colours, nothing broken shown (artwork, headings), long words, balanced control rows.
 */
import { expect } from '@esm-bundle/chai';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  container,
  createWidget,
  loadElement,
  part,
  parts,
  shadow,
  text,
  unique,
  waitFor,
  waitForReady,
  type PodcastEpisodeEl,
} from './helpers.js';
import { TRIMMED, fullOr } from '../support/feeds.js';

const DEMO_FEED = '/demo/feed.xml';
const ARTWORK_404 = '/test/fixtures/artwork-404.xml';

before(async () => {
  await loadElement();
});

afterEach(async () => {
  await emulateMedia({ colorScheme: 'light' });
});

/** Sum of layout-shift scores from now until `done` resolves and two more frames have been painted. */
async function layoutShiftWhile(done: () => Promise<unknown>): Promise<number> {
  let score = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) score += entry.value;
    }
  });
  observer.observe({ type: 'layout-shift' });
  await done();
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  // Entries are delivered asynchronously: take what is queued.
  for (const entry of observer.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
    if (!entry.hadRecentInput) score += entry.value;
  }
  observer.disconnect();
  return score;
}

/** The luminance of the card's background (0 black … 1 white). */
function cardLuminance(el: Element): number {
  const card = part(el, 'card')!;
  const [r, g, b] = (getComputedStyle(card).backgroundColor.match(/[\d.]+/g) ?? ['0', '0', '0']).map(Number);
  return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
}

describe('layout: the compact card', () => {
  it('is at most 480 px tall at 672 px with nothing open, and no taller than its content', async () => {
    const { el } = createWidget({ feed: DEMO_FEED, layout: 'compact' }, container('width: 672px'));
    await waitForReady(el);
    await el.updateComplete;
    const card = part(el, 'card')!;
    const height = card.getBoundingClientRect().height;
    expect(height, `card height ${height}`).to.be.at.most(480);
    const last = card.lastElementChild!.getBoundingClientRect().bottom;
    const padding = parseFloat(getComputedStyle(card).paddingBottom);
    expect(card.getBoundingClientRect().bottom - last, 'no empty space below the last part').to.be.at.most(padding + 2);
    // What it shows: the header, the player, the first three topics and "+7 more", the buttons.
    expect(text(part(el, 'title'))).to.contain('Ep 2');
    expect(part(el, 'play-button') !== null).to.equal(true);
    expect(part(el, 'topics')!.querySelectorAll('li').length).to.equal(3);
    expect(text(part(el, 'topics')!.querySelector('.topics-more'))).to.equal('+7 more');
    expect(parts(el, 'panel-button').map(text)).to.deep.equal(['Notes', 'Chapters', 'Transcript', 'More episodes']);
    expect(part(el, 'panel'), 'nothing open').to.equal(null);
  });

  it('opens one section at a time; arrows move between the buttons; Escape closes and gives focus back', async () => {
    const { el } = createWidget({ feed: DEMO_FEED, layout: 'compact' }, container('width: 672px'));
    await waitForReady(el);
    const [notes, chapters, transcript] = parts<HTMLButtonElement>(el, 'panel-button');
    notes!.click();
    await el.updateComplete;
    expect(notes!.getAttribute('aria-expanded')).to.equal('true');
    const panel = part(el, 'panel')!;
    expect(panel.id).to.equal(notes!.getAttribute('aria-controls'));
    expect(text(panel)).to.contain('Jon Berger has spent decades');
    transcript!.click();
    await el.updateComplete;
    expect(notes!.getAttribute('aria-expanded')).to.equal('false');
    expect(transcript!.getAttribute('aria-expanded')).to.equal('true');
    expect(parts(el, 'panel').length, 'one open at a time').to.equal(1);
    expect(part(el, 'transcript') !== null).to.equal(true);
    transcript!.click();
    await el.updateComplete;
    expect(part(el, 'panel'), 'a second press closes it').to.equal(null);

    chapters!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(shadow(el).activeElement === transcript, 'ArrowRight moves to the next button').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(transcript!.getAttribute('aria-expanded')).to.equal('true');
    // Escape from inside the open section (here the transcript viewer's search field, in its own shadow root).
    const viewer = part(el, 'panel')!.querySelector('podcast-episode-transcript');
    await waitFor(() => viewer?.shadowRoot?.querySelector('input'), 5000, 'the transcript search field');
    viewer!.shadowRoot!.querySelector<HTMLInputElement>('input')!.focus();
    await sendKeys({ press: 'Escape' });
    await waitFor(() => part(el, 'panel') === null, 2000, 'Escape to close the section');
    await waitFor(() => shadow(el).activeElement === transcript, 2000, 'focus back on its button');
  });

  it('lists the chapters behind their button once the chapters file is read', async () => {
    const { el } = createWidget({ feed: DEMO_FEED, layout: 'compact' }, container('width: 672px'));
    await waitForReady(el);
    const chapters = parts<HTMLButtonElement>(el, 'panel-button').find((b) => text(b) === 'Chapters')!;
    chapters.click();
    await waitFor(() => (part(el, 'chapters')?.querySelectorAll('li').length ?? 0) === 3, 5000, 'three chapters');
  });
});

describe('layout: no layout shift while loading', () => {
  for (const layout of ['compact', 'full']) {
    for (const width of [375, 672]) {
      it(`${layout} at ${width} px: the skeleton has the size of the card (CLS ≤ 0.02)`, async () => {
        const box = container(`width: ${width}px`);
        const after = document.createElement('p');
        after.textContent = 'The rest of the article, which must not jump.';
        box.after(after);
        const el = document.createElement('podcast-episode') as PodcastEpisodeEl;
        el.setAttribute('feed', `${DEMO_FEED}?cls=${unique()}`);
        el.setAttribute('layout', layout);
        // Earlier tests' widgets may still stand above it: read at once wherever it lands.
        el.setAttribute('loading', 'eager');
        box.append(el);
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const score = await layoutShiftWhile(async () => {
          await waitForReady(el);
          await el.updateComplete;
          // The chapters file and the artwork arrive after the card.
          await waitFor(() => (el as unknown as { currentEpisode?: unknown }).currentEpisode !== undefined, 5000);
          await waitFor(() => [...shadow(el).querySelectorAll('img')].every((img) => img.complete), 5000, 'images');
          await waitFor(() => part(el, 'player')?.querySelector('.chapter-button') !== null, 5000, 'chapters');
        });
        after.remove();
        expect(score, `CLS ${score.toFixed(3)}`).to.be.at.most(0.02);
      });
    }
  }
});

describe('layout: the page’s own colours', () => {
  it('theme="auto" on a light page is light although the system is dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { el } = createWidget({ feed: DEMO_FEED }, container('background: #fdfdfb; width: 500px'));
    await waitForReady(el);
    await el.updateComplete;
    expect(cardLuminance(el)).to.be.above(0.8);
  });

  it('theme="auto" on a dark page is dark although the system is light', async () => {
    const { el } = createWidget({ feed: DEMO_FEED }, container('background: #101216; width: 500px'));
    await waitForReady(el);
    await el.updateComplete;
    expect(cardLuminance(el)).to.be.below(0.2);
  });

  it('follows a page that switches its own theme, and theme="light"/"dark" force it', async () => {
    const box = container('background: #ffffff; width: 500px');
    const { el } = createWidget({ feed: DEMO_FEED }, box);
    await waitForReady(el);
    expect(cardLuminance(el)).to.be.above(0.8);
    // A page's dark-mode switch: a class on <html> that paints the page dark.
    const style = document.createElement('style');
    style.textContent = 'html.test-dark [data-test-container] { background: #0b0b0f !important; }';
    document.head.append(style);
    document.documentElement.classList.add('test-dark');
    try {
      await waitFor(() => cardLuminance(el) < 0.2, 3000, 'the card to turn dark with the page');
      el.setAttribute('theme', 'light');
      await el.updateComplete;
      expect(cardLuminance(el)).to.be.above(0.8);
    } finally {
      document.documentElement.classList.remove('test-dark');
      style.remove();
    }
  });

  it('a page that leaves it to the system (color-scheme: light dark, no background) follows the system', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const meta = document.createElement('meta');
    meta.name = 'color-scheme';
    meta.content = 'light dark';
    document.head.append(meta);
    const saved = document.body.style.background;
    document.body.style.background = 'transparent';
    document.documentElement.style.background = 'transparent';
    try {
      const { el } = createWidget({ feed: DEMO_FEED }, container('width: 500px'));
      await waitForReady(el);
      await el.updateComplete;
      expect(cardLuminance(el)).to.be.below(0.2);
    } finally {
      meta.remove();
      document.body.style.background = saved;
      document.documentElement.style.background = '';
    }
  });

  it('--podcast-episode-surface: transparent lets the page show through', async () => {
    const box = container('background: rgb(255, 240, 200); width: 500px');
    const { el } = createWidget({ feed: DEMO_FEED }, box);
    el.style.setProperty('--podcast-episode-surface', 'transparent');
    await waitForReady(el);
    expect(getComputedStyle(part(el, 'card')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });
});

describe('layout: nothing broken reaches the reader', () => {
  it('an artwork that answers 404 becomes the show’s initials, and the page hears a warning', async () => {
    const warnings: { code: string; url: string }[] = [];
    const { el } = createWidget({ feed: ARTWORK_404, layout: 'compact' }, container('width: 672px'));
    el.addEventListener('warning', (event) => warnings.push((event as CustomEvent).detail));
    await waitForReady(el);
    await waitFor(() => part(el, 'artwork')?.tagName === 'DIV', 5000, 'the drawn artwork');
    expect(text(part(el, 'artwork'))).to.equal('GR');
    const broken = [...shadow(el).querySelectorAll('img')].filter((img) => img.complete && img.naturalWidth === 0);
    expect(broken.length, 'no broken image on screen').to.equal(0);
    expect(warnings.map((w) => w.code)).to.deep.equal(['artwork']);
    expect(warnings[0]!.url).to.contain('no-such-episode-artwork.png');
  });

  it('no heading is left without its section, whatever `sections` says', async () => {
    const values = ['', 'topics', 'related', 'summary transcript', 'chapters', 'topics chapters related', 'nonsense'];
    for (const layout of ['full', 'compact']) {
      for (const sections of values) {
        const { el } = createWidget({ feed: DEMO_FEED, layout, sections }, container('width: 672px'));
        await waitForReady(el);
        await el.updateComplete;
        for (const heading of shadow(el).querySelectorAll('h3')) {
          const section = heading.closest('section')!;
          // Something besides the heading takes room on screen (the transcript viewer's text is in its own shadow).
          const content = [...section.children].filter(
            (child) => !child.contains(heading) && child.getBoundingClientRect().height > 0,
          );
          expect(content.length > 0, `${layout} "${sections}": "${text(heading)}" has content`).to.equal(true);
        }
        const shown = new Set(
          [...shadow(el).querySelectorAll('section[part]')].map((s) => s.getAttribute('part')!.split(' ')[0]!),
        );
        for (const name of ['topics', 'related', 'summary', 'transcript']) {
          const wanted = sections === '' || sections === 'nonsense' || sections.split(' ').includes(name);
          if (!wanted) expect(shown.has(name), `${layout} "${sections}" hides ${name}`).to.equal(false);
        }
      }
    }
  });

  it('a 40-letter word does not overflow a 280 px card', async () => {
    for (const layout of ['compact', 'full']) {
      const { el } = createWidget({ feed: ARTWORK_404, layout }, container('width: 280px'));
      await waitForReady(el);
      await el.updateComplete;
      if (layout === 'compact') parts<HTMLButtonElement>(el, 'panel-button')[0]!.click();
      await el.updateComplete;
      const card = part(el, 'card')!;
      const right = card.getBoundingClientRect().right;
      const over = [...card.querySelectorAll('*')].filter((node) => node.getBoundingClientRect().right > right + 0.5);
      expect(over.map((node) => node.className || node.tagName).join(', '), layout).to.equal('');
      expect(card.scrollWidth <= card.clientWidth, `${layout}: no horizontal scroll`).to.equal(true);
    }
  });
});

describe('layout: the player’s controls at every width', () => {
  for (const episode of ['1', '2']) {
    for (const width of [280, 320, 360, 400, 480, 672]) {
      it(`episode ${episode} at ${width} px: rows of controls that differ by at most one, none alone`, async () => {
        const { el } = createWidget({ feed: DEMO_FEED, episode, layout: 'compact' }, container(`width: ${width}px`));
        await waitForReady(el);
        if (episode === '2') {
          await waitFor(() => part(el, 'player')?.querySelector('.chapter-button') !== null, 5000, 'chapters');
        }
        await el.updateComplete;
        const controls = part(el, 'player')!.querySelector('.controls')!;
        // Controls whose vertical centres are within 12 px of each other share a row.
        const centres = [...controls.children]
          .map((child) => child.getBoundingClientRect())
          .filter((box) => box.width > 0)
          .map((box) => (box.top + box.bottom) / 2)
          .sort((a, b) => a - b);
        const rows: number[][] = [];
        for (const centre of centres) {
          const row = rows[rows.length - 1];
          if (row && centre - row[0]! <= 12) row.push(centre);
          else rows.push([centre]);
        }
        const counts = rows.map((row) => row.length);
        expect(Math.max(...counts) - Math.min(...counts), `rows ${counts.join('+')}`).to.be.at.most(1);
        if (counts.length > 1) expect(Math.min(...counts), `rows ${counts.join('+')}`).to.be.at.least(2);
        expect(controls.scrollWidth <= controls.clientWidth + 1, 'nothing sticks out').to.equal(true);
      });
    }
  }
});

describe('layout: LinuxUnplugged (a 2.7 MB real feed)', () => {
  it('loads without a layout shift in both layouts', async () => {
    // The whole 2.7 MB feed beside ../shared, else its committed trimmed copy.
    const file = await fullOr('alatiera__gnome-podcasts__2020-12-19-LinuxUnplugged.xml', TRIMMED.linuxUnplugged);
    for (const layout of ['compact', 'full']) {
      const box = container('width: 672px');
      const el = document.createElement('podcast-episode') as PodcastEpisodeEl;
      el.setAttribute('feed', `/feeds/${file}?cls=${unique()}`);
      el.setAttribute('layout', layout);
      el.setAttribute('loading', 'eager');
      box.append(el);
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const score = await layoutShiftWhile(() => waitForReady(el, 30000));
      expect(score, `${layout}: CLS ${score.toFixed(3)}`).to.be.at.most(0.02);
    }
  });
});

describe('layout: links survive', () => {
  it('LinuxUnplugged: every link of the notes is a link on screen, and topics from links keep them', async () => {
    const file = await fullOr('alatiera__gnome-podcasts__2020-12-19-LinuxUnplugged.xml', TRIMMED.linuxUnplugged);
    const { el } = createWidget({ feed: `/feeds/${file}`, layout: 'full' }, container('width: 672px'));
    await waitForReady(el, 30000);
    const episode = (el as unknown as { currentEpisode: { notesHtml: string } }).currentEpisode;
    const written = new DOMParser()
      .parseFromString(episode.notesHtml, 'text/html')
      .querySelectorAll('a[href^="http"]').length;
    expect(written, 'the feed writes links in these notes').to.be.greaterThan(5);
    await waitFor(() => (part(el, 'summary')?.querySelectorAll('a[href]').length ?? 0) > 0, 5000, 'sanitised notes');
    expect(part(el, 'summary')!.querySelectorAll('a[href^="http"]').length).to.equal(written);
    const topicLinks = [...part(el, 'topics')!.querySelectorAll<HTMLAnchorElement>('li a[href]')];
    expect(topicLinks.length, 'topics that came from links are links').to.be.greaterThan(0);
  });
});
