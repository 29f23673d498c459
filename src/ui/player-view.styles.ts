import { css } from 'lit';

/** The audio controls, the seek slider with buffered part and chapter marks, the status line and shortcuts. */
export const playerStyles = css`
  /* Player */
  .player {
    display: grid;
    grid-template-columns: auto 1fr;
    grid-template-areas: 'play transport' 'controls controls';
    align-items: center;
    gap: 8px 14px;
    padding: 10px 12px;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_soft);
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
    min-height: 1.5em;
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
  .no-audio {
    font-size: 0.875em;
    color: var(--_muted);
    padding: 10px 12px;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_soft);
  }

  /* Narrow: a 280 px sidebar. */
  /*
   * Where the controls do not fit one row: two balanced rows (--_cols is half the controls, rounded up, set by the
   * view), never a lone control on a row. Phones and sidebars have hardware volume; the mute button stays.
   */
  @container podcast-episode (max-width: 440px) {
    .controls {
      display: grid;
      grid-template-columns: repeat(var(--_cols, 3), minmax(0, 1fr));
      justify-items: center;
      row-gap: 2px;
    }
    .controls .volume-slider {
      display: none;
    }
    .volume {
      margin-inline-start: 0;
    }
  }
  @container podcast-episode (max-width: 540px) {
    .controls--chapters {
      display: grid;
      grid-template-columns: repeat(var(--_cols, 4), minmax(0, 1fr));
      justify-items: center;
      row-gap: 2px;
    }
    .controls--chapters .volume-slider {
      display: none;
    }
    .controls--chapters .volume {
      margin-inline-start: 0;
    }
  }
  /* Fingers need 44 px targets (WCAG 2.5.5). */
  @media (pointer: coarse) {
    .icon-button,
    .rate-button {
      min-width: 44px;
      min-height: 44px;
    }
  }
  /* One row only where the seek slider keeps room to aim at a second (the controls take up to ~480 px). */
  @container podcast-episode (min-width: 900px) {
    .player {
      grid-template-columns: auto 1fr auto;
      grid-template-areas: 'play transport controls';
    }
  }
  /* Right to left: the played part grows from the right, where the thumb starts. */
  input[type='range']:dir(rtl)::-webkit-slider-runnable-track {
    background: linear-gradient(
      to left,
      var(--_accent) var(--progress, 0%),
      color-mix(in srgb, var(--_muted) 30%, transparent) var(--progress, 0%)
    );
  }
  input.seek:dir(rtl)::-webkit-slider-runnable-track {
    background: linear-gradient(
      to left,
      var(--_accent) var(--progress, 0%),
      color-mix(in srgb, var(--_muted) 55%, transparent) var(--progress, 0%) var(--buffered, 0%),
      color-mix(in srgb, var(--_muted) 25%, transparent) var(--buffered, 0%)
    );
  }
  /* Direction-bearing icons turn round on a right-to-left page, as platforms mirror them. */
  .chapter-button svg:dir(rtl) {
    transform: scaleX(-1);
  }
  /* Forced colours (Windows High Contrast): system colours, so the tracks and the played part stay visible. */
  @media (forced-colors: active) {
    input[type='range'] {
      forced-color-adjust: none;
    }
    input[type='range']::-webkit-slider-runnable-track,
    input.seek::-webkit-slider-runnable-track {
      background: linear-gradient(to right, Highlight var(--progress, 0%), GrayText var(--progress, 0%));
      border: 1px solid CanvasText;
    }
    input[type='range']:dir(rtl)::-webkit-slider-runnable-track,
    input.seek:dir(rtl)::-webkit-slider-runnable-track {
      background: linear-gradient(to left, Highlight var(--progress, 0%), GrayText var(--progress, 0%));
    }
    input[type='range']::-webkit-slider-thumb {
      background: Highlight;
      border-color: Canvas;
    }
    input:focus-visible {
      outline-color: Highlight;
    }
    .play {
      border: 2px solid ButtonText;
    }
    .chapter-mark {
      background: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .eq i,
    .spinner {
      animation: none;
    }
  }
`;
