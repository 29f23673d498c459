/**
 * A page whose Content-Security-Policy forbids workers (`worker-src 'none'`), as some CMS themes and banks set:
 * the widget cannot start its parser worker and must parse on the main thread instead, with nothing on screen to
 * tell the difference. The page is a same-origin iframe, so the element is defined afresh under that policy.
 */
import { expect } from '@esm-bundle/chai';
import { requestCount, unique, waitFor } from './helpers.js';

const EP2_TITLE = 'Ep 2: What Does AI Mean For The Future of Extreme Code Efficiency? With Jon Berger';

function framePage(feed: string): string {
  return `<!doctype html><html lang="en"><head>
<meta http-equiv="Content-Security-Policy" content="worker-src 'none'">
<script type="module">import '/dist/podcast-episode.js?csp=${unique()}';</script>
</head><body><podcast-episode feed="${feed}"></podcast-episode></body></html>`;
}

describe('a page whose CSP forbids workers', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('still shows the episode, parsed on the main thread', async () => {
    const feed = `/demo/feed.xml?csp=${unique()}`;
    const pipelineBefore = await requestCount('/dist/podcast-episode-inline-host-');
    const violations: string[] = [];
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 700px; height: 900px; border: 0';
    frame.srcdoc = framePage(feed);
    document.body.append(frame);
    await waitFor(() => frame.contentDocument?.querySelector('podcast-episode'), 10000, 'the framed widget');
    frame.contentDocument!.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const el = frame.contentDocument!.querySelector('podcast-episode')!;
    await waitFor(
      () => el.getAttribute('state') === 'ready' || el.getAttribute('state') === 'error',
      20000,
      'the framed widget to settle',
    );
    expect(el.getAttribute('state')).to.equal('ready');
    const title = el.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim();
    expect(title).to.equal(EP2_TITLE);
    // The compact card (the demo page's default): the first three topics and "+7 more".
    expect(el.shadowRoot!.querySelectorAll('[part~="topics"] li').length).to.equal(3);
    expect(el.shadowRoot!.querySelector('.topics-more')?.textContent?.trim()).to.equal('+7 more');
    // The fallback chunk was fetched: the parse really ran on the main thread.
    expect(await requestCount('/dist/podcast-episode-inline-host-')).to.be.greaterThan(pipelineBefore);
  });
});

/**
 * A page whose policy forbids inline styles (`style-src 'self'`, no 'unsafe-inline'): style="…" attributes are
 * refused, so the widget must set the sliders' fill and the chapter marks through the CSSOM. The violations are
 * collected by the frame itself from its first script on.
 */
function styleStrictPage(feed: string): string {
  return `<!doctype html><html lang="en"><head>
<meta http-equiv="Content-Security-Policy" content="style-src 'self'">
<script>window.violations = []; document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.sample));</script>
<script type="module">import '/dist/podcast-episode.js?csp-style=${unique()}';</script>
</head><body><podcast-episode feed="${feed}" episode="2"></podcast-episode></body></html>`;
}

describe('a page whose CSP forbids inline styles', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('shows the styled widget with filled sliders and chapter marks, and no policy violation', async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 700px; height: 900px; border: 0';
    frame.srcdoc = styleStrictPage(`/demo/feed.xml?csp-style=${unique()}`);
    document.body.append(frame);
    await waitFor(() => frame.contentDocument?.querySelector('podcast-episode'), 10000, 'the framed widget');
    const el = frame.contentDocument!.querySelector('podcast-episode')!;
    await waitFor(() => el.getAttribute('state') === 'ready', 20000, 'the framed widget to be ready');
    const root = el.shadowRoot!;
    // The chapters file loads after the feed: wait for its marks on the seek slider.
    await waitFor(() => root.querySelectorAll('.chapter-mark').length === 2, 10000, 'chapter marks');
    const view = frame.contentWindow!;
    // Lit's constructed stylesheets applied: the play button is the accent-coloured circle, not a bare button.
    const play = root.querySelector<HTMLElement>('[part~="play-button"]')!;
    expect(view.getComputedStyle(play).borderRadius).to.equal('50%');
    // The volume slider's fill (--progress) and the marks' positions came through despite the policy.
    const volume = root.querySelector<HTMLElement>('.volume-slider')!;
    expect(view.getComputedStyle(volume).getPropertyValue('--progress').trim()).to.equal('100%');
    const marks = [...root.querySelectorAll<HTMLElement>('.chapter-mark')].map((m) => m.style.insetInlineStart);
    expect(marks[0]).to.match(/^2\d(\.\d+)?%$/); // 8 s of a 34 s episode
    const violations = (view as unknown as { violations: string[] }).violations;
    expect(violations, violations.join('; ')).to.deep.equal([]);
  });
});
