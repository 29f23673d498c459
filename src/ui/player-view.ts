import { html, nothing, type TemplateResult } from 'lit';
import { PLAYBACK_RATES, type AudioController } from '../player/audio-controller.js';
import { formatClock } from '../episode/format.js';
import { strings } from '../i18n/strings.js';
import { icons } from './icons.js';

const BACK_SECONDS = 15;
const FORWARD_SECONDS = 30;

function icon(path: unknown): TemplateResult {
  return html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${path}</svg>`;
}

function rateLabel(rate: number): string {
  return `${rate}×`;
}

/** Spoken form of a position for screen readers: "4 minutes 10 seconds of 31 minutes". */
function spokenTime(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const parts: string[] = [];
  if (h) parts.push(`${h} hour${h === 1 ? '' : 's'}`);
  if (m) parts.push(`${m} minute${m === 1 ? '' : 's'}`);
  if (sec || !parts.length) parts.push(`${sec} second${sec === 1 ? '' : 's'}`);
  return parts.join(' ');
}

export interface PlayerViewOptions {
  title: string;
  downloadUrl: string;
  /** Position shown while the listener drags the slider, before it is applied. */
  dragTime: number | undefined;
  onDrag: (seconds: number | undefined) => void;
}

/** The audio controls. All state is read from the controller; every control calls the controller. */
export function renderPlayer(audio: AudioController, options: PlayerViewOptions): TemplateResult {
  const { title, downloadUrl, dragTime, onDrag } = options;
  const playing = audio.playing;
  const time = dragTime ?? audio.currentTime;
  const duration = audio.duration;
  const remaining = Math.max(0, duration - time);
  const nextRate = PLAYBACK_RATES[(PLAYBACK_RATES.indexOf(audio.rate as (typeof PLAYBACK_RATES)[number]) + 1) % PLAYBACK_RATES.length]!;
  const progress = duration > 0 ? Math.min(100, (time / duration) * 100) : 0;

  if (audio.status === 'error') {
    return html`<div part="player" class="player player--error" role="group" aria-label=${title}>
      <p class="player-error" role="alert">${icon(icons.alert)}<span>${strings.audioError}</span></p>
      <a class="button button--text" part="download" href=${downloadUrl} target="_blank" rel="noopener noreferrer" download
        >${icon(icons.download)}<span>${strings.download}</span></a
      >
    </div>`;
  }

  return html`<div part="player" class="player" role="group" aria-label=${title} data-status=${audio.status}>
    <button
      part="play-button"
      class="play"
      type="button"
      aria-label=${playing ? strings.pauseEpisode(title) : strings.playEpisode(title)}
      aria-pressed=${playing ? 'true' : 'false'}
      @click=${() => audio.toggle()}
    >
      ${icon(playing ? icons.pause : icons.play)}
      ${audio.status === 'loading' ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
    </button>
    <div class="transport">
      <input
        part="seek"
        class="seek"
        type="range"
        min="0"
        max=${Math.max(1, Math.round(duration))}
        step="1"
        .value=${String(Math.round(time))}
        style="--progress: ${progress}%"
        aria-label=${strings.seek}
        aria-valuetext=${`${spokenTime(time)} of ${spokenTime(duration)}`}
        @input=${(e: Event) => onDrag(Number((e.target as HTMLInputElement).value))}
        @change=${(e: Event) => {
          audio.seek(Number((e.target as HTMLInputElement).value));
          onDrag(undefined);
        }}
      />
      <div part="time" class="time">
        <span class="elapsed">${formatClock(time)}</span>
        ${audio.status === 'playing'
          ? html`<span class="now-playing" role="status"><span class="eq" aria-hidden="true"><i></i><i></i><i></i></span>${strings.nowPlaying}</span>`
          : nothing}
        <span class="remaining"
          >${duration > 0 ? html`−${formatClock(remaining)}<span class="visually-hidden"> ${strings.remaining}</span>` : ''}</span
        >
      </div>
    </div>
    <div class="controls">
      <button type="button" class="icon-button" part="back-button" aria-label=${strings.back(BACK_SECONDS)} @click=${() => audio.skip(-BACK_SECONDS)}>
        ${icon(icons.back)}<span class="skip-label" aria-hidden="true">${BACK_SECONDS}</span>
      </button>
      <button type="button" class="icon-button" part="forward-button" aria-label=${strings.forward(FORWARD_SECONDS)} @click=${() => audio.skip(FORWARD_SECONDS)}>
        ${icon(icons.forward)}<span class="skip-label" aria-hidden="true">${FORWARD_SECONDS}</span>
      </button>
      <button
        type="button"
        class="rate-button"
        part="speed-button"
        aria-label=${`${strings.speed}: ${rateLabel(audio.rate)}`}
        title=${strings.speed}
        @click=${() => audio.setRate(nextRate)}
      >
        ${rateLabel(audio.rate)}
      </button>
      <span class="volume">
        <button
          type="button"
          class="icon-button"
          part="mute-button"
          aria-label=${audio.muted ? strings.unmute : strings.mute}
          aria-pressed=${audio.muted ? 'true' : 'false'}
          @click=${() => audio.setMuted(!audio.muted)}
        >
          ${icon(audio.muted || audio.volume === 0 ? icons.muted : icons.volume)}
        </button>
        <input
          class="volume-slider"
          part="volume"
          type="range"
          min="0"
          max="100"
          step="5"
          .value=${String(Math.round((audio.muted ? 0 : audio.volume) * 100))}
          style="--progress: ${(audio.muted ? 0 : audio.volume) * 100}%"
          aria-label=${strings.volume}
          @input=${(e: Event) => audio.setVolume(Number((e.target as HTMLInputElement).value) / 100)}
        />
      </span>
    </div>
  </div>`;
}
