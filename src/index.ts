/**
 * podcast-episode: `import 'podcast-episode'` registers `<podcast-episode>`.
 *
 * Registration is guarded: a page that loads the script twice (or a CDN copy beside a bundled one) keeps the
 * first definition instead of throwing.
 */
import { PodcastEpisodeElement } from './podcast-episode.js';

export { PodcastEpisodeElement } from './podcast-episode.js';
export type { EpisodeEventDetail, PodcastEpisodeState } from './podcast-episode.js';
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
export type { ErrorCode, ErrorDetail } from './feed/errors.js';
export { setParserUrl } from './feed/parse-client.js';

if (!customElements.get('podcast-episode')) {
  customElements.define('podcast-episode', PodcastEpisodeElement);
}
