import { css } from 'lit';

/** The list of topics. */
export const topicsStyles = css`
  .topics {
    display: flex;
    flex-direction: column;
    gap: 6px;
    list-style: none;
    font-size: 0.9375em;
  }
  .topics li {
    position: relative;
    padding-inline-start: 18px;
  }
  .topics li::before {
    content: '';
    position: absolute;
    inset-inline-start: 2px;
    top: 0.6em;
    /* A border, not a background: forced colours keep borders (in CanvasText) and drop backgrounds. */
    border: 3.5px solid var(--_accent);
    border-radius: 2px;
    opacity: 0.8;
  }
  .topics-head {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: 8px;
  }
  /* Compact: the first few topics, one line each, then "+N more". */
  .topics-section--compact {
    padding-top: 0;
    border-top: 0;
    gap: 4px;
  }
  .topics-section--compact .topics {
    gap: 2px;
    font-size: 0.875em;
  }
  .topics-section--compact .topics li {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .topics-section--compact:has(.topics-more[aria-expanded='true']) .topics li {
    white-space: normal;
  }
  .topics-more {
    font-size: 0.8125em;
    padding: 0 4px;
  }
`;
