/**
 * Which segment is being spoken at a given time, found by binary search over the start times, so following
 * playback costs O(log n) per time update however long the transcript.
 */
import type { TranscriptSegment } from './model.js';

/** Start times of a transcript's timed segments, in order, with the segment each belongs to. */
export class TimeIndex {
  private readonly starts: Float64Array;
  private readonly segmentOf: Int32Array;

  /** `segments` must be in time order for the timed ones (parsers guarantee it); untimed ones are skipped. */
  constructor(segments: readonly TranscriptSegment[]) {
    let count = 0;
    for (const segment of segments) if (segment.start !== undefined) count++;
    this.starts = new Float64Array(count);
    this.segmentOf = new Int32Array(count);
    let k = 0;
    segments.forEach((segment, i) => {
      if (segment.start === undefined) return;
      this.starts[k] = segment.start;
      this.segmentOf[k++] = i;
    });
  }

  /** Whether any segment has a time. */
  get size(): number {
    return this.starts.length;
  }

  /**
   * Index of the segment being spoken at `time`: the last one starting at or before it (it stays current through a
   * pause until the next begins). -1 before the first segment starts or for a time that is not a number.
   */
  segmentAt(time: number): number {
    if (!Number.isFinite(time) || !this.starts.length || time < this.starts[0]!) return -1;
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= time) low = mid;
      else high = mid - 1;
    }
    return this.segmentOf[low]!;
  }
}
