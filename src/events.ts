/**
 * The events the two elements fire, typed: `detail` types and one event map per element.
 *
 * `HTMLElementEventMap` already has `error: ErrorEvent`, and an augmentation that redeclares a property with
 * another type does not compile, so the element's `error` (a `CustomEvent<ErrorDetail>`) cannot go there. Each
 * element instead gets `addEventListener`/`removeEventListener` overloads for its own map, merged into its class
 * below (the pattern Stencil generates for its components), so
 * `document.querySelector('podcast-episode')?.addEventListener('episode-change', (e) => e.detail.episode)`
 * type-checks. `episode-change` bubbles out of the shadow root and is also added to `HTMLElementEventMap`, for
 * listeners on an ancestor; the other names are too generic (`ready`) or are not the global types (`error`).
 */
import type { Episode, Podcast } from './feed/model.js';
import type { ErrorDetail } from './feed/errors.js';
import type { TranscriptSeekDetail } from './transcript/transcript-view.js';

export type { ErrorCode, ErrorDetail } from './feed/errors.js';
export type { TranscriptSeekDetail } from './transcript/transcript-view.js';

/** `detail` of the `ready`, `load` and `episode-change` events. */
export interface EpisodeEventDetail {
  podcast: Podcast;
  episode: Episode;
}

/**
 * `detail` of the `warning` event: an optional piece failed and the card goes on without it (the reader sees no
 * broken part). `artwork`: the image could not be loaded (initials are drawn instead); `chapters`: the chapters
 * file could not be used (the notes' timestamps, or no chapter list, instead).
 */
export interface WarningDetail {
  code: 'artwork' | 'chapters';
  message: string;
  /** The resource that failed. */
  url: string;
}

/** Every event `<podcast-episode>` fires, by name. */
export interface PodcastEpisodeEventMap {
  /** The episode is on screen (perhaps from the first items of a feed still downloading). Does not bubble. */
  ready: CustomEvent<EpisodeEventDetail>;
  /** The whole feed is read (or its kept copy shown): topics and related episodes are there. Does not bubble. */
  load: CustomEvent<EpisodeEventDetail>;
  /** The listener picked another episode from the related list. Bubbles and is composed. */
  'episode-change': CustomEvent<EpisodeEventDetail>;
  /** An optional piece (artwork, chapters file) failed; the card goes on without it. Does not bubble. */
  warning: CustomEvent<WarningDetail>;
  /** Showing the episode failed, or its audio could not be played (code `audio`). Does not bubble. */
  error: CustomEvent<ErrorDetail>;
  /** Playback was asked for (`paused` became false). */
  play: Event;
  /** Playback paused (`paused` became true). */
  pause: Event;
  /** The episode played to its end. */
  ended: Event;
  /** `currentTime` changed: while playing, at most 4 times a second; after a seek. */
  timeupdate: Event;
  /** `playbackRate` changed. */
  ratechange: Event;
  /** `volume` or `muted` changed. */
  volumechange: Event;
}

/** Every event `<podcast-episode-transcript>` fires, by name. */
export interface PodcastEpisodeTranscriptEventMap {
  /** The reader chose a segment or timestamp. Bubbles, not composed. */
  'transcript-seek': CustomEvent<TranscriptSeekDetail>;
}

/** An element's own events over the ones every HTML element has (its own win where the names meet: `error`). */
type WithHtmlEvents<Own> = Omit<HTMLElementEventMap, keyof Own> & Own;

/** The events a `<podcast-episode>` listener can be typed for. */
export type PodcastEpisodeElementEventMap = WithHtmlEvents<PodcastEpisodeEventMap>;
/** The events a `<podcast-episode-transcript>` listener can be typed for. */
export type PodcastEpisodeTranscriptElementEventMap = WithHtmlEvents<PodcastEpisodeTranscriptEventMap>;

// Interface merging adds the typed overloads to the classes; the untyped string overloads keep any other name
// (and `EventListenerObject`s) working as on any element.
declare module './podcast-episode.js' {
  interface PodcastEpisodeElement {
    addEventListener<K extends keyof PodcastEpisodeElementEventMap>(
      type: K,
      listener: (this: PodcastEpisodeElement, event: PodcastEpisodeElementEventMap[K]) => unknown,
      options?: boolean | AddEventListenerOptions,
    ): void;
    addEventListener(
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | AddEventListenerOptions,
    ): void;
    removeEventListener<K extends keyof PodcastEpisodeElementEventMap>(
      type: K,
      listener: (this: PodcastEpisodeElement, event: PodcastEpisodeElementEventMap[K]) => unknown,
      options?: boolean | EventListenerOptions,
    ): void;
    removeEventListener(
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | EventListenerOptions,
    ): void;
  }
}

declare module './transcript/transcript-view.js' {
  interface PodcastEpisodeTranscriptElement {
    addEventListener<K extends keyof PodcastEpisodeTranscriptElementEventMap>(
      type: K,
      listener: (this: PodcastEpisodeTranscriptElement, event: PodcastEpisodeTranscriptElementEventMap[K]) => unknown,
      options?: boolean | AddEventListenerOptions,
    ): void;
    addEventListener(
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | AddEventListenerOptions,
    ): void;
    removeEventListener<K extends keyof PodcastEpisodeTranscriptElementEventMap>(
      type: K,
      listener: (this: PodcastEpisodeTranscriptElement, event: PodcastEpisodeTranscriptElementEventMap[K]) => unknown,
      options?: boolean | EventListenerOptions,
    ): void;
    removeEventListener(
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | EventListenerOptions,
    ): void;
  }
}

declare global {
  interface HTMLElementEventMap {
    /** From a `<podcast-episode>` inside: the listener picked another episode from its related list. */
    'episode-change': CustomEvent<EpisodeEventDetail>;
  }
}
