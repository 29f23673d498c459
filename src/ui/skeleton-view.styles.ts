import { css } from 'lit';

/** The loading skeleton. */
export const skeletonStyles = css`
  /* Loading skeleton: roughly the final layout, so the page does not jump when the episode arrives. */
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
  /*
   * Block heights are those of the parts they stand for, measured on the demo feed at each width band (header with
   * a two-line title, player with its chapter line, three topics): the card keeps its size when the episode comes.
   */
  .skeleton-header {
    height: 138px;
  }
  .header--full.skeleton-header {
    height: 183px;
  }
  .skeleton-player {
    display: flex;
    gap: 14px;
    height: 135px;
  }
  .play-ghost {
    width: 52px;
    height: 52px;
    border-radius: 50%;
    flex: none;
  }
  .skeleton-topics {
    height: 91px;
  }
  .header--full ~ .skeleton-topics {
    height: 320px;
  }
  .skeleton-notes {
    height: 202px;
  }
  .skeleton-rest {
    height: 700px;
  }
  .skeleton-buttons {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    gap: 6px;
  }
  .skeleton-buttons .skeleton {
    height: 36px;
    border-radius: 999px;
  }
  @container podcast-episode (max-width: 440px) {
    .skeleton-player {
      height: 177px;
    }
    .skeleton-header {
      height: 204px;
    }
    .header--full.skeleton-header {
      height: 300px;
    }
  }
  @container podcast-episode (max-width: 320px) {
    .skeleton-header {
      height: 248px;
    }
    .header--full.skeleton-header {
      height: 399px;
    }
  }
  @container podcast-episode (min-width: 900px) {
    .skeleton-player {
      height: 87px;
    }
    .skeleton-header {
      height: 96px;
    }
    .header--full.skeleton-header {
      height: 160px;
    }
  }
  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }
`;
