import { css } from 'lit';

/** The compact card's panel buttons (one balanced row, wrapping evenly when narrow) and the open panel. */
export const panelsStyles = css`
  /* One row; two even rows of two when four buttons do not fit (never a lone button on a row). */
  .panel-buttons {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    gap: 6px;
  }
  .panel-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 36px;
    padding: 6px 10px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_text);
    text-align: center;
    white-space: nowrap;
  }
  .panel-button:hover {
    border-color: var(--_accent);
  }
  .panel-button[aria-expanded='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  /* In a panel the button names the content: the section's own heading and rule would repeat it. */
  .panel .section {
    padding-top: 0;
    border-top: 0;
  }
  .panel .section-heading {
    display: none;
  }
  @media (pointer: coarse) {
    .panel-button {
      min-height: 44px;
    }
  }
  @container podcast-episode (max-width: 480px) {
    .panel-buttons--4 {
      grid-auto-flow: row;
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .panel-button {
      padding-inline: 6px;
      font-size: 0.8125em;
      white-space: nowrap;
    }
  }
`;
