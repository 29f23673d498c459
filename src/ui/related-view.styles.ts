import { css } from 'lit';

/** Similar episodes, each a button with its date and length. */
export const relatedStyles = css`
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
    /* A left-to-right title in a right-to-left card lines up with its row (time, date), not against it. */
    text-align: -webkit-match-parent;
    text-align: match-parent;
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
  @container podcast-episode (min-width: 560px) {
    .related {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
`;
