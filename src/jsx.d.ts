/**
 * `<podcast-episode>` in framework templates: React 19 JSX (`React.JSX.IntrinsicElements`) and Vue templates
 * (`GlobalComponents`, read by Vue's language tools), so `<podcast-episode feed="…" episode="latest" />` type-checks
 * with no setup. The package's types reference this file; it ships as dist/types/jsx.d.ts (copied by the build).
 *
 * Inert without React or Vue: it is a declaration file, and TypeScript ignores an augmentation of a module it cannot
 * find in one. The blocks name nothing from the augmented module that they do not also declare here (the empty
 * interfaces below merge with React's and Vue's own, or stand alone when those are absent), so a project without
 * @types/react or vue type-checks even with `skipLibCheck: false`.
 */
import type { PodcastEpisodeElement } from './podcast-episode.js';
import type { PodcastEpisodeTranscriptElement } from './transcript/transcript-view.js';
import type { Chapter } from './chapters/model.js';
import type { PodcastEpisodeEventMap, PodcastEpisodeTranscriptEventMap } from './events.js';

/** What `<podcast-episode>` takes in markup, as attributes (strings) or, where a framework sets them, properties. */
export interface PodcastEpisodeAttributes {
  /** URL of the podcast's RSS feed (required unless `src` is given). */
  feed?: string;
  /** URL of an episode snapshot, read instead of the feed. */
  src?: string;
  /** Milliseconds the feed may take to arrive and to be read. */
  timeout?: number | string;
  /** `latest` (default), a guid, an episode number (`12`, `S2E5`), the episode's link, or its title. */
  episode?: string;
  /** How many similar episodes to list (default 4; `0` hides the list). */
  related?: number | string;
  /** CORS proxy URL template with `{url}`. */
  proxy?: string;
  /** `light`, `dark` or `auto` (default). */
  theme?: 'light' | 'dark' | 'auto';
  /** `compact` (default) or `full`. */
  layout?: 'compact' | 'full';
  /** Which sections appear: `summary topics chapters transcript related` (default: all). */
  sections?: string;
  /** The page Share links to (default: the page the widget is on). */
  'share-url'?: string;
  /** Where playback starts: seconds, `mm:ss` or `h:mm:ss`. */
  start?: string | number;
  /** The reader's language (`de`, `pt-BR`). */
  language?: string;
  /** `lazy` (default): read the feed when the widget comes near the screen; `eager`: at once. */
  loading?: 'lazy' | 'eager';
  /** Chapters overriding the feed's. A property: it takes effect only where the framework sets properties. */
  chapters?: Chapter[];
}

/** What `<podcast-episode-transcript>` takes (it is rendered by `<podcast-episode>`; standalone use is rare). */
export interface PodcastEpisodeTranscriptAttributes {
  language?: string;
  proxy?: string;
  playing?: boolean;
  expanded?: boolean;
}

/**
 * React 19 wires a custom element's `on` + event name props with `addEventListener(name)`: `onready`,
 * `onepisode-change`, `onerror`, `ontimeupdate`… (lower case, the event's own name after `on`).
 */
export type ReactEventProps<Events> = {
  [K in keyof Events as `on${K & string}`]?: (event: Events[K]) => void;
};

/** Vue reads a component's events from the call signatures of `$emit`. */
export type VueEmit<Events> = UnionToIntersection<
  { [K in keyof Events]: (event: K, payload: Events[K]) => void }[keyof Events]
>;
type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never;

/** A custom element as a Vue component type: Vue's tools check a template's props against `$props`. */
export type VueCustomElement<Element, Props, Events> = new () => Element & {
  /** For template type checking only: not a property of the element. */
  $props: Props;
  /** For template type checking only: not a property of the element. */
  $emit: VueEmit<Events>;
};

/* eslint-disable @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars --
   the empty interfaces exist to merge with React's and Vue's own, and their type parameter must be named as there */
declare module 'react' {
  // Merged with React's own interfaces (type parameter named as there); standalone when React is absent.
  interface HTMLAttributes<T> {}
  interface ClassAttributes<T> {}
  namespace JSX {
    interface IntrinsicElements {
      'podcast-episode': ClassAttributes<PodcastEpisodeElement> &
        HTMLAttributes<PodcastEpisodeElement> &
        PodcastEpisodeAttributes &
        ReactEventProps<PodcastEpisodeEventMap>;
      'podcast-episode-transcript': ClassAttributes<PodcastEpisodeTranscriptElement> &
        HTMLAttributes<PodcastEpisodeTranscriptElement> &
        PodcastEpisodeTranscriptAttributes &
        ReactEventProps<PodcastEpisodeTranscriptEventMap>;
    }
  }
}

declare module 'vue' {
  // Merged with Vue's own (runtime-dom's attributes, runtime-core's `class`/`style`); standalone without Vue.
  interface HTMLAttributes {}
  interface AllowedComponentProps {}
  interface GlobalComponents {
    'podcast-episode': VueCustomElement<
      PodcastEpisodeElement,
      HTMLAttributes & AllowedComponentProps & PodcastEpisodeAttributes,
      PodcastEpisodeEventMap
    >;
    'podcast-episode-transcript': VueCustomElement<
      PodcastEpisodeTranscriptElement,
      HTMLAttributes & AllowedComponentProps & PodcastEpisodeTranscriptAttributes,
      PodcastEpisodeTranscriptEventMap
    >;
  }
}
/* eslint-enable @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars */
