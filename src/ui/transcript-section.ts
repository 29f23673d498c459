/**
 * The transcript section: the viewer (`<podcast-episode-transcript>`) once its chunk is loaded, following the
 * player's clock by itself; until then (or if it cannot load) a link to the file; without a transcript, a note.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Episode } from '../feed/model.js';
import type { PlayerStore } from '../player/player-store.js';
import type { Strings } from '../i18n/strings.js';
import { icons } from './icons.js';
import { transcriptFormat } from './episode-labels.js';
import { watchStore } from './watch-store.js';

const TRANSCRIPT_PARTS = [
  'toggle: transcript-toggle',
  'search: transcript-search',
  'text: transcript-text',
  'speaker: transcript-speaker',
  'timestamp: transcript-timestamp',
  'back-button: transcript-back-button',
  'line-button: transcript-line-button',
  'error: transcript-error',
].join(', ');

export interface TranscriptSectionOptions {
  /** The section headings' level when the page sets `heading-level` (default: h3). */
  level?: number;
  /** The interface's words. */
  t: Strings;
  /** `<podcast-episode-transcript>` is defined. */
  viewerReady: boolean;
  /** The reader's language as the page states it: the transcript in it is preferred. */
  language?: string;
  feedLanguage?: string;
  proxy: string;
  store: PlayerStore;
  onSeek: (seconds: number) => void;
}

export function renderTranscript(episode: Episode, options: TranscriptSectionOptions): TemplateResult {
  const { store, t } = options;
  const transcript = episode.transcripts[0];
  let body: TemplateResult;
  if (transcript && options.viewerReady) {
    body = html`<podcast-episode-transcript
      exportparts=${TRANSCRIPT_PARTS}
      .transcripts=${episode.transcripts}
      .language=${options.language}
      .feedLanguage=${options.feedLanguage}
      .proxy=${options.proxy}
      .strings=${t}
      .currentTime=${watchStore(
        store,
        (s) => [s.currentTime],
        (s) => s.currentTime,
      )}
      .playing=${watchStore(
        store,
        (s) => [s.paused],
        (s) => !s.paused,
      )}
      @transcript-seek=${(event: CustomEvent<{ time: number }>) => options.onSeek(event.detail.time)}
    ></podcast-episode-transcript>`;
  } else if (transcript) {
    body = html`<a class="transcript-link" href=${transcript.url} target="_blank" rel="noopener noreferrer"
      ><svg viewBox="0 0 24 24" aria-hidden="true">${icons.transcript}</svg>${t.transcriptLink(
        transcriptFormat(transcript.type, transcript.url),
      )}</a
    >`;
  } else {
    body = html`<p class="muted">${t.noTranscript}</p>`;
  }
  return html`<section part="transcript" class="section transcript">
    <h3 class="section-heading" aria-level=${options.level ?? nothing}>${t.transcriptHeading}</h3>
    ${body}
  </section>`;
}
