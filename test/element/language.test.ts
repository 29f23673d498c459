// The `language` attribute: the reader's language, in which dates are written and whose transcript is preferred.
import { expect } from '@esm-bundle/chai';
import {
  checkNoUncaughtExceptions,
  container,
  createWidget,
  loadElement,
  partText,
  text,
  transcriptShown,
  unique,
  waitForReady,
} from './helpers.js';

/** One episode, published 26 March 2026, with an English and a German transcript (English listed first). */
const FEED = '/test/fixtures/languages.xml';
const GERMAN_LINE = 'Hallo und willkommen, dies ist das deutsche Transkript.';
const ENGLISH_LINE = 'Hello and welcome, this is the English transcript.';

before(async () => {
  await loadElement();
});

/** 26 March 2026 as the widget writes it in German and in English. */
const GERMAN_DATE = '26. März 2026';
const ENGLISH_DATE = 'Mar 26, 2026';

describe("language: the reader's language", () => {
  it('language="de": the date written in German, the German transcript shown', async () => {
    const { el } = createWidget({ feed: `${FEED}?de=${unique()}`, language: 'de' });
    await waitForReady(el);
    const meta = partText(el, 'meta');
    expect(meta).to.contain(GERMAN_DATE);
    expect(meta).not.to.contain(ENGLISH_DATE);
    const root = await transcriptShown(el, 2);
    expect(text(root.querySelector('[part~="text"]'))).to.contain(GERMAN_LINE);
  });

  it('language="en" on the same feed: the date in English, the English transcript', async () => {
    const { el } = createWidget({ feed: `${FEED}?en=${unique()}`, language: 'en-US' });
    await waitForReady(el);
    const meta = partText(el, 'meta');
    expect(meta).to.contain(ENGLISH_DATE);
    const root = await transcriptShown(el, 2);
    expect(text(root.querySelector('[part~="text"]'))).to.contain(ENGLISH_LINE);
  });

  it('without the attribute, the nearest lang attribute of the page counts', async () => {
    const parent = container();
    parent.lang = 'de';
    const { el } = createWidget({ feed: `${FEED}?lang=${unique()}` }, parent);
    await waitForReady(el);
    const meta = partText(el, 'meta');
    expect(meta).to.contain(GERMAN_DATE);
    const root = await transcriptShown(el, 2);
    expect(text(root.querySelector('[part~="text"]'))).to.contain(GERMAN_LINE);
  });
});

checkNoUncaughtExceptions();
