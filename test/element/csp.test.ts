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
    const pipelineBefore = await requestCount('/dist/podcast-episode-pipeline-');
    const violations: string[] = [];
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 700px; height: 900px; border: 0';
    frame.srcdoc = framePage(feed);
    document.body.append(frame);
    await waitFor(() => frame.contentDocument?.querySelector('podcast-episode'), 10000, 'the framed widget');
    frame.contentDocument!.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const el = frame.contentDocument!.querySelector('podcast-episode')!;
    await waitFor(() => el.getAttribute('state') === 'ready' || el.getAttribute('state') === 'error', 20000, 'the framed widget to settle');
    expect(el.getAttribute('state')).to.equal('ready');
    const title = el.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim();
    expect(title).to.equal(EP2_TITLE);
    expect(el.shadowRoot!.querySelectorAll('[part~="topics"] li').length).to.equal(10);
    // The fallback chunk was fetched: the parse really ran on the main thread.
    expect(await requestCount('/dist/podcast-episode-pipeline-')).to.be.greaterThan(pipelineBefore);
  });
});
