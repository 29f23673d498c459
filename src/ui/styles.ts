import { css } from 'lit';
import { buttonReset, visuallyHidden } from './shared-styles.js';

/**
 * The widget's look. Rules of thumb, because the host page is hostile territory:
 * - sizes in px or em of our own font size, never rem (pages set `html { font-size: 24px }`);
 * - nothing on :host but display and containment (page rules on the element itself beat :host);
 * - every inherited property (line-height, letter-spacing, text-align, ...) reset on the card;
 * - layout by container queries, so a 280 px sidebar and a 1200 px column each get their own.
 */
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    container-name: podcast-episode;
    min-width: 0;
    max-width: 100%;
  }
  :host([hidden]) {
    display: none;
  }

  .card {
    --_accent: var(--podcast-episode-accent, #6d28d9);
    --_accent-contrast: var(--podcast-episode-accent-contrast, #fff);
    --_bg: var(--podcast-episode-background, #fff);
    --_text: var(--podcast-episode-text, #17151c);
    --_muted: var(--podcast-episode-muted, #5f5a6b);
    --_border: var(--podcast-episode-border, #e4e1ea);
    --_soft: var(--podcast-episode-soft, #f5f3f8);
    --_radius: var(--podcast-episode-radius, 16px);
    --_space: var(--podcast-episode-spacing, 16px);
    --_focus: 0 0 0 3px color-mix(in srgb, var(--_accent) 45%, transparent);

    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    width: 100%;
    margin: 0;
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font-family: var(
      --podcast-episode-font,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    font-size: var(--podcast-episode-font-size, 16px);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: anywhere;
    cursor: auto;
    visibility: visible;
    -webkit-font-smoothing: antialiased;
  }
  .card *,
  .card *::before,
  .card *::after {
    box-sizing: border-box;
  }

  :host([theme='dark']) .card {
    --_accent: var(--podcast-episode-accent, #a78bfa);
    --_accent-contrast: var(--podcast-episode-accent-contrast, #16121f);
    --_bg: var(--podcast-episode-background, #17151c);
    --_text: var(--podcast-episode-text, #f1eff5);
    --_muted: var(--podcast-episode-muted, #a9a3b5);
    --_border: var(--podcast-episode-border, #2e2a36);
    --_soft: var(--podcast-episode-soft, #221f29);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) .card {
      --_accent: var(--podcast-episode-accent, #a78bfa);
      --_accent-contrast: var(--podcast-episode-accent-contrast, #16121f);
      --_bg: var(--podcast-episode-background, #17151c);
      --_text: var(--podcast-episode-text, #f1eff5);
      --_muted: var(--podcast-episode-muted, #a9a3b5);
      --_border: var(--podcast-episode-border, #2e2a36);
      --_soft: var(--podcast-episode-soft, #221f29);
    }
  }

  p,
  h2,
  h3,
  ul,
  ol {
    margin: 0;
    padding: 0;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 2px;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  svg {
    width: 1.25em;
    height: 1.25em;
    fill: currentColor;
    flex: none;
  }
  ${visuallyHidden}
  .muted {
    color: var(--_muted);
  }

  /* Header */
  .header {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
  }
  .artwork {
    flex: none;
    width: 88px;
    height: 88px;
    border-radius: calc(var(--_radius) * 0.6);
    object-fit: cover;
    background: var(--_soft);
    border: 0;
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.12);
  }
  .artwork--blank {
    display: grid;
    place-items: center;
    font-size: 2.5em;
    font-weight: 700;
    color: var(--_accent);
  }
  .heading {
    display: flex;
    flex-direction: column;
    gap: 4px;
    min-width: 0;
    flex: 1;
  }
  .show {
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.02em;
    color: var(--_muted);
    text-decoration: none;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  a.show:hover {
    color: var(--_accent);
  }
  .title {
    font-size: 1.25em;
    line-height: 1.25;
    font-weight: 700;
    color: var(--_text);
    overflow-wrap: break-word;
  }
  .title:focus {
    outline: none;
  }
  .meta,
  .host {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: 6px;
  }
  .meta span:first-child:not(.dot) {
    font-weight: 600;
  }

  /* Player */
  .player {
    display: grid;
    grid-template-columns: auto 1fr;
    grid-template-areas: 'play transport' 'controls controls';
    align-items: center;
    gap: 10px 14px;
    padding: 12px;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_soft);
  }
  ${buttonReset}
  button:focus-visible,
  .button:focus-visible,
  input:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  .play {
    grid-area: play;
    position: relative;
    display: grid;
    place-items: center;
    width: 52px;
    height: 52px;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_accent-contrast);
    transition:
      transform 0.12s ease,
      filter 0.12s ease;
  }
  .play:hover {
    filter: brightness(1.08);
  }
  .play:active {
    transform: scale(0.96);
  }
  .play svg {
    width: 26px;
    height: 26px;
  }
  .spinner {
    position: absolute;
    inset: -4px;
    border-radius: 50%;
    border: 3px solid transparent;
    border-top-color: var(--_accent);
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .transport {
    grid-area: transport;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  input[type='range'] {
    -webkit-appearance: none;
    appearance: none;
    display: block;
    width: 100%;
    height: 20px;
    margin: 0;
    padding: 0;
    background: transparent;
    border: 0;
    border-radius: 10px;
    cursor: pointer;
  }
  input[type='range']::-webkit-slider-runnable-track {
    height: 6px;
    border-radius: 3px;
    background: linear-gradient(
      to right,
      var(--_accent) var(--progress, 0%),
      color-mix(in srgb, var(--_muted) 30%, transparent) var(--progress, 0%)
    );
  }
  /* The seek slider also shows how far the audio is loaded (--buffered), between the played part and the rest. */
  input.seek::-webkit-slider-runnable-track {
    background: linear-gradient(
      to right,
      var(--_accent) var(--progress, 0%),
      color-mix(in srgb, var(--_muted) 55%, transparent) var(--progress, 0%) var(--buffered, 0%),
      color-mix(in srgb, var(--_muted) 25%, transparent) var(--buffered, 0%)
    );
  }
  input.seek::-moz-range-track {
    background: linear-gradient(
      to right,
      color-mix(in srgb, var(--_muted) 55%, transparent) var(--buffered, 0%),
      color-mix(in srgb, var(--_muted) 25%, transparent) var(--buffered, 0%)
    );
  }
  input[type='range']::-webkit-slider-thumb {
    -webkit-appearance: none;
    width: 16px;
    height: 16px;
    margin-top: -5px;
    border-radius: 50%;
    background: var(--_accent);
    border: 2px solid var(--_bg);
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.3);
  }
  input[type='range']::-moz-range-track {
    height: 6px;
    border-radius: 3px;
    background: color-mix(in srgb, var(--_muted) 30%, transparent);
  }
  input[type='range']::-moz-range-progress {
    height: 6px;
    border-radius: 3px;
    background: var(--_accent);
  }
  input[type='range']::-moz-range-thumb {
    width: 14px;
    height: 14px;
    border-radius: 50%;
    background: var(--_accent);
    border: 2px solid var(--_bg);
  }
  .seek-track {
    position: relative;
  }
  /* Chapter starts: ticks over the track, not in the way of the pointer. */
  .chapter-marks {
    position: absolute;
    inset: 0 8px;
    pointer-events: none;
  }
  .chapter-mark {
    position: absolute;
    top: 7px;
    width: 2px;
    height: 6px;
    margin-left: -1px;
    background: var(--_soft);
  }
  .chapter-now {
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_text);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .buffering {
    font-weight: 600;
    color: var(--_muted);
  }
  .time {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 8px;
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .now-playing {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-weight: 600;
    color: var(--_accent);
  }
  .eq {
    display: inline-flex;
    align-items: flex-end;
    gap: 2px;
    height: 10px;
  }
  .eq i {
    width: 3px;
    height: 100%;
    background: currentColor;
    border-radius: 1px;
    animation: eq 0.9s ease-in-out infinite;
  }
  .eq i:nth-child(2) {
    animation-delay: -0.3s;
  }
  .eq i:nth-child(3) {
    animation-delay: -0.6s;
  }
  @keyframes eq {
    0%,
    100% {
      transform: scaleY(0.3);
    }
    50% {
      transform: scaleY(1);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .eq i,
    .spinner {
      animation-duration: 3s;
    }
  }
  .controls {
    grid-area: controls;
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 4px;
  }
  .icon-button {
    position: relative;
    display: inline-grid;
    place-items: center;
    width: 40px;
    height: 40px;
    border-radius: 50%;
    color: var(--_text);
  }
  .icon-button:hover,
  .rate-button:hover {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  .icon-button svg {
    width: 24px;
    height: 24px;
  }
  .skip-label {
    position: absolute;
    font-size: 7.5px;
    letter-spacing: -0.02em;
    font-weight: 700;
    top: 52%;
    left: 50%;
    transform: translate(-50%, -50%);
  }
  .rate-button {
    min-width: 48px;
    height: 32px;
    padding: 0 10px;
    border-radius: 16px;
    border: 1px solid var(--_border);
    font-size: 0.8125em;
    font-weight: 700;
    text-align: center;
    line-height: 30px;
    font-variant-numeric: tabular-nums;
  }
  .help-button {
    font-weight: 700;
    font-size: 1.0625em;
  }
  .player-status,
  .shortcuts {
    grid-column: 1 / -1;
  }
  .player-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 12px;
    font-size: 0.875em;
  }
  .resume {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 4px 8px;
  }
  .played {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    color: var(--_muted);
    font-weight: 600;
  }
  .played svg {
    width: 1.1em;
    height: 1.1em;
  }
  .notice {
    color: var(--_text);
  }
  .share-result {
    color: var(--_accent);
    font-weight: 600;
  }
  .share-manual {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    width: 100%;
    color: var(--_text);
  }
  .share-url {
    flex: 1;
    min-width: 12em;
    font: inherit;
    padding: 4px 8px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_bg);
    color: var(--_text);
  }
  .shortcuts {
    padding: 10px 12px;
    border-radius: 10px;
    background: var(--_bg);
    border: 1px solid var(--_border);
    font-size: 0.875em;
  }
  .shortcuts-heading {
    font-weight: 700;
    margin-bottom: 6px;
  }
  .shortcuts dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(15em, 1fr));
    gap: 4px 16px;
    margin: 0;
  }
  .shortcut {
    display: flex;
    gap: 8px;
    align-items: baseline;
  }
  .shortcut dt {
    flex: none;
    min-width: 5.5em;
    display: flex;
    gap: 3px;
  }
  .shortcut dd {
    margin: 0;
    color: var(--_muted);
  }
  kbd {
    font: inherit;
    font-size: 0.875em;
    font-weight: 600;
    min-width: 1.6em;
    padding: 0 5px;
    text-align: center;
    border: 1px solid var(--_border);
    border-bottom-width: 2px;
    border-radius: 4px;
    background: var(--_soft);
  }
  .player-error-actions {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 4px 12px;
  }
  .volume {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    margin-inline-start: auto;
  }
  .controls .volume-slider {
    width: 88px;
  }
  .player--error {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 8px 16px;
  }
  .player-error {
    display: flex;
    gap: 8px;
    align-items: center;
    color: var(--_text);
  }
  .player-error svg {
    color: #d97706;
  }
  .button--text {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    color: var(--_accent);
    font-weight: 600;
    border-radius: 6px;
    padding: 2px 4px;
    text-decoration: none;
  }
  .button--text:hover {
    text-decoration: underline;
  }
  .no-audio {
    font-size: 0.875em;
    color: var(--_muted);
    padding: 10px 12px;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_soft);
  }

  /* Notes */
  .notes-body {
    font-size: 0.9375em;
    overflow-wrap: break-word;
  }
  .notes--collapsed .notes-body {
    max-height: 168px;
    overflow: hidden;
    mask-image: linear-gradient(to bottom, #000 60%, transparent);
    -webkit-mask-image: linear-gradient(to bottom, #000 60%, transparent);
  }
  .notes-body > * + * {
    margin-top: 0.75em;
  }
  .notes-body ul,
  .notes-body ol {
    padding-inline-start: 1.4em;
  }
  .notes-body ul {
    list-style: disc;
  }
  .notes-body ol {
    list-style: decimal;
  }
  .notes-body h1,
  .notes-body h2,
  .notes-body h3,
  .notes-body h4 {
    font-size: 1em;
    margin: 1em 0 0.25em;
  }
  .notes-body img {
    display: block;
    max-width: 100%;
    height: auto;
    border-radius: 8px;
  }
  .notes-body blockquote {
    margin: 0;
    padding-inline-start: 12px;
    border-inline-start: 3px solid var(--_border);
    color: var(--_muted);
  }
  .notes-body pre,
  .notes-body table {
    display: block;
    max-width: 100%;
    overflow-x: auto;
  }
  .more {
    margin-top: 6px;
  }

  /* Sections */
  .section {
    display: flex;
    flex-direction: column;
    gap: 8px;
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .section-heading {
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .topics {
    display: flex;
    flex-direction: column;
    gap: 6px;
    list-style: none;
    font-size: 0.9375em;
  }
  .topics li {
    position: relative;
    padding-inline-start: 18px;
  }
  .topics li::before {
    content: '';
    position: absolute;
    inset-inline-start: 2px;
    top: 0.6em;
    width: 7px;
    height: 7px;
    border-radius: 2px;
    background: var(--_accent);
    opacity: 0.8;
  }
  .transcript-link {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-weight: 600;
    font-size: 0.9375em;
  }
  .transcript p {
    font-size: 0.9375em;
  }
  .related {
    list-style: none;
    display: grid;
    grid-template-columns: 1fr;
    gap: 8px;
  }
  .related-item {
    display: flex;
    flex-direction: column;
    gap: 2px;
    width: 100%;
    height: 100%;
    padding: 10px 12px;
    border-radius: calc(var(--_radius) * 0.6);
    border: 1px solid var(--_border);
    transition:
      border-color 0.12s ease,
      background 0.12s ease;
  }
  .related-item:hover {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 6%, transparent);
  }
  .related-title {
    font-weight: 600;
    font-size: 0.9375em;
    line-height: 1.35;
  }
  .related-played {
    display: inline-flex;
    align-items: center;
    gap: 3px;
    font-size: 0.75em;
    font-weight: 600;
    color: var(--_muted);
  }
  .related-played svg {
    width: 1.1em;
    height: 1.1em;
  }
  .related-meta {
    font-size: 0.8125em;
    color: var(--_muted);
  }

  /* Error */
  .error {
    display: flex;
    gap: 12px;
    align-items: flex-start;
  }
  .error svg {
    width: 28px;
    height: 28px;
    color: #d97706;
  }
  .error-title {
    font-weight: 700;
  }
  .error-message {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .retry {
    margin-top: 8px;
    margin-inline-start: -4px;
  }

  /* Loading skeleton: roughly the final layout, so the page does not jump when the episode arrives. */
  .card--loading {
    min-height: 320px;
  }
  .skeleton {
    background: linear-gradient(
      90deg,
      var(--_soft) 25%,
      color-mix(in srgb, var(--_border) 70%, var(--_soft)) 50%,
      var(--_soft) 75%
    );
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
    border-radius: 6px;
  }
  .line {
    height: 12px;
    margin: 6px 0;
  }
  .line--title {
    height: 20px;
  }
  /* Widths as classes, not style attributes: a page's CSP may forbid inline styles. */
  .w-40 {
    width: 40%;
  }
  .w-55 {
    width: 55%;
  }
  .w-70 {
    width: 70%;
  }
  .w-85 {
    width: 85%;
  }
  .grow {
    flex: 1;
  }
  .skeleton-player {
    display: flex;
    gap: 14px;
    height: 76px;
  }
  .play-ghost {
    width: 52px;
    height: 52px;
    border-radius: 50%;
    flex: none;
  }
  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }

  /* Narrow: a 280 px sidebar. */
  @container podcast-episode (max-width: 360px) {
    .card {
      padding: calc(var(--_space) * 0.875);
      gap: calc(var(--_space) * 0.875);
    }
    .header {
      flex-direction: column;
    }
    .artwork {
      width: 100%;
      height: auto;
      aspect-ratio: 1;
      max-width: 100%;
    }
    .title {
      font-size: 1.125em;
    }
    /* Phones and sidebars have hardware volume; the mute button stays. */
    .controls .volume-slider {
      display: none;
    }
    /* Two even rows rather than one full row and a scattered remainder: 3 columns, 4 with the chapter buttons. */
    .controls {
      display: grid;
      grid-template-columns: repeat(3, 1fr);
      justify-items: center;
    }
    .controls--chapters {
      grid-template-columns: repeat(4, 1fr);
    }
    .volume {
      margin-inline-start: 0;
    }
  }
  /* Wide: an article column or more. */
  @container podcast-episode (min-width: 560px) {
    .artwork {
      width: 132px;
      height: 132px;
    }
    .title {
      font-size: 1.5em;
    }
    .related {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  /* One row only where the seek slider keeps room to aim at a second (the controls take up to ~480 px). */
  @container podcast-episode (min-width: 900px) {
    .player {
      grid-template-columns: auto 1fr auto;
      grid-template-areas: 'play transport controls';
    }
    .artwork {
      width: 160px;
      height: 160px;
    }
  }
`;
