// The parser worker's script fails to load (a copy of dist/ without it, a 404): the feed is read on the main thread
// instead, and the card shows as it would.
import { expect } from '@esm-bundle/chai';
import { unique, waitFor } from './helpers.js';

const EP2_TITLE = 'Ep 2: What Does AI Mean For The Future of Extreme Code Efficiency? With Jon Berger';
const title = (el: Element) => el.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() ?? '';

describe('a parser script that does not load', function () {
  this.timeout(30_000);

  it('leaves the feed to the main thread, and the episode shows', async () => {
    const parser = `/no-such-parser-${unique()}.js`;
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 700px; height: 700px; border: 0';
    // A frame of its own: a fresh document and module map, so the element's module (one instance, which its lazy
    // chunks share) is told before its first update.
    frame.srcdoc = `<!doctype html><html lang="en"><body>
<podcast-episode feed="/demo/feed.xml?missing-parser=${unique()}"></podcast-episode>
<script type="module">import { setParserUrl } from '/dist/podcast-episode.js'; setParserUrl(${JSON.stringify(parser)});</script>
</body></html>`;
    document.body.append(frame);
    try {
      const el = await waitFor(() => frame.contentDocument?.querySelector('podcast-episode'), 10_000, 'the widget');
      const errors: string[] = [];
      el.addEventListener('error', (event) => errors.push(String((event as CustomEvent).detail?.code)));
      await waitFor(
        () => el.getAttribute('state') === 'ready' || el.getAttribute('state') === 'error',
        20_000,
        'a state',
      );
      expect(errors.join(' '), 'no error event').to.equal('');
      expect(el.getAttribute('state')).to.equal('ready');
      expect(title(el)).to.equal(EP2_TITLE);
      // Read by the main-thread host: its chunk was loaded (a worker's own requests are not in the page's list).
      const requested = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => e.name);
      const inline = requested.some((name) => /podcast-episode-inline-host-/.test(name));
      expect(inline, 'the main-thread host was loaded').to.equal(true);
    } finally {
      frame.remove();
    }
  });
});
