/**
 * The feed host: keeps the feeds the page has opened and answers its requests (feed-protocol.ts). Runs in the
 * parser worker, or on the main thread when no worker may run, with the same messages either way.
 */
import type { HostRequest, HostResponse } from './feed-protocol.js';
import { FeedSession, type ReadWhole } from './feed-session.js';

/** Feeds kept at once; the least recently opened read ones beyond it are forgotten (the page opens them again). */
const MAX_FEEDS = 16;

export class FeedHost {
  private readonly sessions = new Map<number, FeedSession>();
  private readonly post: (message: HostResponse) => void;
  private readonly readWhole: ReadWhole;

  constructor(post: (message: HostResponse) => void, readWhole: ReadWhole) {
    this.post = post;
    this.readWhole = readWhole;
  }

  handle(message: HostRequest): void {
    if (message.type === 'open') {
      this.sessions.set(message.feed, new FeedSession(message.url, message.key, this.post, this.readWhole));
      for (const [feed, session] of this.sessions) {
        if (this.sessions.size <= MAX_FEEDS) break;
        if (session.idle) this.sessions.delete(feed);
      }
      return;
    }
    const session = this.sessions.get(message.feed);
    if (!session) {
      if (message.type === 'view')
        this.post({ id: message.id, error: { code: 'network', message: 'The feed could not be read.' } });
      return;
    }
    if (message.type === 'head') session.head(message.contentType, message.validator);
    else if (message.type === 'chunk') session.chunk(message.bytes);
    else if (message.type === 'end') void session.end(message.feed);
    else if (message.type === 'fail') session.fail(message.error);
    else session.view(message.id, message, message.watch);
  }
}
