/** One chapter of an episode, from any source (podcast:chapters JSON, Podlove Simple Chapters, the notes). */
export interface Chapter {
  /** Seconds from the start. */
  start: number;
  /** Seconds; the next chapter's start (or the episode's end) when the source gives none. */
  end?: number;
  title: string;
  /** Absolute URL of the chapter's image. */
  img?: string;
  /** Absolute URL of a page about the chapter. */
  url?: string;
}
