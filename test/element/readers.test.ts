/**
 * Every reader: the interface in their language (and only the feed's words in the feed's), right to left, a focus
 * indicator that can be seen (forced colours included), their own text size, and no axe violations.
 */
import { expect } from '@esm-bundle/chai';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { strings as english } from '../../src/i18n/strings.js';
import {
  container,
  createWidget,
  loadElement,
  part,
  parts,
  shadow,
  text,
  viewerOf,
  waitFor,
  waitForReady,
  type PodcastEpisodeEl,
} from './helpers.js';

const DEMO_FEED = '/demo/feed.xml';
const LOCALES: Record<string, () => Promise<{ default: Record<string, unknown> }>> = {
  de: () => import('../../src/i18n/locales/de.js'),
  fr: () => import('../../src/i18n/locales/fr.js'),
  es: () => import('../../src/i18n/locales/es.js'),
  'pt-BR': () => import('../../src/i18n/locales/pt-BR.js'),
  it: () => import('../../src/i18n/locales/it.js'),
  nl: () => import('../../src/i18n/locales/nl.js'),
  pl: () => import('../../src/i18n/locales/pl.js'),
  sv: () => import('../../src/i18n/locales/sv.js'),
  ja: () => import('../../src/i18n/locales/ja.js'),
  zh: () => import('../../src/i18n/locales/zh.js'),
  ar: () => import('../../src/i18n/locales/ar.js'),
  he: () => import('../../src/i18n/locales/he.js'),
};
const LANGUAGES = Object.keys(LOCALES);

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: unknown[] }[] }[];
}
declare global {
  interface Window {
    axe?: { run(context: unknown, options?: unknown): Promise<AxeResult> };
  }
}

before(async () => {
  await loadElement();
  if (!window.axe) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('axe-core did not load'));
      document.head.append(script);
    });
  }
});

afterEach(async () => {
  await emulateMedia({ colorScheme: 'light' });
  await executeServerCommand('emulate-forced-colors', { value: 'none' });
  document.documentElement.style.fontSize = '';
});

/** Every interface word the card shows or speaks: text outside the feed's own words, and accessible names. */
function interfaceWords(el: Element, feedLang: string): string[] {
  const words: string[] = [];
  const walk = (root: ParentNode) => {
    for (const node of root.querySelectorAll('*')) {
      if (node.closest(`[lang="${feedLang}"]`)) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = node.getAttribute(name);
        if (value) words.push(value);
      }
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE && child.textContent!.trim()) words.push(child.textContent!.trim());
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(shadow(el));
  return words;
}

/** English interface sentences that must not appear in another language's card (plain strings of 4+ letters). */
const ENGLISH = Object.values(english).filter(
  (value): value is string => typeof value === 'string' && /[a-z]{4}/i.test(value),
);

async function axeViolations(el: Element): Promise<string[]> {
  const result = await window.axe!.run(el, { resultTypes: ['violations'] });
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`,
  );
}

describe('readers: their language', () => {
  for (const lang of LANGUAGES) {
    it(`language="${lang}": no English interface words, in the compact card and the full page`, async () => {
      for (const layout of ['compact', 'full']) {
        const { el } = createWidget({ feed: DEMO_FEED, language: lang, layout }, container('width: 672px'));
        await waitForReady(el);
        await el.updateComplete;
        if (layout === 'compact') {
          parts<HTMLButtonElement>(el, 'panel-button')[0]!.click();
          await el.updateComplete;
        }
        expect(part(el, 'card')!.getAttribute('lang'), 'the interface carries its language').to.equal(lang);
        // An English sentence where the language has its own (some words are the same in both: "Volume", "Notes").
        const translated = new Set(
          Object.values((await LOCALES[lang]!()).default).filter((v) => typeof v === 'string'),
        );
        const words = interfaceWords(el, 'en');
        const left = words.filter((word) => ENGLISH.includes(word) && !translated.has(word));
        expect(left.join(' | '), `${layout}: English left`).to.equal('');
      }
    });
  }

  it('each word lands where it belongs (the build ships locales as arrays in English key order)', async () => {
    const de = (await LOCALES.de!()).default as Record<string, unknown>;
    const { el } = createWidget({ feed: DEMO_FEED, language: 'de', layout: 'compact' }, container('width: 672px'));
    await waitForReady(el);
    expect(parts(el, 'panel-button').map(text)).to.deep.equal(
      ['panelNotes', 'panelChapters', 'panelTranscript', 'panelRelated'].map((key) => de[key]),
    );
    expect(text(part(el, 'topics')!.querySelector('h3'))).to.equal(de.topicsHeading);
    expect(part(el, 'seek')!.getAttribute('aria-label')).to.equal(de.seek);
  });

  it('feed text keeps the feed’s language; the interface has the page’s (nearest lang)', async () => {
    const box = container('width: 672px');
    box.setAttribute('lang', 'de');
    const { el } = createWidget({ feed: DEMO_FEED, layout: 'full' }, box);
    await waitForReady(el);
    await waitFor(() => part(el, 'card')?.getAttribute('lang') === 'de', 5000, 'German interface');
    expect(part(el, 'title')!.getAttribute('lang')).to.equal('en');
    expect(text(part(el, 'topics')!.querySelector('h3'))).to.not.equal(english.topicsHeading);
    expect(part(el, 'topics')!.querySelector('ul')!.getAttribute('lang')).to.equal('en');
  });

  it('addTranslation changes words for every widget', async () => {
    const Element = customElements.get('podcast-episode') as unknown as {
      addTranslation(lang: string, words: Record<string, unknown>): void;
    };
    Element.addTranslation('en', { topicsHeading: 'Covered here' });
    try {
      const { el } = createWidget({ feed: DEMO_FEED, layout: 'full', language: 'en' }, container('width: 672px'));
      await waitForReady(el);
      expect(text(part(el, 'topics')!.querySelector('h3'))).to.equal('Covered here');
    } finally {
      Element.addTranslation('en', { topicsHeading: english.topicsHeading });
    }
  });
});

describe('readers: right to left', () => {
  it('the seek slider’s keys move as a native range does, and chapter marks sit at their times from the right', async () => {
    const box = container('width: 672px');
    box.setAttribute('dir', 'rtl');
    const { el } = createWidget({ feed: DEMO_FEED, language: 'ar', layout: 'compact' }, box);
    await waitForReady(el);
    await waitFor(() => part(el, 'player')?.querySelector('.chapter-mark') !== null, 5000, 'chapter marks');
    const seek = part<HTMLInputElement>(el, 'seek')!;
    const track = seek.getBoundingClientRect();
    // The 8 s chapter of 34 s: 23.5% from the right end of the track.
    const mark = part(el, 'player')!.querySelector('.chapter-mark')!.getBoundingClientRect();
    const fromRight = (track.right - (mark.left + mark.width / 2)) / track.width;
    expect(fromRight).to.be.closeTo(8 / 34, 0.04);
    seek.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await waitFor(() => (el as unknown as { currentTime: number }).currentTime === 5, 2000, '← to move forward');
    await sendKeys({ press: 'ArrowRight' });
    await waitFor(() => (el as unknown as { currentTime: number }).currentTime === 0, 2000, '→ to move back');
    expect(getComputedStyle(seek).direction).to.equal('rtl');
  });

  it('times and speeds stay in their order inside right-to-left text', async () => {
    const box = container('width: 672px');
    box.setAttribute('dir', 'rtl');
    const { el } = createWidget({ feed: DEMO_FEED, language: 'he', layout: 'compact' }, box);
    await waitForReady(el);
    const remaining = part(el, 'time')!.querySelector('.remaining [dir="ltr"]');
    expect(text(remaining)).to.match(/^−0:\d\d$/);
    expect(part(el, 'speed-button')!.querySelector('[dir="ltr"]') !== null).to.equal(true);
  });
});

describe('readers: assistive technology', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`the focus indicator has at least 3:1 contrast (${scheme})`, async () => {
      const { el } = createWidget({ feed: DEMO_FEED, theme: scheme, layout: 'compact' }, container('width: 672px'));
      await waitForReady(el);
      // Keyboard focus: from the back button, Tab to the next control.
      part<HTMLButtonElement>(el, 'back-button')!.focus();
      await sendKeys({ press: 'Tab' });
      const focused = shadow(el).activeElement as HTMLElement;
      expect(focused.matches(':focus-visible')).to.equal(true);
      const style = getComputedStyle(focused);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      const lum = (color: string) => {
        const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
          const s = c / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      // The ring is drawn on the player's inset background.
      const behind = getComputedStyle(part(el, 'player')!).backgroundColor;
      const [a, b] = [lum(style.outlineColor), lum(behind)].sort((x, y) => y - x);
      expect((a! + 0.05) / (b! + 0.05)).to.be.at.least(3);
    });
  }

  it('in forced colours the focus ring stays an outline and the slider uses system colours', async () => {
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const { el } = createWidget({ feed: DEMO_FEED, layout: 'compact' }, container('width: 672px'));
    await waitForReady(el);
    const seek = part<HTMLInputElement>(el, 'seek')!;
    seek.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(getComputedStyle(seek).outlineStyle).to.equal('solid');
    expect(getComputedStyle(seek).forcedColorAdjust).to.equal('none');
  });

  it('a reader’s larger default text makes the widget’s text larger', async () => {
    const { el } = createWidget({ feed: DEMO_FEED, layout: 'compact' }, container('width: 672px'));
    await waitForReady(el);
    const normal = parseFloat(getComputedStyle(part(el, 'title')!).fontSize);
    document.documentElement.style.fontSize = '32px';
    await waitFor(() => parseFloat(getComputedStyle(part(el, 'title')!).fontSize) >= normal * 1.8, 2000, 'larger');
  });

  it('Escape closes the shortcuts list and gives focus back to its button', async () => {
    const { el } = createWidget({ feed: DEMO_FEED, layout: 'compact' }, container('width: 672px'));
    await waitForReady(el);
    part<HTMLButtonElement>(el, 'shortcuts-button')!.click();
    await waitFor(() => part(el, 'shortcuts') !== null, 2000, 'the list');
    part<HTMLButtonElement>(el, 'shortcuts-button')!.focus();
    await sendKeys({ press: 'Escape' });
    await waitFor(() => part(el, 'shortcuts') === null, 2000, 'the list to close');
    expect(shadow(el).activeElement === part(el, 'shortcuts-button')).to.equal(true);
  });

  it('K on a Russian layout (event.key "л", code KeyK) still plays and pauses', async () => {
    const { el } = createWidget({ feed: DEMO_FEED, layout: 'compact' }, container('width: 672px'));
    await waitForReady(el);
    part<HTMLButtonElement>(el, 'back-button')!.focus();
    const key = (type: string) =>
      shadow(el).activeElement!.dispatchEvent(
        new KeyboardEvent(type, { key: 'л', code: 'KeyK', bubbles: true, composed: true, cancelable: true }),
      );
    key('keydown');
    await waitFor(() => !(el as unknown as { paused: boolean }).paused, 3000, 'playing');
    key('keydown');
    await waitFor(() => (el as unknown as { paused: boolean }).paused, 3000, 'paused');
  });

  it('two widgets on a page name their regions apart, and notes headings sit below the widget’s', async () => {
    const box = container('width: 672px');
    const first = createWidget({ feed: DEMO_FEED, episode: '1', layout: 'compact' }, box).el;
    const second = createWidget({ feed: DEMO_FEED, episode: '2', layout: 'compact' }, box).el;
    await waitForReady(first);
    await waitForReady(second);
    for (const el of [first, second]) parts<HTMLButtonElement>(el, 'panel-button')[0]!.click();
    await first.updateComplete;
    await second.updateComplete;
    const names = [first, second].map((el) => part(el, 'panel')!.getAttribute('aria-label'));
    expect(names[0]).to.not.equal(names[1]);
  });

  const states: [string, Record<string, string>, ((el: PodcastEpisodeEl) => Promise<void>)?][] = [
    ['compact, loaded', { layout: 'compact' }],
    ['full, loaded', { layout: 'full' }],
    ['full, dark', { layout: 'full', theme: 'dark' }],
    ['compact, 280 px', { layout: 'compact', width: '280' }],
    ['full, German', { layout: 'full', language: 'de' }],
    ['full, Arabic, right to left', { layout: 'full', language: 'ar', dir: 'rtl' }],
    ['a feed that fails', { layout: 'compact', feed: '/test/fixtures/not-a-feed.xml' }],
    ['no such episode', { layout: 'compact', episode: 'nothing like this at all' }],
  ];
  for (const section of ['Notes', 'Chapters', 'Transcript', 'More episodes']) {
    states.push([
      `compact, ${section} open`,
      { layout: 'compact' },
      async (el) => {
        const button = parts<HTMLButtonElement>(el, 'panel-button').find((b) => text(b) === section);
        expect(
          button !== undefined,
          `a ${section} button among ${parts(el, 'panel-button').map(text).join(', ')}`,
        ).to.equal(true);
        button!.click();
        await el.updateComplete;
      },
    ]);
  }
  states.push([
    'full, transcript text shown, the keyboard on a line',
    { layout: 'full' },
    async (el) => {
      const root = await waitFor(
        () => viewerOf(el)?.shadowRoot?.querySelector('.line-play') && viewerOf(el)!.shadowRoot!,
        10000,
        'the transcript lines',
      );
      root.querySelector<HTMLElement>('.line-play')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(root.activeElement?.classList.contains('line-play'), 'the line button has focus').to.equal(true);
    },
  ]);
  states.push([
    'compact, playing',
    { layout: 'compact' },
    async (el) => {
      await (el as unknown as { play(): Promise<void> }).play();
      await waitFor(() => /./.test(part(el, 'time')?.textContent ?? ''), 2000);
    },
  ]);
  for (const [name, { width = '672', dir, feed = DEMO_FEED, ...attributes }, act] of states) {
    it(`axe-core finds no violations: ${name}`, async () => {
      const box = container(`width: ${width}px`);
      if (dir) box.setAttribute('dir', dir);
      const { el } = createWidget({ feed, ...attributes }, box);
      await waitFor(() => ['ready', 'error'].includes(el.getAttribute('state') ?? ''), 15000, 'settled');
      await el.updateComplete;
      await act?.(el);
      const violations = await axeViolations(el);
      expect(violations.join('\n')).to.equal('');
    });
  }
});
