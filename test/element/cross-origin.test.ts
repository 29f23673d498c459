/**
 * The element loaded from ANOTHER origin, as from a CDN: `<script type="module" src="https://cdn.example/podcast-episode.js">`.
 * A file of its own, because the page must not have defined the element from its own origin first.
 */
import { expect } from '@esm-bundle/chai';
import {
  checkNoUncaughtExceptions,
  createWidget,
  loadElement,
  partText,
  requestCount,
  testConfig,
  unique,
  waitForReady,
} from './helpers.js';

const EP2_TITLE = 'Ep 2: What Does AI Mean For The Future of Extreme Code Efficiency? With Jon Berger';
const PARSER = '//cross/dist/podcast-episode-parser.js';

let parserRequestsBefore = 0;

before(async () => {
  const { crossOrigin } = await testConfig();
  parserRequestsBefore = await requestCount(PARSER);
  await loadElement(`${crossOrigin}/dist/podcast-episode.js`);
});

describe('cross-origin script (a CDN copy)', () => {
  it('defines the element from the other origin', async () => {
    const { crossOrigin } = await testConfig();
    const scripts = performance.getEntriesByType('resource').map((e) => e.name);
    expect(scripts).to.include(`${crossOrigin}/dist/podcast-episode.js`);
    expect(
      scripts.some((name) => name.startsWith(`${location.origin}/dist/`)),
      'nothing from the page origin',
    ).to.equal(false);
    expect(customElements.get('podcast-episode')).to.be.a('function');
  });

  it("renders a feed on the page's origin, parsed in the worker loaded from the script's origin", async () => {
    const { el } = createWidget({ feed: `/demo/feed.xml?cdn=${unique()}` });
    await waitForReady(el, 20000);
    expect(partText(el, 'title')).to.equal(EP2_TITLE);
    expect(partText(el, 'meta')).to.contain('Apr 19, 2026');
    // The worker imported the parser script from the script's origin...
    expect(await requestCount(PARSER), 'podcast-episode-parser.js fetched from the cross origin').to.be.greaterThan(
      parserRequestsBefore,
    );
    // ...so the main-thread fallback (the pipeline chunk) was never loaded.
    const chunks = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => /\/dist\/.*pipeline/i.test(n));
    expect(chunks, 'main-thread parser fallback not used').to.deep.equal([]);
  });

  it('renders a cross-origin feed too, and several widgets share it', async () => {
    const { crossOrigin } = await testConfig();
    const query = `feed.xml?cdnfeed=${unique()}`;
    const a = createWidget({ feed: `${crossOrigin}/demo/${query}` });
    const b = createWidget({ feed: `${crossOrigin}/demo/${query}`, episode: '1' });
    await waitForReady(a.el);
    await waitForReady(b.el);
    expect(partText(a.el, 'title')).to.equal(EP2_TITLE);
    expect(partText(b.el, 'title')).to.match(/^Ep 1:/);
    expect(await requestCount(query)).to.equal(1);
  });
});

checkNoUncaughtExceptions();
