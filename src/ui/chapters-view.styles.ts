import { css } from 'lit';

/**
 * The chapter list's look, for the element's `static styles` (after `styles`, whose tokens it uses: --_accent,
 * --_text, --_muted, --_border, --_soft, --_radius). Fits a 280 px sidebar and a wide column alike.
 */
export const chaptersStyles = css`
  .chapters {
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 2px;
    /* Room for the focus ring inside the scroll box; the negative margin keeps the times in line with the heading. */
    margin: -3px -9px;
    padding: 3px;
    /* A long list (some episodes have a hundred chapters) scrolls inside itself instead of stretching the card. */
    max-height: 26em;
    overflow-y: auto;
    overscroll-behavior: contain;
    scrollbar-width: thin;
    /* Laid out and painted on its own: a long list costs no layout outside it and nothing in it paints outside. */
    contain: layout paint;
  }
  .chapter {
    position: relative;
    display: flex;
    align-items: center;
    gap: 2px;
    border-radius: calc(var(--_radius) * 0.5);
  }
  /* Time, image and title side by side; the image column exists only when some chapter has an image. */
  .chapter-seek {
    flex: 1;
    min-width: 0;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    grid-template-areas: 'time title';
    align-items: center;
    column-gap: 10px;
    padding: 6px;
    border-radius: calc(var(--_radius) * 0.5);
    transition: background 0.12s ease;
  }
  .chapters--images .chapter-seek {
    grid-template-columns: auto auto minmax(0, 1fr);
    grid-template-areas: 'time image title';
  }
  .chapter-seek:hover {
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }
  .chapter-time {
    grid-area: time;
    min-width: 3.4em;
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .chapters--hours .chapter-time {
    min-width: 4.4em;
  }
  .chapter-image {
    grid-area: image;
    width: 36px;
    height: 36px;
    border-radius: 6px;
    object-fit: cover;
    /* Shows while the image loads; a chapter without one keeps the column empty. */
    background: var(--_soft);
  }
  .chapter-image--none {
    background: none;
  }
  .chapter-title {
    grid-area: title;
    /* A left-to-right title in a right-to-left card lines up with its row (time, date), not against it. */
    text-align: -webkit-match-parent;
    text-align: match-parent;
    font-size: 0.9375em;
    line-height: 1.35;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .chapter--current .chapter-seek {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  .chapter--current .chapter-seek::before {
    content: '';
    position: absolute;
    inset-block: 8px;
    inset-inline-start: 0;
    width: 3px;
    border-radius: 2px;
    background: var(--_accent);
  }
  .chapter--current .chapter-time {
    color: var(--_accent);
    font-weight: 700;
  }
  .chapter--current .chapter-title {
    font-weight: 600;
  }
  .chapter-link {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 36px;
    height: 36px;
    border-radius: 50%;
    color: var(--_muted);
  }
  .chapter-link:hover {
    color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  .chapter-link:focus-visible {
    /* An outline, not a shadow: 3:1 against the card, and kept in forced-colours mode. */
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .chapter-link svg {
    width: 18px;
    height: 18px;
  }

  /* Narrow: a 280 px sidebar. The time goes above the title, so the title gets the width. */
  @container podcast-episode (max-width: 360px) {
    .chapter-seek {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'time' 'title';
    }
    .chapters--images .chapter-seek {
      grid-template-columns: auto minmax(0, 1fr);
      grid-template-areas: 'image time' 'image title';
    }
    .chapter-time,
    .chapters--hours .chapter-time {
      min-width: 0;
      line-height: 1.3;
    }
    .chapter-image {
      width: 32px;
      height: 32px;
    }
  }
  /* Wide: an article column. Larger images and a little more air. */
  @container podcast-episode (min-width: 560px) {
    .chapter-seek {
      column-gap: 14px;
    }
    .chapter-image {
      width: 40px;
      height: 40px;
    }
  }
`;
