import { css } from 'lit';

/** The header: artwork, show, title, episode label, date, length and host. */
export const headerStyles = css`
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
  /* No artwork, or it failed: the show's initials on the accent colour, never a broken-image glyph. */
  .artwork--drawn {
    display: grid;
    place-items: center;
    font-size: 2em;
    font-weight: 700;
    letter-spacing: 0.02em;
    background: var(--_accent);
    color: var(--_accent-contrast);
    user-select: none;
  }
  /* Compact: a thumbnail beside the title at every width. */
  .header--compact .artwork {
    width: 72px;
    height: 72px;
    border-radius: calc(var(--_radius) * 0.5);
  }
  .header--compact .artwork--drawn {
    font-size: 1.5em;
  }
  .header--compact .title {
    font-size: 1.125em;
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
    overflow-wrap: anywhere;
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
  /* Full, narrow: the artwork above, at most half a phone screen tall, so the title and play come soon. */
  @container podcast-episode (max-width: 360px) {
    .header--full {
      flex-direction: column;
    }
    .header--full .artwork {
      width: min(100%, 200px);
      height: auto;
      aspect-ratio: 1;
    }
    .title {
      font-size: 1.125em;
    }
    .header--compact .artwork {
      width: 56px;
      height: 56px;
    }
  }
  @container podcast-episode (min-width: 560px) {
    .header--full .artwork {
      width: 132px;
      height: 132px;
    }
    .header--full .title {
      font-size: 1.5em;
    }
  }
  @container podcast-episode (min-width: 900px) {
    .header--full .artwork {
      width: 160px;
      height: 160px;
    }
  }
`;
