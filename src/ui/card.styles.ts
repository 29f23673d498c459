import { css } from 'lit';
import { buttonReset, visuallyHidden } from './shared-styles.js';

/**
 * The card every view sits in, and what all views share. Rules of thumb, because the host page is hostile territory:
 * - sizes in em of the card's font size, which follows the page's root size (clamped: pages set odd ones);
 * - nothing on :host but display and containment (page rules on the element itself beat :host);
 * - every inherited property (line-height, letter-spacing, text-align, ...) reset on the card;
 * - layout by container queries, so a 280 px sidebar and a 1200 px column each get their own (each view's styles
 *   hold its own queries).
 */

/** The colour tokens, light: each a public custom property with our default. */
const lightTokens = css`
  --_accent: var(--podcast-episode-accent, #6d28d9);
  --_accent-contrast: var(--podcast-episode-accent-contrast, #fff);
  --_bg: var(--podcast-episode-background, #fff);
  --_text: var(--podcast-episode-text, #17151c);
  --_muted: var(--podcast-episode-muted, #5f5a6b);
  --_border: var(--podcast-episode-border, #e4e1ea);
  --_soft: var(--podcast-episode-soft, #f5f3f8);
  --_radius: var(--podcast-episode-radius, 16px);
  --_space: var(--podcast-episode-spacing, 16px);
`;

/** The same tokens, dark: for `theme="dark"`, and for `theme="auto"` when the reader's system is dark. */
const darkTokens = css`
  --_accent: var(--podcast-episode-accent, #a78bfa);
  --_accent-contrast: var(--podcast-episode-accent-contrast, #16121f);
  --_bg: var(--podcast-episode-background, #17151c);
  --_text: var(--podcast-episode-text, #f1eff5);
  --_muted: var(--podcast-episode-muted, #a9a3b5);
  --_border: var(--podcast-episode-border, #2e2a36);
  --_soft: var(--podcast-episode-soft, #221f29);
`;

export const cardStyles = css`
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
    ${lightTokens}

    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    width: 100%;
    margin: 0;
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--podcast-episode-surface, var(--_bg));
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
    /* The reader's own text size (the page's root font size), within reason: pages that shrink the root to 62.5%
       still get legible text. */
    font-size: var(--podcast-episode-font-size, clamp(14px, 1rem, 40px));
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
    /* Long words (a German compound in a 280 px sidebar) break at syllables where the text's lang is known. */
    hyphens: auto;
    cursor: auto;
    visibility: visible;
    -webkit-font-smoothing: antialiased;
  }
  .card *,
  .card *::before,
  .card *::after {
    box-sizing: border-box;
  }

  /* The resolved theme (see element/page-theme.ts): forced by the theme attribute, else the page colours. */
  .card.card--dark {
    ${darkTokens}
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
  ${buttonReset}
  button:focus-visible,
  .button:focus-visible,
  input:focus-visible {
    /* An outline, not a shadow: 3:1 against the card, and kept in forced-colours mode. */
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
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

  /* Reduced motion: nothing moves by itself (the spinner and equaliser stand still, nothing slides). */
  @media (prefers-reduced-motion: reduce) {
    .card *,
    .card *::before,
    .card *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  /* The compact card: tighter, so it stays a short embed. */
  .card--compact {
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
  }

  /* Narrow: a 280 px sidebar. */
  @container podcast-episode (max-width: 360px) {
    .card {
      padding: calc(var(--_space) * 0.875);
      gap: calc(var(--_space) * 0.875);
    }
  }
`;
