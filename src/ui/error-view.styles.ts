import { css } from 'lit';

/** Why the episode could not be shown, with "Try again" where it may help. */
export const errorStyles = css`
  /* Error */
  .error {
    display: flex;
    gap: 12px;
    align-items: flex-start;
  }
  .error svg {
    width: 28px;
    height: 28px;
    color: #d97706;
  }
  .error-title {
    font-weight: 700;
  }
  .error-message {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .retry {
    margin-top: 8px;
    margin-inline-start: -4px;
  }
`;
