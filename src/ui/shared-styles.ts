/** CSS both shadow roots need: the element's and the transcript viewer's. */
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

/** Text for screen readers only ("Chapter: ", "remaining"), kept out of sight but not out of the accessibility tree. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
