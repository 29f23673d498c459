import { css } from 'lit';

/**
 * Buttons start from nothing: host pages style `button` globally (`button { all: unset }`, WordPress themes'
 * padding and borders), and the widget's own look must not depend on theirs. Shared by the element and the
 * transcript viewer's shadow roots.
 */
export const buttonReset = css`
  button,
  .button {
    all: unset;
    box-sizing: border-box;
    cursor: pointer;
    font: inherit;
    color: inherit;
    -webkit-tap-highlight-color: transparent;
  }
`;
