import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import {
  checkNoUncaughtExceptions,
  describeMedia,
  playingMedia,
  skipIfAudioCannotLoad,
  waitForAudio,
  createWidget,
  elapsedSeconds,
  part,
  partText,
  requestCount,
  frames,
  pageIdle,
  text,
  waitFor,
  waitForReady,
  type PodcastEpisodeEl,
} from './helpers.js';
import { usePlayerPage } from '../player/helpers.js';

/** Two episodes playing demo/audio/ep2.mp3 (34.4 s) and ep1.mp3 (29.1 s), with URLs only this file uses. */
const FEED = '/test/fixtures/player.xml';
const EP2_AUDIO = 'ep2.mp3?fixture=player-ep2';
const EP1_AUDIO = 'ep1.mp3?fixture=player-ep1';

const currentTest = usePlayerPage();

function isPlaying(el: PodcastEpisodeEl): boolean {
  // The play button says what a press does: "Pause episode: …" while playing.
  return (
    /^Pause/.test(part(el, 'play-button')?.getAttribute('aria-label') ?? '') && /Now playing/.test(partText(el, 'time'))
  );
}

function isStopped(el: PodcastEpisodeEl): boolean {
  return (
    /^Play/.test(part(el, 'play-button')?.getAttribute('aria-label') ?? '') && !/Now playing/.test(partText(el, 'time'))
  );
}

async function waitPlaying(el: PodcastEpisodeEl, timeout = 20000): Promise<void> {
  await waitForAudio(
    currentTest(),
    () => isPlaying(el),
    timeout,
    () => `"Now playing" (player: "${partText(el, 'player')}"; ${describeMedia()})`,
  );
}

async function waitElapsed(el: PodcastEpisodeEl, min: number, max: number, timeout = 10000): Promise<number> {
  return waitFor(
    () => {
      const t = elapsedSeconds(el);
      return t >= min && t <= max ? t + 0.0001 : 0;
    },
    timeout,
    () =>
      `elapsed in [${min}, ${max}] s, shows ${elapsedSeconds(el)} s ("${partText(el, 'time')}"; ${describeMedia()})`,
  );
}

function seekTo(el: PodcastEpisodeEl, seconds: number): void {
  const slider = part<HTMLInputElement>(el, 'seek')!;
  slider.value = String(seconds);
  slider.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  slider.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

function button(el: PodcastEpisodeEl, label: string): HTMLButtonElement {
  const found = part(el, 'player')!.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);
  if (!found) throw new Error(`no button "${label}" in the player`);
  return found;
}

describe('player: real audio over HTTP with Range', function () {
  this.timeout(60000);

  it('requests nothing of the audio, nor howler, before play', async () => {
    const before = await requestCount(EP2_AUDIO);
    const { el } = createWidget({ feed: FEED });
    await waitForReady(el);
    await pageIdle();
    expect(await requestCount(EP2_AUDIO), 'audio requests before play').to.equal(before);
    const scripts = performance.getEntriesByType('resource').map((e) => e.name);
    expect(
      scripts.filter((name) => /howler/i.test(name)),
      'howler not loaded before any interaction',
    ).to.deep.equal([]);
    // Hovering may warm up the player code, but still must not touch the audio host.
    el.dispatchEvent(new PointerEvent('pointerenter'));
    part(el, 'play-button')!.dispatchEvent(new PointerEvent('pointerenter'));
    await pageIdle();
    expect(await requestCount(EP2_AUDIO), 'audio requests after hovering').to.equal(before);
    expect(partText(el, 'time')).to.match(/^0:00/);
    expect(partText(el, 'time')).to.contain('0:34');
  });

  it('press play → "Now playing", the clock advances; pause stops it', async () => {
    skipIfAudioCannotLoad(currentTest());
    const before = await requestCount(EP2_AUDIO);
    const { el } = createWidget({ feed: FEED });
    await waitForReady(el);
    const play = part(el, 'play-button')!;
    expect(play.getAttribute('aria-label')).to.equal('Play episode: Ep 2: The Longer One');
    play.click();
    await waitPlaying(el);
    expect(await requestCount(EP2_AUDIO), 'the audio is requested once playing').to.be.greaterThan(before);
    expect(part(el, 'play-button')!.getAttribute('aria-label')).to.equal('Pause episode: Ep 2: The Longer One');
    await waitElapsed(el, 2, 10);
    const slider = part<HTMLInputElement>(el, 'seek')!;
    expect(Number(slider.value), 'the slider follows').to.be.greaterThan(0);
    expect(Number(slider.max)).to.be.within(33, 36);

    part(el, 'play-button')!.click();
    await waitFor(() => isStopped(el), 5000, 'paused');
    await waitFor(
      () => playingMedia().length === 0,
      3000,
      () => `the audio element paused: ${describeMedia()}`,
    );
    await pageIdle();
    const paused = elapsedSeconds(el);
    const pausedSlider = part<HTMLInputElement>(el, 'seek')!.value;
    // Sixty frames (a second or more): had the clock kept running, it would have redrawn a later time by then.
    await frames(60);
    expect(elapsedSeconds(el), 'the clock stops while paused').to.equal(paused);
    expect(part<HTMLInputElement>(el, 'seek')!.value).to.equal(pausedSlider);
    expect(part(el, 'play-button')!.getAttribute('aria-label')).to.equal('Play episode: Ep 2: The Longer One');

    // Play again resumes where it was, not from the start.
    part(el, 'play-button')!.click();
    await waitPlaying(el);
    expect(elapsedSeconds(el)).to.be.at.least(paused);
  });

  it('seeking with the slider, back 15 s and forward 30 s lands near the target', async () => {
    skipIfAudioCannotLoad(currentTest());
    const { el } = createWidget({ feed: FEED });
    await waitForReady(el);
    part(el, 'play-button')!.click();
    await waitPlaying(el);

    seekTo(el, 20);
    await waitElapsed(el, 19, 23, 5000);
    await waitElapsed(el, 21, 25, 8000); // keeps playing from there
    expect(isPlaying(el)).to.equal(true);

    button(el, 'Back 15 seconds').click();
    await waitElapsed(el, 5, 11, 5000);

    part(el, 'play-button')!.click();
    await waitFor(() => isStopped(el), 5000, 'paused');
    seekTo(el, 1);
    await waitElapsed(el, 1, 1, 5000);
    button(el, 'Forward 30 seconds').click();
    await waitElapsed(el, 30, 32, 5000);
    expect(Number(part<HTMLInputElement>(el, 'seek')!.value)).to.be.within(30, 32);
  });

  it('forward 30 s before the first play starts playback there', async () => {
    skipIfAudioCannotLoad(currentTest());
    const { el } = createWidget({ feed: FEED });
    await waitForReady(el);
    button(el, 'Forward 30 seconds').click();
    await waitElapsed(el, 30, 30, 3000);
    part(el, 'play-button')!.click();
    await waitPlaying(el);
    expect(elapsedSeconds(el)).to.be.within(29, 34);
  });

  it('the keyboard plays and pauses (Space on the focused play button)', async () => {
    skipIfAudioCannotLoad(currentTest());
    const { el } = createWidget({ feed: FEED });
    await waitForReady(el);
    part(el, 'play-button')!.focus();
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'play-button'));
    await sendKeys({ press: 'Space' });
    await waitPlaying(el);
    await sendKeys({ press: 'Space' });
    await waitFor(() => isStopped(el), 5000, 'paused by the keyboard');
  });

  it('speed and mute buttons change and say their state', async () => {
    const { el } = createWidget({ feed: FEED });
    await waitForReady(el);
    const speed = part(el, 'player')!.querySelector<HTMLButtonElement>('button[aria-label^="Playback speed"]')!;
    expect(text(speed)).to.equal('1×');
    speed.click();
    await el.updateComplete;
    expect(text(part(el, 'player')!.querySelector('button[aria-label^="Playback speed"]'))).to.equal('1.25×');
    button(el, 'Mute').click();
    await el.updateComplete;
    // A toggle keeps its name and says its state (pressed), rather than changing both.
    const mute = button(el, 'Mute');
    expect(mute.getAttribute('aria-pressed')).to.equal('true');
    expect(part<HTMLInputElement>(el, 'volume')!.value).to.equal('0');
  });

  it('playing one widget pauses the other', async () => {
    skipIfAudioCannotLoad(currentTest());
    const a = createWidget({ feed: FEED, episode: '2' });
    const b = createWidget({ feed: FEED, episode: '1' });
    await waitForReady(a.el);
    await waitForReady(b.el);
    const beforeB = await requestCount(EP1_AUDIO);

    part(a.el, 'play-button')!.click();
    await waitPlaying(a.el);
    await waitElapsed(a.el, 1, 10);
    expect(isStopped(b.el), 'b idle').to.equal(true);

    part(b.el, 'play-button')!.click();
    await waitPlaying(b.el);
    expect(await requestCount(EP1_AUDIO)).to.be.greaterThan(beforeB);
    await waitFor(() => isStopped(a.el), 5000, 'a paused when b started');
    const aTime = elapsedSeconds(a.el);
    // While b plays on for another second, a's clock must not move.
    const bFrom = elapsedSeconds(b.el);
    await waitElapsed(b.el, bFrom + 1, bFrom + 10);
    expect(elapsedSeconds(a.el), 'a stays paused').to.equal(aTime);
    expect(isPlaying(b.el), 'b still playing').to.equal(true);

    // And back: a resumes, b pauses.
    part(a.el, 'play-button')!.click();
    await waitPlaying(a.el);
    await waitFor(() => isStopped(b.el), 5000, 'b paused when a resumed');
  });

  it('removing a playing widget stops its audio', async () => {
    skipIfAudioCannotLoad(currentTest());
    const { el } = createWidget({ feed: FEED });
    await waitForReady(el);
    part(el, 'play-button')!.click();
    await waitPlaying(el);
    const playing = playingMedia();
    expect(playing.length, 'a media element is playing').to.be.greaterThan(0);
    el.remove();
    await waitFor(
      () => playing.every((m) => m.paused),
      5000,
      () => `the removed widget's audio to stop: ${describeMedia()}`,
    );
  });

  it('an audio file that answers 404 shows an error inside the player with a download link', async () => {
    skipIfAudioCannotLoad(currentTest());
    const { el } = createWidget({ feed: '/test/fixtures/enclosure-404.xml' });
    await waitForReady(el);
    part(el, 'play-button')!.click();
    await waitForAudio(
      currentTest(),
      () => /could not be played/i.test(partText(el, 'player')),
      15000,
      () => `audio error in "${partText(el, 'player')}"; ${describeMedia()}`,
    );
    const player = part(el, 'player')!;
    expect(player.querySelector('[role="alert"]'), 'the failure is announced').to.exist;
    const link = player.querySelector<HTMLAnchorElement>('a')!;
    expect(text(link)).to.equal('Download episode');
    expect(link.href).to.contain('/demo/audio/missing-episode-7.mp3?fixture=enclosure-404');
    expect(link.hasAttribute('download')).to.equal(true);
    expect(part(el, 'play-button'), 'no dead play button').to.equal(null);
    expect(partText(el, 'title')).to.equal('Episode 7: The File That Was Not There');
  });

  it('an audio file that fails fires `error` with code "audio" (the episode stays on screen)', async () => {
    // In errors.test.ts in spirit; here because only a page that can load audio can see it fail (see helpers).
    skipIfAudioCannotLoad(currentTest());
    const { el, errorEvents } = createWidget({ feed: '/test/fixtures/enclosure-404.xml' });
    await waitForReady(el);
    expect(errorEvents).to.have.length(0);
    part(el, 'play-button')!.click();
    await waitForAudio(
      currentTest(),
      () => /could not be played/i.test(partText(el, 'player')),
      15000,
      () => `audio error in "${partText(el, 'player')}"`,
    );
    expect(el.getAttribute('state'), 'the episode is still shown').to.equal('ready');
    await waitFor(() => errorEvents.length > 0, 3000, 'an `error` event with code "audio"');
    expect(errorEvents[0]!.detail.code).to.equal('audio');
    expect(errorEvents[0]!.detail.message).to.be.a('string').with.length.greaterThan(10);
  });
});

checkNoUncaughtExceptions();
