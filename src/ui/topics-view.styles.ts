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
    width: 7px;
    height: 7px;
    border-radius: 2px;
    background: var(--_accent);
    opacity: 0.8;
  }
`;
