/**
 * The episode a widget will show, read from the first items of a feed still downloading, and only when the rest
 * of the feed cannot change which one it is (as far as the feed's own order tells):
 * - `latest`: the first item, once at least MIN_ITEMS items are in, all dated and newest first, in a show that is
 *   not `itunes:type` serial (serial shows list oldest first). A feed whose first item is not its newest gets no
 *   preview; one that is in date order for its first items and not later is the risk this accepts.
 * - a guid: the first item carrying it, as the full read picks the first in file order.
 * - an episode number (`itunes:episode`/`podcast:episode`) or an exact title: the first item that has it, while the
 *   items so far are newest first (the full read picks the newest of several).
 * Anything else (links, `S2E5`, partial titles, which need the whole feed) waits for the full read.
 */
import { NUMBER_SPEC, URL_LIKE, comparableTitle } from '../episode/select.js';
import { parseDate } from '../time/parse-date.js';
import type { ViewRequest } from './feed-protocol.js';
import type { Feed } from './model.js';
import { readFeed } from './read-feed.js';
import type { StreamBuffer } from './stream-buffer.js';

/** Items that must be in, in date order, before the first is trusted as the newest. */
const MIN_ITEMS = 2;

const DATE = /<(?:pubDate|published|updated|dc:date)\b[^>]*>\s*(?:<!\[CDATA\[)?\s*([^<\]]+)/g;

/** What a preview shows: the show and the one episode, as the full reader reads them. */
export type PreviewFeed = Pick<Feed, 'podcast' | 'episodes'>;

export class Preview {
  private readonly stream: StreamBuffer;
  private readonly contentType: string | null;
  private readonly url: string;
  /** Items known to be dated and newest first, from the start. */
  private ordered = 0;
  private lastTime = Infinity;
  private orderBroken = false;
  /** How far each named request has looked, by its spec. */
  private readonly looked = new Map<string, number>();

  constructor(stream: StreamBuffer, contentType: string | null, url: string) {
    this.stream = stream;
    this.contentType = contentType;
    this.url = url;
  }

  /** The preview for `request`, if the items so far show its episode surely. */
  async find(request: ViewRequest): Promise<PreviewFeed | undefined> {
    const stream = this.stream;
    if (request.picked || stream.headEnd === undefined || this.serial()) return undefined;
    const spec = request.spec.trim();
    if (!spec || spec.toLowerCase() === 'latest') {
      return this.inOrder(MIN_ITEMS) ? this.read(0, (feed) => feed.episodes[0]) : undefined;
    }
    if (URL_LIKE.test(spec) || /^s(?:eason)?\s*\d|^\d+x\d/i.test(spec)) return undefined;
    const number = NUMBER_SPEC.exec(spec)?.[1];
    const title = comparableTitle(spec);
    const hint = (number ?? spec).toLowerCase().slice(0, 16);
    for (let i = this.looked.get(spec) ?? 0; stream.item(i); i++) {
      this.looked.set(spec, i + 1);
      if (!stream.itemText(i).toLowerCase().includes(hint)) continue;
      const found = await this.read(
        i,
        (feed) =>
          feed.episodes.find((e) => e.guid === spec || e.id === spec) ??
          (this.inOrder(i + 1)
            ? feed.episodes.find((e) => (number ? e.episode === Number(number) : comparableTitle(e.title) === title))
            : undefined),
      );
      if (found) return found;
    }
    return undefined;
  }

  /** Reads item `index` with the channel head through the full reader; its episode if `pick` accepts it. */
  private async read(index: number, pick: (feed: Feed) => Feed['episodes'][number] | undefined) {
    try {
      const feed = await readFeed(this.stream.excerpt(index, index + 1), this.contentType, this.url);
      const episode = pick(feed);
      return episode ? { podcast: feed.podcast, episodes: [episode] } : undefined;
    } catch {
      return undefined;
    }
  }

  private serial(): boolean {
    const head = new TextDecoder('latin1').decode(this.stream.bytes.subarray(0, this.stream.headEnd));
    return /<itunes:type>\s*(?:<!\[CDATA\[)?\s*serial/i.test(head);
  }

  /** Whether the first `count` items have arrived, all dated and newest first. */
  private inOrder(count: number): boolean {
    while (!this.orderBroken && this.ordered < count && this.stream.item(this.ordered)) {
      DATE.lastIndex = 0;
      const text = this.stream.itemText(this.ordered);
      let time = Number.NaN;
      for (let match = DATE.exec(text); match && Number.isNaN(time); match = DATE.exec(text)) {
        time = parseDate(match[1]!.trim())?.getTime() ?? Number.NaN;
      }
      if (Number.isNaN(time) || time > this.lastTime) this.orderBroken = true;
      else {
        this.lastTime = time;
        this.ordered++;
      }
    }
    return this.ordered >= count;
  }
}
