import { expect } from '@esm-bundle/chai';
import {
  checkNoUncaughtExceptions,
  container,
  createWidget,
  loadElement,
  part,
  partText,
  parts,
  requestCount,
  frames,
  text,
  unique,
  waitFor,
  waitForReady,
  type Recorded,
  transcriptShown,
} from './helpers.js';
import { TRIMMED, fullOr } from '../support/feeds.js';

const EP2_TITLE = 'Ep 2: What Does AI Mean For The Future of Extreme Code Efficiency? With Jon Berger';
const EP1_TITLE = 'Ep 1: Green Software Is Efficient Software — Where Does The Energy Go?';

before(async () => {
  await loadElement();
});

describe('loading: one request per feed, episodes switch without refetching', () => {
  it('ten widgets on one feed make exactly one request for it', async () => {
    const query = `feed.xml?ten=${unique()}`;
    const feed = `/demo/${query}`;
    const parent = container();
    const widgets: Recorded[] = [];
    const episodes = ['latest', '1', 'S1E2', 'latest', '2', '1', 'latest', 'latest', '2', 'latest'];
    for (const episode of episodes) widgets.push(createWidget({ feed, episode }, parent));
    await Promise.all(widgets.map((w) => waitForReady(w.el)));
    await frames(2);
    expect(await requestCount(query)).to.equal(1);
    expect(widgets.map((w) => partText(w.el, 'title'))).to.deep.equal(
      episodes.map((e) => (e === '1' ? EP1_TITLE : EP2_TITLE)),
    );
    for (const w of widgets) expect(w.readyEvents).to.have.length(1);
  });

  it('a widget added later reuses the feed already read', async () => {
    const query = `feed.xml?later=${unique()}`;
    const first = createWidget({ feed: `/demo/${query}` });
    await waitForReady(first.el);
    const second = createWidget({ feed: `/demo/${query}`, episode: '1' });
    await waitForReady(second.el);
    expect(await requestCount(query)).to.equal(1);
    expect(partText(second.el, 'title')).to.equal(EP1_TITLE);
  });

  it('the same feed named relatively and absolutely is one request', async () => {
    const query = `feed.xml?abs=${unique()}`;
    const a = createWidget({ feed: `/demo/${query}` });
    const b = createWidget({ feed: new URL(`/demo/${query}`, location.href).href });
    await waitForReady(a.el);
    await waitForReady(b.el);
    expect(await requestCount(query)).to.equal(1);
  });

  it('choosing a related episode shows it in the same widget, without a fetch, and fires episode-change', async () => {
    const query = `feed.xml?related=${unique()}`;
    const widget = createWidget({ feed: `/demo/${query}` });
    const { el, changeEvents, readyEvents } = widget;
    await waitForReady(el);
    const href = location.href;
    const items = parts(el, 'related-item');
    const target = items.find((b) => text(b).includes(EP1_TITLE));
    expect(target, 'Ep 1 is among the related episodes').to.exist;

    target!.click();
    await waitFor(() => partText(el, 'title') === EP1_TITLE, 3000, 'the title to change to Ep 1');
    expect(changeEvents).to.have.length(1);
    expect(changeEvents[0]!.detail.episode.title).to.equal(EP1_TITLE);
    expect((changeEvents[0]!.detail.podcast as { title: string }).title).to.contain('Asynchronous & Unreliable');
    expect(changeEvents[0]!.bubbles).to.equal(true);
    expect(el.currentEpisode?.title).to.equal(EP1_TITLE);
    expect(location.href, 'the page did not navigate').to.equal(href);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(readyEvents).to.have.length(1);

    // Everything follows the new episode: meta, player, transcript, and the related list no longer lists it.
    expect(partText(el, 'meta')).to.contain('Mar 26, 2026');
    expect(part(el, 'play-button')!.getAttribute('aria-label')).to.equal(`Play episode: ${EP1_TITLE}`);
    const transcript = await transcriptShown(el, 5);
    expect(text(transcript.querySelector('[part~="text"]'))).to.contain(
      'Welcome to episode one of Asynchronous and Unreliable.',
    );
    expect(parts(el, 'related-item').map((b) => text(b))).to.satisfy((t: string[]) =>
      t.every((s) => !s.includes(EP1_TITLE)),
    );
    // Focus moves to the new title, so keyboard and screen-reader users land on it.
    await waitFor(() => el.shadowRoot!.activeElement === part(el, 'title'), 2000, 'focus on the new title');

    await frames(2);
    expect(await requestCount(query), 'no new request for the feed').to.equal(1);
  });

  it('episode-change bubbles out of a shadow root it sits in: a page listening on document hears it', async () => {
    // The widget inside another component's shadow root, as design systems and frameworks place it.
    const host = container();
    const root = host.attachShadow({ mode: 'open' });
    const wrapper = document.createElement('div');
    root.append(wrapper);
    const heard: { title: string; target: string }[] = [];
    const onDocument = (e: Event) =>
      heard.push({
        title: (e as CustomEvent<{ episode: { title: string } }>).detail.episode.title,
        target: (e.target as Element).localName,
      });
    const inWrapper: string[] = [];
    wrapper.addEventListener('episode-change', (e) => inWrapper.push((e.target as Element).localName));
    document.addEventListener('episode-change', onDocument);
    try {
      const { el } = createWidget({ feed: `/demo/feed.xml?composed=${unique()}` }, wrapper);
      await waitForReady(el);
      const target = parts(el, 'related-item').find((b) => text(b).includes(EP1_TITLE));
      expect(target !== undefined, 'Ep 1 is among the related episodes').to.equal(true);
      target!.click();
      await waitFor(() => partText(el, 'title') === EP1_TITLE, 5000, 'the title to change to Ep 1');
      await waitFor(() => heard.length > 0, 5000, 'episode-change on document');
      expect(heard, 'document hears it, retargeted to the outer host').to.deep.equal([
        { title: EP1_TITLE, target: host.localName },
      ]);
      expect(inWrapper, 'it bubbles through its own tree').to.deep.equal(['podcast-episode']);
    } finally {
      document.removeEventListener('episode-change', onDocument);
    }
  });

  it('a related item works from the keyboard (Enter) as well', async () => {
    const { sendKeys } = await import('@web/test-runner-commands');
    const { el, changeEvents } = createWidget({ feed: '/demo/feed.xml' });
    await waitForReady(el);
    const first = parts(el, 'related-item')[0]!;
    const title = text(first.querySelector('.related-title') ?? first);
    first.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => changeEvents.length === 1, 3000, 'episode-change from Enter');
    expect(partText(el, 'title')).to.equal(title);
  });

  it('changing the episode attribute later re-selects (also after a related pick)', async () => {
    const query = `feed.xml?attr=${unique()}`;
    const { el, readyEvents } = createWidget({ feed: `/demo/${query}` });
    await waitForReady(el);
    expect(partText(el, 'title')).to.equal(EP2_TITLE);

    el.setAttribute('episode', '1');
    await waitFor(() => partText(el, 'title') === EP1_TITLE, 3000, 'episode="1" to show Ep 1');
    expect(readyEvents.length).to.equal(2);
    expect(readyEvents[1]!.detail.episode.title).to.equal(EP1_TITLE);

    parts(el, 'related-item')
      .find((b) => text(b).includes('Paved Roads'))!
      .click();
    await waitFor(() => partText(el, 'title').includes('Paved Roads'), 3000, 'the related pick');

    el.setAttribute('episode', '2');
    await waitFor(() => partText(el, 'title') === EP2_TITLE, 3000, 'episode="2" to override the related pick');

    el.episode = 'latest';
    el.setAttribute('episode', 'S1E1');
    await waitFor(() => partText(el, 'title') === EP1_TITLE, 3000, 'episode="S1E1"');
    expect(await requestCount(query), 'still one request').to.equal(1);
  });

  it('changing the feed attribute reloads and shows the new show', async () => {
    const first = `feed.xml?reload=${unique()}`;
    const second = `serial.xml?reload=${unique()}`;
    const { el, states, readyEvents } = createWidget({ feed: `/demo/${first}` });
    await waitForReady(el);
    expect(partText(el, 'title')).to.equal(EP2_TITLE);

    el.setAttribute('feed', `/test/fixtures/${second}`);
    await waitFor(() => el.getAttribute('state') === 'loading' || partText(el, 'title') !== EP2_TITLE, 3000, 'reload');
    // The header and player come first, the rest of the card and `ready` a task later: wait for both.
    await waitFor(
      () => partText(el, 'title') === 'Chapter Eight: The Lighthouse Keeper' && el.getAttribute('state') === 'ready',
      10000,
      "the new feed's episode",
    );
    expect(partText(el, 'show')).to.equal('The Ferry Maps');
    expect(states).to.deep.equal(['loading', 'ready', 'loading', 'ready']);
    expect(readyEvents).to.have.length(2);
    expect(await requestCount(second)).to.equal(1);
    expect(await requestCount(first)).to.equal(1);
  });

  it('a feed that changed address mid-load shows only the newer feed', async () => {
    const large = 'alatiera__gnome-podcasts__2020-12-19-LinuxUnplugged.xml';
    const first = `/feeds/${await fullOr(large, TRIMMED.linuxUnplugged)}?race=${unique()}`;
    const { el } = createWidget({ feed: first });
    // Switch before the first feed can finish.
    el.setAttribute('feed', '/test/fixtures/serial.xml');
    await waitForReady(el);
    // Once the first feed has arrived (a second widget on it shares that read, or makes its own if the first was
    // abandoned), the newer one must still show.
    const probe = createWidget({ feed: first });
    await waitForReady(probe.el, 30000);
    expect(partText(probe.el, 'show')).to.equal('LINUX Unplugged');
    await frames(2);
    expect(partText(el, 'show')).to.equal('The Ferry Maps');
    expect(el.getAttribute('state')).to.equal('ready');
  });

  it('a missing episode attribute means latest', async () => {
    const { el } = createWidget({ feed: '/demo/feed.xml' });
    await waitForReady(el);
    expect(partText(el, 'title')).to.equal(EP2_TITLE);
    el.removeAttribute('episode');
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('ready');
    expect(partText(el, 'title')).to.equal(EP2_TITLE);
  });
});

checkNoUncaughtExceptions();
