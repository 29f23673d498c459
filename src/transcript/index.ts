/**
 * The transcript feature's lazy chunk: `<podcast-episode>` imports it (`import('./transcript/index.js')`) only
 * when an episode has a transcript, so pages without one never load this code. Lit, the strings and the fetch
 * helper are shared with the element's own bundle.
 *
 * Importing it registers `<podcast-episode-transcript>`; callers should still call `defineTranscriptElement()` on
 * the module: package.json's `sideEffects` does not list this file, and bundlers that honour it may drop an
 * import kept only for its side effect. Calling it twice is harmless.
 */
import { defineTranscriptElement } from './transcript-view.js';

defineTranscriptElement();

export {
  defineTranscriptElement,
  PodcastEpisodeTranscriptElement,
  type TranscriptSeekDetail,
  type TranscriptViewState,
} from './transcript-view.js';
export { pickTranscript, type PickOptions } from './pick-transcript.js';
export { loadTranscript, type TranscriptLoad } from './load-transcript.js';
export { parseTranscript } from './parse-transcript.js';
export type { Transcript, TranscriptSegment, TranscriptWarning } from './model.js';
