// Issue 14, items 1 and 2: the episode on screen from the first items of a feed still downloading (the test server
// holds the rest until the test releases it), replaced in place by the full read; and never a preview that the
// full read would contradict.
import { expect } from '@esm-bundle/chai';
import { cleanup, createWidget, loadElement, part, partText, parts, unique, waitFor } from './helpers.js';

/** How many answers the test server holds for `key`. */
async function heldFor(key: string): Promise<number> {
  return ((await (await fetch(`/test-api/stream/state?key=${key}`)).json()) as { held: number }).held;
}

const release = (key: string) => fetch(`/test-api/stream/release?key=${key}`);

describe('a feed still downloading', function () {
  this.timeout(30_000);
  before(() => loadElement());
  afterEach(cleanup);

  it('shows the newest episode from its first items, then the full read updates the same card', async () => {
    const key = unique();
    const { el, readyEvents } = createWidget({ feed: `/test-api/stream/held?key=${key}&order=newest-first&n=30` });
    const loads: string[] = [];
    el.addEventListener('load', () => loads.push(partText(el, 'title')));
    // The header and player come first, the rest of the card and `ready` a task later: both from the preview.
    await waitFor(
      () => partText(el, 'title') === 'Episode 30' && el.getAttribute('state') === 'ready',
      15_000,
      'the preview title, ready',
    );
    expect(await heldFor(key), 'the rest of the feed is still held').to.equal(1);
    expect(loads, 'no load event before the full read').to.deep.equal([]);
    expect(partText(el, 'summary')).to.contain('Notes of episode 30');
    expect(part(el, 'play-button') !== null, 'the player is there').to.equal(true);
    expect(parts(el, 'related-item').length, 'no related episodes before the full read').to.equal(0);

    const title = part(el, 'title');
    let skeleton = false;
    const watch = new MutationObserver(() => (skeleton ||= el.shadowRoot!.querySelector('.card--loading') !== null));
    watch.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    await release(key);
    await waitFor(() => loads.length > 0, 15_000, 'the load event');
    await el.updateComplete;
    watch.disconnect();
    expect(loads).to.deep.equal(['Episode 30']);
    expect(part(el, 'title') === title, 'the same title element, updated in place').to.equal(true);
    expect(skeleton, 'no skeleton between the preview and the full read').to.equal(false);
    expect(parts(el, 'related-item').length, 'related episodes after the full read').to.be.greaterThan(0);
    expect(readyEvents.map((e) => e.detail.episode.title)).to.deep.equal(['Episode 30']);
  });

  it('names an episode by guid or number: shown as soon as its item is in', async () => {
    const key = unique();
    const feed = `/test-api/stream/held?key=${key}&order=newest-first&n=30&at=4`;
    const byGuid = createWidget({ feed, episode: 'stream-28' });
    const byNumber = createWidget({ feed, episode: '27' });
    await waitFor(() => partText(byGuid.el, 'title') === 'Episode 28', 15_000, 'the guid preview');
    await waitFor(() => partText(byNumber.el, 'title') === 'Episode 27', 15_000, 'the number preview');
    expect(await heldFor(key), 'one request, still held').to.equal(1);
    await release(key);
  });

  it('shows no preview when the first item is not the newest, or the show is serial', async () => {
    const key = unique();
    // A feed in date order, held the same way: once its preview is on screen, the others' first items are in too.
    const control = createWidget({ feed: `/test-api/stream/held?key=${key}&order=newest-first&n=30&x=control` });
    const unordered = createWidget({ feed: `/test-api/stream/held?key=${key}&order=second-newest&n=30` });
    const serial = createWidget({ feed: `/test-api/stream/held?key=${key}&order=serial&n=30` });
    await waitFor(async () => (await heldFor(key)) === 3, 15_000, 'all three first parts sent');
    await waitFor(() => partText(control.el, 'title') === 'Episode 30', 15_000, 'the control preview');
    for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(unordered.el.getAttribute('state'), 'no preview of a feed whose first item is older').to.equal('loading');
    expect(serial.el.getAttribute('state'), 'no preview of a serial show').to.equal('loading');
    await release(key);
    await waitFor(() => unordered.readyEvents.length > 0, 15_000, 'the newest, after the full read');
    await waitFor(() => serial.readyEvents.length > 0, 15_000, 'the serial show’s newest');
    expect(unordered.readyEvents.map((e) => e.detail.episode.title)).to.deep.equal(['Episode 30']);
    expect(serial.readyEvents.map((e) => e.detail.episode.title)).to.deep.equal(['Episode 30']);
  });
});
