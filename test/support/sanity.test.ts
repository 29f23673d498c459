import { expect } from '@esm-bundle/chai';
import Parser from 'rss-parser';

describe('test infrastructure', () => {
  it('parses XML with the bundled rss-parser', async () => {
    const feed = await new Parser().parseString(
      '<rss version="2.0"><channel><title>T</title><item><title>A</title></item></channel></rss>',
    );
    expect(feed.title).to.equal('T');
    expect(feed.items[0].title).to.equal('A');
  });
  it('serves the config', async () => {
    const config = await (await fetch('/test-api/config')).json();
    expect(config.crossOrigin).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});
