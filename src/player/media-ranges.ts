/** Reading a media element's time ranges, which are the only place buffered and seekable parts are known. */

/** Seconds of slack for positions that the element reports a hair off (167.98 for 168). */
const SLACK = 0.5;

function rangesOf(ranges: TimeRanges): [number, number][] {
  const list: [number, number][] = [];
  for (let i = 0; i < ranges.length; i++) list.push([ranges.start(i), ranges.end(i)]);
  return list;
}

/**
 * How far the audio is loaded from `position` on: the end of the buffered range that holds it (else `position`,
 * nothing ahead is loaded). A player shows this one range, the part that will play without waiting.
 */
export function bufferedEnd(media: HTMLMediaElement, position: number): number {
  for (const [start, end] of rangesOf(media.buffered)) {
    if (start - SLACK <= position && position <= end + SLACK) return Math.max(position, end);
  }
  return position;
}

/**
 * Whether the element can move to `seconds`. A server without HTTP Range support leaves `seekable` empty or
 * [0, 0]: Chromium then moves to 0 for ANY new position (even the current one), which would restart the episode.
 * Undefined while that is not known yet (before the element has metadata).
 */
export function canSeekTo(media: HTMLMediaElement, seconds: number): boolean | undefined {
  if (media.readyState < HTMLMediaElement.HAVE_METADATA) return undefined;
  return rangesOf(media.seekable).some(([start, end]) => end > 0 && start - SLACK <= seconds && seconds <= end + SLACK);
}

/** Whether the element can move at all (some seekable range longer than nothing); undefined before metadata. */
export function isSeekable(media: HTMLMediaElement): boolean | undefined {
  if (media.readyState < HTMLMediaElement.HAVE_METADATA) return undefined;
  return rangesOf(media.seekable).some(([start, end]) => end - start > 0);
}
