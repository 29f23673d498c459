import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import {
  checkNoUncaughtExceptions,
  container,
  createWidget,
  elapsedSeconds,
  part,
  partText,
  skipIfAudioCannotLoad,
  frames,
  text,
  waitFor,
  waitForReady,
} from '../element/helpers.js';
import {
  BYTES_PER_SECOND,
  button,
  isStopped,
  longAudio,
  madeFeed,
  playingElement,
  waitElapsed,
  waitPlaying,
  type PlayerEl,
  usePlayerPage,
} from './helpers.js';

const currentTest = usePlayerPage();

async function longWidget(audio = longAudio(), attributes: Record<string, string> = {}): Promise<PlayerEl> {
  const { el } = createWidget({ feed: madeFeed(audio, { duration: '180' }), ...attributes }, container('width: 720px'));
  await waitForReady(el);
  return el as PlayerEl;
}

/** Records the element's player events. */
function recordEvents(el: Element): { type: string; at: number; time: number }[] {
  const events: { type: string; at: number; time: number }[] = [];
  for (const type of ['play', 'pause', 'ended', 'timeupdate', 'ratechange', 'volumechange']) {
    el.addEventListener(type, () => events.push({ type, at: performance.now(), time: (el as PlayerEl).currentTime }));
  }
  return events;
}

describe('player API: properties, methods and events like a media element', function () {
  this.timeout(60000);

  it('reads as a stopped player before play; play(), seek(), pause() and the events follow', async () => {
    skipIfAudioCannotLoad(currentTest());
    const el = await longWidget();
    const events = recordEvents(el);
    expect(el.paused).to.equal(true);
    expect(el.currentTime).to.equal(0);
    expect(el.duration).to.equal(180);
    expect(el.playbackRate).to.equal(1);
    expect(el.volume).to.equal(1);
    expect(el.muted).to.equal(false);

    await el.play();
    expect(el.paused).to.equal(false);
    await waitPlaying(currentTest(), el);
    await waitFor(() => el.currentTime > 1, 8000, 'currentTime to advance');
    el.seek(100);
    await waitElapsed(el, 100, 104, 5000);
    expect(el.currentTime).to.be.within(99.5, 104);
    el.currentTime = 40;
    await waitElapsed(el, 40, 44, 5000);
    el.pause();
    expect(el.paused).to.equal(true);
    await waitFor(() => isStopped(el), 3000, 'paused');

    const types = events.map((e) => e.type);
    expect(types.filter((t) => t === 'play')).to.have.length(1);
    expect(types.filter((t) => t === 'pause')).to.have.length(1);
    expect(types.indexOf('play')).to.be.below(types.indexOf('pause'));
    expect(types.filter((t) => t === 'timeupdate').length).to.be.greaterThan(3);
    // The file's own length replaces the feed's 180.
    expect(el.duration).to.be.within(179.5, 180.5);
  });

  it('timeupdate comes at most 4 times a second, even through a burst of seeks', async () => {
    skipIfAudioCannotLoad(currentTest());
    const el = await longWidget();
    const events = recordEvents(el);
    await el.play();
    await waitPlaying(currentTest(), el);
    const from = performance.now();
    for (let i = 0; i < 20; i++) {
      el.currentTime = 10 + i;
      await frames(3);
    }
    // Then two seconds of play after the last seek, by the audio's own clock however busy the page is.
    await waitFor(
      () => el.currentTime >= 31,
      20000,
      () => `31 s played, at ${el.currentTime.toFixed(2)} s`,
    );
    const updates = events.filter((e) => e.type === 'timeupdate' && e.at >= from).map((e) => e.at);
    expect(updates.length, 'updates keep coming through the burst and after it').to.be.at.least(4);
    for (let i = 4; i < updates.length; i++) {
      expect(updates[i]! - updates[i - 4]!, 'any 5 updates span at least 1 s').to.be.at.least(990);
    }
  });

  it('playbackRate and volume: settable, clamped, with ratechange/volumechange; bad values are ignored', async () => {
    const el = await longWidget();
    const events = recordEvents(el);
    el.playbackRate = 1.5;
    await el.updateComplete;
    expect(el.playbackRate).to.equal(1.5);
    expect(text(part(el, 'speed-button'))).to.equal('1.5×');
    el.playbackRate = 10;
    expect(el.playbackRate).to.equal(3);
    el.playbackRate = Number.NaN;
    el.playbackRate = 'fast' as unknown as number;
    expect(el.playbackRate).to.equal(3);
    el.volume = 0.5;
    el.muted = true;
    el.volume = -2;
    expect(el.volume).to.equal(0);
    el.seek(Number.NaN);
    el.currentTime = 'soon' as unknown as number;
    expect(el.currentTime).to.equal(0);
    expect(events.filter((e) => e.type === 'ratechange')).to.have.length(2);
    expect(events.filter((e) => e.type === 'volumechange').length).to.be.at.least(3);
  });

  it('the chosen speed plays at that rate and keeps the voice’s pitch', async () => {
    skipIfAudioCannotLoad(currentTest());
    const el = await longWidget();
    part(el, 'speed-button')!.click();
    part(el, 'speed-button')!.click();
    await el.updateComplete;
    expect(text(part(el, 'speed-button'))).to.equal('1.5×');
    part(el, 'play-button')!.click();
    await waitPlaying(currentTest(), el);
    const media = playingElement()!;
    expect(media.playbackRate).to.equal(1.5);
    expect(media.preservesPitch).to.equal(true);
    // The audio runs 1.5 times as fast as the page's clock: measured over 3 s of audio.
    const t0 = media.currentTime;
    const p0 = performance.now();
    const rate = await waitFor(
      () => (media.currentTime - t0 >= 3 ? (media.currentTime - t0) / ((performance.now() - p0) / 1000) : 0),
      20000,
      () => `3 s of audio played, at ${media.currentTime.toFixed(2)} s`,
    );
    expect(rate).to.be.within(1.2, 1.8);
  });

  it('play() before the feed is read, and on an episode without audio, does nothing and never throws', async () => {
    const el = document.createElement('podcast-episode') as PlayerEl;
    await el.play();
    el.pause();
    el.seek(10);
    expect(el.paused).to.equal(true);
    expect(Number.isNaN(el.duration)).to.equal(true);
    const { el: none } = createWidget({ feed: '/test/fixtures/no-enclosure.xml' });
    await waitForReady(none);
    await (none as PlayerEl).play();
    expect((none as PlayerEl).paused).to.equal(true);
  });
});

describe('player controls: the seek slider', function () {
  this.timeout(60000);

  it('keys on the slider: arrows ±5 s, PageUp/PageDown ±60 s, Home/End; aria-valuetext in words', async () => {
    const el = await longWidget();
    const slider = part<HTMLInputElement>(el, 'seek')!;
    expect(slider.getAttribute('aria-valuetext')).to.equal('0 seconds of 3 minutes');
    slider.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.currentTime).to.equal(5);
    await sendKeys({ press: 'PageUp' });
    await sendKeys({ press: 'PageUp' });
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ press: 'PageUp' });
    await el.updateComplete;
    expect(el.currentTime).to.equal(125);
    expect(slider.getAttribute('aria-valuetext')).to.equal('2 minutes 5 seconds of 3 minutes');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.currentTime).to.equal(115);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.currentTime).to.equal(180);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.currentTime).to.equal(0);
    expect(partText(el, 'time')).to.match(/^0:00/);
    expect(el.paused, 'moving does not start playback').to.equal(true);
  });

  it('dragging shows the target time before release, and seeks there on release', async () => {
    skipIfAudioCannotLoad(currentTest());
    const el = await longWidget();
    part(el, 'play-button')!.click();
    await waitPlaying(currentTest(), el);
    const slider = part<HTMLInputElement>(el, 'seek')!;
    const box = slider.getBoundingClientRect();
    const y = Math.round(box.top + box.height / 2);
    const at = (fraction: number) => Math.round(box.left + 8 + (box.width - 16) * fraction);
    await sendMouse({ type: 'move', position: [at(el.currentTime / 180), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [at(0.5), y] });
    await sendMouse({ type: 'move', position: [at(0.75), y] });
    await el.updateComplete;
    const shown = elapsedSeconds(el);
    expect(shown, 'the clock shows where the thumb is').to.be.within(125, 145);
    expect(el.currentTime, 'not applied before release').to.be.below(20);
    await sendMouse({ type: 'up' });
    await waitFor(
      () => el.currentTime >= shown - 1,
      5000,
      () => `a seek to ${shown} s on release (at ${el.currentTime})`,
    );
    await waitElapsed(el, shown, shown + 4, 5000);
  });

  it('shows the buffered part of a slowly delivered file, growing, ahead of the played part', async () => {
    skipIfAudioCannotLoad(currentTest());
    // 4 KB at once, then 8 KB a second: about 4 s of audio arrive each second, out of 180.
    const el = await longWidget(longAudio({ bytesPerSecond: BYTES_PER_SECOND * 4 }));
    part(el, 'play-button')!.click();
    await waitPlaying(currentTest(), el);
    const slider = part<HTMLInputElement>(el, 'seek')!;
    const buffered = () => parseFloat(slider.style.getPropertyValue('--buffered'));
    const played = () => parseFloat(slider.style.getPropertyValue('--progress'));
    await waitFor(
      () => buffered() > played() + 1,
      5000,
      () => `buffered ${buffered()}% ahead of played ${played()}%`,
    );
    const first = buffered();
    expect(first).to.be.below(50);
    await waitFor(
      () => buffered() > first + 2,
      5000,
      () => `buffered to grow from ${first}%`,
    );
  });
});

describe('player controls: buffering', function () {
  this.timeout(60000);

  it('a stall in delivery shows the spinner and "Loading audio…" on the play button, then playing again', async () => {
    skipIfAudioCannotLoad(currentTest());
    // Delivered at twice the playing speed; a jump past the loaded part waits 6 s for its first byte.
    const el = await longWidget(longAudio({ bytesPerSecond: BYTES_PER_SECOND * 2, stallSeeks: 1, stallMs: 6000 }));
    part(el, 'play-button')!.click();
    await waitPlaying(currentTest(), el);
    el.currentTime = 150;
    await waitFor(
      () => part(el, 'play-button')!.querySelector('.spinner'),
      5000,
      () => `the spinner (player "${partText(el, 'player')}")`,
    );
    expect(partText(el, 'time')).to.contain('Loading audio…');
    expect(
      part(el, 'play-button')!.getAttribute('aria-label'),
      'still playing as far as the listener is concerned',
    ).to.match(/^Pause/);
    expect(el.paused).to.equal(false);
    await waitFor(
      () => !part(el, 'play-button')!.querySelector('.spinner') && /Now playing/.test(partText(el, 'time')),
      15000,
      'playing again',
    );
    await waitElapsed(el, 150, 160, 8000);
  });
});

describe('player controls: chapters', function () {
  this.timeout(60000);
  const chapters = [
    { start: 0, title: 'Cold open' },
    { start: 45, title: 'The interview' },
    { start: 90, end: 120, title: 'Listener mail' },
    { start: 135, title: 'Goodbye' },
  ];

  it('marks chapter starts on the slider, shows the current chapter, and moves by chapter', async () => {
    const el = await longWidget();
    expect(
      part(el, 'player')!.querySelector('[aria-label="Next chapter"]'),
      'no chapter buttons without chapters',
    ).to.equal(null);
    expect(part(el, 'chapter')).to.equal(null);
    el.chapters = chapters;
    await el.updateComplete;
    const marks = [...part(el, 'player')!.querySelectorAll<HTMLElement>('.chapter-mark')];
    expect(marks.map((m) => m.style.insetInlineStart)).to.deep.equal(['25%', '50%', '75%']);
    expect(partText(el, 'chapter')).to.equal('Chapter: Cold open');

    button(el, 'Next chapter').click();
    await el.updateComplete;
    expect(el.currentTime).to.equal(45);
    expect(partText(el, 'chapter')).to.equal('Chapter: The interview');
    button(el, 'Next chapter').click();
    button(el, 'Next chapter').click();
    await el.updateComplete;
    expect(el.currentTime).to.equal(135);
    el.currentTime = 125;
    await el.updateComplete;
    expect(part(el, 'chapter'), 'in the gap after Listener mail: no chapter').to.equal(null);
    el.currentTime = 100;
    button(el, 'Previous chapter').click();
    await el.updateComplete;
    expect(el.currentTime, 'well into a chapter: back to its start').to.equal(90);
    button(el, 'Previous chapter').click();
    await el.updateComplete;
    expect(el.currentTime, 'at its start: the chapter before').to.equal(45);

    el.chapters = [];
    await el.updateComplete;
    expect(part(el, 'player')!.querySelectorAll('.chapter-mark')).to.have.length(0);
    expect(part(el, 'player')!.querySelector('[aria-label="Previous chapter"]')).to.equal(null);
  });
});

checkNoUncaughtExceptions();
