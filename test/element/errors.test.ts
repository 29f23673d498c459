import { expect } from '@esm-bundle/chai';
import {
  checkNoUncaughtExceptions,
  createWidget,
  loadElement,
  part,
  partText,
  shadow,
  testConfig,
  unique,
  waitFor,
  waitForError,
  waitForReady,
  type Recorded,
} from './helpers.js';

before(async () => {
  await loadElement();
});

/**
 * What every failure must look like: `state="error"`, one `error` event with the code and a message, and that
 * message shown in part=error inside a visible card (never a blank box).
 */
async function expectFailure(widget: Recorded, code: string): Promise<string> {
  const { el, errorEvents } = widget;
  const shown = await waitForError(el);
  await waitFor(() => errorEvents.length > 0, 2000, `an error event (code ${code})`);
  expect(errorEvents, 'exactly one error event').to.have.length(1);
  const detail = errorEvents[0]!.detail;
  expect(detail.code).to.equal(code);
  expect(detail.message, 'event message').to.be.a('string').with.length.greaterThan(15);
  expect(shown, 'the message is shown').to.contain(detail.message);
  const box = part(el, 'error')!;
  expect(box.getAttribute('role'), 'announced to screen readers').to.equal('alert');
  const rect = box.getBoundingClientRect();
  expect(rect.height, 'visible error box').to.be.greaterThan(20);
  expect(rect.width, 'visible error box').to.be.greaterThan(100);
  expect(getComputedStyle(part(el, 'card')!).visibility).to.equal('visible');
  // An error replaces the skeleton and the player.
  expect(shadow(el).querySelector('[aria-busy="true"]')).to.equal(null);
  expect(part(el, 'play-button')).to.equal(null);
  return shown;
}

describe('errors: every failure is explained in part=error and fires `error`', () => {
  it('no-feed: no feed attribute', async () => {
    const message = await expectFailure(createWidget({}), 'no-feed');
    expect(message).to.match(/feed/i);
    expect(message, 'says how to fix it').to.contain('feed="');
  });

  it('no-feed: an empty feed attribute', async () => {
    await expectFailure(createWidget({ feed: '   ' }), 'no-feed');
  });

  it('network: the connection drops', async () => {
    const message = await expectFailure(createWidget({ feed: `/test-api/drop?t=${unique()}` }), 'network');
    expect(message).to.match(/could not be reached|connection|network/i);
  });

  it('network: nothing listens on the port (another origin)', async () => {
    const message = await expectFailure(createWidget({ feed: `http://127.0.0.1:9/feed-${unique()}.xml` }), 'network');
    expect(message).to.not.match(/proxy/i);
  });

  it('cors: the feed server does not allow other sites to read it', async () => {
    const { crossOrigin } = await testConfig();
    const message = await expectFailure(
      createWidget({ feed: `${crossOrigin}/nocors/demo/feed.xml?t=${unique()}` }),
      'cors',
    );
    expect(message).to.contain('does not allow other sites to read it');
    expect(message, 'names the proxy attribute').to.match(/\bproxy\b/);
    expect(message, 'names the host').to.contain(new URL(crossOrigin).host);
  });

  it('http: 404 says the feed was not found', async () => {
    const message = await expectFailure(createWidget({ feed: `/test-api/status/404?t=${unique()}` }), 'http');
    expect(message).to.contain('404');
  });

  it('http: 500 says the server answered with an error', async () => {
    const widget = createWidget({ feed: `/test-api/status/500?t=${unique()}` });
    const message = await expectFailure(widget, 'http');
    expect(message).to.contain('500');
  });

  it("http: a missing file (the dev server's own 404)", async () => {
    // A plain missing file (the dev server's own 404), as a typo in the address gives.
    const message = await expectFailure(createWidget({ feed: `/test/fixtures/no-such-feed-${unique()}.xml` }), 'http');
    expect(message).to.contain('404');
  });

  it('not-a-feed: an HTML page', async () => {
    const message = await expectFailure(createWidget({ feed: '/test/fixtures/page.html' }), 'not-a-feed');
    expect(message).to.match(/feed|RSS/i);
  });

  it('not-a-feed: XML that is not RSS or Atom (a sitemap)', async () => {
    await expectFailure(createWidget({ feed: '/test/fixtures/not-a-feed.xml' }), 'not-a-feed');
  });

  it('not-a-feed: a JSON document', async () => {
    await expectFailure(createWidget({ feed: '/test/fixtures/not-a-feed.json' }), 'not-a-feed');
  });

  it('malformed: XML cut off mid-document', async () => {
    await expectFailure(createWidget({ feed: '/test/fixtures/truncated.xml' }), 'malformed');
  });

  it('empty-feed: a feed without items', async () => {
    const message = await expectFailure(createWidget({ feed: '/test/fixtures/empty.xml' }), 'empty-feed');
    expect(message).to.match(/no episodes/i);
  });

  it('episode-not-found: says how to name an episode', async () => {
    const message = await expectFailure(
      createWidget({ feed: '/demo/feed.xml', episode: 'The Episode That Never Was' }),
      'episode-not-found',
    );
    expect(message).to.contain('The Episode That Never Was');
    expect(message).to.contain('latest');
    expect(message).to.match(/episode number/i);
    expect(message).to.match(/guid/i);
    expect(message).to.match(/title/i);
  });

  it('episode-not-found: a number the feed does not have', async () => {
    const message = await expectFailure(createWidget({ feed: '/demo/feed.xml', episode: '99' }), 'episode-not-found');
    expect(message).to.contain('"99"');
  });

  it('episode-not-found: a partial title matching several episodes names them', async () => {
    const message = await expectFailure(
      createWidget({ feed: '/demo/feed.xml', episode: 'Bonus' }),
      'episode-not-found',
    );
    expect(message).to.match(/matches \d+ episodes/);
  });

  it('episode-not-found: the episode attribute is shown as text, never as markup', async () => {
    const { el } = createWidget({ feed: '/demo/feed.xml', episode: '<img src=x onerror="window.__xssEpisode=1">' });
    const message = await waitForError(el);
    expect(message).to.contain('<img src=x');
    expect(part(el, 'error')!.querySelector('img')).to.equal(null);
    expect((window as unknown as { __xssEpisode?: number }).__xssEpisode).to.equal(undefined);
  });

  // audio: the enclosure answers 404 → covered in player.test.ts ("an audio file that fails fires `error` with code
  // "audio""), since Chromium loads no audio in the runner's background tab, and this file often is one.
});

describe('errors: the error event and the page', () => {
  it('does not reach window "error" handlers (window.onerror, page error monitors) as a fake uncaught exception', async () => {
    // A bubbling, composed event named "error" arrives at window, where window.onerror and error-monitoring
    // scripts (Sentry, Bugsnag, mocha itself) treat it as an uncaught script error.
    const seenByWindow: Event[] = [];
    const listener = (event: Event) => {
      if (!(event instanceof ErrorEvent)) seenByWindow.push(event);
    };
    window.addEventListener('error', listener);
    try {
      const { el, errorEvents } = createWidget({ feed: `/test-api/status/404?t=${unique()}` });
      await waitForError(el);
      await waitFor(() => errorEvents.length === 1, 2000, 'the error event on the element');
      expect(
        seenByWindow.map((e) => `${e.constructor.name} from <${(e.target as Element).localName}>`),
        'error events that reached window',
      ).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', listener);
    }
  });

  it('a page can listen for errors on the element itself', async () => {
    const el = document.createElement('podcast-episode');
    const codes: string[] = [];
    el.addEventListener('error', (e) => codes.push((e as unknown as CustomEvent<{ code: string }>).detail.code));
    el.setAttribute('feed', `/test-api/status/503?t=${unique()}`);
    document.body.append(el);
    try {
      await waitFor(() => codes.length === 1, 10000, 'an error event');
      expect(codes).to.deep.equal(['http']);
    } finally {
      el.remove();
    }
  });
});

describe('errors: partial data still renders', () => {
  it('an episode without an enclosure renders without a player', async () => {
    const { el, errorEvents } = createWidget({ feed: '/test/fixtures/no-enclosure.xml' });
    await waitForReady(el);
    expect(partText(el, 'title')).to.equal('We Are Taking A Short Break');
    expect(partText(el, 'summary')).to.contain('No audio this week');
    expect(part(el, 'play-button'), 'no play button').to.equal(null);
    expect(part(el, 'seek'), 'no seek slider').to.equal(null);
    expect(shadow(el).querySelector('audio, [part~="time"]')).to.equal(null);
    expect(partText(el, 'player')).to.match(/no audio/i);
    expect(partText(el, 'transcript')).to.equal('Transcript No transcript for this episode yet');
    expect(errorEvents).to.have.length(0);
  });

  it('after an error, pointing feed at a good feed recovers', async () => {
    const { el, states } = createWidget({ feed: `/test-api/status/404?t=${unique()}` });
    await waitForError(el);
    el.setAttribute('feed', '/demo/feed.xml');
    await waitForReady(el);
    expect(part(el, 'error')).to.equal(null);
    expect(states).to.deep.equal(['loading', 'error', 'loading', 'ready']);
  });
});

checkNoUncaughtExceptions();
