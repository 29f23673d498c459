import { css } from 'lit';
import { buttonReset, visuallyHidden } from '../ui/shared-styles.js';

/**
 * The transcript viewer's look. It lives inside the card, whose design tokens (--_accent, --_text, --_muted,
 * --_border, --_soft, --_radius, --_space) inherit into it. Standing alone it reads the same public
 * `--podcast-episode-*` properties the card does, else the light theme's values. Sizes in px or em, never rem
 * (pages set `html { font-size: 24px }`).
 */
export const transcriptStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    min-width: 0;
    --t-accent: var(--_accent, var(--podcast-episode-accent, #6d28d9));
    --t-text: var(--_text, var(--podcast-episode-text, #17151c));
    --t-muted: var(--_muted, var(--podcast-episode-muted, #5f5a6b));
    --t-border: var(--_border, var(--podcast-episode-border, #e4e1ea));
    --t-soft: var(--_soft, var(--podcast-episode-soft, #f5f3f8));
    --t-radius: var(--_radius, var(--podcast-episode-radius, 16px));
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  p {
    margin: 0;
  }
  [hidden] {
    display: none !important;
  }
  ${buttonReset}
  button:focus-visible,
  input:focus-visible,
  .box:focus-visible {
    /* An outline, not a shadow: 3:1 against the card, and kept in forced-colours mode. */
    outline: 2px solid var(--t-accent);
    outline-offset: 2px;
  }
  svg {
    width: 1.25em;
    height: 1.25em;
    fill: currentColor;
    flex: none;
  }
  a {
    color: var(--t-accent);
  }
  ${visuallyHidden}

  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 2px 4px;
    margin-inline-start: -4px;
    border-radius: 6px;
    color: var(--t-accent);
    font-weight: 600;
    font-size: 0.9375em;
  }
  .toggle:hover {
    text-decoration: underline;
  }
  .toggle svg {
    transition: transform 0.15s ease;
  }
  .toggle[aria-expanded='true'] svg {
    transform: rotate(90deg);
  }
  .panel {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 8px;
    margin-top: 8px;
    /* Nothing from the transcript file paints outside the panel; focus rings keep their room. */
    contain: paint;
    overflow-clip-margin: 4px;
  }
  .note {
    font-size: 0.875em;
    color: var(--t-muted);
  }
  .failure {
    display: flex;
    flex-direction: column;
    gap: 4px;
    padding: 10px 12px;
    border-radius: calc(var(--t-radius) * 0.6);
    background: var(--t-soft);
    font-size: 0.9375em;
  }
  .failure-title {
    font-weight: 700;
  }
  .failure-reason {
    color: var(--t-muted);
  }

  .search {
    display: flex;
    align-items: center;
    gap: 4px;
    flex-wrap: wrap;
  }
  .search input {
    flex: 1 1 10em;
    min-width: 0;
    height: 34px;
    padding: 0 10px;
    margin: 0;
    border: 1px solid var(--t-border);
    border-radius: 17px;
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 0.875em;
  }
  .count {
    min-width: 5.5em;
    text-align: center;
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
    color: var(--t-muted);
  }
  .step {
    display: inline-grid;
    place-items: center;
    width: 34px;
    height: 34px;
    border-radius: 50%;
  }
  .step:hover {
    background: color-mix(in srgb, var(--t-accent) 12%, transparent);
  }
  .step[disabled] {
    opacity: 0.4;
    cursor: default;
  }

  .box {
    position: relative;
    max-height: 22em;
    overflow-y: auto;
    overscroll-behavior: contain;
    /* Scroll anchoring would move the text when chunks above get their real height; following keeps its own place.
       The bottom padding leaves room for "Back to current" over the last line. */
    overflow-anchor: none;
    padding: 8px 10px 2.5em 2px;
    border-top: 1px solid var(--t-border);
    font-size: 0.9375em;
    line-height: 1.6;
    overflow-wrap: break-word;
  }
  /* Not content-visibility: it takes off-screen lines out of the accessibility tree (see transcript-body.ts). */
  .chunk {
    contain: layout style;
  }
  .paragraph {
    padding-bottom: 0.75em;
  }
  .heading {
    display: flex;
    align-items: baseline;
    gap: 8px;
    font-size: 0.8125em;
  }
  .speaker {
    font-weight: 700;
    color: var(--t-text);
  }
  .stamp {
    color: var(--t-muted);
    font-variant-numeric: tabular-nums;
    border-radius: 4px;
    padding: 0 2px;
  }
  .stamp:hover {
    color: var(--t-accent);
    text-decoration: underline;
  }
  .segment.timed {
    cursor: pointer;
    border-radius: 3px;
    /* Fills the gap between lines: a click between two lines of a cue still hits it, and highlights join up. */
    padding: 0.3em 0;
  }
  .segment.timed:hover {
    background: color-mix(in srgb, var(--t-accent) 8%, transparent);
  }
  /* The line button: out of sight until the keyboard reaches it, then a small "▶ 1:23" before its line, whose text
     is underlined so the reader sees which line Enter plays from. */
  .line-play:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .line-play:focus {
    display: inline-flex;
    align-items: center;
    gap: 2px;
    margin-inline-end: 4px;
    padding: 0 6px 0 2px;
    border-radius: 4px;
    background: var(--t-accent);
    color: var(--_accent-contrast, var(--podcast-episode-accent-contrast, #fff));
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
    vertical-align: baseline;
  }
  .line-play svg {
    width: 1em;
    height: 1em;
  }
  .line-play:focus + .segment {
    text-decoration: underline 2px var(--t-accent);
    text-underline-offset: 3px;
  }
  /* Colour only: the highlight must not change layout, so moving it costs a repaint, not a reflow. */
  .segment.current {
    background: color-mix(in srgb, var(--t-accent) 18%, transparent);
  }
  mark {
    background: color-mix(in srgb, #facc15 55%, transparent);
    color: inherit;
    border-radius: 2px;
  }
  mark.current-match {
    background: #f59e0b;
    color: #17151c;
  }

  .back {
    position: absolute;
    bottom: 10px;
    inset-inline-end: 14px;
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 6px 12px;
    border-radius: 16px;
    background: var(--t-accent);
    color: var(--_accent-contrast, var(--podcast-episode-accent-contrast, #fff));
    font-size: 0.8125em;
    font-weight: 600;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.2);
  }

  /* Forced colours drop backgrounds: the line being spoken and the matches take system highlight colours. */
  @media (forced-colors: active) {
    .segment.current {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .toggle svg {
      transition: none;
    }
  }
  @container (max-width: 360px) {
    .box {
      max-height: 18em;
    }
    .count {
      min-width: 4.5em;
    }
  }
`;
