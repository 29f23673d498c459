/** One stretch of speech in a transcript. Times in seconds; untimed formats (HTML without times, text) have none. */
export interface TranscriptSegment {
  start?: number;
  end?: number;
  /** Who speaks, when the file says. */
  speaker?: string;
  /** Plain text (markup removed). */
  text: string;
}

/** A transcript read from any of the podcast namespace's formats. */
export interface Transcript {
  /** Whether segments carry times (VTT, SRT, JSON, HTML with <time>): only then can it follow playback. */
  timed: boolean;
  segments: TranscriptSegment[];
  /** What could not be read, for a malformed file (as codes: the viewer words them in its language); empty when fine. */
  warnings: TranscriptWarning[];
}

/** Something a parser could not read or keep, said by the viewer through `describeWarning`. */
export interface TranscriptWarning {
  code: 'bad-times' | 'stray-lines' | 'junk-lines' | 'no-cues' | 'not-text' | 'broken-json' | 'no-segments' | 'trimmed';
  /** How many cues, lines or segments, for the codes that count. */
  count?: number;
}
