import { css } from 'lit';

/** The transcript section around the viewer: the link shown while it loads, the no-transcript note. */
export const transcriptSectionStyles = css`
  .transcript-link {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-weight: 600;
    font-size: 0.9375em;
  }
  .transcript p {
    font-size: 0.9375em;
  }
`;
