// What a screen reader gets from a long transcript, read from Chromium's accessibility tree (CDP), and how long a
// 50,000-segment transcript (the most the widget keeps) takes to render. Timings are printed, not asserted.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { defineTranscriptElement } from '../../src/transcript/index.js';
import type { PodcastEpisodeTranscriptElement } from '../../src/transcript/index.js';
import { frames, waitFor } from './helpers.js';
import { makeLongVtt } from './long-transcript.js';

defineTranscriptElement();

const CUES = 50_000;

interface Found {
  name: string;
  count: number;
  roles: string[];
}

describe('a 50,000-segment transcript for assistive technology', () => {
  const { vtt, cues } = makeLongVtt(CUES);
  const url = URL.createObjectURL(new Blob([vtt], { type: 'text/vtt' }));
  const longTasks: number[] = [];
  let observer: PerformanceObserver | undefined;
  let viewer: PodcastEpisodeTranscriptElement;
  let root: ShadowRoot;
  const stage = document.createElement('div');

  before(() => {
    try {
      observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
      observer.observe({ type: 'longtask' });
    } catch {
      // No longtask entries in this browser.
    }
    stage.style.width = '640px';
    document.body.append(stage);
  });
  after(() => {
    observer?.disconnect();
    URL.revokeObjectURL(url);
    stage.remove();
  });

  it('renders all 50,000 segments without a long freeze', async function () {
    this.timeout(120000);
    const started = performance.now();
    viewer = document.createElement('podcast-episode-transcript');
    viewer.transcripts = [{ url, type: 'text/vtt' }];
    viewer.expanded = true;
    stage.append(viewer);
    root = viewer.shadowRoot!;
    await waitFor(() => root.querySelector('.segment'), 20000, 'the first segment');
    const firstAt = performance.now() - started;
    await waitFor(
      () => root.querySelectorAll('.segment').length === CUES,
      100000,
      () => `all segments (${root.querySelectorAll('.segment').length})`,
    );
    await frames(2);
    const allAt = performance.now() - started;
    const buildLongest = longTasks.length ? Math.max(...longTasks) : 0;
    // Playback jumps to the end: the highlight moves (colour only) and the box scrolls to it.
    viewer.playing = true;
    const setStart = performance.now();
    viewer.currentTime = cues[CUES - 2]!.start + 0.1;
    await frames(2);
    const follow = performance.now() - setStart;
    // A style change that lays the whole box out again (the width changes): what a resize costs.
    const before = performance.now();
    stage.style.width = '600px';
    void root.querySelector('.box')!.scrollHeight;
    const relayout = performance.now() - before;
    console.log(
      `50,000 segments (${(vtt.length / 1048576).toFixed(1)} MB): first text ${firstAt.toFixed(0)} ms, all built and laid out ${allAt.toFixed(0)} ms, ` +
        `longest task while building ${buildLongest ? `${buildLongest.toFixed(0)} ms` : 'none over 50 ms'}, ` +
        `jump to the end and follow ${follow.toFixed(0)} ms, full relayout (width change) ${relayout.toFixed(0)} ms`,
    );
    expect(root.querySelector(`.segment[data-segment="${CUES - 1}"]`)!.textContent).to.equal(cues[CUES - 1]!.text);
  });

  it('keeps every line in the accessibility tree, as text, not as buttons', async function () {
    this.timeout(60000);
    viewer.playing = false;
    const box = root.querySelector<HTMLElement>('.box')!;
    box.scrollTop = 0;
    await frames(2);
    // The middle and the end are far off screen (the box shows ~15 lines).
    const names = [cues[1]!.text, cues[24_999]!.text, cues[CUES - 1]!.text];
    const found = (await executeServerCommand('ax-find', { names })) as Found[];
    console.log(`accessibility tree: ${found.map((f) => `"${f.name}" ${f.count} × ${f.roles.join('/')}`).join('; ')}`);
    for (const f of found) {
      expect(f.count, `"${f.name}" in the tree`).to.be.greaterThan(0);
      expect(f.roles.join(), `"${f.name}" is text`).to.equal('StaticText');
    }
  });
});
