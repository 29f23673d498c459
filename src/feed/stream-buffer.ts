/**
 * A feed's answer as it arrives: the bytes so far, and where its channel head ends and each item closes, found
 * as the pieces come so that a preview can be read from the head and a few items long before the end.
 * Items are found by their ASCII tags (`<item>`…`</item>`, Atom's `<entry>`…`</entry>`), so a UTF-16 feed simply
 * gets no preview.
 */

const encoder = new TextEncoder();
const ITEM = encoder.encode('<item');
const ENTRY = encoder.encode('<entry');
const ITEM_END = encoder.encode('</item>');
const ENTRY_END = encoder.encode('</entry>');

/** Whether `tag` starts at `at` in `bytes`, followed (when `open`) by `>`, `/` or white space. */
function tagAt(bytes: Uint8Array, at: number, tag: Uint8Array, open: boolean): boolean {
  for (let i = 0; i < tag.length; i++) if (bytes[at + i] !== tag[i]) return false;
  if (!open) return true;
  const next = bytes[at + tag.length];
  return next === 0x3e || next === 0x2f || next === 0x20 || next === 0x0a || next === 0x0d || next === 0x09;
}

export class StreamBuffer {
  /** The bytes so far: `bytes.subarray(0, length)`. */
  bytes = new Uint8Array(1 << 16);
  length = 0;
  /** Atom (`<entry>`) rather than RSS (`<item>`); known once the head's end is. */
  atom = false;
  private head?: number;
  /** Start and end (after the closing tag) of every item found so far. */
  private readonly found: { start: number; end: number }[] = [];
  /** Where scanning goes on (a tag may straddle two pieces). */
  private scanned = 0;
  private itemStart = -1;

  /**
   * Appends a piece. Tags are looked for only as far as someone asks (`headEnd`, `item()`): a feed that arrived
   * whole before the reader was ready is not walked end to end just to preview its first item.
   */
  push(piece: Uint8Array): void {
    if (this.length + piece.length > this.bytes.length) {
      let size = this.bytes.length * 2;
      while (size < this.length + piece.length) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.bytes.set(piece, this.length);
    this.length += piece.length;
  }

  /** Where the first item starts (the channel head is what comes before), once it has arrived. */
  get headEnd(): number | undefined {
    if (this.head === undefined) this.scan(0);
    return this.head;
  }

  /** Item `index` (start, and end after its closing tag), once it has arrived whole. */
  item(index: number): { start: number; end: number } | undefined {
    if (index >= this.found.length) this.scan(index + 1);
    return this.found[index];
  }

  /** Every item that has arrived whole. */
  get items(): readonly { start: number; end: number }[] {
    this.scan(Infinity);
    return this.found;
  }

  /** The whole answer (a view, not a copy). */
  whole(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  /**
   * A small document of the channel head and the items `from` (inclusive) to `to` (exclusive), closed as the
   * whole would be: what the full reader reads as a feed of those items alone.
   */
  excerpt(from: number, to: number): Uint8Array {
    const head = this.bytes.subarray(0, this.headEnd ?? 0);
    const body = this.bytes.subarray(this.item(from)!.start, this.item(to - 1)!.end);
    const tail = encoder.encode(this.atom ? '</feed>' : '</channel></rss>');
    const out = new Uint8Array(head.length + body.length + tail.length);
    out.set(head);
    out.set(body, head.length);
    out.set(tail, head.length + body.length);
    return out;
  }

  /** An item's bytes read as Latin-1: enough to find ASCII tags and dates without decoding the feed. */
  itemText(index: number): string {
    const { start, end } = this.item(index)!;
    return new TextDecoder('latin1').decode(this.bytes.subarray(start, end));
  }

  /** Scans on until `want` items are found (0: until the head's end is) or the bytes so far run out. */
  private scan(want: number): void {
    const bytes = this.bytes.subarray(0, this.length);
    const length = this.length;
    let at = this.scanned;
    const done = () => (want === 0 ? this.head !== undefined : this.found.length >= want);
    // `indexOf` rather than a loop over every byte: the engine's own search for the next `<`.
    for (at = bytes.indexOf(0x3c, at); at >= 0 && !done(); at = bytes.indexOf(0x3c, at + 1)) {
      // A tag cut by the end of the bytes so far is looked at again when more have come.
      const close = this.atom ? ENTRY_END : ITEM_END;
      if (at + (this.itemStart < 0 ? ENTRY.length + 1 : close.length) > length) break;
      if (this.itemStart < 0) {
        const item = tagAt(bytes, at, ITEM, true);
        const entry = !item && tagAt(bytes, at, ENTRY, true);
        if (!item && !entry) continue;
        if (this.head === undefined) {
          this.head = at;
          this.atom = entry;
        }
        if (item === !this.atom) this.itemStart = at;
      } else if (tagAt(bytes, at, close, false)) {
        const end = at + close.length;
        this.found.push({ start: this.itemStart, end });
        this.itemStart = -1;
        at = end - 1;
      }
    }
    this.scanned = at < 0 ? length : at;
  }
}
