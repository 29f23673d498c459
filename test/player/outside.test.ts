import { expect } from '@esm-bundle/chai';
import { sendMouse } from '@web/test-runner-commands';
import {
  checkNoUncaughtExceptions,
  container,
  createWidget,
  part,
  partText,
  skipIfAudioCannotLoad,
  text,
  waitFor,
  waitForReady,
} from '../element/helpers.js';
import {
  PAGE_SCOPE,
  isStopped,
  longAudio,
  madeFeed,
  usePlayerPage,
  waitElapsed,
  waitPlaying,
  type PlayerEl,
} from './helpers.js';

/**
 * The Media Session handlers the widgets register, and the position states they set, recorded on their way to the
 * real API (there is no other way to read them back); installed before the element loads.
 */
const handlers = new Map<MediaSessionAction, MediaSessionActionHandler | null>();
const positions: MediaPositionState[] = [];
function recordMediaSession(): void {
  const session = navigator.mediaSession;
  const setActionHandler = session.setActionHandler.bind(session);
  session.setActionHandler = (action, handler) => {
    handlers.set(action, handler);
    setActionHandler(action, handler);
  };
  const setPositionState = session.setPositionState.bind(session);
  session.setPositionState = (state) => {
    if (state) positions.push(state);
    setPositionState(state);
  };
}

const currentTest = usePlayerPage(recordMediaSession);

const ARTWORK = `${location.origin}/demo/artwork.png`;

async function widget(
  attributes: Record<string, string> = {},
  feedExtra: Record<string, string> = {},
): Promise<PlayerEl> {
  const feed = madeFeed(longAudio(), { duration: '180', title: 'Lock Screen Episode', image: ARTWORK, ...feedExtra });
  const { el } = createWidget({ feed, ...attributes }, container('width: 720px'));
  await waitForReady(el);
  return el as PlayerEl;
}

function act(action: MediaSessionAction, details: Partial<MediaSessionActionDetails> = {}): void {
  const handler = handlers.get(action);
  if (!handler) throw new Error(`no ${action} handler registered`);
  handler({ action, ...details } as MediaSessionActionDetails);
}

describe('Media Session: lock screen, notification and headset buttons', function () {
  this.timeout(60000);

  it('the playing widget shows its episode and its handlers move playback', async () => {
    skipIfAudioCannotLoad(currentTest());
    const el = await widget();
    part(el, 'play-button')!.click();
    await waitPlaying(currentTest(), el);
    const metadata = navigator.mediaSession.metadata!;
    expect(metadata.title).to.equal('Lock Screen Episode');
    expect(metadata.artist).to.equal(el.podcast!.title);
    expect(metadata.artwork.map((a) => a.src)).to.deep.equal([ARTWORK]);
    expect(navigator.mediaSession.playbackState).to.equal('playing');
    for (const action of ['play', 'pause', 'seekbackward', 'seekforward', 'seekto'] as const) {
      expect(handlers.get(action), action).to.be.a('function');
    }
    expect(handlers.get('nexttrack'), 'no chapters, no track keys').to.equal(null);

    act('seekto', { seekTime: 100 });
    await waitElapsed(el, 100, 104, 5000);
    act('seekforward', {});
    await waitElapsed(el, 130, 134, 5000);
    act('seekbackward', { seekOffset: 10 });
    await waitElapsed(el, 120, 124, 5000);
    const last = () => positions[positions.length - 1]!;
    await waitFor(() => last().position! >= 120 && last().position! <= 125, 3000, 'the position state follows');
    expect(last().duration).to.be.within(179, 181);
    act('pause');
    await waitFor(() => isStopped(el), 3000, 'paused from the lock screen');
    expect(navigator.mediaSession.playbackState).to.equal('paused');
    act('play');
    await waitPlaying(currentTest(), el);
  });

  it('with chapters, previous/next track move by chapter', async () => {
    skipIfAudioCannotLoad(currentTest());
    const el = await widget();
    el.chapters = [
      { start: 0, title: 'One' },
      { start: 60, title: 'Two' },
      { start: 120, title: 'Three' },
    ];
    part(el, 'play-button')!.click();
    await waitPlaying(currentTest(), el);
    act('nexttrack');
    await waitElapsed(el, 60, 63, 5000);
    act('nexttrack');
    await waitElapsed(el, 120, 123, 5000);
    act('previoustrack');
    await waitElapsed(el, 60, 63, 5000);
  });

  it('only the widget that plays owns the session; removing another one leaves it alone', async () => {
    skipIfAudioCannotLoad(currentTest());
    const a = await widget({}, { title: 'Episode A' });
    const b = await widget({}, { title: 'Episode B' });
    part(a, 'play-button')!.click();
    await waitPlaying(currentTest(), a);
    expect(navigator.mediaSession.metadata!.title).to.equal('Episode A');
    part(b, 'play-button')!.click();
    await waitPlaying(currentTest(), b);
    await waitFor(() => isStopped(a), 3000, 'a paused');
    expect(navigator.mediaSession.metadata!.title).to.equal('Episode B');
    a.remove();
    expect(navigator.mediaSession.metadata!.title).to.equal('Episode B');
    act('seekto', { seekTime: 50 });
    await waitElapsed(b, 50, 54, 5000);
    b.remove();
    expect(navigator.mediaSession.metadata, 'the owner leaves nothing behind').to.equal(null);
  });
});

describe('other pages of the same origin (tabs, frames)', function () {
  this.timeout(60000);

  async function frameWidget(feed: string, allow = ''): Promise<{ frame: HTMLIFrameElement; el: PlayerEl }> {
    const frame = document.createElement('iframe');
    frame.setAttribute('allow', allow);
    frame.style.width = '720px';
    frame.style.height = '600px';
    frame.src = `/test/fixtures/player-frame.html?feed=${encodeURIComponent(feed)}&channel=${PAGE_SCOPE}`;
    container().append(frame);
    const el = await waitFor(
      () => frame.contentDocument?.querySelector('podcast-episode') as PlayerEl | null,
      10000,
      'the frame’s widget',
    );
    await waitFor(() => el.getAttribute('state') === 'ready', 10000, 'the frame’s widget to be ready');
    return { frame, el };
  }

  it('playing here pauses the widget of another page, and the other way round (BroadcastChannel)', async () => {
    skipIfAudioCannotLoad(currentTest());
    const { el: there } = await frameWidget(madeFeed(longAudio(), { duration: '180' }));
    const here = await widget();
    there.shadowRoot!.querySelector<HTMLElement>('[part~="play-button"]')!.click();
    await waitFor(() => !there.paused && there.currentTime > 0.5, 15000, 'the other page plays');
    part(here, 'play-button')!.click();
    await waitPlaying(currentTest(), here);
    await waitFor(() => there.paused, 5000, 'the other page paused');
    const stoppedAt = there.currentTime;
    // While this page plays on for a second, the other must not move.
    const hereFrom = here.currentTime;
    await waitFor(() => here.currentTime >= hereFrom + 1, 10000, 'this page a second further');
    expect(there.currentTime, 'and stays paused').to.be.closeTo(stoppedAt, 0.01);

    there.shadowRoot!.querySelector<HTMLElement>('[part~="play-button"]')!.click();
    await waitFor(() => here.paused && isStopped(here), 5000, 'this page paused when the other played');
  });
});

describe('deep links and sharing', function () {
  this.timeout(60000);
  const page = location.href.split('#')[0]!;
  afterEach(() => history.replaceState(null, '', page));

  it('the start attribute (mm:ss) sets where play starts', async () => {
    skipIfAudioCannotLoad(currentTest());
    const el = await widget({ start: '2:00' });
    expect(partText(el, 'time')).to.match(/^2:00/);
    part(el, 'play-button')!.click();
    await waitPlaying(currentTest(), el);
    await waitElapsed(el, 120, 124, 5000);
  });

  it('#t= in the page URL starts the first widget there and wins over start; #t=…&widget=ID names another', async () => {
    skipIfAudioCannotLoad(currentTest());
    history.replaceState(null, '', `${page}#t=1:23`);
    const first = await widget({ start: '10' });
    const second = await widget({ id: 'second-player' });
    expect(partText(first, 'time')).to.match(/^1:23/);
    expect(partText(second, 'time'), 'only the first widget').to.match(/^0:00/);
    part(first, 'play-button')!.click();
    await waitPlaying(currentTest(), first);
    await waitElapsed(first, 83, 87, 5000);
    first.pause();

    history.replaceState(null, '', `${page}#t=95&widget=second-player`);
    const again = await widget({ id: 'second-player' });
    expect(partText(again, 'time')).to.match(/^1:35/);
    // A change of the fragment later (a timestamp link in the page) moves the widget it names.
    location.hash = 't=30&widget=second-player';
    await waitFor(() => /^0:30/.test(partText(again, 'time')), 3000, 'the hashchange to move it');
  });

  it('Share copies a link to the current position and says so', async () => {
    const el = await widget({}, { link: 'https://show.example/episodes/7#notes' });
    el.currentTime = 83;
    // A real click: the clipboard takes text only from a focused page, which a click gives.
    const box = part(el, 'share-button')!.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
    });
    await waitFor(
      () => /Link copied/.test(partText(el, 'player')),
      3000,
      () => `"Link copied" (${partText(el, 'player')})`,
    );
    expect(part(el, 'share-link'), 'no manual field when the clipboard took it').to.equal(null);
  });

  it('where the clipboard is refused, the link is shown selected in a field to copy by hand', async () => {
    // A frame whose permissions policy forbids writing to the clipboard: the real refusal.
    const frame = document.createElement('iframe');
    frame.setAttribute('allow', "clipboard-write 'none'");
    frame.style.width = '720px';
    frame.style.height = '600px';
    const feed = madeFeed(longAudio(), { duration: '180' });
    frame.src = `/test/fixtures/player-frame.html?feed=${encodeURIComponent(feed)}`;
    container().append(frame);
    const el = await waitFor(
      () => frame.contentDocument?.querySelector('podcast-episode') as PlayerEl | null,
      10000,
      'the frame’s widget',
    );
    await waitFor(() => el.getAttribute('state') === 'ready', 10000, 'ready');
    el.currentTime = 61.7;
    el.shadowRoot!.querySelector<HTMLElement>('[part~="share-button"]')!.click();
    const field = await waitFor(
      () => el.shadowRoot!.querySelector<HTMLInputElement>('[part~="share-link"]'),
      3000,
      'the link to copy by hand',
    );
    // The feed gives no episode link: the link is the frame's page, at 61 s.
    expect(field.value).to.equal(`${frame.contentWindow!.location.href.split('#')[0]}#t=61`);
    await waitFor(
      () => field.selectionStart === 0 && field.selectionEnd === field.value.length,
      2000,
      'the link selected',
    );
    expect(text(field.closest('label'))).to.contain('Copy this link');
  });
});

checkNoUncaughtExceptions();
