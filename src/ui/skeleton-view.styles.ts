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
  .skeleton-block {
    display: flex;
    flex-direction: column;
  }
  .skeleton-notes {
    min-height: 200px;
  }
  .skeleton-related {
    min-height: 240px;
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
`;
