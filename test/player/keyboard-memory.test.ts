import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import {
  checkNoUncaughtExceptions,
  container,
  createWidget,
  part,
  partText,
  parts,
  skipIfAudioCannotLoad,
  pageIdle,
  text,
  waitFor,
  waitForReady,
} from '../element/helpers.js';
import { isStopped, longAudio, madeFeed, usePlayerPage, waitElapsed, waitPlaying, type PlayerEl } from './helpers.js';

const currentTest = usePlayerPage();

async function widget(
  feed = madeFeed(longAudio(), { duration: '180' }),
  parent = container('width: 720px'),
): Promise<PlayerEl> {
  const { el } = createWidget({ feed }, parent);
  await waitForReady(el);
  return el as PlayerEl;
}

describe('keyboard shortcuts: only while focus is inside the widget', function () {
  this.timeout(60000);

  it('from inside: K and Space play/pause, J/L and arrows move, M mutes, < > change speed, digits jump', async () => {
    skipIfAudioCannotLoad(currentTest());
    const el = await widget();
    part(el, 'title')!.focus();
    await sendKeys({ press: 'k' });
    await waitPlaying(currentTest(), el);
    await sendKeys({ press: 'Space' });
    await waitFor(() => isStopped(el), 3000, 'Space pauses (focus on the title, not a button)');
    expect(el.paused).to.equal(true);

    await sendKeys({ press: '5' });
    expect(el.currentTime).to.be.closeTo(90, 0.5);
    await sendKeys({ press: 'l' });
    expect(el.currentTime).to.be.closeTo(120, 0.5);
    await sendKeys({ press: 'j' });
    expect(el.currentTime).to.be.closeTo(105, 0.5);
    await sendKeys({ press: 'ArrowRight' });
    expect(el.currentTime).to.be.closeTo(110, 0.5);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.currentTime).to.be.closeTo(100, 0.5);
    await sendKeys({ press: '0' });
    expect(el.currentTime).to.be.closeTo(0, 0.5);
    await sendKeys({ press: 'm' });
    expect(el.muted).to.equal(true);
    await sendKeys({ press: 'M' });
    expect(el.muted).to.equal(false);
    await sendKeys({ press: '>' });
    await sendKeys({ press: '>' });
    expect(el.playbackRate).to.equal(1.5);
    await sendKeys({ press: '<' });
    expect(el.playbackRate).to.equal(1.25);
    await el.updateComplete;
    expect(text(part(el, 'speed-button'))).to.equal('1.25×');
  });

  it('from outside the widget nothing happens, and the page keeps its keys', async () => {
    const el = await widget();
    const input = document.createElement('input');
    const box = container();
    box.append(input);
    input.focus();
    await sendKeys({ type: 'k5lm' });
    await sendKeys({ press: 'Space' });
    expect(input.value).to.equal('k5lm ');
    document.body.focus();
    await sendKeys({ press: 'k' });
    await sendKeys({ press: '9' });
    await pageIdle();
    expect(el.paused).to.equal(true);
    expect(el.currentTime).to.be.closeTo(0, 0.5);
    expect(el.muted).to.equal(false);
  });

  it('typing in a text field inside the widget is typing; sliders keep their own keys', async () => {
    const el = await widget();
    // A text field inside the widget, like the transcript search box that is coming.
    const field = document.createElement('input');
    part(el, 'player')!.append(field);
    field.focus();
    await sendKeys({ type: 'k 5m' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(field.value).to.equal('k 5m');
    expect(el.paused).to.equal(true);
    expect(el.currentTime).to.be.closeTo(0, 0.5);
    expect(el.muted).to.equal(false);
    field.remove();

    const volume = part<HTMLInputElement>(el, 'volume')!;
    volume.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.volume, 'the arrow moved the volume').to.equal(0.95);
    expect(el.currentTime, 'not the position').to.equal(0);
    await sendKeys({ press: '3' });
    expect(el.currentTime, 'other shortcuts still work on a slider').to.be.closeTo(54, 0.5);
  });

  it('Space on a focused button presses that button; a "?" button (and the ? key) lists the shortcuts', async () => {
    const el = await widget();
    part(el, 'mute-button')!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.muted, 'Space pressed the mute button').to.equal(true);
    expect(el.paused, 'and did not play').to.equal(true);

    const help = part(el, 'shortcuts-button')!;
    expect(help.getAttribute('aria-expanded')).to.equal('false');
    help.click();
    await el.updateComplete;
    expect(help.getAttribute('aria-expanded')).to.equal('true');
    const list = partText(el, 'shortcuts');
    for (const words of [
      'Space',
      'K',
      'Play or pause',
      'J',
      'Back 15 seconds',
      'L',
      'Forward 30 seconds',
      'M',
      'Mute',
      'Slower or faster',
      'Jump to 0 %–90 %',
    ]) {
      expect(list).to.contain(words);
    }
    part(el, 'title')!.focus();
    await sendKeys({ press: '?' });
    await el.updateComplete;
    expect(part(el, 'shortcuts'), '? closes it').to.equal(null);
  });
});

describe('memory: positions, speed and played episodes survive a reload', function () {
  this.timeout(60000);

  it('a new widget on the same feed offers "Resume at" the saved place; Resume plays from there', async () => {
    skipIfAudioCannotLoad(currentTest());
    const feed = madeFeed(longAudio(), { duration: '180' });
    const first = await widget(feed);
    first.currentTime = 72;
    part(first, 'play-button')!.click();
    await waitPlaying(currentTest(), first);
    await waitElapsed(first, 74, 80, 8000);
    // Leaving the page: the widget goes away (like a reload), keeping its place.
    first.remove();

    const second = await widget(feed);
    const offer = part(second, 'resume')!;
    const resume = [...offer.querySelectorAll('button')].find((b) => /Resume at/.test(text(b)))!;
    expect(text(resume)).to.match(/^Resume at 1:1[4-9]$/);
    expect(text(offer)).to.contain('Start over');
    expect(partText(second, 'time'), 'the slider shows the saved place').to.match(/^1:1[4-9]/);
    resume.click();
    await waitPlaying(currentTest(), second);
    await waitElapsed(second, 74, 84, 5000);
    expect(part(second, 'resume'), 'the offer goes once playing').to.equal(null);
  });

  it('"Start over" plays from the beginning and forgets the place', async () => {
    skipIfAudioCannotLoad(currentTest());
    const feed = madeFeed(longAudio(), { duration: '180' });
    const first = await widget(feed);
    first.currentTime = 40;
    part(first, 'play-button')!.click();
    await waitPlaying(currentTest(), first);
    first.pause();
    first.remove();
    const second = await widget(feed);
    [...part(second, 'resume')!.querySelectorAll('button')].find((b) => /Start over/.test(text(b)))!.click();
    await waitPlaying(currentTest(), second);
    await waitElapsed(second, 0, 3, 5000);
    second.pause();
    second.remove();
    const third = await widget(feed);
    expect(part(third, 'resume'), 'nothing worth resuming').to.equal(null);
  });

  it('an episode heard to the end is marked played, here and in the related list; the speed is remembered', async () => {
    skipIfAudioCannotLoad(currentTest());
    // Two episodes of 34 and 29 s, with their own audio URLs.
    const feed = madeFeed(['/demo/audio/ep2.mp3?memory=a', '/demo/audio/ep1.mp3?memory=b'], { duration: ['34', '29'] });
    const first = await widget(feed);
    first.playbackRate = 2;
    first.currentTime = 30;
    part(first, 'play-button')!.click();
    await waitFor(
      () => part(first, 'played') !== null,
      15000,
      () => `the Played mark (${partText(first, 'player')})`,
    );
    expect(partText(first, 'played')).to.equal('Played');
    first.remove();

    // The other episode of the feed lists the first as played in its related list.
    const { el: other } = createWidget({ feed, episode: '1' }, container('width: 720px'));
    await waitForReady(other);
    const related = parts(other, 'related-item');
    expect(related).to.have.length(1);
    expect(text(related[0]), 'the related item says Played').to.contain('Played');
    expect(text(related[0]!.querySelector('.related-meta')), 'after the title, before the date').to.not.contain(
      'Played',
    );
    expect((other as PlayerEl).playbackRate, 'the speed chosen before').to.equal(2);
    expect(part(other, 'played'), 'this one was not heard').to.equal(null);
    // Reopened, the played episode starts from the beginning with its mark, and no resume offer.
    const again = await widget(feed);
    expect(part(again, 'played')).to.exist;
    expect(part(again, 'resume')).to.equal(null);
  });

  it('storage that throws (disabled, private mode) or is full breaks nothing', async () => {
    skipIfAudioCannotLoad(currentTest());
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      const el = await widget();
      el.playbackRate = 1.5;
      part(el, 'play-button')!.click();
      await waitPlaying(currentTest(), el);
      el.pause();
      expect(part(el, 'resume')).to.equal(null);
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
    }

    // Full: fill the origin's storage until it refuses, then play and pause (which writes).
    const filler: string[] = [];
    const chunk = 'x'.repeat(256 * 1024);
    try {
      for (let i = 0; i < 100; i++) {
        localStorage.setItem(`podcast-episode:test-filler-${i}`, chunk);
        filler.push(`podcast-episode:test-filler-${i}`);
      }
    } catch {
      // QuotaExceededError: full now.
    }
    try {
      const el = await widget();
      part(el, 'play-button')!.click();
      await waitPlaying(currentTest(), el);
      el.playbackRate = 2;
      el.pause();
      await pageIdle();
      expect(el.getAttribute('state')).to.equal('ready');
    } finally {
      for (const key of filler) localStorage.removeItem(key);
    }
  });
});

checkNoUncaughtExceptions();
