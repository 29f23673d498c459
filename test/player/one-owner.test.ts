/**
 * The player's state has one owner: while playing, only the parts that follow the clock change (the controls'
 * time and slider, the chapter marked, the transcript line), never the header, notes, topics or related list; and
 * every reader sees the same clock (display, public API, share link, memory).
 */
import { expect } from '@esm-bundle/chai';
import { container, createWidget, part, skipIfAudioCannotLoad, waitFor, waitForReady } from '../element/helpers.js';
import { longAudio, madeFeed, waitElapsed, type PlayerEl, usePlayerPage } from './helpers.js';

const currentTest = usePlayerPage();

/** The part of the card a node belongs to: the `part` of its nearest ancestor section or the card itself. */
function regionOf(node: Node, root: ShadowRoot): string {
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    if (at instanceof Element) {
      const part = at.getAttribute('part') ?? '';
      if (/\b(player|header|summary|topics|chapters|transcript|related)\b/.test(part)) return part.split(' ')[0]!;
      if (at.classList.contains('section')) return at.className;
    }
  }
  return 'card';
}

describe('one owner for the player state', function () {
  this.timeout(60000);

  it('while playing, only the player changes: the header, notes and related list are left alone', async () => {
    skipIfAudioCannotLoad(currentTest());
    const { el } = createWidget({ feed: madeFeed(longAudio(), { duration: '180' }) }, container('width: 720px'));
    await waitForReady(el);
    const root = el.shadowRoot!;
    const changed = new Map<string, number>();
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const region = regionOf(record.target, root);
        changed.set(region, (changed.get(region) ?? 0) + 1);
      }
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    // Lit's diffing would hide a whole-card render from the DOM: count the element's own updates too.
    let cardRenders = 0;
    const host = el as unknown as { update(changed: unknown): void };
    const update = host.update;
    host.update = function (this: unknown, changed: unknown) {
      cardRenders++;
      update.call(this, changed);
    };
    await (el as PlayerEl).play();
    await waitElapsed(el, 1.5, 60);
    observer.disconnect();
    const regions = [...changed.keys()].sort();
    expect((changed.get('player') ?? 0) > 0, 'the elapsed time moved').to.equal(true);
    expect(regions.join(', ')).to.equal('player');
    expect(cardRenders, 'card renders while playing').to.be.at.most(1);
  });

  it('the display, the public currentTime and the share link read the same clock', async () => {
    skipIfAudioCannotLoad(currentTest());
    const { el } = createWidget({ feed: madeFeed(longAudio(), { duration: '180' }) }, container('width: 720px'));
    await waitForReady(el);
    const player = el as PlayerEl;
    player.seek(83);
    await waitFor(() => part(el, 'time')?.textContent?.includes('1:23') === true, 5000, 'the display shows 1:23');
    expect(player.currentTime).to.equal(83);
    const shareTitle = part(el, 'share-button')?.getAttribute('title') ?? '';
    expect(shareTitle).to.contain('1:23');
  });
});
