/**
 * The project's own data model: what a feed means, independent of how it was written.
 *
 * Everything here is plain data (structured-cloneable), so a Web Worker can build it and post it to the page,
 * and Node can build it for server-side rendering. No DOM types.
 */

/** A `podcast:person` (or an `itunes:author` promoted to one). */
export interface Person {
  name: string;
  /** Lower-cased role, `host` by default as the podcast namespace says. */
  role: string;
  group?: string;
  /** Absolute URL of the person's picture. */
  img?: string;
  /** Absolute URL of the person's page. */
  href?: string;
}

/** The episode's audio (or video) file. */
export interface Enclosure {
  /** Absolute URL. */
  url: string;
  /** MIME type as the feed states it, lower-cased; empty when the feed gives none. */
  type: string;
  /** Bytes, when the feed states a positive number. */
  length?: number;
}

/** A `podcast:transcript` reference. */
export interface TranscriptRef {
  /** Absolute URL. */
  url: string;
  /** MIME type, lower-cased (`text/vtt`, `application/srt`, `application/x-subrip`, `application/json`, ...). */
  type: string;
  /** BCP 47 language tag, lower-cased, when given. */
  language?: string;
  /** `captions` when the file is a closed-captions file. */
  rel?: string;
}

/** A `podcast:chapters` reference (the JSON chapters file). */
export interface ChaptersRef {
  url: string;
  type: string;
}

/** One chapter written inline in the feed (Podlove Simple Chapters, `psc:chapter`). */
export interface InlineChapter {
  /** Seconds from the start. */
  start: number;
  title: string;
  href?: string;
  image?: string;
}

/**
 * One topic the episode covers, as the element lists it: a short phrase (about 90 characters at most), plain text.
 * A topic taken from a link in the notes keeps the link's absolute http(s) address.
 */
export interface Topic {
  text: string;
  url?: string;
}

/** A `podcast:soundbite`. */
export interface Soundbite {
  start: number;
  duration: number;
  title?: string;
}

export interface Episode {
  /**
   * Stable key of the episode within its feed: the guid, else the enclosure URL, else the link, else the title.
   * Unique within one `Feed` (duplicates get a `#2`, `#3` suffix).
   */
  id: string;
  guid?: string;
  title: string;
  /** Absolute URL of the episode's web page. */
  link?: string;
  /** Publication date; absent when the feed has none or it cannot be read. */
  published?: Date;
  /** Length in whole seconds; absent when unknown (never NaN, never negative). */
  duration?: number;
  season?: number;
  /** `podcast:season`'s `name` attribute. */
  seasonName?: string;
  /** Episode number from `podcast:episode` or `itunes:episode`. */
  episode?: number;
  /** `podcast:episode`'s `display` attribute, used verbatim as the label. */
  episodeDisplay?: string;
  /** `itunes:episodeType`: `full`, `trailer` or `bonus`. */
  episodeType?: string;
  /** Untrusted show-notes HTML: `content:encoded`, else `description`, else `itunes:summary`. Sanitise before use. */
  notesHtml: string;
  /** The show notes as plain text (tags stripped, entities decoded, whitespace collapsed). */
  notesText: string;
  /** `itunes:subtitle`, plain text. */
  subtitle?: string;
  /** Absolute URL of the episode's own image. */
  image?: string;
  enclosure?: Enclosure;
  /** Item-level `podcast:person`s. */
  persons: Person[];
  /** Item-level `itunes:author`. */
  author?: string;
  transcripts: TranscriptRef[];
  chapters?: ChaptersRef;
  inlineChapters: InlineChapter[];
  soundbites: Soundbite[];
  /** `itunes:keywords` split on commas, plus the item's `category` values. */
  keywords: string[];
  /** The topics the episode covers (see `episode/topics.ts`), at most 12; empty when it names none worth showing. */
  topics: Topic[];
  explicit?: boolean;
}

export interface Podcast {
  title: string;
  /** Absolute URL of the show's web site. */
  link?: string;
  /** Plain-text description of the show. */
  description?: string;
  /** Absolute URL of the show's artwork (`itunes:image`, else `image/url`). */
  image?: string;
  /** `itunes:author`, else `itunes:owner/itunes:name`, else `managingEditor`. */
  author?: string;
  /** Lower-cased BCP 47 tag from `<language>`, when given. */
  language?: string;
  /** Channel-level `podcast:person`s. */
  persons: Person[];
  /** `itunes:type`: `episodic` or `serial`. */
  type?: string;
  explicit?: boolean;
  categories: string[];
  /** Channel-level `itunes:keywords`: the show's, never an episode's topics. */
  keywords: string[];
}

/** A whole feed, read and normalised. */
export interface Feed {
  /** The URL the feed was read from (before any proxy). */
  url: string;
  podcast: Podcast;
  /** In the order the file lists them. */
  episodes: Episode[];
  /** Repairs applied to make the XML readable (for diagnostics), e.g. `undefined-entity`, `bare-ampersand`. */
  repairs: string[];
}
