/**
 * The transcript's text as DOM, built outside Lit's templates: a 3-hour transcript has 5,000 segments, and a
 * template re-evaluated on every update would diff them all. The DOM is built once, in slices of a few
 * milliseconds across tasks so the page never freezes, into chunks with layout containment.
 *
 * Not `content-visibility: auto`: Chromium leaves the subtree of a skipped (off-screen) chunk out of the
 * accessibility tree, so a screen reader saw only the lines near the visible part of the box. Measured on a
 * 50,000-segment transcript (the most kept): built and laid out in ~2.1 s instead of ~1.1 s, still in slices (no
 * long task while building); following playback is unchanged (~25 ms for a jump to the end); only a width change
 * lays the whole text out again (~0.5 s, was 2 ms). test/transcript/transcript-a11y.test.ts prints the figures.
 *
 * Lines are plain text (no role, not focusable): read as prose in a screen reader's reading mode, not as 5,000
 * buttons. Seeking from a line is one real button the viewer moves to the line the reader is on (see
 * transcript-view.ts); paragraph timestamps are buttons too.
 */
import { formatClock } from '../episode/format.js';
import type { Strings } from '../i18n/strings.js';
import type { Transcript } from './model.js';
import type { Paragraph } from './paragraphs.js';
import type { Match } from './text-search.js';

/** Time spent building per task before yielding (ms). */
const SLICE_MS = 8;
/** Segments per chunk (the unit the build appends and that contains its own layout). */
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
    /** The interface's language, for the timestamp buttons inside the transcript's text. */
    private readonly uiLang: string,
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
    for (const paragraph of paragraphs) chunkElement.append(this.buildParagraph(paragraph));
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
        // Out of the tab order (the line button reaches the same time); a screen reader's reading mode finds it.
        stamp.tabIndex = -1;
        stamp.dataset.segment = String(paragraph.from);
        stamp.setAttribute('aria-label', this.strings.transcriptPlayFrom(clock));
        if (this.uiLang) stamp.lang = this.uiLang;
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
      // Timed lines seek on click (pointer only; the keyboard's way is the line button).
      if (segment.start !== undefined) span.classList.add('timed');
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
