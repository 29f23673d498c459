import { html, nothing, type TemplateResult } from 'lit';
import { cssProps } from './css-props.js';
import { ARROW_SECONDS, BACK_SECONDS, FORWARD_SECONDS, PAGE_SECONDS } from '../player/playback-steps.js';
import type { PlayerRequests, PlayerState } from '../player/player-store.js';
import { shortcutList } from '../player/shortcuts.js';
import { chapterAt } from '../player/chapter-navigation.js';
import { spokenTime } from '../player/spoken-time.js';
import { formatClock, formatRate } from '../episode/format.js';
import type { Strings } from '../i18n/strings.js';
import { icons } from './icons.js';

function icon(path: unknown): TemplateResult {
  return html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${path}</svg>`;
}

/** Numbers and symbols (0:28, −0:34, 1.25×) stay in their order on a right-to-left page. */
const ltr = (text: string) => html`<span dir="ltr">${text}</span>`;

const percent = (part: number, whole: number) =>
  whole > 0 ? `${Math.min(100, Math.max(0, (part / whole) * 100))}%` : '0%';

export interface PlayerViewOptions {
  title: string;
  downloadUrl: string;
  /** The interface's words and language. */
  t: Strings;
  lang: string;
}

/**
 * The audio controls, drawn from one snapshot of the player's state; every control sends a request. The
 * chapters in the state give marks on the seek slider, the current chapter's title and previous/next buttons.
 */
export function renderPlayer(state: PlayerState, player: PlayerRequests, options: PlayerViewOptions): TemplateResult {
  const { title, downloadUrl, t, lang } = options;
  if (state.status === 'error') return renderFailure(state, player, title, downloadUrl, t);

  const chapters = state.chapters;
  const playing = !state.paused;
  const time = state.previewTime ?? state.currentTime;
  const duration = state.duration;
  const chapter = chapters.length ? chapterAt(chapters, time) : undefined;

  return html`<div part="player" class="player" role="group" aria-label=${title} data-status=${state.status}>
    <button
      part="play-button"
      class="play"
      type="button"
      aria-label=${playing ? t.pauseEpisode(title) : t.playEpisode(title)}
      @click=${() => player.toggle()}
    >
      ${icon(playing ? icons.pause : icons.play)}
      ${state.status === 'loading' ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
    </button>
    <div class="transport">
      ${
        chapter
          ? // dir="auto" on the hidden label too: dir=auto skips children with a dir, so the title alone sets the
            // line's direction (else an Arabic label made an English title RTL, its ellipsis eating its start).
            html`<p part="chapter" class="chapter-now" dir="auto">
              <span class="visually-hidden" dir="auto">${t.currentChapter}: </span>${chapter.title}
            </p>`
          : // The line keeps its place: chapters often arrive after the card, and the card must not grow then.
            html`<p class="chapter-now" aria-hidden="true"></p>`
      }
      ${renderSeek(state, player, time, t)}
      <div part="time" class="time">
        <span class="elapsed" dir="ltr">${formatClock(time)}</span>
        ${
          state.status === 'playing'
            ? html`<span class="now-playing"
                ><span class="eq" aria-hidden="true"><i></i><i></i><i></i></span>${t.nowPlaying}</span
              >`
            : state.status === 'loading' && state.currentTime > 0
              ? html`<span class="buffering">${state.notice === 'reconnecting' ? t.reconnecting : t.buffering}</span>`
              : nothing
        }
        <span class="remaining"
          >${duration > 0 ? html`${ltr(`−${formatClock(Math.max(0, duration - time))}`)}<span class="visually-hidden"> ${t.remaining}</span>` : ''}</span
        >
      </div>
    </div>
    ${renderControls(state, player, t, lang)} ${renderStatus(state, player, t)}
    <span class="visually-hidden" role="status">${announcement(state, t)}</span>
    ${state.helpOpen ? renderShortcuts(t) : nothing}
  </div>`;
}

/** Seconds the seek slider's own keys move (from the playhead as it is when the key is pressed). */
const SLIDER_MOVES: Readonly<Record<string, number>> = {
  ArrowLeft: -ARROW_SECONDS,
  ArrowDown: -ARROW_SECONDS,
  ArrowRight: ARROW_SECONDS,
  ArrowUp: ARROW_SECONDS,
  PageDown: -PAGE_SECONDS,
  PageUp: PAGE_SECONDS,
};

/** The seek slider: played part, buffered part, chapter marks; its own keys move by 5 s and 60 s. */
function renderSeek(state: PlayerState, player: PlayerRequests, time: number, t: Strings): TemplateResult {
  const { duration, chapters } = state;
  const onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // As a native range does: on a right-to-left page the end is on the left, so ← moves forward.
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const key =
      rtl && event.key === 'ArrowLeft' ? 'ArrowRight' : rtl && event.key === 'ArrowRight' ? 'ArrowLeft' : event.key;
    const move = SLIDER_MOVES[key];
    if (move !== undefined) player.skip(move);
    else if (event.key === 'Home') player.seek(0);
    else if (event.key === 'End') player.seek(duration);
    else return;
    event.preventDefault();
  };
  const marks = duration > 0 ? chapters.filter((c) => c.start > 0 && c.start < duration) : [];
  return html`<div class="seek-track">
    <input
      part="seek"
      class="seek"
      type="range"
      min="0"
      max=${Math.max(1, Math.round(duration))}
      step="1"
      .value=${String(Math.round(time))}
      ${cssProps({ '--progress': percent(time, duration), '--buffered': percent(Math.max(time, state.buffered), duration) })}
      aria-label=${t.seek}
      aria-valuetext=${t.positionOf(spokenTime(time, t), spokenTime(duration, t))}
      @keydown=${onKey}
      @input=${(e: Event) => player.preview(Number((e.target as HTMLInputElement).value))}
      @change=${(e: Event) => {
        player.seek(Number((e.target as HTMLInputElement).value));
        player.preview(undefined);
      }}
    />
    ${
      marks.length
        ? html`<div class="chapter-marks" aria-hidden="true">
            ${marks.map((c) => html`<span class="chapter-mark" ${cssProps({ 'inset-inline-start': percent(c.start, duration) })}></span>`)}
          </div>`
        : nothing
    }
  </div>`;
}

/** The "?" list of shortcuts is for keyboards: not offered where the main pointer is a finger. */
function keyboardLikely(): boolean {
  return typeof matchMedia !== 'function' || !matchMedia('(pointer: coarse)').matches;
}

function renderControls(state: PlayerState, player: PlayerRequests, t: Strings, lang: string): TemplateResult {
  const { chapters, rate, muted, volume } = state;
  const help = keyboardLikely();
  // back, forward, speed, share, volume; the chapter buttons and "?" when shown.
  const count = 5 + (chapters.length ? 2 : 0) + (help ? 1 : 0);
  const chapterButton = (label: string, path: unknown, go: () => void) =>
    html`<button type="button" class="icon-button chapter-button" aria-label=${label} title=${label} @click=${go}>
      ${icon(path)}
    </button>`;
  return html`<div
    class="controls ${chapters.length ? 'controls--chapters' : ''}"
    ${cssProps({ '--_cols': Math.ceil(count / 2) })}
  >
    ${chapters.length ? chapterButton(t.previousChapter, icons.previousChapter, () => player.previousChapter()) : nothing}
    <button
      type="button"
      class="icon-button"
      part="back-button"
      aria-label=${t.back(BACK_SECONDS)}
      @click=${() => player.skip(-BACK_SECONDS)}
    >
      ${icon(icons.back)}<span class="skip-label" aria-hidden="true">${BACK_SECONDS}</span>
    </button>
    <button
      type="button"
      class="icon-button"
      part="forward-button"
      aria-label=${t.forward(FORWARD_SECONDS)}
      @click=${() => player.skip(FORWARD_SECONDS)}
    >
      ${icon(icons.forward)}<span class="skip-label" aria-hidden="true">${FORWARD_SECONDS}</span>
    </button>
    ${chapters.length ? chapterButton(t.nextChapter, icons.nextChapter, () => player.nextChapter()) : nothing}
    <button
      type="button"
      class="rate-button"
      part="speed-button"
      aria-label=${`${t.speed}: ${formatRate(rate, lang)}`}
      title=${t.speed}
      @click=${() => player.cycleRate()}
    >
      ${ltr(formatRate(rate, lang))}
    </button>
    <button
      type="button"
      class="icon-button"
      part="share-button"
      aria-label=${t.share}
      title=${t.shareAt(formatClock(state.currentTime))}
      @click=${() => void player.share()}
    >
      ${icon(icons.share)}
    </button>
    ${
      help
        ? html`<button
            type="button"
            class="icon-button help-button"
            part="shortcuts-button"
            aria-label=${t.shortcuts}
            title=${t.shortcuts}
            aria-expanded=${state.helpOpen ? 'true' : 'false'}
            aria-controls="shortcuts"
            @click=${() => player.toggleHelp()}
          >
            ?
          </button>`
        : nothing
    }
    <span class="volume">
      <button
        type="button"
        class="icon-button"
        part="mute-button"
        aria-label=${t.mute}
        aria-pressed=${muted ? 'true' : 'false'}
        @click=${() => player.toggleMuted()}
      >
        ${icon(muted || volume === 0 ? icons.muted : icons.volume)}
      </button>
      <input
        class="volume-slider"
        part="volume"
        type="range"
        min="0"
        max="100"
        step="5"
        .value=${String(Math.round((muted ? 0 : volume) * 100))}
        ${cssProps({ '--progress': `${(muted ? 0 : volume) * 100}%` })}
        aria-label=${t.volume}
        @input=${(e: Event) => player.setVolume(Number((e.target as HTMLInputElement).value) / 100)}
      />
    </span>
  </div>`;
}

/**
 * What a screen reader is told as it happens. The live region is always there and only its words change: many
 * screen readers do not announce a region that appears together with its message.
 */
function announcement(state: PlayerState, t: Strings): string {
  if (state.notice === 'cannot-seek') return t.cannotSeek;
  if (state.notice === 'cannot-start-there') return t.cannotStartThere(formatClock(state.unreachedTime));
  if (state.notice === 'reconnecting') return t.reconnecting;
  if (state.share?.copied) return t.linkCopied;
  if (state.status === 'loading' && state.currentTime > 0) return t.buffering;
  return '';
}

/** The line under the controls: the resume offer, the played mark, what the player has to say, the share result. */
function renderStatus(state: PlayerState, player: PlayerRequests, t: Strings): TemplateResult | typeof nothing {
  const notice =
    state.notice === 'cannot-seek'
      ? t.cannotSeek
      : state.notice === 'cannot-start-there'
        ? t.cannotStartThere(formatClock(state.unreachedTime))
        : undefined;
  const offer = state.resumeOffer;
  const share = state.share;
  if (offer === undefined && !state.played && !notice && !share) return nothing;
  return html`<div class="player-status">
    ${
      offer !== undefined
        ? html`<span part="resume" class="resume">
            <button type="button" class="button button--text" @click=${() => player.resume()}>
              ${t.resumeAt(formatClock(offer))}
            </button>
            <button type="button" class="button button--text" @click=${() => player.startOver()}>${t.startOver}</button>
          </span>`
        : nothing
    }
    ${state.played ? html`<span part="played" class="played">${icon(icons.check)}${t.played}</span>` : nothing}
    ${notice ? html`<p class="notice">${notice}</p>` : nothing}
    ${share?.copied ? html`<span class="share-result">${t.linkCopied}</span>` : nothing}
    ${
      share && !share.copied
        ? html`<label class="share-result share-manual"
            >${t.copyLinkByHand}
            <input
              part="share-link"
              class="share-url"
              type="text"
              readonly
              .value=${share.url}
              @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
          /></label>`
        : nothing
    }
  </div>`;
}

function renderShortcuts(t: Strings): TemplateResult {
  return html`<div part="shortcuts" class="shortcuts" id="shortcuts">
    <p class="shortcuts-heading">${t.shortcuts}</p>
    <dl>
      ${shortcutList(t).map(
        (s) =>
          html`<div class="shortcut">
            <dt>${s.keys.map((k) => (k === '…' ? html`<span aria-hidden="true">–</span>` : html`<kbd>${k}</kbd>`))}</dt>
            <dd>${s.does}</dd>
          </div>`,
      )}
    </dl>
  </div>`;
}

/** Playback stopped for good: why, a way to try again, and the file itself. */
function renderFailure(
  state: PlayerState,
  player: PlayerRequests,
  title: string,
  downloadUrl: string,
  t: Strings,
): TemplateResult {
  return html`<div part="player" class="player player--error" role="group" aria-label=${title}>
    <p class="player-error" role="alert">
      ${icon(icons.alert)}<span>${state.failure === 'network' ? t.audioConnectionLost : t.audioError}</span>
    </p>
    <span class="player-error-actions">
      <a
        class="button button--text"
        part="download"
        href=${downloadUrl}
        target="_blank"
        rel="noopener noreferrer"
        download
        >${icon(icons.download)}<span>${t.download}</span></a
      >
      <button type="button" class="button button--text" part="retry-button" @click=${() => void player.play()}>
        ${t.tryAgain}
      </button>
    </span>
  </div>`;
}
