import { svg } from 'lit';

/** The viewer's own icons (24×24, currentColor), kept here so the card's icon set does not grow for them. */
export const transcriptIcons = {
  chevron: svg`<path d="M9.3 5.3 7.9 6.7l5.3 5.3-5.3 5.3 1.4 1.4 6.7-6.7z"/>`,
  up: svg`<path d="m12 7.6-6.7 6.7 1.4 1.4 5.3-5.3 5.3 5.3 1.4-1.4z"/>`,
  down: svg`<path d="m12 16.4 6.7-6.7-1.4-1.4-5.3 5.3-5.3-5.3-1.4 1.4z"/>`,
  follow: svg`<path d="M11 4h2v11.2l4.3-4.3 1.4 1.4L12 19l-6.7-6.7 1.4-1.4 4.3 4.3z"/>`,
};
