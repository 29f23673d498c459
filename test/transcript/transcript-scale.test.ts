// A 3-hour, 5,000-cue transcript: it renders, follows playback and searches correctly, without moving the page.
// Timings are printed, not asserted (they depend on the machine); `npm run bench` measures them properly.
import { expect } from '@esm-bundle/chai';
import { defineTranscriptElement } from '../../src/transcript/index.js';
import type { PodcastEpisodeTranscriptElement } from '../../src/transcript/index.js';
import { frames, waitFor } from './helpers.js';
import { makeLongVtt } from './long-transcript.js';

defineTranscriptElement();

const CUES = 5000;

describe('a 5,000-segment transcript', () => {
  const { vtt, cues } = makeLongVtt(CUES);
  const url = URL.createObjectURL(new Blob([vtt], { type: 'text/vtt' }));
  const longTasks: { start: number; duration: number }[] = [];
  let observer: PerformanceObserver | undefined;
  let viewer: PodcastEpisodeTranscriptElement;
  let root: ShadowRoot;
  const stage = document.createElement('div');

  before(() => {
    try {
      observer = new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => longTasks.push({ start: e.startTime, duration: e.duration })),
      );
      observer.observe({ type: 'longtask' });
    } catch {
      // No longtask entries in this browser: the timings below say n/a.
    }
    const above = document.createElement('div');
    above.style.height = '1200px';
    const below = document.createElement('div');
    below.style.height = '4000px';
    stage.style.width = '640px';
    document.body.append(above, stage, below);
    window.scrollTo(0, 1000);
  });
  after(() => {
    observer?.disconnect();
    URL.revokeObjectURL(url);
    stage.remove();
  });

  const longestSince = (start: number) =>
    Math.max(0, ...longTasks.filter((t) => t.start >= start).map((t) => t.duration));
  const segmentAt = (time: number) => {
    let index = -1;
    cues.forEach((cue, i) => {
      if (cue.start <= time) index = i;
    });
    return index;
  };

  it('is about three hours long', () => {
    expect(cues).to.have.length(CUES);
    expect(cues[CUES - 1]!.end).to.be.within(2.5 * 3600, 3.5 * 3600);
  });

  it('renders every segment, the first ones at once and the rest in slices', async () => {
    const started = performance.now();
    viewer = document.createElement('podcast-episode-transcript');
    viewer.transcripts = [{ url, type: 'text/vtt' }];
    stage.append(viewer);
    root = viewer.shadowRoot!;
    await waitFor(() => root.querySelector('.segment'), 10000, 'the first segment');
    const firstAt = performance.now() - started;
    await waitFor(
      () => root.querySelectorAll('.segment').length === CUES,
      20000,
      () => `all segments (${root.querySelectorAll('.segment').length})`,
    );
    await frames();
    const allAt = performance.now() - started;
    expect(root.querySelectorAll('.chunk').length).to.be.greaterThan(20);
    expect(root.querySelector(`.segment[data-segment="${CUES - 1}"]`)!.textContent).to.equal(cues[CUES - 1]!.text);
    expect(window.scrollY).to.equal(1000);
    console.log(
      `5,000 segments (${(vtt.length / 1024).toFixed(0)} KB): first text after ${firstAt.toFixed(0)} ms, all built after ${allAt.toFixed(0)} ms; ` +
        `longest main-thread task meanwhile ${longTasks.length ? `${longestSince(started).toFixed(0)} ms` : 'none over 50 ms'}`,
    );
  });

  it('follows simulated playback at 4 updates a second, highlighting the right segment, the page never moving', async () => {
    viewer.playing = true;
    const started = performance.now();
    let worstSet = 0;
    let checked = 0;
    // Three stretches of playback: the start, the middle, near the end (with a jump between each).
    for (const from of [5, 90 * 60, 170 * 60]) {
      for (let step = 0; step < 40; step++) {
        const time = from + step * 0.25;
        const before = performance.now();
        viewer.currentTime = time;
        worstSet = Math.max(worstSet, performance.now() - before);
        await frames(1);
        const expected = segmentAt(time);
        const current = root.querySelectorAll('.segment.current');
        expect(current.length, `one highlight at ${time}`).to.equal(1);
        expect((current[0] as HTMLElement).dataset.segment, `segment at ${time} s`).to.equal(String(expected));
        checked++;
      }
      await frames(2);
      const box = root.querySelector('.box')!.getBoundingClientRect();
      const current = root.querySelector('.segment.current')!.getBoundingClientRect();
      expect(current.top >= box.top - 1 && current.bottom <= box.bottom + 1, `in view after ${from} s`).to.equal(true);
      expect(window.scrollY).to.equal(1000);
    }
    expect(checked).to.equal(120);
    console.log(
      `following: ${checked} updates, slowest currentTime setter ${worstSet.toFixed(2)} ms, ` +
        `longest main-thread task ${longestSince(started) ? `${longestSince(started).toFixed(0)} ms` : 'none over 50 ms'}`,
    );
  });

  it('moved to another place in the page while it builds, it still builds every segment', async () => {
    const moving = document.createElement('podcast-episode-transcript');
    moving.transcripts = [{ url, type: 'text/vtt' }];
    // Connected first (that creates its shadow root); its text arrives tasks later, after the fetch.
    stage.append(moving);
    const movingRoot = moving.shadowRoot!;
    const elsewhere = document.createElement('div');
    elsewhere.style.width = '500px';
    stage.append(elsewhere);
    // Moved in the microtask after the first slice is added: the next slice runs in a later task, so the move
    // always comes in the middle of the build.
    let builtBefore = -1;
    const moved = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!movingRoot.querySelector('.segment')) return;
        observer.disconnect();
        builtBefore = movingRoot.querySelectorAll('.segment').length;
        elsewhere.append(moving);
        resolve();
      });
      observer.observe(movingRoot, { childList: true, subtree: true });
    });
    await moved;
    expect(builtBefore, 'moved before the end of the build').to.be.within(1, CUES - 1);
    await waitFor(
      () => movingRoot.querySelectorAll('.segment').length === CUES,
      20000,
      () => `all segments (${movingRoot.querySelectorAll('.segment').length})`,
    );
    elsewhere.remove();
  });

  it('searches all 5,000 segments', async () => {
    const started = performance.now();
    viewer.search('cue 4999');
    const count = root.querySelector('.count')!;
    await waitFor(
      () => count.textContent === '1 of 1',
      2000,
      () => `"1 of 1", have "${count.textContent}"`,
    );
    const mark = root.querySelector('mark.current-match')!;
    expect(mark.closest('.segment')!.getAttribute('data-segment')).to.equal('4998');
    // "cue 1" also matches cue 10-19, 100-199, 1000-1999: 1 + 10 + 100 + 1000.
    viewer.search('cue 1');
    await waitFor(
      () => count.textContent === '1 of 1111',
      2000,
      () => `"1 of 1111", have "${count.textContent}"`,
    );
    expect(window.scrollY).to.equal(1000);
    console.log(
      `search: ${(performance.now() - started).toFixed(0)} ms for two searches, longest task ${longestSince(started) ? `${longestSince(started).toFixed(0)} ms` : 'none over 50 ms'}`,
    );
  });
});
