/**
 * podcast-episode: `import 'podcast-episode'` registers `<podcast-episode>`.
 *
 * Registration is guarded: a page that loads the script twice (or a CDN copy beside a bundled one) keeps the
 * first definition instead of throwing.
 */
import { PodcastEpisodeElement } from './podcast-episode.js';

export { PodcastEpisodeElement } from './podcast-episode.js';
export type { PodcastEpisodeLayout, PodcastEpisodeState } from './podcast-episode.js';
export type {
  EpisodeEventDetail,
  WarningDetail,
  PodcastEpisodeEventMap,
  PodcastEpisodeElementEventMap,
  PodcastEpisodeTranscriptEventMap,
  PodcastEpisodeTranscriptElementEventMap,
  TranscriptSeekDetail,
} from './events.js';
export type {
  Feed,
  Podcast,
  Episode,
  Person,
  Enclosure,
  TranscriptRef,
  ChaptersRef,
  InlineChapter,
  Soundbite,
  Topic,
} from './feed/model.js';
export type { Chapter } from './chapters/model.js';
export type { ErrorCode, ErrorDetail } from './feed/errors.js';
// The transcript viewer's class is in a lazy chunk: its type only, for `document.querySelector` and listeners.
export type { PodcastEpisodeTranscriptElement, TranscriptViewState } from './transcript/transcript-view.js';
// Framework typings (React 19 JSX, Vue templates): type-only augmentations, inert where those are absent.
export type {
  PodcastEpisodeAttributes,
  PodcastEpisodeTranscriptAttributes,
  ReactEventProps,
  VueCustomElement,
  VueEmit,
} from './jsx.js';
export { setParserUrl } from './feed/parser-url.js';

if (!customElements.get('podcast-episode')) {
  customElements.define('podcast-episode', PodcastEpisodeElement);
}
