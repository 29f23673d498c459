import { expect } from '@esm-bundle/chai';
import {
  checkNoUncaughtExceptions,
  container,
  createWidget,
  describeMedia,
  elapsedSeconds,
  part,
  partText,
  skipIfAudioCannotLoad,
  frames,
  pageIdle,
  text,
  waitFor,
  waitForAudio,
  waitForReady,
  type ErrorDetailLike,
} from '../element/helpers.js';
import {
  BYTES_PER_SECOND,
  button,
  isPlaying,
  isStopped,
  longAudio,
  madeFeed,
  waitElapsed,
  waitPlaying,
  type PlayerEl,
  usePlayerPage,
} from './helpers.js';

const currentTest = usePlayerPage();

async function widgetFor(audio: string, attributes: Record<string, string> = {}) {
  const recorded = createWidget(
    { feed: madeFeed(audio, { duration: '180' }), ...attributes },
    container('width: 720px'),
  );
  await waitForReady(recorded.el);
  return { el: recorded.el as PlayerEl, errors: recorded.errorEvents };
}

/** What the unreliable-host route did for the key in `audio`'s URL. */
async function audioLog(audio: string): Promise<{ start: number; answer: string | number }[]> {
  const key = new URL(audio, location.href).searchParams.get('key')!;
  return (await fetch(`/test-api/audio-log?key=${key}`)).json() as Promise<
    { start: number; answer: string | number }[]
  >;
}

/** Samples the shown clock every 100 ms until stopped; the lowest value seen after `from` ms is what matters. */
function watchClock(el: Element): { values: number[]; stop: () => void } {
  const values: number[] = [];
  const timer = setInterval(() => values.push(elapsedSeconds(el)), 100);
  return { values, stop: () => clearInterval(timer) };
}

describe('failure: a server without HTTP Range support', function () {
  this.timeout(60000);

  it('plays; seeking says it cannot and stays put; pause and play resume in place, never from 0', async () => {
    skipIfAudioCannotLoad(currentTest());
    const audio = longAudio({ range: 'off', bytesPerSecond: BYTES_PER_SECOND * 10 });
    const { el } = await widgetFor(audio);
    part(el, 'play-button')!.click();
    await waitPlaying(currentTest(), el);
    await waitElapsed(el, 3, 10, 10000);
    const clock = watchClock(el);

    button(el, 'Forward 30 seconds').click();
    await el.updateComplete;
    expect(partText(el, 'player')).to.contain('does not let the player jump');
    const before = elapsedSeconds(el);
    expect(before, 'did not move').to.be.within(3, 11);

    part(el, 'play-button')!.click();
    await waitFor(() => isStopped(el), 3000, 'paused');
    await pageIdle();
    const paused = elapsedSeconds(el);
    part(el, 'play-button')!.click();
    await waitPlaying(currentTest(), el);
    await waitFor(
      () => elapsedSeconds(el) >= paused + 1,
      10000,
      () => `the clock a second on from ${paused} s, shows ${elapsedSeconds(el)} s`,
    );
    clock.stop();
    expect(elapsedSeconds(el), 'resumed where it paused').to.be.within(paused, paused + 3);
    expect(Math.min(...clock.values), 'the clock never went back to 0').to.be.at.least(3);
    expect(el.getAttribute('state')).to.equal('ready');
  });

  it('a start position it cannot reach: plays from the beginning and says so', async () => {
    skipIfAudioCannotLoad(currentTest());
    const { el } = await widgetFor(longAudio({ range: 'off' }), { start: '1:00' });
    expect(partText(el, 'time')).to.match(/^1:00/);
    part(el, 'play-button')!.click();
    await waitPlaying(currentTest(), el);
    await waitFor(
      () => /does not let the player start at 1:00/.test(partText(el, 'player')),
      5000,
      () => `the notice (${partText(el, 'player')})`,
    );
    await waitElapsed(el, 0, 5, 5000);
  });
});

describe('failure: the connection drops mid-episode', function () {
  this.timeout(150000);
  // The file is cut after 18 s of audio (36,000 bytes: past what the browser reads to start). The tests play at
  // twice the speed to get there sooner.
  const CUT = BYTES_PER_SECOND * 18;

  async function playFast(el: PlayerEl): Promise<void> {
    el.playbackRate = 2;
    part(el, 'play-button')!.click();
    await waitPlaying(currentTest(), el);
  }

  it('dropped once: playback goes on from the same place, without an error', async () => {
    skipIfAudioCannotLoad(currentTest());
    const audio = longAudio({ cutAt: CUT, cuts: 1 });
    const { el, errors } = await widgetFor(audio);
    await playFast(el);
    const clock = watchClock(el);
    await waitElapsed(el, 24, 40, 30000);
    clock.stop();
    const seen = clock.values.filter((t) => t > 0);
    expect(
      seen.every((t, i) => i === 0 || t >= seen[i - 1]!),
      'the clock only went forward',
    ).to.equal(true);
    expect(isPlaying(el)).to.equal(true);
    expect(errors).to.have.length(0);
    const log = await audioLog(audio);
    expect(log[0]!.answer, 'the first response was cut').to.equal('cut');
    expect(log.length).to.be.at.least(2);
  });

  it('a longer outage than the browser retries through: reconnects with back-off and resumes at the same place', async () => {
    skipIfAudioCannotLoad(currentTest());
    // After the cut the server refuses every connection until the test ends the outage: the browser's own
    // retries fail and playback waits at 18 s; after 10 s without data the player reloads, is refused, waits
    // longer and tries again.
    const audio = longAudio({ cutAt: CUT, cuts: 1, outageMs: 600000 });
    const { el, errors } = await widgetFor(audio);
    await playFast(el);
    const clock = watchClock(el);
    await waitFor(
      () => /Reconnecting/.test(partText(el, 'player')),
      40000,
      () => `"Reconnecting…" (${partText(el, 'player')}; ${describeMedia()})`,
    );
    const stalledAt = elapsedSeconds(el);
    expect(stalledAt, 'mid-episode, where the file was cut').to.be.within(14, 19);
    expect(part(el, 'play-button')!.querySelector('.spinner'), 'the spinner while reconnecting').to.exist;
    // The player keeps trying while the server refuses (the browser, reloading the same URL, asks only for the
    // part it does not have, from the cut on).
    const refusedBefore = (await audioLog(audio)).filter((r) => r.answer === 'refused').length;
    await waitFor(
      async () => (await audioLog(audio)).filter((r) => r.answer === 'refused').length > refusedBefore,
      10000,
      'another refused attempt',
    );
    await fetch(`/test-api/audio-log?key=${new URL(audio, location.href).searchParams.get('key')}&endOutage=1`);
    await waitElapsed(el, stalledAt + 2, stalledAt + 15, 30000);
    clock.stop();
    const seen = clock.values.filter((t) => t > 0);
    expect(
      Math.min(...seen.slice(seen.indexOf(stalledAt))),
      'resumed where it stopped, never from the start',
    ).to.be.at.least(stalledAt - 1);
    expect(partText(el, 'player')).to.not.contain('Reconnecting');
    expect(errors).to.have.length(0);
    expect((await audioLog(audio)).at(-1)!.answer).to.equal('sent');
  });

  it('after repeated failure: a clear message, a download link, "Try again", and `error` with code "audio"', async () => {
    skipIfAudioCannotLoad(currentTest());
    const audio = longAudio({ cutAt: CUT, outageMs: 600000 });
    const { el, errors } = await widgetFor(audio);
    await playFast(el);
    await waitFor(
      () => /Reconnecting/.test(partText(el, 'player')),
      40000,
      () => `"Reconnecting…" (${partText(el, 'player')})`,
    );
    const reconnectingAt = performance.now();
    await waitFor(
      () => /connection to this episode’s audio was lost/.test(partText(el, 'player')),
      70000,
      () => `the failure message (${partText(el, 'player')})`,
    );
    // Three reloads after waits of 1, 2 and 4 s (retry-policy.ts), each failing (refused, or stalled at the cut).
    expect(performance.now() - reconnectingAt, 'it waited longer after each failure before giving up').to.be.above(
      7000,
    );
    const player = part(el, 'player')!;
    expect(player.querySelector('[role="alert"]')).to.exist;
    const link = part<HTMLAnchorElement>(el, 'download')!;
    expect(text(link)).to.equal('Download episode');
    expect(link.href).to.contain('three-minutes.mp3');
    expect(part(el, 'retry-button')).to.exist;
    expect(el.paused).to.equal(true);
    expect(el.getAttribute('state'), 'the episode stays on screen').to.equal('ready');
    expect(errors.map((e: CustomEvent<ErrorDetailLike>) => e.detail.code)).to.deep.equal(['audio']);
  });
});

describe('failure: files that cannot play', function () {
  this.timeout(30000);

  it('404: the message at once, no retries', async () => {
    skipIfAudioCannotLoad(currentTest());
    const audio = longAudio({ status: 404 });
    const { el, errors } = await widgetFor(audio);
    const started = performance.now();
    part(el, 'play-button')!.click();
    await waitForAudio(
      currentTest(),
      () => /could not be played/.test(partText(el, 'player')),
      8000,
      () => `the message (${partText(el, 'player')})`,
    );
    expect(performance.now() - started, 'at once').to.be.below(4000);
    // Ninety frames (a second and a half or more): a retry would have asked again by then.
    await frames(90);
    expect((await audioLog(audio)).length, 'asked once').to.equal(1);
    expect(errors).to.have.length(1);
    expect(text(part(el, 'download'))).to.equal('Download episode');
  });

  it('a file that is not audio: the same message at once; "Try again" tries again', async () => {
    skipIfAudioCannotLoad(currentTest());
    const audio = longAudio({}, 'test/fixtures/page.html');
    const { el, errors } = await widgetFor(audio);
    part(el, 'play-button')!.click();
    await waitForAudio(
      currentTest(),
      () => /could not be played/.test(partText(el, 'player')),
      8000,
      () => `the message (${partText(el, 'player')})`,
    );
    expect(errors).to.have.length(1);
    part(el, 'retry-button')!.click();
    await el.updateComplete;
    expect(part(el, 'play-button'), 'the player is back while it tries').to.exist;
    await waitFor(
      () => errors.length === 2 && /could not be played/.test(partText(el, 'player')),
      8000,
      'the message again',
    );
  });
});

checkNoUncaughtExceptions();
