import { css } from 'lit';

/** The sanitised show notes, collapsed behind "Show more" when long. */
export const notesStyles = css`
  /* Notes */
  .notes-body {
    font-size: 0.9375em;
    overflow-wrap: anywhere;
    /* Feed markup never paints outside its box: even a fixed-position element the sanitiser missed is laid out
       and clipped here (paint containment makes this box their containing block). */
    contain: paint;
    /* Room for focus rings of links at the edge. */
    overflow-clip-margin: 4px;
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
  .notes-body .notes-heading {
    font-weight: 700;
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
`;
