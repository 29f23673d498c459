import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { html, render } from 'lit';
import { renderChapters, type ChaptersViewOptions } from '../../src/ui/chapters-view.js';
import { chaptersStyles } from '../../src/ui/chapters-view.styles.js';
import { cardStyles } from '../../src/ui/card.styles.js';
import { strings } from '../../src/i18n/strings.js';
import type { Chapter } from '../../src/chapters/model.js';

const CHAPTERS: Chapter[] = [
  { start: 0, end: 168, title: 'Intro' },
  { start: 168, end: 260, title: 'Hearing Aids', img: 'https://example.com/images/hearing_aids.jpg' },
  { start: 260, end: 410, title: 'Progress Report', url: 'javascript:alert(1)' },
  {
    start: 410,
    end: 3990,
    title: 'Namespace',
    img: 'data:image/svg+xml,<svg/>',
    url: 'https://github.com/Podcastindex-org/podcast-namespace',
  },
  { start: 3990, end: 4100, title: 'Just Break Up, a chapter whose title is long enough to wrap in a narrow sidebar' },
  { start: 4600, title: 'After a gap' },
];

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((host) => host.remove()));

/**
 * Renders the chapter list as the element does: in a shadow root with the widget's styles and `chaptersStyles`,
 * inside the card (which defines the design tokens). The styles' `:host` rule makes the host `width` px wide the
 * container that the layout's container queries measure, as the widget's own element is.
 */
function mount(chapters: readonly Chapter[], options: Partial<ChaptersViewOptions> = {}, width = 600) {
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  document.body.append(host);
  mounted.push(host);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [cardStyles.styleSheet!, chaptersStyles.styleSheet!];
  const seeks: number[] = [];
  const view = (currentTime?: number) =>
    render(
      html`<div class="card">
        ${renderChapters(chapters, { onSeek: (s) => seeks.push(s), currentTime, t: strings, ...options })}
      </div>`,
      root,
    );
  view(options.currentTime);
  const buttons = () => [...root.querySelectorAll<HTMLButtonElement>('[part="chapters"] button')];
  const current = () => root.querySelectorAll('[aria-current="true"]');
  return { host, root, seeks, view, buttons, current };
}

describe('renderChapters: the chapter list', () => {
  it('lists every chapter under a "Chapters" heading, each a button named "Play from 2:48: Title"', () => {
    const { root, buttons } = mount(CHAPTERS);
    const section = root.querySelector('section')!;
    expect(section.querySelector('h3')!.textContent).to.equal('Chapters');
    expect(section.getAttribute('part')).to.equal('chapters');
    const list = root.querySelector('[part="chapters"] ol')!;
    expect(list.children).to.have.length(6);
    // Named by what they show (time and title); the action is the tooltip.
    expect(buttons().map((b) => b.getAttribute('aria-label'))).to.deep.equal([null, null, null, null, null, null]);
    expect(buttons().map((b) => b.getAttribute('title'))).to.deep.equal([
      'Play from 0:00: Intro',
      'Play from 2:48: Hearing Aids',
      'Play from 4:20: Progress Report',
      'Play from 6:50: Namespace',
      'Play from 1:06:30: Just Break Up, a chapter whose title is long enough to wrap in a narrow sidebar',
      'Play from 1:16:40: After a gap',
    ]);
    expect(buttons().every((b) => b.type === 'button')).to.equal(true);
    const first = buttons()[1]!;
    expect(first.querySelector('.chapter-time')!.textContent).to.equal('2:48');
    expect(first.querySelector('.chapter-title')!.textContent).to.equal('Hearing Aids');
  });

  it('marks the chapter playing at the given time, and only that one', () => {
    const { view, current, root } = mount(CHAPTERS, {}, 600);
    for (const [time, title] of [
      [0, 'Intro'],
      [300, 'Progress Report'],
      [167.9, 'Hearing Aids'],
      [4200, undefined],
      [5000, 'After a gap'],
    ] as const) {
      view(time);
      const marked = current();
      expect(marked.length, `at ${time}`).to.equal(title ? 1 : 0);
      if (title) expect(marked[0]!.querySelector('.chapter-title')!.textContent, `at ${time}`).to.equal(title);
    }
    view(300);
    const [currentButton, otherButton] = [
      root.querySelector('[aria-current="true"]')!,
      root.querySelector('button:not([aria-current])')!,
    ];
    expect(getComputedStyle(currentButton).backgroundColor, 'the current chapter is highlighted').not.to.equal(
      getComputedStyle(otherButton).backgroundColor,
    );
    view(undefined);
    expect(current().length, 'no position, nothing marked').to.equal(0);
  });

  it("seeks to the chapter's start on click and on Enter", async () => {
    const { buttons, seeks } = mount(CHAPTERS);
    buttons()[3]!.click();
    buttons()[3]!.focus();
    await sendKeys({ press: 'Enter' });
    buttons()[1]!.focus();
    await sendKeys({ press: 'Space' });
    expect(seeks).to.deep.equal([410, 410, 168]);
  });

  it('links only to http(s) pages, in a new tab, without passing on the page or its referrer', () => {
    const { root } = mount(CHAPTERS);
    const links = [...root.querySelectorAll<HTMLAnchorElement>('[part="chapters"] a')];
    expect(links.map((a) => a.href)).to.deep.equal(['https://github.com/Podcastindex-org/podcast-namespace']);
    const [link] = links;
    expect(link!.target).to.equal('_blank');
    expect(link!.rel.split(' ').sort()).to.deep.equal(['nofollow', 'noopener', 'noreferrer']);
    expect(link!.getAttribute('aria-label')).to.equal('Namespace: open link (new tab)');
    expect(root.innerHTML).not.to.contain('javascript:');
  });

  it('shows http(s) chapter images small, lazily, without alt text or referrer; others get an empty tile', () => {
    const { root, buttons } = mount(CHAPTERS);
    const images = [...root.querySelectorAll<HTMLImageElement>('[part="chapters"] img')];
    expect(images.map((img) => img.src)).to.deep.equal(['https://example.com/images/hearing_aids.jpg']);
    const [image] = images;
    expect(image!.alt).to.equal('');
    expect(image!.loading).to.equal('lazy');
    expect(image!.referrerPolicy).to.equal('no-referrer');
    expect(image!.getBoundingClientRect().width).to.be.within(24, 48);
    // Titles line up whether or not their chapter has an image.
    const lefts = buttons().map((b) => Math.round(b.querySelector('.chapter-title')!.getBoundingClientRect().left));
    expect(new Set(lefts).size).to.equal(1);
    expect(root.innerHTML).not.to.contain('data:image');
  });

  for (const width of [280, 900]) {
    it(`fits a ${width} px column: nothing overflows sideways, titles line up and wrap`, () => {
      const { root, buttons } = mount(CHAPTERS, { currentTime: 300 }, width);
      const list = root.querySelector<HTMLElement>('[part="chapters"] ol')!;
      expect(list.scrollWidth, 'no sideways scrolling').to.be.at.most(list.clientWidth);
      const listBox = list.getBoundingClientRect();
      for (const element of root.querySelectorAll('[part="chapters"] button, [part="chapters"] a')) {
        const box = element.getBoundingClientRect();
        expect(box.right, 'inside the list').to.be.at.most(listBox.right + 0.5);
        expect(box.height, 'a comfortable target').to.be.at.least(32);
      }
      const titles = buttons().map((b) => b.querySelector('.chapter-title')!.getBoundingClientRect());
      expect(new Set(titles.map((t) => Math.round(t.left))).size, 'titles in one column').to.equal(1);
      const longTitle = titles[4]!;
      const lineHeight = parseFloat(getComputedStyle(buttons()[4]!.querySelector('.chapter-title')!).lineHeight);
      if (width === 280) expect(longTitle.height, 'the long title wraps').to.be.greaterThan(lineHeight * 1.5);
      else expect(longTitle.height, 'the long title fits on one line').to.be.below(lineHeight * 1.5);
    });
  }

  it('keeps a long list to a scroll box of its own instead of stretching the card', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ start: i * 60, title: `Part ${i + 1}` }));
    const { root } = mount(many, {}, 600);
    const list = root.querySelector<HTMLElement>('[part="chapters"] ol')!;
    expect(list.children).to.have.length(120);
    expect(list.clientHeight).to.be.below(600);
    expect(list.scrollHeight).to.be.greaterThan(list.clientHeight);
  });

  it('shows nothing without chapters: no heading, no section', () => {
    const empty = mount([]);
    expect(empty.root.querySelector('section')).to.equal(null);
    expect(empty.root.querySelector('h3')).to.equal(null);
  });
});
