/**
 * The transcript's text as DOM, built outside Lit's templates: a 3-hour transcript has 5,000 segments, and a
 * template re-evaluated on every update would diff them all. The DOM is built once, in slices of a few
 * milliseconds across tasks so the page never freezes, into chunks with `content-visibility: auto` so the browser
 * lays out and paints only the chunks near the visible part of the box.
 */
import { formatClock } from '../episode/format.js';
import type { Strings } from '../i18n/strings.js';
import type { Transcript } from './model.js';
import type { Paragraph } from './paragraphs.js';
import type { Match } from './text-search.js';

/** Time spent building per task before yielding (ms). */
const SLICE_MS = 8;
/** Segments per chunk (the unit `content-visibility` skips). */
const CHUNK_SEGMENTS = 80;

/** Builds and owns the elements of one transcript's text inside a scroll box. */
export class TranscriptBody {
  /** The element of each segment, once built (index = segment index). */
  readonly segmentElements: (HTMLElement | undefined)[] = [];
  private nextParagraph = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private readonly chunks: Paragraph[][];

  /**
   * @param box the scroll container, emptied and filled
   * @param onBuilt called after each slice with the range of segment indexes just built (to highlight them)
   */
  constructor(
    private readonly box: HTMLElement,
    private readonly transcript: Transcript,
    paragraphs: readonly Paragraph[],
    private readonly strings: Strings,
    private readonly onBuilt: (from: number, to: number) => void,
  ) {
    this.chunks = chunk(paragraphs);
    box.replaceChildren();
  }

  /** Whether every segment has its element. */
  get complete(): boolean {
    return this.nextParagraph >= this.chunks.length;
  }

  /** Builds the first slice now and the rest in later tasks. */
  start(): void {
    this.buildSlice();
  }

  /** Stops building (the transcript changed or the viewer left the page). */
  stop(): void {
    clearTimeout(this.timer);
  }

  /** Shows the segment's text with the given pieces of it marked as search matches (`data-m` = match number). */
  showMatches(segment: number, marks: readonly { from: number; to: number; match: number }[]): void {
    const element = this.segmentElements[segment];
    if (!element) return;
    const text = this.transcript.segments[segment]!.text;
    if (!marks.length) {
      element.textContent = text;
      return;
    }
    const nodes: Node[] = [];
    let at = 0;
    for (const { from, to, match } of marks) {
      if (from > at) nodes.push(document.createTextNode(text.slice(at, from)));
      const mark = document.createElement('mark');
      mark.dataset.m = String(match);
      mark.textContent = text.slice(from, to);
      nodes.push(mark);
      at = to;
    }
    if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
    element.replaceChildren(...nodes);
  }

  private buildSlice(): void {
    const deadline = performance.now() + SLICE_MS;
    const firstSegment = this.chunks[this.nextParagraph]?.[0]?.from ?? 0;
    let lastSegment = firstSegment;
    const fragment = document.createDocumentFragment();
    while (this.nextParagraph < this.chunks.length && performance.now() < deadline) {
      const paragraphs = this.chunks[this.nextParagraph++]!;
      fragment.append(this.buildChunk(paragraphs));
      lastSegment = paragraphs[paragraphs.length - 1]!.to;
    }
    this.box.append(fragment);
    this.onBuilt(firstSegment, lastSegment);
    if (!this.complete) this.timer = setTimeout(() => this.buildSlice(), 0);
  }

  private buildChunk(paragraphs: readonly Paragraph[]): HTMLElement {
    const chunkElement = document.createElement('div');
    chunkElement.className = 'chunk';
    let characters = 0;
    for (const paragraph of paragraphs) {
      chunkElement.append(this.buildParagraph(paragraph));
      for (let i = paragraph.from; i < paragraph.to; i++) characters += this.transcript.segments[i]!.text.length + 1;
    }
    // Until the browser has laid the chunk out once (then `auto` remembers its real height), a guess: ~70 characters
    // a line of 1.6em, plus each paragraph's heading line and gap.
    const estimate = Math.ceil(characters / 70) * 1.6 + paragraphs.length * 2.6;
    chunkElement.style.containIntrinsicSize = `auto ${estimate.toFixed(1)}em`;
    return chunkElement;
  }

  private buildParagraph(paragraph: Paragraph): HTMLElement {
    const element = document.createElement('div');
    element.className = 'paragraph';
    // Each paragraph finds its own direction (an Arabic or Hebrew transcript in a left-to-right page).
    element.dir = 'auto';
    if (paragraph.showSpeaker || paragraph.start !== undefined) {
      const heading = document.createElement('p');
      heading.className = 'heading';
      if (paragraph.showSpeaker && paragraph.speaker) {
        const speaker = document.createElement('span');
        speaker.className = 'speaker';
        speaker.setAttribute('part', 'speaker');
        speaker.textContent = paragraph.speaker;
        heading.append(speaker);
      }
      if (paragraph.start !== undefined) {
        const clock = formatClock(paragraph.start);
        const stamp = document.createElement('button');
        stamp.type = 'button';
        stamp.className = 'stamp';
        stamp.setAttribute('part', 'timestamp');
        // Out of the tab order: the paragraph's first segment seeks to the same time and is reachable.
        stamp.tabIndex = -1;
        stamp.dataset.segment = String(paragraph.from);
        stamp.setAttribute('aria-label', this.strings.transcriptPlayFrom(clock));
        stamp.textContent = clock;
        heading.append(stamp);
      }
      element.append(heading);
    }
    const words = document.createElement('p');
    words.className = 'words';
    for (let i = paragraph.from; i < paragraph.to; i++) {
      const segment = this.transcript.segments[i]!;
      const span = document.createElement('span');
      span.className = 'segment';
      span.dataset.segment = String(i);
      span.textContent = segment.text;
      if (segment.start !== undefined) {
        // A button that flows as text: a real <button> is laid out as an inline block and would break sentences
        // that run across segments into boxes. One segment is in the tab order at a time (roving tabindex).
        span.setAttribute('role', 'button');
        span.tabIndex = -1;
      }
      if (i > paragraph.from) words.append(' ');
      words.append(span);
      this.segmentElements[i] = span;
    }
    element.append(words);
    return element;
  }
}

function chunk(paragraphs: readonly Paragraph[]): Paragraph[][] {
  const chunks: Paragraph[][] = [];
  let current: Paragraph[] = [];
  let segments = 0;
  for (const paragraph of paragraphs) {
    current.push(paragraph);
    segments += paragraph.to - paragraph.from;
    if (segments >= CHUNK_SEGMENTS) {
      chunks.push(current);
      current = [];
      segments = 0;
    }
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/** The marks of every segment the matches touch: `segment → pieces with their match number`. */
export function marksBySegment(matches: readonly Match[]): Map<number, { from: number; to: number; match: number }[]> {
  const marks = new Map<number, { from: number; to: number; match: number }[]>();
  matches.forEach((match, number) => {
    for (const piece of match.pieces) {
      let list = marks.get(piece.segment);
      if (!list) marks.set(piece.segment, (list = []));
      list.push({ from: piece.from, to: piece.to, match: number });
    }
  });
  return marks;
}
